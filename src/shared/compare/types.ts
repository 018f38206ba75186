/** The public shapes of the comparison (see index.ts). */

export interface CompareInput {
  id: string;
  text: string;
  title?: string | null;
}

/** A span of one article: UTF-16 offsets into that article's text; `text` is exactly that slice. */
export interface PassageRef {
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** In groups: what this member is in its article (a statement quoted in one outlet may be reported in another's words). */
  kind?: 'quote' | 'passage';
  /** Quote members: the speaker this article credits (canonical entity name), null when it does not say. */
  speaker?: string | null;
  /** Quote members with a speaker: the words it was read from, the quotation itself elided ("… the minister said."). */
  evidence?: string | null;
}

/** How closely the members of a group match: the weakest pair decides. */
export type MatchKind = 'exact' | 'partial' | 'reworded';

export interface PassageGroup {
  /** Stable for the same inputs. */
  id: string;
  /** A quoted statement, or a reported passage (paraphrase / shared wording). */
  kind: 'quote' | 'passage';
  /** Quotes: the speaker most members credit (canonical entity name), null when none does. Each member carries its own. */
  speaker: string | null;
  /** One or more per article, at least two articles; in article order, then by position. */
  members: PassageRef[];
  /** 0..1: how alike the members' wordings are (min over cross-article pairs). */
  similarity: number;
  /** exact: the same words; partial: one is a sub-span of the other; reworded: otherwise. */
  match: MatchKind;
  /** How many distinct articles carry it. */
  articleCount: number;
}

export interface EntityMention {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** The most frequent full form. */
  name: string;
  /** Every spelling seen, the name first, then by frequency. */
  variants: string[];
  mentions: EntityMention[];
  kind: 'person' | 'place';
}

export interface Comparison {
  articles: { id: string; title: string | null }[];
  /** Sorted: most articles first, then by first appearance. */
  groups: PassageGroup[];
  /**
   * Sentences only one article carries something of (a figure, quotation, name or words of its
   * own; rewordings of shared facts, very short and headline-like ones skipped), strongest first.
   */
  unique: PassageRef[];
  /** How many of `unique`, from the top, to show by default. */
  uniqueShown: number;
  /** Every person and place named in at least one article, with the spellings seen. */
  entities: Entity[];
}

export interface CompareOptions {
  /**
   * Least similarity (0..1) for two passages or quotes to be linked. Defaults: 0.6 for quotes
   * (share of the shorter quote's words found, in order, in the other), 0.45 for passages
   * (rarity-weighted share of the lighter sentence's content words found in the other).
   */
  minSimilarity?: number;
}

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

export interface CoverageRow {
  groupId: string;
  label: string;
  /** Per article, in comparison.articles order. */
  cells: boolean[];
  count: number;
}
