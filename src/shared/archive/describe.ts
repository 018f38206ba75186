import type { ZipProblem } from './zip-reader';

/** Sizes in the words a message uses: "200 MB", "1.5 GB". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) return `${(mb / 1024).toFixed(1)} GB`;
  if (mb >= 10) return `${Math.round(mb)} MB`;
  if (mb >= 1) return `${mb.toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/**
 * A zip problem in a sentence for a person; `what` names the file ("This .docx"). Sizes stay
 * the archive's own claims where it made them, and every limit is said with its number.
 */
export function describeZipProblem(problem: ZipProblem, what: string): string {
  switch (problem.kind) {
    case 'not-zip':
      return `${what} is damaged: it is not a readable zip archive (${problem.detail}).`;
    case 'too-many-entries':
      return `${what} lists ${problem.count.toLocaleString('en-US')} files inside it; Parallax stops at ${problem.limit.toLocaleString('en-US')} (a real document has a few dozen).`;
    case 'entry-too-large':
      return `${what} would unpack "${problem.entry}" to ${formatBytes(problem.bytes)}; Parallax stops at ${formatBytes(problem.limit)} for one part.`;
    case 'total-too-large':
      return `${what} would unpack to more than ${formatBytes(problem.limit)} of text; Parallax stops at ${formatBytes(problem.limit)}.`;
    case 'ratio':
      return `${what} is packed ${Math.round(problem.ratio)} times smaller than it unpacks ("${problem.entry}"); Parallax stops at ${problem.limit} times, since only a zip bomb packs that tightly.`;
    case 'size-lie':
      return `${what} unpacks "${problem.entry}" to more than the ${formatBytes(problem.declared)} it declares: it was made to mislead, so Parallax stopped reading it.`;
    case 'nested-archive':
      return `${what} holds another archive as "${problem.entry}"; Parallax does not open archives inside archives.`;
    case 'unsupported':
      return `${what} cannot be read: ${problem.entry ? `"${problem.entry}": ` : ''}${problem.detail}.`;
    case 'damaged':
      return `${what} is damaged: "${problem.entry}" cannot be unpacked (${problem.detail}).`;
  }
}
