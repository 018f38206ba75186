/**
 * The heap a synchronous task leaves behind and the most it used, in Node: garbage is collected
 * before and after (the collector is exposed at run time, so `npm run bench` needs no flag), and
 * the heap is read through `v8.getHeapStatistics` before the task's garbage is collected.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

const MB = 1024 * 1024;

let collect: (() => void) | null = null;
function gc(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

export interface HeapUse {
  /** Heap the result still holds once garbage is collected, in MB. */
  retainedMb: number;
  /** Heap in use right after the task, garbage included, above where it started, in MB: a floor for its peak (a collection during the task lowers it). */
  peakAtLeastMb: number;
}

/**
 * The result's size is the heap it holds: measured with the result held and again once it is
 * dropped, both after full collections, so that module caches the task fills or clears (word
 * keys, folded names) do not count. Runs the task once unmeasured first, to fill those caches.
 */
export function heapUse(task: () => unknown): HeapUse {
  task();
  // Twice: what the first collection finalises, the second frees.
  gc();
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  const holder: unknown[] = [task()];
  const after = v8.getHeapStatistics().used_heap_size;
  gc();
  gc();
  const held = v8.getHeapStatistics().used_heap_size;
  if (holder.length !== 1) throw new Error('the measured result was lost');
  holder.pop();
  gc();
  gc();
  const dropped = v8.getHeapStatistics().used_heap_size;
  return { retainedMb: (held - dropped) / MB, peakAtLeastMb: (after - before) / MB };
}
