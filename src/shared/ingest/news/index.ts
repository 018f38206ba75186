import type { ArticleMetadata, BoilerplateBlock, ProvenanceMap } from '../types';

export interface NewsReading {
  /** The body with headline and boilerplate taken out. */
  body: string;
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
  boilerplate: BoilerplateBlock[];
}

/**
 * Reads the metadata a plain-text news article carries in its prose.
 * (First version: the first line as headline. The Ingest issue brings datelines, agencies,
 * bylines, outlets and boilerplate.)
 */
export function readNewsMetadata(text: string): NewsReading {
  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).trim();
  if (!firstLine || firstLine.length > 200 || firstBreak < 0) {
    return { body: text, metadata: {}, provenance: {}, boilerplate: [] };
  }
  return {
    body: text.slice(firstBreak + 1).trim(),
    metadata: { title: firstLine },
    provenance: { title: { source: 'first line', evidence: firstLine } },
    boilerplate: [],
  };
}
