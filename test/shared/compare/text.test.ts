import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';
import { findQuotes } from '../../../src/shared/compare/quotes';
import { sentences, useFallbackSegmenter } from '../../../src/shared/compare/sentences';
import { foldName } from '../../../src/shared/compare/names';
import { expand, tokensOf } from '../../../src/shared/compare/words';

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  const text = 'U.S. Secretary of State Antony J. Blinken met Mr. Lavrov. They talked for two hours!\nA subhead\n"Was it useful?" he asked. It was.';
  const expected = [
    'U.S. Secretary of State Antony J. Blinken met Mr. Lavrov.',
    'They talked for two hours!',
    'A subhead',
    '"Was it useful?" he asked.',
    'It was.',
  ];

  it('splits at sentence ends and line breaks, not after "U.S.", "Mr." or an initial', () => {
    expect(slices(text, sentences(text))).toEqual(expected);
  });

  it('does the same without Intl.Segmenter', () => {
    useFallbackSegmenter(true);
    try {
      expect(slices(text, sentences(text))).toEqual(expected);
    } finally {
      useFallbackSegmenter(false);
    }
  });
});

describe('quotes', () => {
  it('finds straight, curly, « » and „ “ quotes, and closes one left open at the paragraph end', () => {
    const text = 'He said "one two", then “three four”, then «cinq six» and „sieben acht“.\n“Running on and on\nNext paragraph';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['one two', 'three four', 'cinq six', 'sieben acht', 'Running on and on']);
  });

  it('keeps quote offsets pointing at the quoted words, without the trailing comma', () => {
    const text = '"We will respond," Blinken said.';
    const [q] = findQuotes(text);
    expect(text.slice(q!.start, q!.end)).toBe('We will respond');
  });
});

describe('normalising words', () => {
  it('expands contractions and folds case and apostrophes', () => {
    expect(expand("we'll")).toEqual(['we', 'will']);
    expect(expand("won't")).toEqual(['will', 'not']);
    expect(expand("it's")).toEqual(['it', 'is']);
    expect(expand("russia's")).toEqual(['russia']);
    expect(tokensOf('We’ll respond').map((t) => t.key)).toEqual(tokensOf('we will RESPOND').map((t) => t.key));
  });

  it('folds transliteration variants of names to one key', () => {
    expect(foldName('Sergey')).toBe(foldName('Sergei'));
    expect(foldName('Aleksey')).toBe(foldName('Alexei'));
    expect(foldName('Aleksei')).toBe(foldName('Alexei'));
    expect(foldName('Zelenskyy')).toBe(foldName('Zelensky'));
    expect(foldName('Navalny')).not.toBe(foldName('Nabiullina'));
  });
});

describe('speakers and names', () => {
  const speakerOf = (texts: string[], snippet: string) => {
    const c = compareArticles(texts.map((text, i) => ({ id: String(i), text })));
    return c.groups.find((g) => g.kind === 'quote' && g.members.some((m) => m.text.includes(snippet)))?.speaker;
  };
  const other = 'Officials met on Monday. "We will not accept these terms under any circumstances," said Jane Holt, the union leader.';

  it('reads "X said", "said X", "X said at ...", "he added" and "according to X"', () => {
    expect(speakerOf(['Union leader Jane Holt spoke first. "We will not accept these terms under any circumstances," Holt said at the rally.', other], 'accept these terms')).toBe('Jane Holt');
    expect(speakerOf(['Spokeswoman Jane Holt spoke first. She added that "we will not accept these terms under any circumstances."', other], 'accept these terms')).toBe('Jane Holt');
    expect(speakerOf(['"We will not accept these terms under any circumstances," according to union leader Jane Holt.', other], 'accept these terms')).toBe('Jane Holt');
  });

  it('resolves a role description to the latest person named with that role', () => {
    const a = 'Prime Minister Ana Ruiz met Finance Minister Tom Berg. "The budget will be balanced by next year," the prime minister said.';
    const b = 'Ana Ruiz, the prime minister, said: "The budget will be balanced by next year."';
    expect(speakerOf([a, b], 'budget will be balanced')).toBe('Ana Ruiz');
  });

  it('reads a speaker named after the quote with an apposition before the verb, a role in an apposition without "the", and "citing X"', () => {
    // The first article's own credit, not the group's (which the second article alone would give).
    const speakerOf = (texts: string[], snippet: string) =>
      compareArticles(texts.map((text, i) => ({ id: String(i), text })))
        .groups.find((g) => g.kind === 'quote' && g.members.some((m) => m.text.includes(snippet)))
        ?.members.find((m) => m.articleId === '0')?.speaker;
    const apposition = '"We will not accept these terms under any circumstances," Jane Holt, leader of the dockers\' union, told reporters.';
    expect(speakerOf([apposition, other], 'accept these terms')).toBe('Jane Holt');
    const role = 'Jane Holt, president of the dockers\' union, spoke first. "We will not accept these terms under any circumstances," the president said.';
    expect(speakerOf([role, other], 'accept these terms')).toBe('Jane Holt');
    const citing = 'The union said its members had "never accepted these terms under any circumstances", citing union leader Jane Holt.';
    const otherCiting = 'Union leader Jane Holt said members had "never accepted these terms under any circumstances".';
    expect(speakerOf([citing, otherCiting], 'never accepted')).toBe('Jane Holt');
  });

  it('does not join a quote group with a report in other words that credits someone else', () => {
    const quoted = 'Spokeswoman Lena Fisk said: "We saw cash being handed out near at least six polling stations."';
    const sameSpeaker = 'Lena Fisk, a spokeswoman, spoke on Monday. She said observers saw cash being handed out near at least six polling stations.';
    const otherSpeaker = 'Candidate Omar Haddad spoke on Monday. He said observers saw cash being handed out near at least six polling stations.';
    const c = compareArticles([
      { id: 'q', text: quoted },
      { id: 'q2', text: `Voting ended at seven. ${quoted}` },
      { id: 'same', text: sameSpeaker },
      { id: 'other', text: otherSpeaker },
    ]);
    const g = c.groups.find((x) => x.kind === 'quote' && x.members.some((m) => m.articleId === 'q'));
    expect(g?.members.map((m) => m.articleId)).toContain('same');
    expect(g?.members.map((m) => m.articleId)).not.toContain('other');
  });

  it('links the same words credited to two different people, each member showing who its article credits', () => {
    const a = 'Senator Mark Olsen said: "This bill will cost jobs across the state."';
    const b = 'Governor Rita Vance said: "This bill will cost jobs across the state."';
    const c = compareArticles([
      { id: 'a', text: a },
      { id: 'b', text: b },
    ]);
    const [g] = c.groups.filter((x) => x.kind === 'quote');
    expect(g?.members.map((m) => [m.articleId, m.speaker])).toEqual([
      ['a', 'Mark Olsen'],
      ['b', 'Rita Vance'],
    ]);
  });

  it('groups one person’s spellings across articles, and keeps people with different surnames apart', () => {
    const c = compareArticles([
      { id: 'a', text: 'Opposition leader Aleksey Navalny spoke. Navalny said he would return. Spokeswoman Kira Yarmysh agreed.' },
      { id: 'b', text: 'Kremlin critic Alexei Navalny was detained. His spokeswoman Kira Yashina confirmed it. Navalny is 44.' },
      { id: 'c', text: 'Opposition politician Alexey Navalnyy left Berlin. Economist Sergei Guriev wrote about it.' },
    ]);
    const navalny = c.entities.find((e) => e.variants.includes('Alexei Navalny'))!;
    expect(navalny.variants).toEqual(expect.arrayContaining(['Aleksey Navalny', 'Alexei Navalny', 'Alexey Navalnyy', 'Navalny']));
    expect(navalny.kind).toBe('person');
    expect(c.entities.find((e) => e.variants.includes('Sergei Guriev'))!.variants).not.toContain('Alexei Navalny');
    expect(c.entities.find((e) => e.name === 'Kira Yarmysh')?.variants).toEqual(['Kira Yarmysh']);
    expect(c.entities.find((e) => e.name === 'Kira Yashina')?.variants).toEqual(['Kira Yashina']);
  });

  it('names the place variants and the places after "in", "near" or a dateline', () => {
    const c = compareArticles([
      { id: 'a', text: 'REYKJAVIK, May 20 (IANS): The talks in Reykjavik ended.' },
      { id: 'b', text: 'The pair met in the Icelandic capital, Rekjavik, near Hofsos.' },
    ]);
    const place = c.entities.find((e) => e.kind === 'place' && e.variants.includes('Reykjavik'))!;
    expect(place.variants).toEqual(expect.arrayContaining(['Reykjavik', 'Rekjavik']));
    expect(c.entities.some((e) => e.kind === 'place' && e.name === 'Hofsos')).toBe(true);
  });
});
