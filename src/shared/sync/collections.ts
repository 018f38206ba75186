/**
 * Collections in the project document (layout.ts PROJECT.collections): writing this device's
 * collections into it, reading the team's out of it, and checking what a peer wrote.
 *
 * A collection is a Y.Map of its fields with its articles in a nested Y.Map<fingerprint, addedAt>.
 * Articles are named by fingerprint, as everywhere in a project. An article a peer put in a
 * collection that this device has not received yet stays in the shared collection: this
 * device's copy lacks it only until the article arrives, and writing that copy back never takes
 * it out (only articles this device holds can be taken out from here).
 */
import * as Y from 'yjs';
import { MAX_COLLECTION_NAME_LENGTH } from '../library/collections';
import type { CollectionRecord, Id } from '../model';
import { checkFingerprint, checkId, checkTime, type Problem } from './fields';
import { type COLLECTION_FIELDS, PROJECT, REQUIRED_COLLECTION_FIELDS } from './layout';
import { nestedFields } from './map-content';

type Fields = Y.Map<unknown>;

function collectionsMap(doc: Y.Doc): Y.Map<Fields> {
  return doc.getMap<Fields>(PROJECT.collections);
}

function membersOf(fields: Fields): Y.Map<number> | null {
  const members = fields.get('members');
  return members instanceof Y.Map ? (members as Y.Map<number>) : null;
}

/** How this device names articles: its local ids, and the project's fingerprints. */
export interface ArticleNames {
  fingerprintOf: (articleId: Id) => string | undefined;
  /** This device's id for the article, or undefined while it does not hold it. */
  idOf: (fingerprint: string) => Id | undefined;
}

/**
 * This device's collections into the document: new ones added, names and articles brought in
 * line, a deleted one put back (an undo); `removedIds` not among `records` become tombstones.
 * Writes only what differs. Answers how many collections it changed.
 */
export function pushCollections(doc: Y.Doc, records: readonly CollectionRecord[], removedIds: readonly Id[], names: ArticleNames, by: string, now: number): number {
  const map = collectionsMap(doc);
  const live = new Set(records.map((c) => c.id));
  let changed = 0;
  for (const record of records) {
    let fields = map.get(record.id);
    let touched = false;
    if (!(fields instanceof Y.Map) || !membersOf(fields)) {
      fields = new Y.Map<unknown>();
      map.set(record.id, fields);
      fields.set('createdAt', record.createdAt);
      fields.set('createdBy', by);
      fields.set('deletedAt', null);
      fields.set('members', new Y.Map<number>());
      touched = true;
    }
    if (fields.get('name') !== record.name) {
      fields.set('name', record.name);
      touched = true;
    }
    if (fields.get('deletedAt') != null) {
      fields.set('deletedAt', null);
      touched = true;
    }
    const members = membersOf(fields)!;
    const held = new Set<string>();
    for (const articleId of record.articleIds) {
      const fingerprint = names.fingerprintOf(articleId);
      if (!fingerprint) continue;
      held.add(fingerprint);
      if (!members.has(fingerprint)) {
        members.set(fingerprint, now);
        touched = true;
      }
    }
    for (const fingerprint of [...members.keys()]) {
      // Only an article this device holds can have been taken out here (see the top of the file).
      if (!held.has(fingerprint) && names.idOf(fingerprint) !== undefined) {
        members.delete(fingerprint);
        touched = true;
      }
    }
    if (touched) changed++;
  }
  for (const id of removedIds) {
    const fields = map.get(id);
    if (live.has(id) || !(fields instanceof Y.Map) || fields.get('deletedAt') != null) continue;
    fields.set('deletedAt', now);
    changed++;
  }
  return changed;
}

export interface PulledCollections {
  /** The live collections, as this device's records (articles it does not hold yet left out). */
  collections: CollectionRecord[];
  /** Collections deleted in the project (tombstones): gone from this device too. */
  deletedIds: Id[];
  /** Entries left out because they failed their checks. */
  refused: number;
}

/**
 * The team's collections as this device's records. Articles are listed in the order they were
 * put in (then by fingerprint, so that every device lists them alike); an article this device
 * does not hold yet is left out until it arrives.
 */
export function readCollections(doc: Y.Doc, articleIdOf: (fingerprint: string) => Id | undefined): PulledCollections {
  const collections: CollectionRecord[] = [];
  const deletedIds: Id[] = [];
  let refused = 0;
  collectionsMap(doc).forEach((fields, id) => {
    if (checkCollection(id, fields) !== null) {
      refused++;
      return;
    }
    if (fields.get('deletedAt') != null) {
      deletedIds.push(id);
      return;
    }
    const members = [...membersOf(fields)!.entries()].sort(([fa, a], [fb, b]) => a - b || (fa < fb ? -1 : fa > fb ? 1 : 0));
    const articleIds = members.map(([fingerprint]) => articleIdOf(fingerprint)).filter((articleId): articleId is Id => articleId !== undefined);
    const createdAt = fields.get('createdAt') as number;
    const lastAdded = members.reduce((latest, [, addedAt]) => Math.max(latest, addedAt), createdAt);
    collections.push({ id, name: fields.get('name') as string, articleIds, createdAt, updatedAt: lastAdded });
  });
  return { collections, deletedIds, refused };
}

/** A peer's collection entry, checked whole: its id, every field, and every article in it. */
export function checkCollection(id: string, value: unknown): Problem {
  const idProblem = checkId(id, 'A collection’s id');
  if (idProblem) return idProblem;
  const fields = nestedFields(value, 'A collection');
  if (typeof fields === 'string') return fields;
  for (const required of REQUIRED_COLLECTION_FIELDS) if (!fields.has(required)) return `A collection has no ${required}.`;
  for (const [field, fieldValue] of fields) {
    const problem = checkCollectionField(field, fieldValue);
    if (problem) return problem;
  }
  return null;
}

function checkCollectionField(field: string, value: unknown): Problem {
  switch (field as (typeof COLLECTION_FIELDS)[number]) {
    case 'name':
      if (typeof value !== 'string' || value.trim() === '') return 'A collection’s name is not text, or is empty.';
      return value.length > MAX_COLLECTION_NAME_LENGTH ? `A collection’s name is longer than ${MAX_COLLECTION_NAME_LENGTH} characters.` : null;
    case 'createdAt':
      return checkTime(value, 'A collection’s creation time');
    case 'createdBy':
      return checkId(value, 'The member who made a collection');
    case 'deletedAt':
      return value === null ? null : checkTime(value, 'When a collection was deleted');
    case 'members': {
      const members = nestedFields(value, 'A collection’s list of articles');
      if (typeof members === 'string') return members;
      for (const [fingerprint, addedAt] of members) {
        const problem = checkFingerprint(fingerprint, 'An article of a collection') ?? checkTime(addedAt, 'When an article was put in a collection');
        if (problem) return problem;
      }
      return null;
    }
    default:
      return `A collection has an unknown field “${field.slice(0, 40)}”.`;
  }
}
