/**
 * Name merges and splits a person made in Compare (src/shared/compare/name-choices.ts), kept as
 * one meta record: meta rows are already part of backups, exports and sync, so the choices
 * travel with the corpus without a table of their own.
 */
import type { NameChoice } from '@shared/compare/name-choices';
import type { ParallaxDB } from './schema';

export const NAME_CHOICES_KEY = 'compare.nameChoices';

export async function listNameChoices(db: ParallaxDB): Promise<NameChoice[]> {
  const row = await db.meta.get(NAME_CHOICES_KEY);
  return Array.isArray(row?.value) ? (row.value as NameChoice[]) : [];
}

/** Adds one choice; earlier ones stay, a later choice about the same form wins when applied. */
export async function addNameChoice(db: ParallaxDB, choice: NameChoice): Promise<NameChoice[]> {
  return db.transaction('rw', db.meta, async () => {
    const next = [...(await listNameChoices(db)), choice];
    await db.meta.put({ key: NAME_CHOICES_KEY, value: next });
    return next;
  });
}

/** Forgets every choice about a form (undoing a merge or split of it). */
export async function clearNameChoicesFor(db: ParallaxDB, form: string): Promise<NameChoice[]> {
  return db.transaction('rw', db.meta, async () => {
    const next = (await listNameChoices(db)).filter((c) => (c.kind === 'split' ? c.form !== form : !c.forms.includes(form)));
    await db.meta.put({ key: NAME_CHOICES_KEY, value: next });
    return next;
  });
}
