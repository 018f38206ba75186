import { describe, expect, it } from 'vitest';
import {
  SEARCH_INDEX_VERSION,
  SearchIndex,
  applyFilter,
  foldText,
  makeSnippet,
  type SearchDocument,
  type SearchResult,
} from '@shared/search';

function article(id: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return { kind: 'article', id, articleId: id, title: '', outlet: '', authors: [], text: '', published: null, ...fields };
}

function note(id: string, articleId: string | null, text: string): SearchDocument {
  return { kind: 'note', id, articleId, title: '', outlet: '', authors: [], text, published: null };
}

const LONG_BODY =
  'Officials arrived early in the morning and spoke briefly with reporters outside the harpa concert hall. ' +
  'After a long walk along the harbour the two delegations finally sat down together, and Antony Blinken told Sergei Lavrov ' +
  'that Washington sought a stable and predictable relationship with Moscow despite the many disagreements that remain. ' +
  'The talks went on for nearly two hours, longer than planned, according to people familiar with the meeting in Reykjavík.';

function corpus(): SearchIndex {
  return SearchIndex.build([
    article('reuters', {
      title: 'Blinken and Lavrov meet in Reykjavík',
      outlet: 'Reuters',
      authors: ['Humeyra Pamuk'],
      text: LONG_BODY,
      published: '2021-05-19',
    }),
    article('guardian', {
      title: 'Arctic council talks begin',
      outlet: 'The Guardian',
      authors: ['Julian Borger'],
      text: 'Ministers gathered for the Arctic Council. Lavrov warned against militarising the region.',
      published: '2021-05-20T08:00:00Z',
    }),
    article('monde', {
      title: 'Rencontre à Reykjavik',
      outlet: 'Le Monde',
      text: 'Le secrétaire d’État américain a rencontré son homologue russe. Économie et sécurité étaient au menu.',
      published: '--05-20',
    }),
    article('undated', { title: 'Undated wire copy', outlet: 'Reuters', text: 'A short item about fisheries quotas.' }),
    note('note-1', 'guardian', 'Compare how each outlet frames the militarising remark.'),
  ]);
}

const ids = (results: SearchResult[]) => results.map((r) => r.id);
const fold = (s: string) => foldText(s);

function expectMarksOnQueryWords(result: SearchResult, queryWords: string[]): void {
  expect(result.snippet.marks.length).toBeGreaterThan(0);
  for (const mark of result.snippet.marks) {
    const marked = result.snippet.text.slice(mark.start, mark.end);
    expect(queryWords.map(fold)).toContain(fold(marked));
  }
}

describe('finding words', () => {
  it('finds a word in the text of an article', () => {
    expect(ids(corpus().search('predictable'))).toEqual(['reuters']);
  });

  it('finds a word in a title, an outlet and an author', () => {
    const index = corpus();
    expect(ids(index.search('council'))).toEqual(['guardian']);
    expect(index.search('guardian')[0]).toMatchObject({ id: 'guardian', field: 'outlet' });
    expect(index.search('borger')[0]).toMatchObject({ id: 'guardian', field: 'authors' });
  });

  it("finds words in a note's text, naming the note's article", () => {
    const [result] = corpus().search('frames');
    expect(result).toMatchObject({ kind: 'note', id: 'note-1', articleId: 'guardian', field: 'text' });
  });

  it('ignores case and diacritics, both ways', () => {
    const index = corpus();
    expect(ids(index.search('REYKJAVIK')).sort()).toEqual(['monde', 'reuters']);
    expect(ids(index.search('economie'))).toEqual(['monde']);
    expect(ids(index.search('Sécrétaire'))).toEqual(['monde']);
  });

  it('needs every word of a several-word query, in any field', () => {
    const index = corpus();
    expect(ids(index.search('lavrov harbour'))).toEqual(['reuters']);
    // "pamuk" is only an author, "harbour" only in the body: both must match, across fields.
    expect(ids(index.search('pamuk harbour'))).toEqual(['reuters']);
    expect(ids(index.search('lavrov fisheries'))).toEqual([]);
  });

  it('matches the word being typed as the start of longer words, and finished words whole', () => {
    const index = corpus();
    expect(ids(index.search('militar')).sort()).toEqual(['guardian', 'note-1']);
    expect(ids(index.search('militar '))).toEqual([]);
    expect(ids(index.search('lav harbour'))).toEqual([]);
  });

  it('puts a title match above a body match of the same word', () => {
    const index = SearchIndex.build([
      article('body', { title: 'Something else', text: 'Deep in the text it mentions sanctions once.' }),
      article('title', { title: 'Sanctions on the agenda', text: 'Nothing more to say here.' }),
    ]);
    expect(ids(index.search('sanctions'))).toEqual(['title', 'body']);
    expect(index.search('sanctions')[0]!.field).toBe('title');
  });

  it('finds nothing for a word no document holds, or an empty query', () => {
    const index = corpus();
    expect(index.search('zeppelin')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('counts every match even when the limit returns fewer', () => {
    const answer = corpus().query('reykjavik', { limit: 1 });
    expect(answer.results).toHaveLength(1);
    expect(answer.total).toBe(2);
  });
});

describe('snippets', () => {
  it('cuts the snippet at word boundaries, with … where it was cut', () => {
    const [result] = corpus().search('predictable');
    const { text } = result!.snippet;
    expect(text.length).toBeLessThanOrEqual(162);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    const inner = text.slice(1, -1);
    // Each end of the inner text is the edge of a whole word of the body.
    const at = LONG_BODY.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(LONG_BODY[at - 1]).toMatch(/\s/);
    expect(LONG_BODY[at + inner.length]).toMatch(/[\s.,]/);
  });

  it('marks the matched words, case- and diacritics-insensitively', () => {
    const index = corpus();
    expectMarksOnQueryWords(index.search('predictable')[0]!, ['predictable']);
    expectMarksOnQueryWords(index.search('reykjavik')[0]!, ['reykjavik']);
    const monde = index.search('ECONOMIE securite')[0]!;
    expectMarksOnQueryWords(monde, ['economie', 'securite']);
    expect(monde.snippet.marks.map((m) => monde.snippet.text.slice(m.start, m.end))).toEqual(['Économie', 'sécurité']);
  });

  it('marks only the typed part of a word being typed', () => {
    const result = corpus().search('lavrov militar').find((r) => r.id === 'guardian')!;
    expect(result.snippet.marks.map((m) => result.snippet.text.slice(m.start, m.end))).toEqual(['Lavrov', 'militar']);
  });

  it('gives the offsets of the match in the full text, to open the reader at it', () => {
    const [result] = corpus().search('blinken lavrov');
    expect(result!.match).not.toBeNull();
    expect(LONG_BODY.slice(result!.match!.start, result!.match!.end)).toBe('Blinken told Sergei Lavrov');
  });

  it('takes the snippet from the matching field when the text does not hold the words', () => {
    const [result] = corpus().search('pamuk');
    expect(result).toMatchObject({ snippetField: 'authors', match: null });
    expect(result!.snippet.text).toBe('Humeyra Pamuk');
    expectMarksOnQueryWords(result!, ['pamuk']);
  });

  it('marks query words in the title', () => {
    const result = corpus().search('reykjavik').find((r) => r.id === 'reuters');
    expect(result!.titleMarks.map((m) => result!.title.slice(m.start, m.end))).toEqual(['Reykjavík']);
  });

  it('prefers the passage where the query words occur together', () => {
    const text = `Lavrov arrived. ${'Filler words keep going here. '.repeat(20)}Later Lavrov and Blinken shook hands.`;
    const { snippet } = makeSnippet(text, ['lavrov', 'blinken']);
    expect(snippet.text).toContain('Lavrov and Blinken');
    expect(snippet.marks).toHaveLength(2);
  });

  it('shows a short text whole, unmarked where nothing matches', () => {
    expect(makeSnippet('Short text.', ['absent'])).toEqual({ snippet: { text: 'Short text.', marks: [] }, match: null });
  });
});

describe('keeping up with changes', () => {
  it('reflects an updated document', () => {
    const index = corpus();
    index.update(article('undated', { title: 'Undated wire copy', outlet: 'Reuters', text: 'Now about whaling instead.' }));
    expect(ids(index.search('fisheries'))).toEqual([]);
    expect(ids(index.search('whaling'))).toEqual(['undated']);
  });

  it('forgets a removed document, and its words once nothing else holds them', () => {
    const index = corpus();
    expect(index.remove('note', 'note-1')).toBe(true);
    expect(ids(index.search('frames'))).toEqual([]);
    expect(ids(index.search('militarising'))).toEqual(['guardian']);
    index.remove('article', 'guardian');
    expect(index.search('militar')).toEqual([]);
    expect(index.remove('article', 'guardian')).toBe(false);
  });

  it('keeps an article and a note with the same id apart', () => {
    const index = SearchIndex.build([article('x', { text: 'alpha' }), note('x', 'x', 'beta')]);
    index.remove('note', 'x');
    expect(ids(index.search('alpha'))).toEqual(['x']);
    expect(index.search('beta')).toEqual([]);
  });
});

describe('filters', () => {
  it('filters by the articles that carry a tag, letting notes through by their article', () => {
    const results = corpus().search('lavrov', { filter: { tagIds: new Set(['guardian']) } });
    expect(ids(results)).toEqual(['guardian']);
    const notes = corpus().search('frames', { filter: { tagIds: new Set(['guardian']) } });
    expect(ids(notes)).toEqual(['note-1']);
  });

  it('filters by outlet, ignoring case', () => {
    expect(ids(corpus().search('lavrov', { filter: { outlets: ['reuters'] } }))).toEqual(['reuters']);
    expect(ids(corpus().search('reykjavik', { filter: { outlets: ['Le Monde', 'The Guardian'] } }))).toEqual(['monde']);
  });

  it('filters by date range, inclusive, leaving out yearless and undated documents', () => {
    const index = corpus();
    expect(ids(index.search('lavrov', { filter: { from: '2021-05-20' } }))).toEqual(['guardian']);
    expect(ids(index.search('lavrov', { filter: { to: '2021-05-19' } }))).toEqual(['reuters']);
    expect(ids(index.search('reykjavik', { filter: { from: '2021-01-01', to: '2021-12-31' } }))).toEqual(['reuters']);
    expect(ids(index.search('reuters', { filter: { from: '2000-01-01' } }))).toEqual(['reuters']);
  });

  it('applies the same filter to any list of documents', () => {
    const docs = [...corpus().documents()];
    expect(ids(applyFilter(docs, { outlets: ['Reuters'], to: '2030-01-01' }) as unknown as SearchResult[])).toEqual(['reuters']);
    expect(applyFilter(docs, {})).toHaveLength(docs.length);
  });
});

describe('export and import', () => {
  const queries = ['lavrov', 'reykjavik', 'militar', 'pamuk harbour', 'frames', 'economie'];
  const shape = (results: SearchResult[]) =>
    results.map((r) => ({ id: r.id, kind: r.kind, field: r.field, snippet: r.snippet, match: r.match, score: r.score }));

  it('gives the same results after export, JSON and import', () => {
    const index = corpus();
    const restored = SearchIndex.restore(JSON.parse(JSON.stringify(index.export())));
    expect(restored).not.toBeNull();
    for (const query of queries) expect(shape(restored!.search(query))).toEqual(shape(index.search(query)));
    expect(restored!.size).toBe(index.size);
  });

  it('keeps working for updates and removals after import', () => {
    const restored = SearchIndex.restore(structuredClone(corpus().export()))!;
    restored.remove('article', 'reuters');
    restored.add(article('new', { title: 'Fresh copy', text: 'Lavrov again.' }));
    expect(ids(restored.search('lavrov')).sort()).toEqual(['guardian', 'new']);
    expect(ids(restored.search('harbour'))).toEqual([]);
  });

  it('stamps the export with its version, and an export of another version rebuilds', () => {
    const exported = corpus().export();
    expect(exported.version).toBe(SEARCH_INDEX_VERSION);
    const stale = { ...exported, version: 'parallax-search/0' };
    expect(SearchIndex.restore(stale)).toBeNull();
    let rebuilt = 0;
    const { index, rebuilt: didRebuild } = SearchIndex.fromExport(stale, () => {
      rebuilt += 1;
      return corpus().documents();
    });
    expect(didRebuild).toBe(true);
    expect(rebuilt).toBe(1);
    expect(ids(index.search('predictable'))).toEqual(['reuters']);
    expect(SearchIndex.fromExport(exported, () => []).rebuilt).toBe(false);
  });

  it('rebuilds from an unreadable export instead of failing', () => {
    expect(SearchIndex.restore({ version: SEARCH_INDEX_VERSION })).toBeNull();
    expect(SearchIndex.restore(null)).toBeNull();
    expect(SearchIndex.fromExport('garbage', () => [article('a', { text: 'word' })]).index.size).toBe(1);
  });
});

describe('quoted phrases', () => {
  const index = () =>
    SearchIndex.build([
      article('together', { title: 'Talks in Reykjavik', text: 'Lavrov spoke of serious differences with Washington.' }),
      article('apart', { title: 'A serious meeting', text: 'The differences between the two sides remain.' }),
      article('reversed', { text: 'The differences were serious, officials said.' }),
      article('in-title', { title: 'Serious Differences Remain', text: 'Both sides met again.' }),
    ]);

  it('finds the quoted words only where they stand together and in order, in any field', () => {
    expect(ids(index().search('"serious differences"')).sort()).toEqual(['in-title', 'together']);
    // Typographic quotation marks too, and a phrase next to a free word.
    expect(ids(index().search('“serious differences” washington'))).toEqual(['together']);
  });

  it('without quotation marks, finds the words anywhere in the document', () => {
    expect(ids(index().search('serious differences')).sort()).toEqual(['apart', 'in-title', 'reversed', 'together']);
  });

  it('treats a quotation still being typed (no closing mark) as words', () => {
    expect(ids(index().search('"serious differ')).sort()).toEqual(['apart', 'in-title', 'reversed', 'together']);
    expect(index().query('"serious differences"').query.phrases).toEqual([['serious', 'differences']]);
  });
});

describe('an index that does not keep article texts', () => {
  const build = () =>
    SearchIndex.build(
      [
        article('a', { title: 'Harbour talks', text: 'The delegations met at the harbour and the foreign minister spoke.' }),
        article('b', { title: 'Fisheries', text: 'Quotas for cod were agreed after the minister left.' }),
        note('n', 'a', 'A note about the foreign minister.'),
      ],
      { keepArticleTexts: false },
    );

  it('finds articles by words of their text without holding the text', () => {
    const index = build();
    expect(index.get('article', 'a')?.text).toBe('');
    expect(index.query('cod').results.map((r) => r.id)).toEqual(['b']);
    // A note keeps its text: its snippet is there at once.
    expect(index.query('note').results[0]?.snippet.text).toContain('A note about');
  });

  it('gives an empty snippet until the text is handed in, and the real one after', () => {
    const index = build();
    const [result] = index.query('harbour delegations').results;
    expect(index.missingTexts([result!])).toEqual(['a']);
    expect(result!.snippet.text).toBe('');
    index.provideTexts([['a', 'The delegations met at the harbour and the foreign minister spoke.']]);
    expect(index.missingTexts([result!])).toEqual([]);
    expect(result!.snippet.marks).toHaveLength(2);
    // "delegations met at the harbour" starts after "The " (4) and is 30 characters long.
    expect(result!.match).toEqual({ start: 4, end: 34 });
  });

  it('leaves phrases to the caller when asked, and checks them against a text it is given', () => {
    const index = build();
    expect(index.query('"foreign minister"', { skipPhrases: true }).results.map((r) => r.id).sort()).toEqual(['a', 'b', 'n'].filter((id) => id !== 'b'));
    expect(index.holdsPhrases('article', 'a', [['foreign', 'minister']], 'the foreign minister spoke')).toBe(true);
    expect(index.holdsPhrases('article', 'a', [['foreign', 'minister']], 'the minister, foreign to him')).toBe(false);
    expect(index.holdsPhrases('note', 'n', [['foreign', 'minister']])).toBe(true);
  });

  it('re-indexes an article whose text changed, not one whose text is the same', () => {
    const index = build();
    index.add(article('a', { title: 'Harbour talks', text: 'The delegations met at the harbour and the foreign minister spoke.' }));
    expect(index.query('delegations').results.map((r) => r.id)).toEqual(['a']);
    index.add(article('a', { title: 'Harbour talks', text: 'Entirely different words now.' }));
    expect(index.query('delegations').results).toEqual([]);
    expect(index.query('entirely').results.map((r) => r.id)).toEqual(['a']);
  });

  it('is restored from its export without texts, still answering and still telling texts apart', () => {
    const restored = SearchIndex.restore(JSON.parse(JSON.stringify(build().export())));
    expect(restored?.keepsArticleTexts).toBe(false);
    expect(restored?.query('quotas').results.map((r) => r.id)).toEqual(['b']);
    restored!.add(article('b', { title: 'Fisheries', text: 'Quotas for cod were agreed after the minister left.' }));
    expect(restored?.query('quotas').results.map((r) => r.id)).toEqual(['b']);
  });

  it('lets go of the texts handed in longest ago once it holds more than its cache', () => {
    const index = build();
    index.provideTexts(Array.from({ length: 2000 }, (_, i) => [`x${i}`, 'text'] as const));
    index.provideTexts([['a', 'The delegations met at the harbour and the foreign minister spoke.']]);
    const [result] = index.query('harbour').results;
    expect(index.missingTexts([result!])).toEqual([]);
    expect(index.textOf(article('x0'))).toBeUndefined();
    expect(index.textOf(article('x1999'))).toBe('text');
  });
});
