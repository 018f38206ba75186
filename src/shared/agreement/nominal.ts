/**
 * Agreement statistics for nominal data: percent agreement, Cohen's kappa (two coders) and
 * Krippendorff's alpha (any number of coders, missing values allowed). Each unit carries a
 * weight, so a run of identical text units (a span of characters all coded alike) counts as
 * that many units without being expanded.
 *
 * Krippendorff's alpha follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
 * a coincidence matrix over pairable values (units with at least two values), each unit's
 * m_u(m_u - 1) ordered pairs weighted 1/(m_u - 1); alpha = 1 - (n - 1) * D_o / D_e over the
 * off-diagonal cells. Cohen's kappa follows Cohen (1960): (p_o - p_e) / (1 - p_e), on the units
 * both coders valued.
 */

/** One unit: each coder's value (null where the coder gave none), and how many units it stands for. */
export interface WeightedUnit {
  values: readonly (string | null)[];
  weight: number;
}

export interface NominalAgreement {
  /** Units (weighted) with at least two values: what the figures are computed on. */
  pairableUnits: number;
  /** Share of agreeing pairs of values among all pairs within units (for two coders: the share of units they agree on). */
  percent: number | null;
  /** Cohen's kappa, when there are exactly two coders; null otherwise or when it is undefined (p_e = 1). */
  kappa: number | null;
  /** Krippendorff's alpha (nominal); null when undefined (fewer than two pairable values, or no variation at all). */
  alpha: number | null;
}

export function krippendorffAlpha(units: readonly WeightedUnit[]): number | null {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, amount: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + amount);
  };
  for (const unit of units) {
    const present = unit.values.filter((value): value is string => value !== null);
    const m = present.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(present[i]!, present[j]!, unit.weight / (m - 1));
  }
  const totals = new Map<string, number>();
  let n = 0;
  let observedOff = 0;
  for (const [c, row] of coincidence) {
    for (const [k, count] of row) {
      totals.set(c, (totals.get(c) ?? 0) + count);
      n += count;
      if (c !== k) observedOff += count;
    }
  }
  if (n <= 1) return null;
  let expectedOff = 0;
  const categories = [...totals];
  for (const [c, nc] of categories) for (const [k, nk] of categories) if (c !== k) expectedOff += nc * nk;
  if (expectedOff === 0) return null;
  return 1 - ((n - 1) * observedOff) / expectedOff;
}

export function cohensKappa(units: readonly WeightedUnit[]): number | null {
  let total = 0;
  let agreed = 0;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  for (const unit of units) {
    const [a, b] = unit.values;
    if (a == null || b == null) continue;
    total += unit.weight;
    if (a === b) agreed += unit.weight;
    first.set(a, (first.get(a) ?? 0) + unit.weight);
    second.set(b, (second.get(b) ?? 0) + unit.weight);
  }
  if (total === 0) return null;
  let chance = 0;
  for (const [category, count] of first) chance += (count / total) * ((second.get(category) ?? 0) / total);
  if (chance >= 1) return null;
  return (agreed / total - chance) / (1 - chance);
}

export function percentAgreement(units: readonly WeightedUnit[]): number | null {
  let pairs = 0;
  let agreeing = 0;
  for (const unit of units) {
    const present = unit.values.filter((value): value is string => value !== null);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        pairs += unit.weight;
        if (present[i] === present[j]) agreeing += unit.weight;
      }
    }
  }
  return pairs === 0 ? null : agreeing / pairs;
}

export function nominalAgreement(units: readonly WeightedUnit[], coderCount: number): NominalAgreement {
  let pairableUnits = 0;
  for (const unit of units) if (unit.values.filter((value) => value !== null).length >= 2) pairableUnits += unit.weight;
  return {
    pairableUnits,
    percent: percentAgreement(units),
    kappa: coderCount === 2 ? cohensKappa(units) : null,
    alpha: krippendorffAlpha(units),
  };
}
