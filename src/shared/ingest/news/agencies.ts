import { escapeRegExp } from './lines';

/**
 * Wire agencies: the name shown, and the forms it is written in. Forms are matched with their
 * case, so "AP" is the agency and "ap" is not. Forms in `isolatedOnly` are too short or too
 * common to trust in running text; they count only where a credit sets them apart, as in
 * "(AFP, AA)".
 */
interface Agency {
  name: string;
  forms: string[];
  isolatedOnly?: string[];
}

const AGENCIES: Agency[] = [
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'AP', forms: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'Reuters', forms: ['Reuters', 'REUTERS', 'Thomson Reuters'] },
  { name: 'EFE', forms: ['EFE', 'Agencia EFE'] },
  { name: 'IANS', forms: ['IANS', 'Indo-Asian News Service'] },
  { name: 'Xinhua', forms: ['Xinhua', 'XINHUA', 'Xinhua News Agency'] },
  { name: 'Interfax', forms: ['Interfax', 'INTERFAX'] },
  { name: 'TASS', forms: ['TASS', 'Tass', 'ITAR-TASS'] },
  { name: 'RIA Novosti', forms: ['RIA Novosti', 'RIA-Novosti'], isolatedOnly: ['RIA'] },
  { name: 'dpa', forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'ANSA', forms: ['ANSA'] },
  { name: 'Kyodo', forms: ['Kyodo', 'KYODO', 'Kyodo News'] },
  { name: 'Jiji Press', forms: ['Jiji Press', 'Jiji'] },
  { name: 'Yonhap', forms: ['Yonhap', 'YONHAP', 'Yonhap News Agency'] },
  { name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', forms: ['ANI', 'Asian News International'] },
  { name: 'UNI', forms: ['United News of India'], isolatedOnly: ['UNI'] },
  { name: 'UPI', forms: ['UPI', 'United Press International'] },
  { name: 'Anadolu', forms: ['Anadolu Agency', 'Anadolu'], isolatedOnly: ['AA'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'AAP', forms: ['AAP', 'Australian Associated Press'] },
  { name: 'The Canadian Press', forms: ['The Canadian Press', 'Canadian Press'], isolatedOnly: ['CP'] },
  { name: 'PA Media', forms: ['PA Media', 'Press Association'], isolatedOnly: ['PA'] },
  { name: 'Sputnik', forms: ['Sputnik'] },
  { name: 'KCNA', forms: ['KCNA', 'Korean Central News Agency'] },
  { name: 'IRNA', forms: ['IRNA', 'Islamic Republic News Agency'] },
  { name: 'ISNA', forms: ['ISNA'] },
  { name: 'Tasnim', forms: ['Tasnim'] },
  { name: 'Fars', forms: ['Fars'] },
  { name: 'Mehr', forms: ['Mehr'] },
  { name: 'Bernama', forms: ['Bernama', 'BERNAMA'] },
  { name: 'Antara', forms: ['Antara'] },
  { name: 'KUNA', forms: ['KUNA', 'Kuwait News Agency'] },
  { name: 'WAM', forms: ['WAM', 'Emirates News Agency'] },
  { name: 'SPA', forms: ['Saudi Press Agency'], isolatedOnly: ['SPA'] },
  { name: 'QNA', forms: ['QNA', 'Qatar News Agency'] },
  { name: 'MENA', forms: ['Middle East News Agency'], isolatedOnly: ['MENA'] },
  { name: 'WAFA', forms: ['WAFA'] },
  { name: 'Petra', forms: [], isolatedOnly: ['Petra'] },
  { name: 'SANA', forms: ['SANA', 'Syrian Arab News Agency'] },
  { name: 'Ukrinform', forms: ['Ukrinform'] },
  { name: 'UNIAN', forms: ['UNIAN'] },
  { name: 'BelTA', forms: ['BelTA'] },
  { name: 'PAP', forms: ['PAP', 'Polish Press Agency'] },
  { name: 'CTK', forms: ['CTK', 'ČTK'] },
  { name: 'MTI', forms: ['MTI'] },
  { name: 'BTA', forms: ['BTA'] },
  { name: 'Lusa', forms: ['Lusa'] },
  { name: 'Europa Press', forms: ['Europa Press'] },
  { name: 'Belga', forms: ['Belga'] },
  { name: 'ANP', forms: ['ANP'] },
  { name: 'NTB', forms: ['NTB'] },
  { name: 'Ritzau', forms: ['Ritzau'] },
  { name: 'TT', forms: [], isolatedOnly: ['TT'] },
  { name: 'STT', forms: ['STT'] },
  { name: 'APA', forms: ['APA'] },
  { name: 'Agerpres', forms: ['Agerpres', 'AGERPRES'] },
  { name: 'HINA', forms: ['HINA'] },
  { name: 'Tanjug', forms: ['Tanjug'] },
  { name: 'Prensa Latina', forms: ['Prensa Latina'] },
  { name: 'Notimex', forms: ['Notimex'] },
  { name: 'CNA', forms: ['Central News Agency'], isolatedOnly: ['CNA'] },
  { name: 'PNA', forms: ['Philippine News Agency'], isolatedOnly: ['PNA'] },
  { name: 'VNA', forms: ['Vietnam News Agency'], isolatedOnly: ['VNA'] },
  { name: 'Kazinform', forms: ['Kazinform'] },
  { name: 'Azertac', forms: ['Azertac', 'AZERTAC'] },
  { name: 'Agência Brasil', forms: ['Agência Brasil', 'Agencia Brasil'] },
  { name: 'Télam', forms: ['Télam', 'Telam'] },
  { name: 'China News Service', forms: ['China News Service'] },
];

/** An agency found in the text, with where and in which words. */
export interface AgencyFinding {
  name: string;
  /** Offset in the whole article text, for ordering by appearance. */
  offset: number;
  source: string;
  evidence: string;
}

const BY_FORM = new Map<string, string>();
const BY_FORM_ISOLATED = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const form of agency.forms) {
    BY_FORM.set(form, agency.name);
    BY_FORM_ISOLATED.set(form.toLowerCase(), agency.name);
  }
  for (const form of agency.isolatedOnly ?? []) BY_FORM_ISOLATED.set(form.toLowerCase(), agency.name);
}

/** Regular-expression source matching any agency form safe in running text, longest first. */
const RUNNING_FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const AGENCY_IN_TEXT = `(?<![\\p{L}\\p{N}])(?:${RUNNING_FORMS})(?![\\p{L}\\p{N}])`;

/**
 * The agency a name stands for. `isolated` is for names a credit sets apart ("(AFP, AP)"): then
 * case does not matter and short forms like "AA" count.
 */
export function lookupAgency(raw: string, isolated: boolean): string | null {
  const name = raw
    .trim()
    .replace(/^(?:and|with|from|by)\s+/i, '')
    .replace(/[.\s]+$/, '')
    .trim();
  if (!name) return null;
  if (isolated) return BY_FORM_ISOLATED.get(name.toLowerCase()) ?? BY_FORM_ISOLATED.get(name.replace(/^the\s+/i, '').toLowerCase()) ?? null;
  return BY_FORM.get(name) ?? null;
}

/** Splits a credit like "Reuters, AP, and Interfax" or "AFP/dpa" into its names. */
export function splitNameList(list: string): string[] {
  return list
    .split(/\s*(?:[,;/&+]|\band\b|\bwith\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The agencies in a list of names; null unless every name is a known agency. */
export function allAgencies(list: string): string[] | null {
  const names = splitNameList(list);
  if (names.length === 0) return null;
  const found: string[] = [];
  for (const name of names) {
    const agency = lookupAgency(name, true);
    if (!agency) return null;
    found.push(agency);
  }
  return found;
}

/** The known agencies among a list of names that may hold people too ("Jane Doe and Reuters"). */
export function someAgencies(list: string): string[] {
  return splitNameList(list)
    .map((name) => lookupAgency(name, true))
    .filter((a): a is string => a !== null);
}

/**
 * A credit line at the foot of a story: editors' initials with agencies ("jf/rc (AFP, AP)",
 * "ssa-io-cae-alc/tw"), agencies alone ("(AFP, AP)"), or "With reporting by Reuters, AP and
 * Interfax" / "(With inputs from PTI)". Returns the agencies it names (maybe none).
 */
export function readCreditLine(line: string): { agencies: string[] } | null {
  if (line.length > 250) return null;
  const initials = /^[a-z]{1,5}(?:[-/][a-z]{1,5})+(?:\s*\(([^()]{1,80})\))?[.;]?$/u.exec(line);
  if (initials) {
    const listed = initials[1] ? allAgencies(initials[1]) : null;
    if (line.includes('/') || listed) return { agencies: listed ?? [] };
  }
  const onlyAgencies = /^[([]?\s*(?:[-–—]+\s*)?([^()[\]]{2,80}?)\s*[)\]]?\.?$/u.exec(line);
  if (onlyAgencies?.[1]) {
    const listed = allAgencies(onlyAgencies[1]);
    if (listed) return { agencies: listed };
  }
  const credit =
    /^[([]?\s*(?:with\s+)?(?:additional\s+|further\s+|agency\s+)?(?:reporting|writing|editing|inputs?|compiled|edited|written|research)(?:\s+(?:by|from)\b|\s*:)\s*(.*?)[)\]]?\.?$/iu.exec(line);
  if (credit) {
    const rest = credit[1] ?? '';
    const items = rest.split(/\s*(?:[,;]|\band\b|&|\b(?:writing|editing|reporting|by)\b)\s*/i).filter((s) => s.trim());
    if (items.every((item) => item.split(/\s+/).length <= 5)) return { agencies: someAgencies(rest) };
  }
  if (/^[([]?\s*with\s+(?:agency\s+)?inputs?\b.{0,60}[)\]]?\.?$/i.test(line)) {
    return { agencies: someAgencies(line.replace(/^[([]?\s*with\s+(?:agency\s+)?inputs?\s*(?:from)?/i, '').replace(/[)\]]\.?$/, '')) };
  }
  return null;
}

const MENTION_PATTERNS = [
  new RegExp(`(${AGENCY_IN_TEXT})(?:['’]s)?\\s+(?:state(?:-run|-owned)?\\s+|official\\s+)?(?:[Nn]ews\\s+[Aa]gency|[Nn]ewswire|[Ww]ire\\s+[Ss]ervice)`, 'gu'),
  new RegExp(`[Nn]ews\\s+[Aa]gency,?\\s+(${AGENCY_IN_TEXT})`, 'gu'),
  new RegExp(`\\((${AGENCY_IN_TEXT})\\)\\s*(?:[-–—]{1,2}|\\.-|:)`, 'gu'),
];
const SIGN_OFF = new RegExp(`(?:^|[.!?"”’)]\\s*)(?:[-–—]+\\s*)?\\(?(${AGENCY_IN_TEXT})\\)?\\.?$`, 'u');

/**
 * Agencies named in running text: "reports Xinhua news agency", "the state news agency TASS",
 * and a dateline credit like "LONDON (Reuters) -" wherever it stands.
 */
export function agencyMentions(text: string): { name: string; index: number; evidence: string }[] {
  const found: { name: string; index: number; evidence: string }[] = [];
  for (const pattern of MENTION_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const name = lookupAgency(m[1] ?? '', false);
      if (name) found.push({ name, index: m.index, evidence: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A wire sign-off closing the last paragraph: "... among other issues. EFE". */
export function readSignOff(lastLine: string): { name: string; evidence: string } | null {
  const m = SIGN_OFF.exec(lastLine);
  if (!m?.[1]) return null;
  const name = lookupAgency(m[1], false);
  return name ? { name, evidence: m[1] } : null;
}
