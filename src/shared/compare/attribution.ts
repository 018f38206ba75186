/**
 * Who said each quote: "Lavrov said", "said Blinken", "Blinken said at the start", "the Russian
 * diplomat said", "he added", "according to ...", in the quote's sentence or the one next to it
 * ("Foreign Minister Lavrov said:" before, "-U.S. Secretary of State Antony Blinken" after). A
 * pronoun goes to the sentence's subject or the person the text was last about; a role to the
 * latest person named with a matching title. Unclear means null.
 */
import type { PersonMention } from './entities';
import { ATTRIBUTION_FILLERS, MONTHS, ORG_WORDS, PERSON_HEADS, PRONOUNS, ROLE_FAMILIES, SPEECH_VERBS } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { Span } from './sentences';
import { type Word, words } from './words';

export interface AttributionContext {
  text: string;
  sentences: Span[];
  quotes: QuoteSpan[];
  people: PersonMention[];
  roles: Set<string>[];
}

/** ", the powerful sister of leader Kim Jong-un, " right before a speech verb. */
const APPOSITION_BEFORE_VERB = /,\s+(?:the|a|an|his|her|their|its)\s[^,;"“”«»]{1,80},\s*$/u;

/** After a quote: "the mayor, Dana Whitlock, told". */
const ROLE_THEN_NAME = /^[\s,.;:!?”"»’—–-]*(?:the|a|an|his|her|their|its)\s+[^,;.]{1,60},\s+([^,;]{2,60}),\s+(\p{Ll}+)/u;

/** After a name: an apposition in commas, then a speech verb (", president of Hakata Blue Line, told"). */
const NAME_APPOSITION_VERB = /^,\s+[^,;:"“”«»]{1,80},\s+(\p{Ll}+)/u;

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/** A speech verb as written in running text (lower case: "States" in "United States" is not one). */
const isSpeechVerb = (w: Word) => SPEECH_VERBS.has(w.lower) && /^\p{Ll}/u.test(w.raw);

function sentenceAt(sents: Span[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The speaker of each quote (an entity index, null when the text does not say). `evidence`, when
 * given, receives per quote the index of the sentence the attribution was read from (null with no speaker).
 */
export function attributeQuotes(ctx: AttributionContext, evidence?: (number | null)[]): (number | null)[] {
  const { text, sentences: sents, quotes, people } = ctx;
  // The text with quoted words blanked, so that verbs and names inside quotes do not count.
  const chars = text.split('');
  for (const q of quotes) for (let i = q.open + 1; i < Math.min(q.close - 1, text.length); i++) if (chars[i] !== '\n') chars[i] = ' ';
  const masked = chars.join('');

  const mentionAt = (start: number, end: number): PersonMention | undefined => people.find((m) => m.start < end && m.end > start);
  const mentionsBefore = (pos: number) => people.filter((m) => m.end <= pos);

  /** The person a sentence is about: a name at its start ("Afterwards, Lavrov said ..."). */
  const leadSubject = (si: number): number | null => {
    const s = sents[si];
    if (!s) return null;
    const first = people.find((m) => m.start >= s.start && m.end <= s.end && masked.slice(m.start, m.end) === text.slice(m.start, m.end));
    if (!first) return null;
    const before = masked.slice(s.start, first.start);
    const okBefore = /^(?:[^,"“”«»]{0,40},\s*)?(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*|of)\s+)*$/u.test(before) || before.trim() === '';
    if (!okBefore) return null;
    const after = masked.slice(first.end, first.end + 80);
    const coordinated = /^\s+(?:and|or)\s+/.test(after) && people.some((m) => m !== first && m.start > first.end && m.start <= first.end + 8 + (/^\s+(?:and|or)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+)*)/u.exec(after)?.[1]?.length ?? 0));
    return coordinated ? null : first.entity;
  };

  /** A sentence that names its speaker after a clause: "The foundation will give $5 million, Chelsea Clinton announced." */
  const speakingSubject = (si: number): number | null => {
    const s = sents[si];
    if (!s) return null;
    const speaking = people.filter((m) => m.start >= s.start && m.end <= s.end && words(masked, m.end, Math.min(s.end, m.end + 24)).slice(0, 1).some(isSpeechVerb));
    return speaking.length === 1 ? speaking[0]!.entity : null;
  };

  /** A role phrase: the person it names, null for an organisation or an unclear role, undefined for neither. */
  const resolveRole = (desc: Word[], pos: number): number | null | undefined => {
    const lowers = desc.map((w) => w.lower);
    if (lowers.some((l) => ORG_WORDS.has(l))) return null;
    if (!lowers.some((l) => PERSON_HEADS.has(l) || PERSON_HEADS.has(l.replace(/s$/, '')))) return undefined;
    const seen = mentionsBefore(pos);
    const lastAt = new Map<number, number>();
    for (const m of seen) lastAt.set(m.entity, m.start);
    let best: number[] = [];
    let bestScore = 0;
    for (const e of lastAt.keys()) {
      const r = ctx.roles[e]!;
      let score = 0;
      for (const l of lowers) {
        if (DETERMINERS.has(l) || l === 'of') continue;
        if (r.has(l)) score += 1;
        const family = ROLE_FAMILIES[l];
        if (family && family.some((f) => r.has(f))) score += 1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = [e];
      } else if (score === bestScore && score > 0) best.push(e);
    }
    if (best.length === 0) return null;
    best.sort((a, b) => lastAt.get(b)! - lastAt.get(a)!);
    return best[0]!;
  };

  const current: { entity: number | null } = { entity: null };

  const resolvePronoun = (pos: number, si: number): number | null => {
    const s = sents[si];
    if (s) {
      const lead = leadSubject(si);
      const leadMention = people.find((m) => m.start >= s.start && m.end <= pos && m.entity === lead);
      if (lead !== null && leadMention) return lead;
    }
    if (current.entity !== null) return current.entity;
    const before = mentionsBefore(pos);
    return before.length ? before[before.length - 1]!.entity : null;
  };

  /** Resolve the words of a subject phrase that ends (or starts) an attribution. */
  const resolveSubject = (subject: Word[], si: number): number | null | undefined => {
    if (subject.length === 0) return undefined;
    if (subject.length === 1 && PRONOUNS.has(subject[0]!.lower)) return resolvePronoun(subject[0]!.start, si);
    const m = mentionAt(subject[0]!.start, subject[subject.length - 1]!.end);
    if (m) return m.entity;
    if (DETERMINERS.has(subject[0]!.lower)) return resolveRole(subject, subject[0]!.start);
    return undefined;
  };

  /** Subject before a verb at index v of ws: skip fillers, then a name, pronoun or role phrase. */
  const subjectBefore = (ws: Word[], v: number, from: number): Word[] => {
    let e = v - 1;
    let skipped = 0;
    while (e >= from && skipped < 3 && (ATTRIBUTION_FILLERS.has(ws[e]!.lower) || /ly$/.test(ws[e]!.lower) || MONTHS.has(ws[e]!.lower))) {
      e--;
      skipped++;
    }
    if (e < from) return [];
    const last = ws[e]!;
    if (PRONOUNS.has(last.lower)) return [last];
    let s = e;
    while (s - 1 >= from && e - s < 6 && !/[,;:()"“”]/.test(masked.slice(ws[s - 1]!.end, ws[s]!.start))) s--;
    // keep the phrase from the nearest name or determiner
    const phrase = ws.slice(s, e + 1);
    const mention = mentionAt(last.start, last.end);
    if (mention) return ws.slice(s, e + 1).filter((w) => w.start >= mention.start);
    const det = phrase.findIndex((w) => DETERMINERS.has(w.lower));
    return det >= 0 ? phrase.slice(det) : [last];
  };

  /** Attribution after the closing mark: "said Blinken", "Lavrov said", "the Russian diplomat said". */
  const fromAfter = (q: QuoteSpan, si: number): number | null | undefined => {
    const s = sents[si];
    if (!s) return undefined;
    const nextQuote = quotes.find((o) => o.open >= q.close);
    const end = Math.min(s.end, nextQuote ? nextQuote.open : s.end);
    if (end <= q.close) return undefined;
    if (!/^[\s,.;:!?”"»’—–-]*\s*\p{L}/u.test(masked.slice(q.close, end))) return undefined;
    const ws = words(masked, q.close, end).slice(0, 12);
    if (ws.length === 0) return undefined;
    if (isSpeechVerb(ws[0]!)) {
      const subj: Word[] = [];
      for (let i = 1; i < ws.length; i++) {
        if (/[,;:.]/.test(masked.slice(ws[i - 1]!.end, ws[i]!.start))) break;
        subj.push(ws[i]!);
        if (mentionAt(ws[i]!.start, ws[i]!.end) && !mentionAt(ws[i + 1]?.start ?? -1, ws[i + 1]?.end ?? -1)) break;
      }
      return resolveSubject(subj.length && PRONOUNS.has(subj[0]!.lower) ? [subj[0]!] : subj, si);
    }
    if (ws[0]!.lower === 'according' && ws[1]?.lower === 'to') return resolveSubject(ws.slice(2, 8), si);
    // "…,” citing director Wong Ka-ming": the source named after the quote.
    if (ws[0]!.lower === 'citing') {
      const cited = resolveSubject(ws.slice(1, 7), si);
      if (cited !== undefined) return cited;
    }
    // "…,” Makoto Ishida, president of ferry operator Hakata Blue Line, told a news conference."
    const named = mentionAt(ws[0]!.start, ws[0]!.end);
    if (named) {
      const app = NAME_APPOSITION_VERB.exec(masked.slice(named.end, end));
      if (app && SPEECH_VERBS.has(app[1]!)) return named.entity;
    }
    // "“…,” the mayor, Dana Whitlock, told reporters": a role, then the name in commas, then the verb.
    const role = ROLE_THEN_NAME.exec(masked.slice(q.close, end));
    if (role && SPEECH_VERBS.has(role[2]!)) {
      const at = q.close + role.index + role[0].indexOf(role[1]!, role[0].indexOf(','));
      const named = people.find((m) => m.start >= at && m.end <= at + role[1]!.length);
      if (named) return named.entity;
    }
    for (let v = 1; v < Math.min(ws.length, 8); v++) {
      if (/[,;:.]/.test(masked.slice(ws[v - 1]!.end, ws[v]!.start))) return undefined;
      if (isSpeechVerb(ws[v]!)) return resolveSubject(subjectBefore(ws, v, 0), si);
    }
    return undefined;
  };

  /** Attribution before the opening mark, in the same sentence: "Lavrov said Russia ... “serious differences”". */
  const fromBefore = (pos: number, si: number, wholeSentence = false): number | null | undefined => {
    const s = sents[si];
    if (!s) return undefined;
    const ws = words(masked, s.start, wholeSentence ? s.end : pos);
    for (let v = ws.length - 1; v >= 0; v--) {
      const w = ws[v]!;
      if (w.lower === 'according' && ws[v + 1]?.lower === 'to') {
        const r = resolveSubject(ws.slice(v + 2, v + 8), si);
        if (r !== undefined) return r;
      }
      if (!isSpeechVerb(w)) continue;
      // "Kim Yo-jong, the powerful sister of leader Kim Jong-un, said": the subject is the name before the apposition.
      const app = APPOSITION_BEFORE_VERB.exec(masked.slice(s.start, w.start));
      if (app) {
        const appStart = s.start + app.index;
        const named = people.find((m) => m.end <= appStart && /^\s*$/.test(masked.slice(m.end, appStart)));
        if (named) return named.entity;
      }
      const subj = subjectBefore(ws, v, 0);
      const r = resolveSubject(subj, si);
      if (r !== undefined && r !== null) return r;
      const lead = leadSubject(si);
      if (lead !== null) return lead;
      if (r === null) return null;
    }
    return undefined;
  };

  const result: (number | null)[] = [];
  let lastSentence = -1;
  let lastSpeaker: number | null = null;
  let lastQuoteSentence = -2;
  let lastFrom: number | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const sOpen = sentenceAt(sents, q.open);
    const sClose = sentenceAt(sents, Math.max(q.open, q.close - 1));
    // move the discourse state up to this quote's sentence
    for (let si = lastSentence + 1; si < sOpen; si++) {
      const lead = leadSubject(si) ?? speakingSubject(si);
      if (lead !== null) current.entity = lead;
    }
    lastSentence = Math.max(lastSentence, sOpen - 1);

    let speaker: number | null | undefined = fromAfter(q, sClose);
    let from = sClose;
    if (speaker === undefined) {
      speaker = fromBefore(q.open, sOpen);
      from = sOpen;
    }
    if (speaker === undefined) {
      // the next sentence names the speaker: "-U.S. Secretary of State Antony Blinken", "Lavrov said."
      const next = sents[sClose + 1];
      const sc = sents[sClose];
      if (next && sc && masked.slice(q.close, sc.end).trim().length <= 2) {
        const ws = words(masked, next.start, next.end);
        if (/^[-–—]/.test(text.slice(next.start, next.end)) && ws.length <= 10) {
          const m = people.find((p) => p.start >= next.start && p.end <= next.end);
          if (m) speaker = m.entity;
          from = sClose + 1;
        } else if (ws.length <= 8 && !quotes.some((o) => o.open >= next.start && o.open < next.end)) {
          speaker = fromBefore(next.end, sClose + 1, true);
          from = sClose + 1;
        }
      }
    }
    if (speaker === undefined && sOpen > 0) {
      const prev = sents[sOpen - 1]!;
      const opensSentence = masked.slice(sents[sOpen]!.start, q.open).trim() === '';
      if (/:\s*$/.test(text.slice(prev.start, prev.end)) || (opensSentence && masked.slice(prev.end, q.open).includes(':'))) {
        speaker = fromBefore(prev.end, sOpen - 1, true);
        from = sOpen - 1;
      } else if (opensSentence && lastQuoteSentence === sOpen - 1) {
        speaker = lastSpeaker;
        from = lastFrom ?? sOpen - 1;
      }
    }
    const resolved = speaker ?? null;
    result.push(resolved);
    evidence?.push(resolved === null ? null : from);
    lastFrom = resolved === null ? null : from;
    if (resolved !== null) current.entity = resolved;
    lastSpeaker = resolved;
    lastQuoteSentence = sClose;
    lastSentence = Math.max(lastSentence, sClose);
  }
  return result;
}
