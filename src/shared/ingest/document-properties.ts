/**
 * A document's own properties (a PDF's info dictionary, a Word file's docProps/core.xml) hold
 * placeholders as often as facts. These rules tell them apart, for every format that has them.
 */

/** Titles tools write when the author wrote none ("Microsoft Word - draft.doc", a file name, a path). */
export function isPlaceholderTitle(title: string): boolean {
  return (
    /^(untitled|no title|title|document\d*|new document|slide \d+)$/i.test(title) ||
    /^microsoft (word|powerpoint|excel) - /i.test(title) ||
    /\.(pdf|docx?|odt|rtf|txt|indd|qxd|qxp|html?|tex|ps|eps|xlsx?|pptx?)$/i.test(title) ||
    /^[A-Z]:\\|^\//.test(title)
  );
}

/** Stringified objects and account names that tools write when they know no author. */
export function isPlaceholderAuthor(name: string): boolean {
  return (
    /^(ARRAY|HASH|SCALAR|CODE)\(0x[0-9a-f]+\)$/i.test(name) ||
    /^\[object \w+\]$/.test(name) ||
    /^(unknown|anonymous|author|user|owner|admin|administrator|root|default|guest|n\/a|none|-+)$/i.test(name) ||
    /^(microsoft office user|windows user|apple user|python-docx|docx4j|pdf ?creator)$/i.test(name)
  );
}

/** "A; B", "A and B" and "A & B" name several people; "Smith, John" names one. */
export function splitAuthors(value: string): string[] {
  const parts = value.split(/\s*(?:;|&|\band\b)\s*/i);
  const names = parts.map((part) => part.trim()).filter((part) => part.length > 0 && !isPlaceholderAuthor(part));
  return [...new Set(names)];
}
