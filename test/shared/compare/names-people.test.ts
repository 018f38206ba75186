import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';

const entityWith = (c: ReturnType<typeof compareArticles>, form: string) => c.entities.findIndex((e) => e.variants.includes(form));

describe('one person per person', () => {
  it('groups transliterations and spacing of one name: Arabic, Russian, Korean and Chinese romanisations', () => {
    const c = compareArticles([
      { id: 'a', text: 'Leader Moammar Qaddafi spoke. President Lee Jae-myung said so. Historian Nikita Khrushchyov wrote it. Premier Xi Jin-ping said no.' },
      { id: 'b', text: 'Leader Muammar Gaddafi spoke. President Lee Jae Myung said so. Historian Nikita Khrushchev wrote it. Premier Xi Jinping said no.' },
    ]);
    for (const [x, y] of [['Moammar Qaddafi', 'Muammar Gaddafi'], ['Lee Jae-myung', 'Lee Jae Myung'], ['Nikita Khrushchyov', 'Nikita Khrushchev'], ['Xi Jin-ping', 'Xi Jinping']] as const) {
      expect(entityWith(c, x), x).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, x), `${x} / ${y}`).toBe(entityWith(c, y));
    }
  });

  it('keeps apart family members, a father and his son "Jr.", and names whose middle initials differ', () => {
    const c = compareArticles([
      { id: 'a', text: 'Senator Hillary Clinton said yes. Her daughter, Chelsea Clinton, said no. Mayor Raymond Ortiz Jr. said it. Former mayor Raymond Ortiz Sr. agreed.' },
      { id: 'b', text: 'President George W. Bush said it. His father, former president George H. W. Bush, said it first. Saif al-Islam Gaddafi said so; leader Muammar Gaddafi said no.' },
    ]);
    for (const [x, y] of [['Hillary Clinton', 'Chelsea Clinton'], ['Raymond Ortiz Jr.', 'Raymond Ortiz Sr.'], ['George W. Bush', 'George H. W. Bush'], ['Saif al-Islam Gaddafi', 'Muammar Gaddafi']] as const) {
      expect(entityWith(c, x), x).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, y), y).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, x), `${x} / ${y}`).not.toBe(entityWith(c, y));
    }
  });

  it('lists no case-only variant and no fragment such as "Jr" alone', () => {
    const c = compareArticles([
      { id: 'a', text: 'SEOUL, May 11 (Yonhap) -- Mayor Raymond Ortiz Jr. said talks in Seoul went well.' },
      { id: 'b', text: 'Talks in Seoul went well, Raymond Ortiz Jr. said. Jr. is his suffix.' },
    ]);
    for (const e of c.entities) {
      const lower = e.variants.map((v) => v.toLowerCase());
      expect(new Set(lower).size, e.name).toBe(lower.length);
      expect(e.variants.some((v) => /^(?:jr|sr)\.?$/i.test(v)), e.name).toBe(false);
    }
    expect(c.entities.find((e) => e.variants.includes('SEOUL') || e.variants.includes('Seoul'))?.name).toBe('Seoul');
  });
});
