/**
 * Inter-coder agreement of a coding round: per tag, per article and overall, with the list of
 * disagreements. Computed only on text units someone coded (see segments.ts).
 *
 * - Overall and per article, each unit's value for a coder is the set of tags they applied
 *   there (nominal: {A}, {A, B} and {} are three different values); {} means the coder coded
 *   the article but not this passage.
 * - Per tag, each unit's value is whether the coder applied that tag (1-vs-rest), over the same
 *   units.
 * - A coder who did not code an article gives missing values there (Krippendorff's alpha copes;
 *   kappa and percent agreement use the units both have).
 */
import { nominalAgreement, type NominalAgreement, type WeightedUnit } from './nominal';
import { codedSegments, type AgreementUnitKind, type CodedSpan, type Segment } from './segments';

export interface AgreementArticle {
  id: string;
  text: string;
}

export interface AgreementInput {
  coders: readonly string[];
  articles: readonly AgreementArticle[];
  /** The coders' highlights (tags already mapped through merges; untagged highlights are not coding). */
  spans: readonly CodedSpan[];
  unit: AgreementUnitKind;
  /** Whether a coder coded an article at all; by default every coder coded every article. */
  codedBy?: (coder: string, article: string) => boolean;
}

export interface Disagreement {
  article: string;
  /** Character offsets of the passage, for showing and opening its words. */
  start: number;
  end: number;
  /** Units (characters or words) it spans. */
  units: number;
  /** Each coder's tags there (coder order of the input); null for a coder who did not code the article. */
  tagsByCoder: (string[] | null)[];
}

export interface AgreementReport {
  unit: AgreementUnitKind;
  coders: string[];
  overall: NominalAgreement;
  byArticle: Map<string, NominalAgreement>;
  byTag: Map<string, NominalAgreement>;
  disagreements: Disagreement[];
}

const setKey = (tags: readonly string[]) => tags.join('\u001f');

function disagreementsOf(article: string, segments: readonly Segment[], present: readonly boolean[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const segment of segments) {
    const values = segment.tagsByCoder.map((tags, coder) => (present[coder] ? tags : null));
    const keys = new Set(values.filter((tags): tags is string[] => tags !== null).map(setKey));
    if (keys.size < 2) continue;
    const last = out[out.length - 1];
    const units = segment.endUnit - segment.startUnit;
    if (last && last.end >= segment.start && values.every((tags, i) => setKey(tags ?? ['\u0000']) === setKey(last.tagsByCoder[i] ?? ['\u0000']))) {
      last.end = segment.end;
      last.units += units;
    } else {
      out.push({ article, start: segment.start, end: segment.end, units, tagsByCoder: values });
    }
  }
  return out;
}

export function computeAgreement(input: AgreementInput): AgreementReport {
  const coders = [...input.coders];
  const codedBy = input.codedBy ?? (() => true);
  const spansByArticle = new Map<string, CodedSpan[]>();
  for (const span of input.spans) {
    const list = spansByArticle.get(span.article);
    if (list) list.push(span);
    else spansByArticle.set(span.article, [span]);
  }

  const overallUnits: WeightedUnit[] = [];
  const byArticle = new Map<string, NominalAgreement>();
  const perArticleSegments: { article: string; segments: Segment[]; present: boolean[] }[] = [];
  const tags = new Set<string>();
  const disagreements: Disagreement[] = [];

  for (const article of input.articles) {
    const present = coders.map((coder) => codedBy(coder, article.id));
    const segments = codedSegments(article.text, spansByArticle.get(article.id) ?? [], coders, input.unit);
    perArticleSegments.push({ article: article.id, segments, present });
    const units: WeightedUnit[] = segments.map((segment) => ({
      weight: segment.endUnit - segment.startUnit,
      values: segment.tagsByCoder.map((applied, coder) => (present[coder] ? setKey(applied) : null)),
    }));
    for (const segment of segments) for (const applied of segment.tagsByCoder) for (const tag of applied) tags.add(tag);
    overallUnits.push(...units);
    byArticle.set(article.id, nominalAgreement(units, coders.length));
    disagreements.push(...disagreementsOf(article.id, segments, present));
  }

  const byTag = new Map<string, NominalAgreement>();
  for (const tag of [...tags].sort()) {
    const units: WeightedUnit[] = [];
    for (const { segments, present } of perArticleSegments) {
      for (const segment of segments) {
        units.push({
          weight: segment.endUnit - segment.startUnit,
          values: segment.tagsByCoder.map((applied, coder) => (present[coder] ? (applied.includes(tag) ? '1' : '0') : null)),
        });
      }
    }
    byTag.set(tag, nominalAgreement(units, coders.length));
  }

  return { unit: input.unit, coders, overall: nominalAgreement(overallUnits, coders.length), byArticle, byTag, disagreements };
}
