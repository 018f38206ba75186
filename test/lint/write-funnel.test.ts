import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The write-funnel messages ESLint gives `code` as if it were the file at `filePath`. */
async function funnelViolations(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

const FEATURE = 'src/renderer/src/features/example/example.ts';
const REPOSITORY = 'src/renderer/src/db/example.ts';

describe('the write-funnel lint rule', () => {
  it.each([
    ['a table put', 'db.highlights.put(h);'],
    ['a table delete through services', 'services.db.highlights.delete(id);'],
    ['a put on this.db', 'this.db.meta.put({ key, value });'],
    ['a bulk write', 'db.notes.bulkPut(notes);'],
    ['an update', 'db.articles.update(id, { title });'],
    ['a clear', 'db.tags.clear();'],
    ['a write through db.table()', "db.table('notes').add(note);"],
    ['a collection modify', "db.notes.where('articleId').equals(id).modify({ articleId: null });"],
    ['a read-write transaction', "db.transaction('rw', db.notes, async () => {});"],
  ])('refuses %s in the renderer outside src/renderer/src/db', async (_what, line) => {
    expect(await funnelViolations(`declare const db: any, services: any, h: any, id: any, key: any, value: any, notes: any, title: any, note: any;\n${line}\n`, FEATURE)).toBe(1);
  });

  it('lets the repository functions write', async () => {
    expect(await funnelViolations("declare const db: any, h: any;\ndb.highlights.put(h);\ndb.transaction('rw', db.highlights, async () => {});\n", REPOSITORY)).toBe(0);
  });

  it('lets reads, read-only transactions and other objects called put or delete through', async () => {
    const code = [
      'declare const db: any, id: any, set: Set<string>, map: Map<string, number>, editor: any;',
      'db.highlights.get(id);',
      "db.transaction('r', db.notes, async () => {});",
      'set.delete(id);',
      "map.clear();",
      'editor.update(() => {});',
    ].join('\n');
    expect(await funnelViolations(code, FEATURE)).toBe(0);
  });
});
