import { afterEach, describe, expect, it } from 'vitest';
import { applyRemote, onCorpusChange, type CommittedChanges } from '../../../src/renderer/src/db/changes';
import { createTag } from '../../../src/renderer/src/db/tags';
import { setMeta } from '../../../src/renderer/src/db/meta';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import type { TagRecord } from '@shared/model';
import { freshDb } from './test-db';

function listen(db: ParallaxDB): CommittedChanges[] {
  const heard: CommittedChanges[] = [];
  onCorpusChange(db, (c) => heard.push(c));
  return heard;
}

function tag(id: string, name: string): TagRecord {
  return { id, name, colour: '#336699', description: '', parentId: null, order: 0, createdAt: 0 } as unknown as TagRecord;
}

describe('the write funnel announces committed changes', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('announces a local transaction once, with every table and key it wrote', async () => {
    db = freshDb();
    const heard = listen(db);
    await db.transaction('rw', db.tags, db.meta, async () => {
      await db.tags.put(tag('t1', 'Diplomacy'));
      await db.tags.bulkPut([tag('t2', 'Arctic'), tag('t3', 'Sanctions')]);
      await db.meta.put({ key: 'k', value: 1 });
      await db.tags.delete('t3');
    });
    expect(heard).toEqual([
      {
        origin: 'local',
        changes: [
          { table: 'tags', kind: 'put', keys: ['t1'] },
          { table: 'tags', kind: 'put', keys: ['t2', 't3'] },
          { table: 'meta', kind: 'put', keys: ['k'] },
          { table: 'tags', kind: 'delete', keys: ['t3'] },
        ],
      },
    ]);
  });

  it('announces a repository function’s write after it is committed', async () => {
    db = freshDb();
    const heard = listen(db);
    const { tag: created } = await createTag(db, { name: 'Reykjavik' });
    await setMeta(db, 'search-dirty', 3);
    expect(heard.map((c) => c.changes.map((ch) => ch.table))).toEqual([['tags'], ['meta']]);
    expect(heard[0]!.changes[0]).toMatchObject({ kind: 'add', keys: [created.id] });
    expect(heard.every((c) => c.origin === 'local')).toBe(true);
  });

  it('announces nothing for a transaction that aborts', async () => {
    db = freshDb();
    const heard = listen(db);
    await expect(
      db.transaction('rw', db.tags, async () => {
        await db.tags.put(tag('t1', 'Diplomacy'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.tags.count()).toBe(0);
    await db.meta.put({ key: 'after', value: true });
    expect(heard).toEqual([{ origin: 'local', changes: [{ table: 'meta', kind: 'put', keys: ['after'] }] }]);
  });

  it('marks writes applied from another device as remote, and the next local write as local', async () => {
    db = freshDb();
    const heard = listen(db);
    await applyRemote(db, [db.tags], async () => {
      await db.tags.bulkPut([tag('r1', 'From the laptop')]);
    });
    await db.tags.update('r1', { name: 'Renamed here' });
    expect(heard).toEqual([
      { origin: 'remote', changes: [{ table: 'tags', kind: 'put', keys: ['r1'] }] },
      { origin: 'local', changes: [{ table: 'tags', kind: 'put', keys: ['r1'] }] },
    ]);
  });

  it('names a cleared table as a deleted range', async () => {
    db = freshDb();
    await db.tags.put(tag('t1', 'Diplomacy'));
    const heard = listen(db);
    await db.tags.clear();
    expect(heard).toHaveLength(1);
    expect(heard[0]!.changes).toEqual([expect.objectContaining({ table: 'tags', kind: 'deleteRange' })]);
  });

  it('announces the rows a collection modify changed', async () => {
    db = freshDb();
    await db.tags.bulkPut([tag('t1', 'Diplomacy'), tag('t2', 'Arctic')]);
    const heard = listen(db);
    await db.tags.where('name').equals('Arctic').modify({ description: 'Polar council' });
    expect(heard).toEqual([{ origin: 'local', changes: [{ table: 'tags', kind: 'put', keys: ['t2'] }] }]);
  });

  it('stops announcing to a listener that unsubscribed', async () => {
    db = freshDb();
    const heard: CommittedChanges[] = [];
    const stop = onCorpusChange(db, (c) => heard.push(c));
    await db.meta.put({ key: 'a', value: 1 });
    stop();
    await db.meta.put({ key: 'b', value: 2 });
    expect(heard).toHaveLength(1);
  });

  it('refuses to apply remote writes inside a local transaction', async () => {
    db = freshDb();
    await expect(
      db.transaction('rw', db.tags, () => applyRemote(db, [db.tags], async () => undefined)),
    ).rejects.toThrow(/its own transaction/);
  });
});
