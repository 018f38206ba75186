import { describe, expect, it } from 'vitest';
import { displayTitle, shownHeadline } from '@shared/article-view';
import { neutraliseBidiControls } from '@shared/bidi';
import { buildContext } from '@shared/dossier/context';
import { plainRecord } from '../helpers/dossier-records';

const RLO = '\u202E';
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('direction controls in titles', () => {
  it('shows every embedding, override and isolate control by name, so none reorders the text', () => {
    expect(neutraliseBidiControls(`Invoice ${RLO}fdp.exe`)).toBe('Invoice [RLO]fdp.exe');
    expect(neutraliseBidiControls(CONTROLS.join(''))).toBe('[LRE][RLE][PDF][LRO][RLO][LRI][RLI][FSI][PDI]');
    for (const control of CONTROLS) expect(neutraliseBidiControls(`a${control}b`)).not.toContain(control);
  });

  it('leaves right-to-left text itself, and the implicit marks, as they are', () => {
    const hebrew = 'כותרת ראשית \u200F(2021)';
    const arabic = 'عنوان الخبر \u200E';
    expect(neutraliseBidiControls(hebrew)).toBe(hebrew);
    expect(neutraliseBidiControls(arabic)).toBe(arabic);
  });

  it('neutralises the title in the library, the reader and the dossier, and keeps the stored text', () => {
    const record = plainRecord('a1', `Safe ${RLO}txet elitsoh`, 'Outlet', 'Body text.');
    expect(displayTitle(record)).toBe('Safe [RLO]txet elitsoh');
    expect(shownHeadline(record)).toBe('Safe [RLO]txet elitsoh');
    expect(record.title).toBe(`Safe ${RLO}txet elitsoh`);
    const context = buildContext({ articles: [{ record, text: 'Body text.' }], tags: [], highlights: [], notes: [] } as never, false);
    expect(context.articles[0]!.title).toBe('Safe [RLO]txet elitsoh');
  });

  it('neutralises the person’s own corrected title too', () => {
    const record = plainRecord('a1', 'Plain', null, 'Body.', { edits: { title: `${RLO}detide` } });
    expect(displayTitle(record)).toBe('[RLO]detide');
  });
});
