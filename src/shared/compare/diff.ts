/**
 * wordDiff: word-level differences inside a linked pair ("we will respond" / "we'll respond").
 * Words, runs of spaces and punctuation marks are the units; equal runs joined only by a space
 * are not kept between two changes, so a changed phrase reads as one change. The equal and
 * deleted texts concatenate to `a`; the equal and inserted texts to `b`.
 */
import type { DiffOp } from './types';

const UNIT_RE = /[\p{L}\p{M}\p{N}'’]+|\s+|[^\p{L}\p{M}\p{N}'’\s]/gu;

function units(text: string): string[] {
  return text.match(UNIT_RE) ?? [];
}

/** Above this many cells the longest common subsequence is not computed: the middle is replaced whole. */
const MAX_CELLS = 4_000_000;

export function wordDiff(a: string, b: string): DiffOp[] {
  const x = units(a);
  const y = units(b);
  // common prefix and suffix first: cheap, and the usual case for near-identical passages
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const xm = x.slice(pre, x.length - suf);
  const ym = y.slice(pre, y.length - suf);

  const raw: DiffOp[] = [];
  if (pre) raw.push({ op: 'equal', text: x.slice(0, pre).join('') });
  const n = xm.length;
  const m = ym.length;
  if (n * m > MAX_CELLS || n === 0 || m === 0) {
    if (n) raw.push({ op: 'delete', text: xm.join('') });
    if (m) raw.push({ op: 'insert', text: ym.join('') });
  } else {
    // lcs[i][j] = LCS length of xm[i..] and ym[j..]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = xm[i] === ym[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && xm[i] === ym[j]) {
        raw.push({ op: 'equal', text: xm[i]! });
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
        raw.push({ op: 'insert', text: ym[j]! });
        j++;
      } else {
        raw.push({ op: 'delete', text: xm[i]! });
        i++;
      }
    }
  }
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
