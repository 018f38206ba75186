/**
 * wordDiff: word-level differences inside a linked pair ("we will respond" / "we'll respond").
 * Words, runs of spaces and punctuation marks are the units; equal runs joined only by a space
 * are not kept between two changes, so a changed phrase reads as one change. The equal and
 * deleted texts concatenate to `a`; the equal and inserted texts to `b`.
 */
import { diffArrays } from 'diff';
import type { DiffOp } from './types';

const UNIT_RE = /[\p{L}\p{M}\p{N}'’]+|\s+|[^\p{L}\p{M}\p{N}'’\s]/gu;

function units(text: string): string[] {
  return text.match(UNIT_RE) ?? [];
}

/**
 * Above this many changed units the difference is not worked out unit by unit: the middle is
 * shown replaced whole. Two passages that differ in more than this many words are not the same
 * words reworded, and Myers' algorithm costs (length × edits) to find out.
 */
const MAX_EDIT_LENGTH = 2_000;

/** The changed middle of two unit lists, by Myers' algorithm (the `diff` library). */
function middleOps(xm: string[], ym: string[]): DiffOp[] {
  const whole = (): DiffOp[] => [
    ...(xm.length ? [{ op: 'delete' as const, text: xm.join('') }] : []),
    ...(ym.length ? [{ op: 'insert' as const, text: ym.join('') }] : []),
  ];
  if (xm.length === 0 || ym.length === 0) return whole();
  const changes = diffArrays(xm, ym, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return whole();
  return changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value.join('') }));
}

export function wordDiff(a: string, b: string): DiffOp[] {
  const x = units(a);
  const y = units(b);
  // common prefix and suffix first: cheap, and the usual case for near-identical passages
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const raw: DiffOp[] = [];
  if (pre) raw.push({ op: 'equal', text: x.slice(0, pre).join('') });
  raw.push(...middleOps(x.slice(pre, x.length - suf), y.slice(pre, y.length - suf)));
  if (suf) raw.push({ op: 'equal', text: x.slice(x.length - suf).join('') });
  return tidy(raw);
}

/** Merge runs, order each change as delete then insert, and fold lone spaces between changes into them. */
function tidy(ops: DiffOp[]): DiffOp[] {
  const groups: { equal: string | null; del: string; ins: string }[] = [];
  for (const op of ops) {
    const last = groups[groups.length - 1];
    if (op.op === 'equal') {
      if (last && last.equal !== null) last.equal += op.text;
      else groups.push({ equal: op.text, del: '', ins: '' });
    } else {
      const change = last && last.equal === null ? last : (groups.push({ equal: null, del: '', ins: '' }), groups[groups.length - 1]!);
      if (op.op === 'delete') change.del += op.text;
      else change.ins += op.text;
    }
  }
  // an equal run of white space only, between two changes, joins them
  for (let k = 1; k + 1 < groups.length; k++) {
    const g = groups[k]!;
    const prev = groups[k - 1]!;
    const next = groups[k + 1]!;
    if (g.equal !== null && /^\s+$/.test(g.equal) && prev.equal === null && next.equal === null) {
      prev.del += g.equal + next.del;
      prev.ins += g.equal + next.ins;
      groups.splice(k, 2);
      k--;
    }
  }
  const out: DiffOp[] = [];
  for (const g of groups) {
    if (g.equal !== null) {
      if (g.equal) out.push({ op: 'equal', text: g.equal });
    } else {
      if (g.del) out.push({ op: 'delete', text: g.del });
      if (g.ins) out.push({ op: 'insert', text: g.ins });
    }
  }
  return out;
}
