export * from './filter';
export * from './search-index';
export * from './snippet';
export { foldText, parseQuery, queryTerms, words, type ParsedQuery } from './text';
