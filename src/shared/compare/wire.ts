/**
 * Which wire agency a text says it came from: a credit in its dateline ("MOSCOW (AP) —",
 * "LIMA, Feb 10 (Reuters) -", "SEOUL, May 11 Kyodo -", "(Yonhap) --") or a by-line credit
 * near its start. Only the text's own word counts: an agency named later in the story
 * ("according to Reuters") is not a credit.
 */
const AGENCIES: [RegExp, string][] = [
  [/\bReuters\b/, 'Reuters'],
  [/\bAP\b|\bAssociated Press\b/, 'AP'],
  [/\bAFP\b|\bAgence France-Presse\b/, 'AFP'],
  [/\bdpa\b/, 'dpa'],
  [/\bEFE\b/, 'EFE'],
  [/\bANSA\b/, 'ANSA'],
  [/\bKyodo\b/, 'Kyodo'],
  [/\bYonhap\b/, 'Yonhap'],
  [/\bXinhua\b/, 'Xinhua'],
  [/\bPTI\b/, 'PTI'],
  [/\bAnadolu\b/, 'Anadolu'],
  [/\bTASS\b/, 'TASS'],
  [/\bUPI\b/, 'UPI'],
];

/** How far into the text a dateline credit may sit: a dateline is the first line's opening words. */
const DATELINE_CHARS = 80;

export function wireCredit(text: string): string | null {
  const head = text.slice(0, DATELINE_CHARS);
  // The dateline ends at the first dash after it ("MOSCOW (AP) —"); a credit must sit before that dash.
  const dash = head.search(/\s[-–—]{1,2}\s/);
  const credit = dash >= 0 ? head.slice(0, dash + 1) : '';
  if (!credit) return null;
  for (const [re, name] of AGENCIES) if (re.test(credit)) return name;
  return null;
}
