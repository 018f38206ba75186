/** Escaping and URL checks shared by the dossier builders. Article text and metadata are hostile input. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The URL if it is an absolute http(s) URL with a host and nothing that could break out of an
 * attribute, else null. Anything else (javascript:, data:, relative, malformed) is shown as text only.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed)) return null;
  // White space, quotes, angle brackets, backslashes and control characters never belong in a link we write.
  if ([...trimmed].some((c) => c <= ' ' || c === '\u007f' || '<>"\'`\\'.includes(c))) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** An http(s) URL (validated as above) or a mailto: address; null for anything else. */
export function safeLinkUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (/^mailto:[^\s<>"'`\\:/]+@[^\s<>"'`\\/]+$/i.test(trimmed)) return trimmed;
  return safeHttpUrl(trimmed);
}

/** White space collapsed to single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Text that Markdown shows literally: every character with inline meaning is backslash-escaped,
 * and line-start markers (headings, lists, quotes, rules, setext underlines) are defused.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = line.replace(/[\\`*_{}[\]()<>#+!|~&$]/g, (c) => `\\${c}`);
      // A line opening with -, =, or "1." / "1)" would become a list, a rule or a heading underline.
      out = out.replace(/^(\s*)([-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
      return out;
    })
    .join('\n');
}

/** An ISO date from a millisecond timestamp, or null when it is not a finite time. */
export function isoFromMillis(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
