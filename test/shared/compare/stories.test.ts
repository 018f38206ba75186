import { describe, expect, it } from 'vitest';
import { groupStories } from '../../../src/shared/compare/stories';
import { wireCredit } from '../../../src/shared/compare/wire';

const wire = 'WASHINGTON (AP) — A Swiss bank agreed Wednesday to pay $1.2 billion to settle U.S. charges that it helped clients evade sanctions on Iran and Syria, the Justice Department said. The bank admitted that employees had processed more than 3,000 transactions through U.S. banks while hiding the names of sanctioned clients.';

describe('groupStories', () => {
  const articles = [
    { id: 'copy', title: 'Swiss bank to pay $1.2 billion', text: wire, published: '2026-03-11T14:30:00Z', outlet: 'Washington Post' },
    { id: 'ap', title: 'Swiss bank fined $1.2 billion over sanctions', text: wire, published: '2026-03-11T14:00:00Z', outlet: 'AP' },
    { id: 'rail', title: 'French rail strike halts TGV trains', text: 'Most TGV trains were cancelled across France as rail unions began a 48-hour strike against opening regional lines to private operators; SNCF said Eurostar was not affected.', published: '2026-04-02T06:00:00Z', outlet: 'AFP' },
    { id: 'rail2', title: 'Strike cancels two-thirds of TGV trains', text: 'A 48-hour rail strike cancelled two-thirds of TGV trains in France, SNCF said, as unions protested against opening regional lines to private competition.', published: '2026-04-02T07:10:00Z', outlet: 'Reuters' },
  ];

  it('puts every article in exactly one story, whatever the order of the input', () => {
    const a = groupStories(articles);
    const b = groupStories([...articles].reverse());
    const sets = (g: typeof a) => g.stories.map((s) => [...s.articles].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    expect(sets(a)).toEqual([['ap', 'copy'], ['rail', 'rail2']]);
    expect(sets(b)).toEqual(sets(a));
  });

  it('names who carried a story first, with its wire credit, and folds the wire copy under it', () => {
    const bank = groupStories(articles).stories.find((s) => s.articles.includes('ap'))!;
    expect(bank.articles).toEqual(['ap', 'copy']);
    expect(bank.first).toEqual({ articleId: 'ap', outlet: 'AP', published: '2026-03-11T14:00:00Z', wire: 'AP' });
    expect(bank.folded).toEqual([{ articleId: 'copy', copyOf: 'ap' }]);
    expect(bank.title.length).toBeGreaterThan(0);
  });

  it('keeps reports of one kind of event in two places apart', () => {
    const g = groupStories([
      { id: 'peru', title: 'Magnitude 6.8 quake strikes southern Peru', text: 'A magnitude 6.8 earthquake struck southern Peru, killing nine people in Arequipa, civil defence officials said.', published: '2026-02-10T04:00:00Z' },
      { id: 'peru2', title: 'Nine dead as earthquake hits Arequipa', text: 'Nine people died when a 6.8-magnitude earthquake hit the Arequipa region of southern Peru.', published: '2026-02-10T08:00:00Z' },
      { id: 'turkey', title: '5.9 quake jolts Malatya', text: 'A magnitude 5.9 earthquake struck Malatya province in eastern Turkey, the disaster agency AFAD said.', published: '2026-02-11T19:00:00Z' },
    ]);
    expect(g.stories.map((s) => [...s.articles].sort())).toEqual(expect.arrayContaining([['peru', 'peru2'], ['turkey']]));
  });
});

describe('wireCredit', () => {
  it('reads the agency from the dateline only', () => {
    expect(wireCredit('LIMA, Feb 10 (Reuters) - A magnitude 6.8 earthquake')).toBe('Reuters');
    expect(wireCredit('SEOUL, May 11 Kyodo - Japan and South Korea')).toBe('Kyodo');
    expect(wireCredit('MOSCOW (AP) — Handwritten notes')).toBe('AP');
    expect(wireCredit('The bank said, according to Reuters, that it would pay.')).toBeNull();
  });
});

describe('provenanceLine', () => {
  it('names the earliest outlet with its time and wire credit, then the others in order', async () => {
    const { provenanceLine } = await import('../../../src/shared/compare/provenance');
    const sources = [
      { id: 'dw', outlet: 'DW', published: '2026-03-02T14:05:00Z', text: 'A Russian archive...' },
      { id: 'r', outlet: 'Reuters', published: '2026-03-02T09:12:00Z', text: 'MOSCOW, March 2 (Reuters) - A Moscow archive' },
      { id: 'wp', outlet: 'Washington Post', published: '2026-03-02T11:40:00Z', text: 'MOSCOW (AP) — Handwritten notes' },
    ];
    expect(provenanceLine(['dw', 'wp', 'r'], sources)).toBe('first: Reuters 09:12; then Washington Post (AP), DW');
    expect(provenanceLine(['x'], sources)).toBeNull();
  });
});
