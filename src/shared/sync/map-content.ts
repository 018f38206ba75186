/**
 * Reading a Yjs map as it arrived from a peer, before it is trusted. Pure: yjs is plain
 * JavaScript, no Node or DOM.
 */
import * as Y from 'yjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its event handlers per subclass; any type of the tree can appear here.
export type AnyType = Y.AbstractType<any>;

/** Yjs gives a type a peer created an untyped class until someone asks for it: read it as a map. */
export function mapContent(shared: AnyType): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, item] of shared._map) {
    if (item.deleted) continue;
    const content = item.content.getContent();
    out.set(key, content[content.length - 1]);
  }
  return out;
}

/** A nested Y.Map's fields, or a problem in words if the value is not one. */
export function nestedFields(value: unknown, what: string): Map<string, unknown> | string {
  if (!(value instanceof Y.AbstractType) || value._start !== null) return `${what} is not a map.`;
  return mapContent(value);
}
