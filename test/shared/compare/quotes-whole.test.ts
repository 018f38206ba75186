import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';
import { findQuotes } from '../../../src/shared/compare/quotes';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('quotes with any marks', () => {
  it('closes a quote opened straight with a curly mark and the reverse, without running to the paragraph end', () => {
    expect(quoted('He said "first words” and then “second words" before leaving.')).toEqual(['first words', 'second words']);
  });

  it('reads single marks as quotes but not apostrophes', () => {
    expect(quoted("'This one was worse,' he said. It's the Ortizes' third flood, ‘a disaster’ they say.")).toEqual(['This one was worse', 'a disaster']);
  });

  it('keeps a quote whole across its sentence ends', () => {
    expect(quoted('«We cannot. Our people deserve better.» he said.')).toEqual(['We cannot. Our people deserve better.']);
  });
});

describe('quote groups', () => {
  const articles = [
    { id: 'a', text: 'Mayor Dana Whitlock spoke on Monday. "He should pay for it. He\'s got the money," Whitlock said.' },
    { id: 'b', text: 'Council member Raj Patel was angry. “He should pay for it. He’s got the money,” the mayor, Dana Whitlock, told reporters.' },
    { id: 'c', text: 'Dana Whitlock did not hold back. ‘He should pay for it,’ she said. ‘He’s got the money.’' },
  ];

  it('shows a statement cut at a sentence end as one group holding every outlet, whole where an outlet quotes it whole', () => {
    const groups = compareArticles(articles).groups.filter((g) => g.kind === 'quote');
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect([...new Set(g.members.map((m) => m.articleId))]).toEqual(['a', 'b', 'c']);
    expect(g.members.find((m) => m.articleId === 'a')!.text).toBe("He should pay for it. He's got the money");
    expect(g.members.filter((m) => m.articleId === 'c').map((m) => m.text)).toEqual(['He should pay for it', 'He’s got the money.']);
  });

  it('gives each member the speaker its article names, with the words that say so', () => {
    const g = compareArticles(articles).groups.find((x) => x.kind === 'quote')!;
    for (const m of g.members) expect(m.speaker, m.articleId).toBe('Dana Whitlock');
    expect(g.members.find((m) => m.articleId === 'b')!.evidence).toBe('… the mayor, Dana Whitlock, told reporters.');
  });

  it('shows no speaker where the text does not say who spoke', () => {
    const c = compareArticles([
      { id: 'a', text: 'Officials met on Tuesday. The commission said it would "study the ruling" carefully.' },
      { id: 'b', text: 'The vote was delayed. A statement promised to «study the ruling» within a week.' },
    ]);
    const g = c.groups.find((x) => x.kind === 'quote')!;
    expect(g.members.map((m) => m.speaker)).toEqual([null, null]);
    expect(g.speaker).toBeNull();
  });

  it('puts a statement quoted in one outlet and reported in another in one group, each member marked', () => {
    const c = compareArticles([
      { id: 'a', text: 'The minister spoke in Oslo. “The harbour tunnel will open to traffic in March 2027 after the final safety inspection,” Transport Minister Eva Lund said.' },
      { id: 'b', text: 'Transport Minister Eva Lund said the harbour tunnel will open to traffic in March 2027 after the final safety inspection.' },
      { id: 'c', text: '“The harbour tunnel will open to traffic in March 2027 after the final safety inspection,” Lund told reporters.' },
    ]);
    const g = c.groups.find((x) => x.members.some((m) => m.articleId === 'b'))!;
    expect(g.kind).toBe('quote');
    expect(g.members.map((m) => [m.articleId, m.kind])).toEqual([
      ['a', 'quote'],
      ['b', 'passage'],
      ['c', 'quote'],
    ]);
    expect(c.groups.filter((x) => x.members.some((m) => m.articleId === 'b'))).toHaveLength(1);
  });
});
