/**
 * The one normalisation every article text goes through before it is stored. After this the
 * text never changes, so every offset a highlight or note keeps stays valid.
 */
export function normaliseArticleText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC')
      // Non-breaking and other odd spaces read as spaces; keep them from splitting words in search.
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      // Control characters other than tab and newline carry no meaning in an article.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
