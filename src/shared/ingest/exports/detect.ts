import { factiva } from './factiva';
import { lexisNexisText } from './lexisnexis-text';
import { nexisUni } from './nexis-uni';
import { proQuest } from './proquest';
import type { ExportLayout } from './types';

/** Every layout Parallax can split, tried in this order (their markers do not overlap). */
export const LAYOUTS: readonly ExportLayout[] = [lexisNexisText, nexisUni, factiva, proQuest];

/** Words every export layout prints: a text (or markup) without any of them is no export. */
const EXPORT_MARKERS = /End of Document|\bof \d+ DOCUMENTS?\b|\bAN\b[\s\S]{0,80}?\bDocument\b|ProQuest document ID|_{20,}/i;

/** A cheap first look, for callers that would do costly work (parse a page again) before detecting. */
export function mayHoldExport(text: string): boolean {
  return EXPORT_MARKERS.test(text);
}

/**
 * The export layout of a text, or null when it is (or may be) a single article. Conservative:
 * a layout is taken only when exactly one layout recognises its full structure.
 */
export function detectExportLayout(text: string): ExportLayout | null {
  const matches = LAYOUTS.filter((layout) => layout.detect(text));
  return matches.length === 1 ? matches[0]! : null;
}
