/**
 * "1 highlight", "2 highlights": a count with its noun in the right form, chosen by
 * Intl.PluralRules rather than by `=== 1`, so that 0, 1.5 and large numbers are all right.
 * The UI is written in English, so English rules pick the word; the number itself is written
 * in the reader's locale ("10,000" or "10 000").
 */
export interface NounForms {
  one: string;
  other: string;
}

const ENGLISH_RULES = new Intl.PluralRules('en');

/** The noun alone, in the form `count` asks for. */
export function nounFor(count: number, forms: NounForms): string {
  return ENGLISH_RULES.select(count) === 'one' ? forms.one : forms.other;
}

/** The count and its noun; a noun with a regular plural can be given as one word ("note"). */
export function countOf(count: number, forms: NounForms | string, locale?: string): string {
  const nouns = typeof forms === 'string' ? { one: forms, other: `${forms}s` } : forms;
  return `${count.toLocaleString(locale)} ${nounFor(count, nouns)}`;
}
