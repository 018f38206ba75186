/**
 * A person's own decisions about names, applied over what Compare found: "these spellings are one
 * person" (merge) and "this spelling is someone else" (split). Stored as data (see
 * src/renderer/src/db/name-choices.ts), so a choice sticks across comparisons, backups and sync.
 * Forms are matched with spaces folded; a later choice about the same form wins.
 */
import type { Entity } from './types';

export type NameChoice =
  | { kind: 'merge'; forms: string[]; at: string }
  | { kind: 'split'; form: string; at: string };

const key = (form: string) => form.replace(/\s+/g, ' ').trim();

export function applyNameChoices(entities: readonly Entity[], choices: readonly NameChoice[]): Entity[] {
  let out = entities.map((e) => ({ ...e, variants: [...e.variants], mentions: [...e.mentions] }));
  for (const choice of [...choices].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    if (choice.kind === 'split') {
      const form = key(choice.form);
      const from = out.find((e) => e.variants.length > 1 && e.variants.some((v) => key(v) === form));
      if (!from) continue;
      const moved = from.mentions.filter((m) => key(m.text) === form);
      from.variants = from.variants.filter((v) => key(v) !== form);
      from.mentions = from.mentions.filter((m) => key(m.text) !== form);
      if (key(from.name) === form) from.name = from.variants[0]!;
      out.push({ name: choice.form, variants: [choice.form], mentions: moved, kind: from.kind });
    } else {
      const forms = new Set(choice.forms.map(key));
      const joined = out.filter((e) => e.variants.some((v) => forms.has(key(v))));
      if (joined.length < 2) continue;
      const [first, ...rest] = joined;
      for (const e of rest) {
        for (const v of e.variants) if (!first!.variants.includes(v)) first!.variants.push(v);
        first!.mentions.push(...e.mentions);
      }
      out = out.filter((e) => !rest.includes(e));
    }
  }
  return out;
}
