import 'fake-indexeddb/auto';
import { ParallaxDB } from '../../../src/renderer/src/db/schema';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb in Node). */
export function freshDb(): ParallaxDB {
  counter += 1;
  return new ParallaxDB(`parallax-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
