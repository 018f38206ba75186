/**
 * Compare: across articles that are not versions of one text, the passages and quotes that report
 * the same thing, what only one article carries, and the people and places named. Pure and
 * synchronous: no node:*, DOM or electron.
 */
export type {
  CompareInput,
  CompareOptions,
  Comparison,
  CoverageRow,
  DiffOp,
  Entity,
  EntityMention,
  MatchKind,
  PassageGroup,
  PassageRef,
} from './types';
export { compareArticles, DEFAULT_PASSAGE_SIMILARITY, DEFAULT_QUOTE_SIMILARITY } from './compare';
export { wordDiff } from './diff';
export { codeMatrix, coverageMatrix } from './matrix';
