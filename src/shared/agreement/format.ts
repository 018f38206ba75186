/** A figure as people read it: percent to one decimal, kappa and alpha to three (as papers report them), a dash when undefined. */
export function formatAgreementFigure(value: number | null, kind: 'percent' | 'coefficient'): string {
  if (value === null) return '—';
  return kind === 'percent' ? `${(value * 100).toFixed(1)} %` : value.toFixed(3);
}
