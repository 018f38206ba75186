/**
 * Who carried a shared passage first: the earliest dated article among a group's members, with
 * the wire agency its dateline credits, then the others in order of publication
 * ("first: Reuters 09:12; then AP, DW, EFE").
 */
import { fullDateMs } from './full-date';
import { wireCredit } from './wire';

export interface ProvenanceSource {
  id: string;
  outlet: string | null;
  /** ISO date-time or null. */
  published: string | null;
  text: string;
}

export function provenanceLine(memberArticleIds: readonly string[], sources: readonly ProvenanceSource[]): string | null {
  const ids = [...new Set(memberArticleIds)];
  const dated = ids
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is ProvenanceSource => !!s && !Number.isNaN(fullDateMs(s.published)))
    .sort((a, b) => fullDateMs(a.published) - fullDateMs(b.published) || (a.id < b.id ? -1 : 1));
  if (dated.length === 0) return null;
  const name = (s: ProvenanceSource) => {
    const wire = wireCredit(s.text);
    const outlet = s.outlet ?? wire ?? 'Unknown outlet';
    return wire && wire !== outlet ? `${outlet} (${wire})` : outlet;
  };
  const first = dated[0]!;
  const at = new Date(first.published!);
  // A date with no time of day (midnight UTC) says only the day.
  const hasTime = at.getUTCHours() !== 0 || at.getUTCMinutes() !== 0;
  const when = hasTime ? at.toISOString().slice(11, 16) : at.toISOString().slice(0, 10);
  const rest = dated.slice(1).map(name);
  return `first: ${name(first)} ${when}${rest.length ? `; then ${rest.join(', ')}` : ''}`;
}
