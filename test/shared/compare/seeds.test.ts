import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, type CompareInput, type Comparison, type PassageGroup } from '../../../src/shared/compare';
import { loadSeeds } from './seeds';

let seeds: CompareInput[];
let comparison: Comparison;

beforeAll(async () => {
  seeds = await loadSeeds();
  comparison = compareArticles(seeds);
});

/** The group holding a member from `articleId` whose text contains `snippet`. */
function groupWith(articleId: string, snippet: string, kind?: 'quote' | 'passage'): PassageGroup | undefined {
  return comparison.groups.find((g) => (!kind || g.kind === kind) && g.members.some((m) => m.articleId === articleId && m.text.includes(snippet)));
}

function articlesOf(g: PassageGroup | undefined): string[] {
  return [...new Set(g?.members.map((m) => m.articleId) ?? [])].sort();
}

const sentenceOf = (articleId: string, snippet: string) => {
  const text = seeds.find((s) => s.id === articleId)!.text;
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`not in ${articleId}: ${snippet}`);
  return at;
};

describe('comparing the five seed reports of the Blinken–Lavrov meeting', () => {
  it('links Blinken’s "we will respond" across the four reports that quote it, "we’ll respond" included', () => {
    const g = groupWith('000', 'our allies we will respond', 'quote');
    expect(g?.speaker).toBe('Antony Blinken');
    expect(articlesOf(g)).toEqual(['000', '001', '003', '004']);
    expect(g!.members.some((m) => m.articleId === '001' && m.text.includes('our allies, we’ll respond'))).toBe(true);
    expect(g!.members.some((m) => m.articleId === '004' && m.text.includes('our allies, we’ll respond'))).toBe(true);
  });

  it('links Lavrov’s "serious differences" across 000, 002 and 003, with Lavrov as the speaker', () => {
    const g = groupWith('000', 'serious differences', 'quote');
    expect(g?.speaker).toBe('Sergei Lavrov');
    expect(articlesOf(g)).toEqual(['000', '002', '003']);
    expect(g!.members.some((m) => m.articleId === '003' && m.text.startsWith('We have serious differences in the assessment'))).toBe(true);
  });

  it('links "ready to discuss all issues without exception" with its different endings', () => {
    const g = groupWith('000', 'ready to discuss all issues without exception', 'quote');
    expect(g?.speaker).toBe('Sergei Lavrov');
    expect(articlesOf(g)).toEqual(['000', '002', '003']);
    expect(g!.match).toBe('reworded');
    expect(g!.members.find((m) => m.articleId === '003')!.text).toContain('all the issues without exception');
  });

  it('links the other shared quotes to the right speaker', () => {
    const cases: [string, string, string, string[]][] = [
      ['001', 'no secret that we have our differences', 'Antony Blinken', ['001', '003', '004']],
      ['002', 'a predictable, stable relationship', 'Antony Blinken', ['002', '003', '004']],
      ['002', 'good for the Russian people', 'Antony Blinken', ['002', '004']],
      ['000', 'in spheres where our interests collide', 'Sergei Lavrov', ['000', '002']],
      ['001', 'greatly diverge when it comes to our assessment', 'Sergei Lavrov', ['001', '002']],
      ['001', 'the status of relations between Moscow and Washington', 'Sergei Lavrov', ['001', '004']],
      ['001', 'the world can be a safer and more secure place', 'Antony Blinken', ['000', '001']],
    ];
    for (const [article, snippet, speaker, articles] of cases) {
      const g = groupWith(article, snippet, 'quote');
      expect(g?.speaker, snippet).toBe(speaker);
      expect(articlesOf(g), snippet).toEqual(articles);
    }
  });

  it('attributes quotes through pronouns, role descriptions, colons and attribution lines', () => {
    // "he added that ..." (000), "the Russian diplomat said" (003), "Foreign Minister Lavrov said:" (004),
    // "-U.S. Secretary of State Antony Blinken" after the quote (004)
    expect(groupWith('000', 'the world can be a safer', 'quote')?.speaker).toBe('Antony Blinken');
    expect(groupWith('004', 'the status of relations between Moscow', 'quote')?.speaker).toBe('Sergei Lavrov');
    expect(groupWith('004', 'no secret that we have our differences', 'quote')?.speaker).toBe('Antony Blinken');
    expect(groupWith('003', 'ready to discuss all the issues', 'quote')?.speaker).toBe('Sergei Lavrov');
  });

  it('never puts two different known speakers in one quote group', () => {
    for (const g of comparison.groups.filter((x) => x.kind === 'quote')) {
      expect(g.members.length).toBeGreaterThanOrEqual(2);
      expect(new Set(g.members.map((m) => m.articleId)).size).toBeGreaterThanOrEqual(2);
    }
    const blinken = comparison.groups.filter((g) => g.speaker === 'Antony Blinken').flatMap((g) => g.members.map((m) => m.text));
    expect(blinken.some((t) => /serious differences|ready to discuss/.test(t))).toBe(false);
  });

  it('links reported passages that say the same thing', () => {
    const navalny = groupWith('001', 'Blinken had raised concerns regarding Russia’s military deployments', 'passage');
    expect(articlesOf(navalny)).toEqual(['001', '002', '004']);
    const firstTalks = groupWith('001', 'The first high-level talks between United States and Russia', 'passage');
    expect(articlesOf(firstTalks)).toContain('002');
    const cooperate = groupWith('000', 'For his part, Lavrov said Russia and the United States', 'passage');
    expect(articlesOf(cooperate)).toEqual(['000', '002']);
  });

  it('links no two unrelated sentences', () => {
    const linked = (a: [string, string], b: [string, string]) =>
      comparison.groups.some(
        (g) =>
          g.members.some((m) => m.articleId === a[0] && m.text.includes(a[1])) && g.members.some((m) => m.articleId === b[0] && m.text.includes(b[1])),
      );
    const unrelated: [[string, string], [string, string]][] = [
      [['000', 'tit-for-tat diplomatic expulsions'], ['001', 'diplomat expulsions']],
      [['000', 'The pair were in the Icelandic capital'], ['003', 'reports Xinhua news agency']],
      [['000', 'The pair were in the Icelandic capital'], ['002', 'The meeting was held on the sidelines']],
      [['001', 'exempted Nord Stream 2 AG'], ['003', 'imposed a wave of sanctions']],
      [['002', 'Paul Whelan and Trevor Reed'], ['002', 'the release of two U.S. citizens held by Russia']],
      [['002', 'Paul Whelan and Trevor Reed'], ['001', 'Lavrov was open to talking']],
      [['003', 'The two sides have imposed a wave of sanctions'], ['001', 'Tensions between the Kremlin and the White House']],
      [['000', 'US President Joe Biden has said he hopes to meet with Putin'], ['003', 'Biden had suggested the two meet in a third country']],
      [['004', 'I’m pleased to be meeting with Sergey'], ['000', 'met his Russian counterpart Sergei Lavrov for the first time']],
      [['001', 'US Secretary of State Antony Blinken opened the meeting'], ['002', 'Russian Foreign Minister Sergei Lavrov says his meeting']],
    ];
    for (const [a, b] of unrelated) expect(linked(a, b), `${a[1]} <> ${b[1]}`).toBe(false);
    // and every passage group shares rare content, not just names
    for (const g of comparison.groups.filter((x) => x.kind === 'passage')) expect(g.similarity).toBeGreaterThan(0.2);
  });

  it('marks each seed’s own facts as unique', () => {
    const unique = (articleId: string, snippet: string) =>
      comparison.unique.some((u) => u.articleId === articleId && u.text.includes(snippet) && u.start === sentenceOf(articleId, u.text));
    expect(unique('000', 'tit-for-tat diplomatic expulsions')).toBe(true);
    expect(unique('000', 'annexation of Crimea')).toBe(true);
    expect(unique('001', 'exempted Nord Stream 2 AG')).toBe(true);
    expect(unique('001', '13 vessels')).toBe(true);
    expect(unique('002', 'Paul Whelan and Trevor Reed')).toBe(true);
    expect(unique('002', 'Interfax reported')).toBe(true);
    expect(unique('003', 'reports Xinhua news agency')).toBe(true);
    expect(unique('003', 'election interference and cyberattacks')).toBe(true);
    expect(unique('004', 'Arctic Council Chairmanship')).toBe(true);
  });

  it('keeps subheads, attribution lines and linked sentences out of the unique list', () => {
    const texts = comparison.unique.map((u) => u.text);
    expect(texts).not.toContain('What Blinken and Lavrov said');
    expect(texts).not.toContain('US seeks to rebuild bridges');
    expect(texts.some((t) => t.startsWith('-U.S.'))).toBe(false);
    expect(texts.some((t) => t.includes('our allies we will respond'))).toBe(false);
    for (const u of comparison.unique) expect(seeds.find((s) => s.id === u.articleId)!.text.slice(u.start, u.end)).toBe(u.text);
  });

  it('groups the spellings of one name, and never merges different surnames', () => {
    const entity = (name: string) => comparison.entities.find((e) => e.name === name);
    expect(entity('Sergei Lavrov')?.variants).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov']));
    expect(entity('Alexei Navalny')?.variants).toEqual(expect.arrayContaining(['Alexei Navalny', 'Aleksei Navalny', 'Aleksey Navalny']));
    const navalny = entity('Alexei Navalny')!;
    expect(new Set(navalny.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(entity('Antony Blinken')?.variants).toEqual(expect.arrayContaining(['Antony Blinken', 'Antony J. Blinken', 'Blinken']));
    expect(entity('Reykjavik')?.variants).toEqual(expect.arrayContaining(['Reykjavik', 'Rekjavik']));
    expect(entity('Paul Whelan')?.kind).toBe('person');
    expect(entity('Trevor Reed')?.kind).toBe('person');
    const persons = comparison.entities.filter((e) => e.kind === 'person');
    for (const p of persons) {
      const surnames = new Set(p.variants.map((v) => v.split(/\s+/).pop()!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
      expect(surnames.size, p.name).toBe(1);
    }
    for (const e of comparison.entities) {
      for (const m of e.mentions) expect(seeds.find((s) => s.id === m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('sorts groups by how many articles carry them, then by first appearance, with stable ids', () => {
    const counts = comparison.groups.map((g) => new Set(g.members.map((m) => m.articleId)).size);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(compareArticles(seeds).groups.map((g) => g.id)).toEqual(comparison.groups.map((g) => g.id));
    expect(new Set(comparison.groups.map((g) => g.id)).size).toBe(comparison.groups.length);
  });

  it('links only near-identical wordings when minSimilarity is raised', () => {
    const strict = compareArticles(seeds, { minSimilarity: 0.95 });
    const has = (c: Comparison, snippet: string) => c.groups.some((g) => g.kind === 'quote' && g.members.some((m) => m.text.includes(snippet)));
    expect(has(strict, 'in spheres where our interests collide')).toBe(true);
    expect(has(strict, 'ready to discuss all issues without exception')).toBe(false);
    expect(strict.groups.length).toBeLessThan(comparison.groups.length);
    for (const g of strict.groups.filter((x) => x.kind === 'quote')) expect(g.match === 'reworded' ? g.similarity : 1).toBeGreaterThanOrEqual(0.85);
  });
});
