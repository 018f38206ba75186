import { parseHTML } from 'linkedom';
import { detectExportLayout, mayHoldExport } from '../exports/detect';
import { type DomDocument, removeAll } from './dom';
import { blockText } from './text';

/** A rule between two documents (ProQuest's HTML export) stands for the text export's line of underscores. */
const RULE = /<hr\b[^>]*>/gi;
const RULE_AS_TEXT = `<p>${'_'.repeat(40)}</p>`;
/** Never text of an export. */
const NOT_TEXT = 'head, script, style, noscript, template, iframe, object, embed';

/**
 * The whole page's text, block by block, when the page is a database export saved as HTML
 * (Factiva, ProQuest, Nexis): Readability would keep one article of it, so the export is read
 * whole and left to the splitter. Null for any other page (checked cheaply on the markup first).
 */
export function exportTextOf(html: string): string | null {
  if (!mayHoldExport(html)) return null;
  const { document } = parseHTML(html.replace(RULE, RULE_AS_TEXT));
  const doc = document as unknown as DomDocument;
  if (!doc.documentElement) return null;
  removeAll(doc, NOT_TEXT);
  const text = blockText(doc.documentElement);
  return detectExportLayout(text) ? text : null;
}
