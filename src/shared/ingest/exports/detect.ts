import { factiva } from './factiva';
import { lexisNexisText } from './lexisnexis-text';
import { nexisUni } from './nexis-uni';
import { proQuest } from './proquest';
import type { ExportLayout } from './types';

/** Every layout Parallax can split, tried in this order (their markers do not overlap). */
export const LAYOUTS: readonly ExportLayout[] = [lexisNexisText, nexisUni, factiva, proQuest];

/**
 * The export layout of a text, or null when it is (or may be) a single article. Conservative:
 * a layout is taken only when exactly one layout recognises its full structure.
 */
export function detectExportLayout(text: string): ExportLayout | null {
  const matches = LAYOUTS.filter((layout) => layout.detect(text));
  return matches.length === 1 ? matches[0]! : null;
}
