import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';
import { hasOwnContent, isOwnFigure, properNounKeys, UNIQUE_SHOWN_SHARE, uniqueStrength } from '../../../src/shared/compare/unique';
import { sentences } from '../../../src/shared/compare/sentences';
import { tokensOf } from '../../../src/shared/compare/words';

const keysOf = (s: string) => [...properNounKeys(s, 0, s.length)];
const keys = (s: string) => tokensOf(s).map((t) => t.key);

describe('the rules that pick what only one outlet reports', () => {
  it('counts any number of its own as a figure, small ones included', () => {
    expect(isOwnFigure('12')).toBe(true);
    expect(isOwnFigure('31.8')).toBe(true);
    expect(isOwnFigure('drills')).toBe(false);
  });

  it('takes capitalised words inside a sentence for proper nouns, not its first word, a dateline or the word after a quotation mark', () => {
    expect(keysOf('Ishiba will host Lee in Hiroshima in the autumn.')).toEqual(keys('Lee Hiroshima'));
    expect(keysOf('HANNIBAL — the river rose.')).toEqual([]);
    expect(keysOf('He said: "Nobody came." Then he left.')).toEqual([]);
    expect(keysOf('I think I will go.')).toEqual([]);
  });

  it('ranks a sentence of its own words above a rewording that only adds a name, and keeps both as candidates', () => {
    const news = { ownWords: 4, contentWords: 5, ownFigures: 0, ownNames: 0, quoted: false };
    const rewordingWithName = { ownWords: 1, contentWords: 8, ownFigures: 0, ownNames: 1, quoted: false };
    expect(uniqueStrength(news)).toBeGreaterThan(uniqueStrength(rewordingWithName));
    expect(hasOwnContent(rewordingWithName)).toBe(true);
    expect(hasOwnContent({ ...rewordingWithName, ownNames: 0 })).toBe(false);
  });

  it('lists a claim and the quotation that backs it, in one paragraph, as one passage', () => {
    const shared = 'The river rose above the levee at Hannibal on Saturday and flooded the lower town.';
    const c = compareArticles([
      { id: 'a', text: `${shared}\n\nFederal disaster aid has not yet been approved by anyone. "We are waiting on Washington," a city official said.\n\nVolunteers arrived.` },
      { id: 'b', text: `${shared}\n\nThe mayor thanked the volunteers from out of town.` },
    ]);
    const claim = c.unique.find((u) => u.text.startsWith('Federal disaster aid'));
    expect(claim?.text).toBe('Federal disaster aid has not yet been approved by anyone. "We are waiting on Washington," a city official said.');
  });

  it('does not count another spelling of a name the other outlets use as news of its own', () => {
    const c = compareArticles([
      { id: 'a', text: 'President Lee Jae-myung met the Japanese prime minister in Seoul on Monday to discuss missile warnings.\n\nThe talks with Lee Jae-myung ran late.' },
      { id: 'b', text: 'President Lee Jaemyung met the Japanese prime minister in Seoul on Monday to discuss missile warnings.\n\nThe talks with Lee Jaemyung ran late into the evening, an aide said.' },
    ]);
    expect(c.entities.some((e) => e.variants.includes('Lee Jae-myung') && e.variants.includes('Lee Jaemyung'))).toBe(true);
    const strongest = c.unique.find((u) => u.articleId === 'a');
    expect(strongest).toBeUndefined();
  });

  it('shows unique passages for fewer sentences than the shown share, however many there are', () => {
    const para = (i: number) => `Report ${i} names the unrelated fact number ${i * 7} of its own, about harbour ${i}.`;
    const texts = [0, 1, 2].map((a) => Array.from({ length: 10 }, (_, i) => para(a * 10 + i)).join('\n\n'));
    const c = compareArticles(texts.map((text, i) => ({ id: String(i), text })));
    const count = texts.reduce((n, t) => n + sentences(t).length, 0);
    const shownSentences = c.unique.slice(0, c.uniqueShown).reduce((n, u) => n + sentences(u.text).length, 0);
    expect(c.unique.length).toBeGreaterThan(c.uniqueShown);
    expect(shownSentences).toBeLessThanOrEqual(Math.floor(UNIQUE_SHOWN_SHARE * count));
  });

  it('lets a shorter passage take the place of a long one that would pass the share', () => {
    const shared = Array.from({ length: 9 }, (_, i) => `Everyone agrees that the bridge number ${i} reopened on schedule after the repairs ended.`);
    const long = [
      'Ferry crews walked out at dawn over unpaid overtime.',
      'Their union wants back pay for every missed weekend.',
      'Management calls that demand unaffordable this winter.',
      'Passengers queued along the quay for hours.',
      'Some gave up and drove around the fjord instead.',
      'Cafes near the terminal sold out of coffee early.',
    ].join(' ');
    const a = [...shared, long, 'A ferry mechanic retired after forty years of service.'].join('\n\n');
    const b = [...shared, 'Tourists from Norway filled 300 hotel rooms in Tromsø and 120 in Bodø last week, Visit Norway said.'].join('\n\n');
    const c = compareArticles([{ id: 'a', text: a }, { id: 'b', text: b }]);
    const budget = Math.floor(UNIQUE_SHOWN_SHARE * (sentences(a).length + sentences(b).length));
    const shown = c.unique.slice(0, c.uniqueShown);
    expect(shown.reduce((n, u) => n + sentences(u.text).length, 0)).toBeLessThanOrEqual(budget);
    expect(shown.some((u) => u.text.startsWith('Tourists from Norway'))).toBe(true);
    expect(shown.some((u) => u.text.startsWith('A ferry mechanic'))).toBe(true);
    expect(c.unique.some((u) => u.text.startsWith('Ferry crews walked out') && u.text.endsWith('sold out of coffee early.'))).toBe(true);
  });
});
