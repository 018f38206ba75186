/**
 * Full-text search over the corpus: articles (title, outlet, authors, text) and notes (text).
 *
 * Engine: FlexSearch 0.8 `Document`, one field index per searchable field, whole-word tokens
 * (`tokenize: 'strict'`) from our own word splitter and folding (text.ts), so the index and the
 * snippets agree on what a word is. Chosen over MiniSearch 7.2 because it answers faster: on this
 * machine (TOOLCHAIN.md, 10,000 articles) FlexSearch answers at p95 1.5 ms against MiniSearch's
 * 13 ms (68 ms for common words); test/shared/search/measure.test.ts prints build and query
 * times of this configuration against MiniSearch's defaults on 2,000 synthetic articles.
 * FlexSearch's `tokenize: 'forward'` (every prefix of every word indexed) was measured too and
 * rejected: 3.5x slower to build than MiniSearch and a 90 MB export at 2,000 articles. Instead the
 * word being typed is expanded here against a vocabulary of indexed words (`prefixes`).
 * Measured here (busy 2-core machine): 2,000 articles build in 0.8x MiniSearch's CPU time, p95
 * query 2.4 ms; 10,000 articles p95 7 ms, worst 11 ms (a word in every document), restore 0.7 s
 * against a 10.8 s build. Documents are numbered for FlexSearch (short postings, small exports).
 *
 * Query semantics: every word of the query must occur in the document (in any of its fields) as
 * a whole word; the last word, while it is being typed, may also be the start of a longer word.
 * Ranking: per query word, the best-weighted field it occurs in (title 4, authors 2, outlet 2,
 * text 1), scaled by FlexSearch's own order within that field, plus a little for every other
 * field it occurs in, summed over words. A title match therefore outranks a body-only match.
 *
 * The index keeps the documents themselves (it needs the text for snippets and the metadata for
 * filters), and exports them with the FlexSearch data so that a persisted index is self-contained.
 */
import { Document } from 'flexsearch';
import { documentFilter, type SearchFilter } from './filter';
import { makeSnippet, type Snippet, type SnippetResult, type TextSpan } from './snippet';
import { holdsPhrase, parseQuery, words, type ParsedQuery } from './text';

/** Bump when the document shape, the encoding or the FlexSearch options change: older exports are rebuilt. */
export const SEARCH_INDEX_VERSION = 'parallax-search/2 flexsearch/0.8.212';

export type SearchKind = 'article' | 'note';

export interface SearchDocument {
  kind: SearchKind;
  id: string;
  /** For an article its own id; for a note, the article it is attached to, or null. */
  articleId: string | null;
  /** An article's headline; for a note, the title of its article (shown, not searched). */
  title: string;
  outlet: string;
  authors: string[];
  /** An article's text, or a note's plain text: offsets in results point into it. */
  text: string;
  /** ISO date, '--MM-DD' when the source had no year, or null. For a note, its article's. */
  published: string | null;
}

export type SearchField = 'title' | 'outlet' | 'authors' | 'text';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  articleId: string | null;
  title: string;
  outlet: string;
  authors: string[];
  published: string | null;
  score: number;
  /** The field that weighed most in the ranking. */
  field: SearchField;
  /** Every field that matched at least one query word. */
  fields: SearchField[];
  /** From the text when a query word occurs in it, else from the best matching field. (Worked out when first read.) */
  readonly snippet: Snippet;
  /** The field the snippet was taken from. */
  snippetField: SearchField;
  /** Offsets of the matched words in `text` (the full text), for opening the reader at them; null if the text holds none. */
  readonly match: TextSpan | null;
  /** Query words marked in the full title. */
  readonly titleMarks: TextSpan[];
}

export interface SearchOptions {
  /** Most results to return (default 50). `total` still counts every match. */
  limit?: number;
  filter?: SearchFilter;
  /**
   * Leave quoted phrases unchecked: every document holding all the words is a result. For an
   * index that does not keep article texts, whose caller checks phrases against texts it reads
   * itself (see `holdsPhrases`).
   */
  skipPhrases?: boolean;
}

export interface SearchAnswer {
  results: SearchResult[];
  /** How many documents matched (after filtering), of which `results` are the best `limit`. */
  total: number;
  /** The folded words the query was made of, and whether the last one was matched as a prefix. */
  query: ParsedQuery;
}

export interface SerializedSearchIndex {
  version: string;
  /** The documents, with the number FlexSearch knows each by. */
  docs: Array<[number, SearchDocument]>;
  /** FlexSearch's export: [key, data] pairs, in order. */
  flex: Array<[string, string]>;
  /** The vocabulary (indexed word → number of documents holding it), for prefix search. */
  vocabulary: Array<[string, number]>;
  /** Present when article texts were not kept: [number, length, hash] of each article's text. */
  signatures?: Array<[number, number, number]>;
}

const FIELDS: readonly SearchField[] = ['title', 'outlet', 'authors', 'text'];
const WEIGHTS: Record<SearchField, number> = { title: 4, authors: 2, outlet: 2, text: 1 };
/** Query words beyond this are ignored (a pasted paragraph should not cost seconds). */
const MAX_TERMS = 12;
/** A word being typed is expanded only from this length, and to at most this many (most common) words. */
const MIN_PREFIX = 2;
const MAX_EXPANSIONS = 24;
/** A word that only starts with the typed prefix counts a little less than the word itself. */
const EXPANSION_FACTOR = 0.9;

/**
 * Article texts an index that does not keep them (`keepArticleTexts: false`) holds at a time,
 * handed in with `provideTexts` for the results being shown: a screenful of results and the
 * search panel's result limit (500), with room for the next query's.
 */
const TEXT_CACHE_SIZE = 1200;

/** What the index knows of an article text it does not keep: enough to tell a changed text from the same one. */
interface TextSignature {
  length: number;
  hash: number;
}

/** FNV-1a over the string's UTF-16 code units: cheap, and only ever compared for one document's old and new text. */
function textSignature(text: string): TextSignature {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return { length: text.length, hash: hash >>> 0 };
}

/** FlexSearch knows documents by a number (short postings, small exports), mapped to kind and id here. */
type FlexDoc = { key: number; title: string; outlet: string; authors: string; text: string };

function keyOf(kind: SearchKind, id: string): string {
  return `${kind === 'article' ? 'a' : 'n'}:${id}`;
}

/**
 * `fastupdate` keeps a reverse register that makes removals cheap; FlexSearch 0.8.212 cannot import
 * an export into an index that has it on (its 'reg' import calls Set#add on the Map it uses then),
 * so a restored index is made without it and removes by scanning (measured in measure.test.ts).
 */
function createFlex(encode: (text: string) => string[], fastupdate = true): Document<FlexDoc> {
  return new Document<FlexDoc>({
    document: {
      id: 'key',
      index: FIELDS.map((field) => ({ field, tokenize: 'strict' as const, encode })),
    },
    tokenize: 'strict',
    encode,
    fastupdate,
    cache: false,
  });
}

/** What FlexSearch indexes of a document: notes are searched by their text only. */
function flexDoc(key: number, doc: SearchDocument): FlexDoc {
  if (doc.kind === 'note') return { key, title: '', outlet: '', authors: '', text: doc.text };
  return { key, title: doc.title, outlet: doc.outlet, authors: doc.authors.join(', '), text: doc.text };
}

interface Candidate {
  score: number;
  best: SearchField;
  /** Bit f set: FIELDS[f] matched some query word. */
  fieldMask: number;
}

export interface SearchIndexOptions {
  /** An index restored from an export (FlexSearch's register off; see createFlex). */
  restoring?: boolean;
  /**
   * Keep article texts in memory (the default). Without them an index of 100,000 articles is
   * about half the size (the texts alone are 250-500 MB): article results then make their
   * snippets from texts handed in with `provideTexts`, and phrases are checked by the caller.
   * Notes' texts are always kept (they are short, and change).
   */
  keepArticleTexts?: boolean;
}

export class SearchIndex {
  private flex: Document<FlexDoc>;
  /** The documents by number; without `keepArticleTexts`, articles are stored with an empty text. */
  private readonly docs = new Map<number, SearchDocument>();
  readonly keepsArticleTexts: boolean;
  /** Without `keepArticleTexts`: each article text's signature, by number. */
  private readonly signatures = new Map<number, TextSignature>();
  /** Without `keepArticleTexts`: texts handed in for the results being shown, oldest first. */
  private readonly textCache = new Map<string, string>();
  private readonly numbers = new Map<string, number>();
  private nextNumber = 1;
  private readonly vocabulary = new Map<string, number>();
  /** The vocabulary's words by their first MIN_PREFIX characters, so a prefix scans only its bucket. */
  private readonly buckets = new Map<string, Set<string>>();
  /** The words of the document being added, split once for both FlexSearch and the vocabulary. */
  private tokens: Map<string, string[]> | null = null;
  private readonly encode = (text: string): string[] => this.tokens?.get(text) ?? words(text);

  constructor(options: SearchIndexOptions = {}) {
    this.flex = createFlex(this.encode, !options.restoring);
    this.keepsArticleTexts = options.keepArticleTexts ?? true;
  }

  /** Builds an index of `docs` in one go (the renderer builds in chunks with `add`). */
  static build(docs: Iterable<SearchDocument>, options: Omit<SearchIndexOptions, 'restoring'> = {}): SearchIndex {
    const index = new SearchIndex(options);
    for (const doc of docs) index.add(doc);
    return index;
  }

  /** Restores an exported index; null when it is of another version or unreadable, so the caller rebuilds. */
  static restore(data: unknown): SearchIndex | null {
    if (!isSerialized(data) || data.version !== SEARCH_INDEX_VERSION) return null;
    const keepArticleTexts = !data.signatures;
    const index = new SearchIndex({ restoring: true, keepArticleTexts });
    try {
      for (const [key, chunk] of data.flex) index.flex.import(key, chunk);
      for (const [number, length, hash] of data.signatures ?? []) index.signatures.set(number, { length, hash });
      for (const [number, doc] of data.docs) {
        if (!keepArticleTexts && doc.kind === 'article' && !index.signatures.has(number)) return null;
        index.docs.set(number, doc);
        index.numbers.set(keyOf(doc.kind, doc.id), number);
        index.nextNumber = Math.max(index.nextNumber, number + 1);
      }
      for (const [word, count] of data.vocabulary) index.countWord(word, count);
    } catch {
      return null;
    }
    return index;
  }

  /** Restores an exported index, or, when it is stale or unreadable, builds one from `rebuild()`. */
  static fromExport(data: unknown, rebuild: () => Iterable<SearchDocument>): { index: SearchIndex; rebuilt: boolean } {
    const restored = SearchIndex.restore(data);
    return restored ? { index: restored, rebuilt: false } : { index: SearchIndex.build(rebuild()), rebuilt: true };
  }

  /** The text of a document as far as the index has it: a kept text, a text handed in, or undefined. */
  textOf(doc: SearchDocument): string | undefined {
    if (doc.kind === 'note' || this.keepsArticleTexts) return doc.text;
    return this.textCache.get(doc.id);
  }

  /**
   * Hands in article texts (by article id) for results about to be shown, when the index does not
   * keep them; the least recently handed in are let go past TEXT_CACHE_SIZE.
   */
  provideTexts(texts: Iterable<readonly [string, string]>): void {
    if (this.keepsArticleTexts) return;
    for (const [id, text] of texts) {
      this.textCache.delete(id);
      this.textCache.set(id, text);
    }
    for (const id of this.textCache.keys()) {
      if (this.textCache.size <= TEXT_CACHE_SIZE) break;
      this.textCache.delete(id);
    }
  }

  /** Article results whose snippets still wait for their text (see provideTexts). */
  missingTexts(results: readonly SearchResult[]): string[] {
    if (this.keepsArticleTexts) return [];
    return results.filter((r) => r.kind === 'article' && !this.textCache.has(r.id)).map((r) => r.id);
  }

  /** Whether a document holds every quoted phrase in one of its fields; `text` is its full text when the index does not keep it. */
  holdsPhrases(kind: SearchKind, id: string, phrases: readonly string[][], text?: string): boolean {
    const doc = this.get(kind, id);
    if (!doc) return false;
    const full = text === undefined ? doc : { ...doc, text };
    return phrases.every((phrase) => FIELDS.some((field) => holdsPhrase(fieldValue(full, field), phrase)));
  }

  get size(): number {
    return this.docs.size;
  }

  has(kind: SearchKind, id: string): boolean {
    return this.numbers.has(keyOf(kind, id));
  }

  get(kind: SearchKind, id: string): SearchDocument | undefined {
    const number = this.numbers.get(keyOf(kind, id));
    return number === undefined ? undefined : this.docs.get(number);
  }

  documents(): IterableIterator<SearchDocument> {
    return this.docs.values();
  }

  /** Adds a document, or replaces the one of the same kind and id. */
  add(doc: SearchDocument): void {
    const id = keyOf(doc.kind, doc.id);
    let key = this.numbers.get(id);
    const previous = key === undefined ? undefined : this.docs.get(key);
    if (key === undefined) {
      key = this.nextNumber++;
      this.numbers.set(id, key);
    }
    const dropText = !this.keepsArticleTexts && doc.kind === 'article';
    const signature = dropText ? textSignature(doc.text) : null;
    const before = previous && dropText ? this.signatures.get(key) : undefined;
    this.docs.set(key, dropText ? { ...doc, text: '' } : doc);
    if (signature) this.signatures.set(key, signature);
    if (previous) {
      const sameText = before ? before.length === signature!.length && before.hash === signature!.hash : previous.text === doc.text;
      if (sameText && sameIndexedContent({ ...previous, text: '' }, { ...doc, text: '' })) return;
      this.flex.remove(key);
      // The previous words are what FlexSearch holds: with the text dropped, its words are those of the new text only when unchanged.
      this.countOut(key, previous, before ? (sameText ? doc.text : null) : previous.text);
    }
    const indexed = flexDoc(key, doc);
    this.tokens = new Map(FIELDS.map((field) => [indexed[field], words(indexed[field])]));
    try {
      this.flex.add(indexed);
      this.count(indexed, 1);
    } finally {
      this.tokens = null;
    }
  }

  /**
   * Takes a document's words out of the vocabulary. `text` is its text when known; an article
   * whose text the index did not keep and was not handed the same text again leaves its text's
   * words counted: the vocabulary then over-counts a little, which only orders query words and
   * offers prefix expansions (a word no document holds any more matches nothing).
   */
  private countOut(key: number, previous: SearchDocument, text: string | null): void {
    this.count(flexDoc(key, { ...previous, text: text ?? '' }), -1);
  }

  /** Counts the words of an indexed document into (or out of) the vocabulary, once per document. */
  private count(indexed: FlexDoc, delta: 1 | -1): void {
    const distinct = new Set<string>();
    for (const field of FIELDS) for (const word of this.encode(indexed[field])) distinct.add(word);
    for (const word of distinct) {
      const before = this.vocabulary.get(word);
      // The common case, a word already known gaining a document, stays cheap.
      if (before !== undefined && delta > 0) this.vocabulary.set(word, before + delta);
      else this.countWord(word, delta);
    }
  }

  private countWord(word: string, delta: number): void {
    const before = this.vocabulary.get(word) ?? 0;
    const count = before + delta;
    if (count > 0) this.vocabulary.set(word, count);
    else this.vocabulary.delete(word);
    if (word.length <= MIN_PREFIX || (before > 0) === (count > 0)) return;
    const head = word.slice(0, MIN_PREFIX);
    let bucket = this.buckets.get(head);
    if (count > 0) {
      if (!bucket) this.buckets.set(head, (bucket = new Set()));
      bucket.add(word);
    } else if (bucket) {
      bucket.delete(word);
      if (bucket.size === 0) this.buckets.delete(head);
    }
  }

  /** The most common indexed words that start with `prefix` (without `prefix` itself). */
  private prefixes(prefix: string): string[] {
    if (prefix.length < MIN_PREFIX) return [];
    const found: Array<[string, number]> = [];
    for (const word of this.buckets.get(prefix.slice(0, MIN_PREFIX)) ?? []) {
      if (word.length > prefix.length && word.startsWith(prefix)) found.push([word, this.vocabulary.get(word) ?? 0]);
    }
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return found.slice(0, MAX_EXPANSIONS).map(([word]) => word);
  }

  /** Same as add: replaces the document of the same kind and id. */
  update(doc: SearchDocument): void {
    this.add(doc);
  }

  remove(kind: SearchKind, id: string): boolean {
    const key = this.numbers.get(keyOf(kind, id));
    const previous = key === undefined ? undefined : this.docs.get(key);
    if (key === undefined || !previous) return false;
    this.numbers.delete(keyOf(kind, id));
    this.docs.delete(key);
    const signature = this.signatures.get(key);
    this.signatures.delete(key);
    this.flex.remove(key);
    this.countOut(key, previous, signature ? (this.textCache.get(id) ?? null) : previous.text);
    this.textCache.delete(id);
    return true;
  }

  clear(): void {
    this.flex = createFlex(this.encode);
    this.docs.clear();
    this.signatures.clear();
    this.textCache.clear();
    this.numbers.clear();
    this.vocabulary.clear();
    this.buckets.clear();
  }

  /** Distinct outlets of the articles, sorted, for the outlet filter. */
  outlets(): string[] {
    const seen = new Map<string, string>();
    for (const doc of this.docs.values()) {
      const outlet = doc.outlet.trim();
      if (doc.kind === 'article' && outlet && !seen.has(outlet.toLowerCase())) seen.set(outlet.toLowerCase(), outlet);
    }
    return [...seen.values()].sort((a, b) => a.localeCompare(b));
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    return this.query(query, options).results;
  }

  query(query: string, options: SearchOptions = {}): SearchAnswer {
    const parsed = parseQuery(query);
    const terms = parsed.terms.slice(0, MAX_TERMS);
    const prefix = parsed.prefix && terms.length === parsed.terms.length;
    const phrases = parsed.phrases ?? [];
    const used: ParsedQuery = phrases.length ? { terms, prefix, phrases } : { terms, prefix };
    const none = { results: [], total: 0, query: used };
    if (terms.length === 0 || this.docs.size === 0) return none;

    // Rarest whole words first, so later words are scored only among the few documents left; the
    // word being typed goes last, as its expansions cost the most.
    const whole = prefix ? terms.slice(0, -1) : [...terms];
    whole.sort((a, b) => (this.vocabulary.get(a) ?? 0) - (this.vocabulary.get(b) ?? 0));
    // A whole word no document holds: nothing can match.
    if (whole.some((term) => !this.vocabulary.has(term))) return none;
    const order = prefix ? [...whole, terms[terms.length - 1]!] : whole;

    // Scores by document number, in flat arrays: a common word can match every document.
    const size = this.nextNumber;
    const score = new Float64Array(size);
    const bestScore = new Float64Array(size);
    const best = new Uint8Array(size);
    const fieldMask = new Uint8Array(size);
    let alive: number[] | null = null;
    for (const [i, term] of order.entries()) {
      const expansions = prefix && i === order.length - 1 ? this.prefixes(term) : [];
      alive = this.scoreTerm([term, ...expansions], alive, size, { score, bestScore, best, fieldMask });
      if (alive.length === 0) return none;
    }

    const keep = documentFilter(options.filter);
    const ranked: number[] = [];
    for (const number of alive ?? []) {
      const doc = this.docs.get(number);
      // Quoted words must also stand together: checked in the few documents that hold them all.
      if (doc && keep(doc) && (options.skipPhrases || this.docHoldsPhrases(doc, phrases))) ranked.push(number);
    }
    const docs = this.docs;
    ranked.sort((a, b) => {
      const byScore = score[b]! - score[a]!;
      if (byScore !== 0) return byScore;
      const docA = docs.get(a)!;
      const docB = docs.get(b)!;
      if (docA.kind !== docB.kind) return docA.kind === 'article' ? -1 : 1;
      return docA.id < docB.id ? -1 : docA.id > docB.id ? 1 : 0;
    });
    const limit = Math.max(0, options.limit ?? 50);
    const textOf = (doc: SearchDocument) => this.textOf(doc);
    const results = ranked.slice(0, limit).map((number) =>
      toResult(docs.get(number)!, { score: score[number]!, best: FIELDS[best[number]!]!, fieldMask: fieldMask[number]! }, used, textOf),
    );
    return { results, total: ranked.length, query: used };
  }

  /** Phrases checked against the text the index has (kept, or handed in); a text it lacks counts as empty. */
  private docHoldsPhrases(doc: SearchDocument, phrases: readonly string[][]): boolean {
    if (phrases.length === 0) return true;
    const text = this.textOf(doc);
    return this.holdsPhrases(doc.kind, doc.id, phrases, text ?? '');
  }

  /**
   * FlexSearch's matches of one word, per field. FlexSearch 0.8.212's Document.search throws
   * (reading `result` of undefined) when a field holds the word only in entries emptied by a
   * removal: then each field is asked on its own and a field that throws has no match.
   */
  private lookup(word: string, limit: number): Array<{ field?: string; result: Array<string | number> }> {
    try {
      return this.flex.search(word, { index: [...FIELDS], limit });
    } catch {
      return FIELDS.flatMap((field) => {
        try {
          return this.flex.search(word, { index: field, limit });
        } catch {
          return [];
        }
      });
    }
  }

  /**
   * Scores one query term (the word, or the word being typed and its expansions) into the
   * running totals, among `alive` documents when given, and returns the documents it matched.
   * A term scores its best field fully and every other field it occurs in a little.
   */
  private scoreTerm(
    variants: string[],
    alive: number[] | null,
    size: number,
    totals: { score: Float64Array; bestScore: Float64Array; best: Uint8Array; fieldMask: Uint8Array },
  ): number[] {
    let allowed: Uint8Array | null = null;
    if (alive) {
      allowed = new Uint8Array(size);
      for (const number of alive) allowed[number] = 1;
    }
    const perField = FIELDS.map(() => new Float64Array(size));
    const touched: number[] = [];
    const seen = new Uint8Array(size);
    const limit = this.docs.size + 1;
    variants.forEach((word, v) => {
      const factor = v === 0 ? 1 : EXPANSION_FACTOR;
      for (const { field, result } of this.lookup(word, limit)) {
        const f = FIELDS.indexOf(field as SearchField);
        if (f < 0) continue;
        const scores = perField[f]!;
        const weight = WEIGHTS[FIELDS[f]!] * factor;
        const count = result.length;
        for (let rank = 0; rank < count; rank++) {
          const id = result[rank]!;
          const number = typeof id === 'number' ? id : Number(id);
          if (!(number < size) || (allowed && !allowed[number])) continue;
          // FlexSearch returns a field's matches best first: scale within (0.5, 1].
          const value = weight * (1 - (0.5 * rank) / count);
          if (value > scores[number]!) scores[number] = value;
          if (!seen[number]) {
            seen[number] = 1;
            touched.push(number);
          }
        }
      }
    });
    for (const number of touched) {
      let top = 0;
      let topField = 0;
      let sum = 0;
      let mask = 0;
      for (let f = 0; f < FIELDS.length; f++) {
        const value = perField[f]![number]!;
        if (value <= 0) continue;
        sum += value;
        mask |= 1 << f;
        if (value > top) {
          top = value;
          topField = f;
        }
      }
      totals.score[number]! += top + 0.1 * (sum - top);
      totals.fieldMask[number]! |= mask;
      if (top > totals.bestScore[number]!) {
        totals.bestScore[number] = top;
        totals.best[number] = topField;
      }
    }
    return touched;
  }

  /** A plain object (JSON- and structured-clone-safe) with a version stamp, for persisting. */
  export(): SerializedSearchIndex {
    const flex: Array<[string, string]> = [];
    this.flex.export((key, data) => {
      flex.push([key, data]);
    });
    return this.serialized(flex);
  }

  private serialized(flex: Array<[string, string]>): SerializedSearchIndex {
    const data: SerializedSearchIndex = { version: SEARCH_INDEX_VERSION, docs: [...this.docs], flex, vocabulary: [...this.vocabulary] };
    if (!this.keepsArticleTexts) data.signatures = [...this.signatures].map(([number, { length, hash }]) => [number, length, hash]);
    return data;
  }

  /** Like export, but hands control back (`pause`) between FlexSearch's chunks so a window stays responsive. */
  async exportAsync(pause: () => Promise<void>): Promise<SerializedSearchIndex> {
    const flex: Array<[string, string]> = [];
    await this.flex.export(async (key, data) => {
      flex.push([key, data]);
      await pause();
    });
    return this.serialized(flex);
  }
}

function sameIndexedContent(a: SearchDocument, b: SearchDocument): boolean {
  return (
    a.kind === b.kind &&
    a.text === b.text &&
    (a.kind === 'note' ||
      (a.title === b.title && a.outlet === b.outlet && a.authors.length === b.authors.length && a.authors.every((x, i) => x === b.authors[i])))
  );
}

function isSerialized(data: unknown): data is SerializedSearchIndex {
  if (!data || typeof data !== 'object') return false;
  const candidate = data as Partial<SerializedSearchIndex>;
  return (
    typeof candidate.version === 'string' &&
    Array.isArray(candidate.docs) &&
    Array.isArray(candidate.flex) &&
    Array.isArray(candidate.vocabulary)
  );
}

function fieldValue(doc: SearchDocument, field: SearchField): string {
  return field === 'authors' ? doc.authors.join(', ') : doc[field];
}

/**
 * A result whose snippet, match and title marks are worked out when first read: a query can rank
 * thousands of documents, a virtualised list shows a dozen of them.
 */
function toResult(doc: SearchDocument, candidate: Candidate, query: ParsedQuery, textOf: (doc: SearchDocument) => string | undefined): SearchResult {
  const fields = FIELDS.filter((_, f) => candidate.fieldMask & (1 << f));
  const snippetField: SearchField = fields.includes('text') ? 'text' : candidate.best;
  let snippet: SnippetResult | undefined;
  let titleMarks: TextSpan[] | undefined;
  // A text not handed in yet gives an empty snippet for now, worked out again once it is.
  const snippetOnce = (): SnippetResult => {
    if (snippet) return snippet;
    if (snippetField !== 'text') return (snippet = makeSnippet(fieldValue(doc, snippetField), query));
    const text = textOf(doc);
    if (text === undefined) return { snippet: { text: '', marks: [] }, match: null };
    return (snippet = makeSnippet(text, query));
  };
  return {
    kind: doc.kind,
    id: doc.id,
    articleId: doc.articleId,
    title: doc.title,
    outlet: doc.outlet,
    authors: doc.authors,
    published: doc.published,
    score: candidate.score,
    field: candidate.best,
    fields,
    snippetField,
    get snippet() {
      return snippetOnce().snippet;
    },
    get match() {
      return snippetField === 'text' ? snippetOnce().match : null;
    },
    get titleMarks() {
      return (titleMarks ??=
        doc.kind === 'article' && fields.includes('title') ? makeSnippet(doc.title, query, Infinity).snippet.marks : []);
    },
  };
}
