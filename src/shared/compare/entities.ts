/**
 * People and places named in the articles, grouped across spellings: "Sergei Lavrov" / "Sergey
 * Lavrov" / "Foreign Minister Lavrov"; "Antony J. Blinken" / "Antony Blinken" / "Blinken". Surnames
 * must fold to the same key (never merge different surnames); given names may differ by
 * transliteration or one edit. A surname alone attaches to the one full name with that surname.
 */
import { MONTHS, ORG_WORDS, PLACE_HEADS, PLACE_OK_WORDS, PLACE_PREFIXES } from './lexicon';
import { compactKey, foldName, GENERATIONAL, givenNamesMatch, MIN_SURNAME_FOR_EDIT, placeNamesMatch, romanisedPairMatch, surnamesMatch } from './names';
import { isKnownGivenName } from './nicknames';
import { NAME_PARTICLES, type NameRun, nameRuns } from './runs';
import type { CompareInput, Entity, EntityMention } from './types';

export interface PersonMention {
  start: number;
  end: number;
  entity: number;
}

export interface EntityTable {
  entities: Entity[];
  /** Per article id: mentions of people, by position, with their index in `entities`. */
  people: Map<string, PersonMention[]>;
  /** Per entity index: title and role words seen with it ("foreign", "minister"). */
  roles: Set<string>[];
  /** Per article id: spans of people's names with their titles ("Foreign Minister Sergei Lavrov"). */
  nameSpans: Map<string, { start: number; end: number }[]>;
}

/** A capitalised word with a lower-case letter in it ("Lavrov", "Al-Hajj", "McDonald", "O'Brien"), an initial, or a particle joined to a name ("al-Zaidi"). */
const NAME_SHAPED = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}|\p{Ll}+-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
const isNamePart = (p: string) => NAME_SHAPED.test(p) || NAME_PARTICLES.has(p);

/** A person's name split into what identifies them: given name, middle names, family name, and a generational suffix. */
interface NameShape {
  given: string;
  middles: string[];
  surname: string;
  suffix: string | null;
  compact: string;
  /** The name's parts without particles or suffix. */
  core: string[];
}

/** A particle after the first part ("Abdulrahman Al Hajj", "Osama bin Laden"); first, "Al" is a given name (Al Gore). */
const isInnerParticle = (p: string, i: number) => i > 0 && NAME_PARTICLES.has(p.toLowerCase());

function shapeOf(parts: readonly string[]): NameShape {
  const all = [...parts];
  let suffix: string | null = null;
  if (all.length > 2 && GENERATIONAL.test(all[all.length - 1]!)) suffix = all.pop()!.replace(/\.$/, '').toLowerCase();
  const core = all.filter((p, i) => !isInnerParticle(p, i));
  return {
    given: core[0]!,
    middles: core.slice(1, -1),
    surname: core[core.length - 1]!,
    suffix,
    compact: compactKey(core),
    core,
  };
}

/** The given name with the middle names written out in full: "Abdel Rahman" for "Abdel Rahman el-Hajj", to meet "Abdelrahman al-Hajj". */
const fullGiven = (s: NameShape) => [s.given, ...s.middles.filter((m) => m.replace(/\./g, '').length > 1)].join('');

/** Middle names or initials that both forms give and that differ: George W. / George H. W. Bush are two people. */
function middlesConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const initials = (m: readonly string[]) => m.map((p) => foldName(p)[0] ?? '').join('');
  return initials(a) !== initials(b);
}

interface Cluster {
  kind: 'person' | 'place';
  surnameKey: string;
  /** People: the shapes of the full names seen. */
  shapes: NameShape[];
  givens: string[];
  forms: string[];
  mentions: (EntityMention & { full: boolean })[];
  roles: Set<string>;
}

function isPersonName(run: NameRun, bodies: ReadonlySet<string>): boolean {
  const { parts } = run;
  if (parts.length < 2 || parts.length > 5 || run.namesBody || bodies.has(compactKey(parts))) return false;
  if (!parts.every(isNamePart) || NAME_PARTICLES.has(parts[0]!) || NAME_PARTICLES.has(parts[parts.length - 1]!)) return false;
  if (parts[parts.length - 1]!.length < 2) return false;
  const lower = parts.map((p) => p.toLowerCase());
  // An organisation's head word may also be a given name first in a run: "Bill Clinton" is a person, "the Farm Bill" is not.
  if (lower.some((p, i) => (ORG_WORDS.has(p) && !(i === 0 && isKnownGivenName(p))) || MONTHS.has(p))) return false;
  if (!run.titled && PLACE_PREFIXES.has(lower[0]!)) return false;
  return true;
}

function isPlaceCandidate(run: NameRun, placeIdx: Set<number>): boolean {
  const { parts } = run;
  if (parts.length > 3 || run.titled) return false;
  const lower = parts.map((p) => p.toLowerCase().replace(/\./g, ''));
  if (lower.some((p) => MONTHS.has(p) || (ORG_WORDS.has(p) && !PLACE_OK_WORDS.has(p)))) return false;
  if (!parts.every((p) => /^\p{Lu}/u.test(p))) return false;
  // "Russian", "Icelandic": an adjective of a place, not the place.
  if (parts.length === 1 && /(?:ian|ean|ese|ish|ic)$/.test(lower[0]!)) return false;
  if (run.locativeBefore || run.dateline) return true;
  if (parts.length >= 2 && (PLACE_PREFIXES.has(lower[0]!) || PLACE_HEADS.has(lower[lower.length - 1]!))) return true;
  return run.coordinatedWith !== null && placeIdx.has(run.coordinatedWith);
}

export function buildEntities(inputs: CompareInput[]): EntityTable {
  const allRuns = inputs.map((a) => nameRuns(a.text));

  // Surnames seen standing alone as a speaker or after a title ("Navalny said", "President Putin"):
  // evidence that a two-word run ending with it is a person.
  const speaking = new Set<string>();
  for (const runs of allRuns) for (const r of runs) if (r.parts.length === 1 && (r.speechVerbAfter || r.titled)) speaking.add(foldName(r.parts[0]!));
  // Names seen as a body anywhere ("the head of Green Future") are a body everywhere ("Green Future said").
  const bodies = new Set<string>();
  for (const runs of allRuns) for (const r of runs) if (r.namesBody) bodies.add(compactKey(r.parts));

  const clusters: Cluster[] = [];
  const bySurname = new Map<string, number[]>();
  const runEntity: (number | null)[][] = allRuns.map((runs) => runs.map(() => null));

  const addPerson = (ai: number, ri: number, run: NameRun, full: boolean, clusterIdx: number) => {
    const c = clusters[clusterIdx]!;
    const text = inputs[ai]!.text.slice(run.start, run.end);
    c.mentions.push({ articleId: inputs[ai]!.id, start: run.start, end: run.end, text, full });
    c.forms.push(text);
    for (const role of run.roles) c.roles.add(role);
    runEntity[ai]![ri] = clusterIdx;
  };
  const byCompact = new Map<string, number>();
  /** One person when the whole names agree (compact keys), or given and family names match with no conflicting suffix or middle names. */
  const sameShape = (a: NameShape, b: NameShape) =>
    a.suffix === b.suffix &&
    (a.compact === b.compact ||
      (givenNamesMatch(a.given, b.given) && surnamesMatch(a.surname, b.surname) && !middlesConflict(a.middles, b.middles)) ||
      (a.middles.length + b.middles.length > 0 && !middlesConflict(a.middles, b.middles) && givenNamesMatch(fullGiven(a), fullGiven(b)) && surnamesMatch(a.surname, b.surname)) ||
      romanisedPairMatch(a.core, b.core));
  const clusterFor = (run: NameRun): number | undefined => {
    const shape = shapeOf(run.parts);
    const exact = byCompact.get(`${shape.compact}|${shape.suffix ?? ''}`);
    if (exact !== undefined) return exact;
    const key = foldName(shape.surname);
    const fits = (ci: number) => {
      const c = clusters[ci]!;
      return c.shapes.some((s) => sameShape(s, shape)) && !c.shapes.some((s) => s.suffix !== shape.suffix || middlesConflict(s.middles, shape.middles));
    };
    const exactSurname = (bySurname.get(key) ?? []).find(fits);
    if (exactSurname !== undefined) return exactSurname;
    // Spellings one edit apart: only family names of about the same length can be.
    const length = surnameLength(shape.surname);
    if (length < MIN_SURNAME_FOR_EDIT) return undefined;
    for (let l = length - 1; l <= length + 1; l++) {
      const found = (byLength.get(l) ?? []).find(fits);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const byLength = new Map<number, number[]>();
  /** Person clusters by the folded first part of their names: "Lee" alone for "Lee Jae-myung". */
  const byGiven = new Map<string, number[]>();
  const surnameLength = (surname: string) => foldName(surname).replace(/[^\p{L}]/gu, '').length;
  const remember = (idx: number, run: NameRun) => {
    const shape = shapeOf(run.parts);
    clusters[idx]!.shapes.push(shape);
    // A family name spelt another way ("Shehab" in a cluster begun as "Chehab") finds the cluster when it stands alone.
    const surnameKey = foldName(shape.surname);
    const withSurname = bySurname.get(surnameKey) ?? [];
    if (!withSurname.includes(idx)) bySurname.set(surnameKey, [...withSurname, idx]);
    byCompact.set(`${shape.compact}|${shape.suffix ?? ''}`, idx);
    const g = foldName(shape.given);
    const givenList = byGiven.get(g) ?? [];
    if (!givenList.includes(idx)) byGiven.set(g, [...givenList, idx]);
    const l = surnameLength(shape.surname);
    const list = byLength.get(l) ?? [];
    if (!list.includes(idx)) byLength.set(l, [...list, idx]);
  };

  // 1. Full names of people: introduced with a title or role, speaking, or listed with another person.
  allRuns.forEach((runs, ai) => {
    const personRun = new Set<number>();
    runs.forEach((run, ri) => {
      if (!isPersonName(run, bodies)) return;
      const coordinated = run.coordinatedWith !== null && personRun.has(run.coordinatedWith);
      const surname = shapeOf(run.parts).surname;
      const evidence = run.titled || run.roleNounBefore || run.roleAfter || run.ageOrAffiliationAfter || run.speechVerbAfter || run.speechVerbBefore || coordinated || speaking.has(foldName(surname));
      if (!evidence) return;
      personRun.add(ri);
      let idx = clusterFor(run);
      if (idx === undefined) {
        const key = foldName(surname);
        idx = clusters.length;
        clusters.push({ kind: 'person', surnameKey: key, shapes: [], givens: [], forms: [], mentions: [], roles: new Set() });
        bySurname.set(key, [...(bySurname.get(key) ?? []), idx]);
      }
      clusters[idx]!.givens.push(run.parts[0]!);
      remember(idx, run);
      addPerson(ai, ri, run, true, idx);
    });
  });
  // ...and the same names wherever else they appear without such evidence.
  allRuns.forEach((runs, ai) => {
    runs.forEach((run, ri) => {
      if (runEntity[ai]![ri] !== null || !isPersonName(run, bodies)) return;
      const idx = clusterFor(run);
      if (idx === undefined) return;
      remember(idx, run);
      addPerson(ai, ri, run, true, idx);
    });
  });

  const byFamilyFirst = (key: string): number[] | undefined => {
    const found = byGiven.get(key);
    return found && found.length ? found : undefined;
  };
  // 2. Surnames alone: to the one full name with that surname (or the latest one named before).
  allRuns.forEach((runs, ai) => {
    runs.forEach((run, ri) => {
      if (run.parts.length !== 1 || runEntity[ai]![ri] !== null) return;
      const part = run.parts[0]!;
      if (!NAME_SHAPED.test(part) || part.length < 2 || ORG_WORDS.has(part.toLowerCase())) return;
      const key = foldName(part);
      if (GENERATIONAL.test(part)) return; // "Jr" alone is a fragment, not a person
      // A family name alone; for names written family name first ("Lee Jae-myung", "Xi Jinping") the first part.
      let candidates = bySurname.get(key) ?? (run.titled || run.speechVerbAfter || run.speechVerbBefore ? byFamilyFirst(key) : undefined);
      if (!candidates && run.titled && !MONTHS.has(part.toLowerCase())) {
        candidates = [clusters.length];
        clusters.push({ kind: 'person', surnameKey: key, shapes: [], givens: [], forms: [], mentions: [], roles: new Set() });
        bySurname.set(key, candidates);
      }
      if (!candidates) return;
      let idx: number | undefined = candidates.length === 1 ? candidates[0] : undefined;
      if (idx === undefined) {
        for (let back = ri - 1; back >= 0 && idx === undefined; back--) {
          const e = runEntity[ai]![back];
          if (e !== null && e !== undefined && candidates.includes(e)) idx = e;
        }
      }
      if (idx !== undefined) addPerson(ai, ri, run, false, idx);
    });
  });

  // 3. Places: named after "in", "near", in a dateline, or shaped like one ("North Korea").
  const placeForms: string[] = [];
  allRuns.forEach((runs, ai) => {
    const placeIdx = new Set<number>();
    runs.forEach((run, ri) => {
      if (runEntity[ai]![ri] !== null) return;
      if (bySurname.has(foldName(run.parts[run.parts.length - 1]!))) return;
      if (!isPlaceCandidate(run, placeIdx)) return;
      placeIdx.add(ri);
      placeForms.push(run.parts.join(' '));
    });
  });
  const placeClusters: number[] = [];
  const placeOf = (form: string): number | undefined => placeClusters.find((ci) => clusters[ci]!.givens.some((g) => placeNamesMatch(g, form)));
  for (const form of placeForms) {
    if (placeOf(form) !== undefined) continue;
    placeClusters.push(clusters.length);
    clusters.push({ kind: 'place', surnameKey: foldName(form), shapes: [], givens: [form], forms: [], mentions: [], roles: new Set() });
  }
  if (placeClusters.length > 0) {
    const exact = new Map<string, number | undefined>();
    allRuns.forEach((runs, ai) => {
      runs.forEach((run, ri) => {
        if (runEntity[ai]![ri] !== null || run.parts.length > 3) return;
        const form = run.parts.join(' ');
        if (!exact.has(form)) exact.set(form, placeOf(form));
        const idx = exact.get(form);
        if (idx === undefined) return;
        const c = clusters[idx]!;
        const text = inputs[ai]!.text.slice(run.start, run.end);
        c.mentions.push({ articleId: inputs[ai]!.id, start: run.start, end: run.end, text, full: true });
        c.forms.push(text);
        runEntity[ai]![ri] = idx;
      });
    });
  }

  // 4. Entities: the most frequent full form names each; every spelling is a variant.
  const order = inputs.map((a) => a.id);
  const kept = clusters
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.mentions.length > 0 && (c.kind === 'place' || c.mentions.some((m) => m.full) || c.roles.size > 0));
  const entityOf = new Map<number, number>();
  const articleCount = (c: Cluster) => new Set(c.mentions.map((m) => m.articleId)).size;
  kept.sort((x, y) => articleCount(y.c) - articleCount(x.c) || y.c.mentions.length - x.c.mentions.length || x.i - y.i);
  const entities: Entity[] = [];
  const roles: Set<string>[] = [];
  for (const { c, i } of kept) {
    entityOf.set(i, entities.length);
    const counts = new Map<string, number>();
    const fullCounts = new Map<string, number>();
    for (const m of c.mentions) {
      const form = m.text.replace(/\s+/g, ' ');
      counts.set(form, (counts.get(form) ?? 0) + 1);
      if (m.full && (c.kind === 'place' || /\s/.test(form))) fullCounts.set(form, (fullCounts.get(form) ?? 0) + 1);
    }
    const byFreq = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
    // A form in capitals ("SEOUL" in a dateline) names nothing new: prefer the written form, and list no case-only variant.
    const written = (forms: string[]) => forms.find((f) => f !== f.toUpperCase()) ?? forms[0];
    const name = written(byFreq(fullCounts)) ?? written(byFreq(counts))!;
    const seenCase = new Set([name.toLowerCase()]);
    const variants = [name];
    for (const f of byFreq(counts)) {
      if (seenCase.has(f.toLowerCase())) continue;
      seenCase.add(f.toLowerCase());
      variants.push(f);
    }
    const mentions = c.mentions
      .map(({ articleId, start, end, text }) => ({ articleId, start, end, text }))
      .sort((a, b) => order.indexOf(a.articleId) - order.indexOf(b.articleId) || a.start - b.start);
    entities.push({ name, variants, mentions, kind: c.kind });
    roles.push(c.roles);
  }

  const people = new Map<string, PersonMention[]>();
  const nameSpans = new Map<string, { start: number; end: number }[]>();
  allRuns.forEach((runs, ai) => {
    const list: PersonMention[] = [];
    const spans: { start: number; end: number }[] = [];
    nameSpans.set(inputs[ai]!.id, spans);
    runs.forEach((run, ri) => {
      const ci = runEntity[ai]![ri];
      const isPerson = ci !== null && ci !== undefined && clusters[ci]!.kind === 'person';
      if (isPerson) spans.push({ start: Math.min(run.titleStart, run.start), end: run.end });
      if (ci === null || ci === undefined || clusters[ci]!.kind !== 'person') return;
      const e = entityOf.get(ci);
      if (e !== undefined) list.push({ start: run.start, end: run.end, entity: e });
    });
    people.set(inputs[ai]!.id, list);
  });
  return { entities, people, roles, nameSpans };
}
