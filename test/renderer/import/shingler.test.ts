import { afterEach, describe, expect, it, vi } from 'vitest';
import { shingleText } from '../../../src/renderer/src/db/near-duplicates';
import { createShingler } from '../../../src/renderer/src/features/import/shingler';

const TEXT = 'The ministers met for two hours in the old harbour hall and agreed to meet again in the spring.';

/** A stand-in for a Web Worker running shingle.worker.ts: answers each message on a later task, or fails. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static failing = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  received: string[] = [];
  terminated = false;
  constructor() {
    FakeWorker.instances.push(this);
  }
  postMessage(message: { id: number; text: string }): void {
    this.received.push(message.text);
    setTimeout(() => {
      if (FakeWorker.failing) this.onerror?.({ message: 'boom' });
      else this.onmessage?.({ data: { id: message.id, shingles: shingleText(message.text) } });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('shingling off the page’s thread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
    FakeWorker.failing = false;
  });

  it('shingles on the calling thread where there is no Worker, with the same result', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await createShingler()(TEXT)).toEqual(shingleText(TEXT));
  });

  it('hands each text to one worker, started at the first, and resolves with its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const shingle = createShingler();
    expect(FakeWorker.instances).toHaveLength(0);
    const [a, b] = await Promise.all([shingle(TEXT), shingle(`${TEXT} And more.`)]);
    expect(FakeWorker.instances).toHaveLength(1);
    expect(FakeWorker.instances[0]!.received).toEqual([TEXT, `${TEXT} And more.`]);
    expect(a).toEqual(shingleText(TEXT));
    expect(b).toEqual(shingleText(`${TEXT} And more.`));
  });

  it('shingles the waiting texts, and every later one, on the calling thread once the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failing = true;
    const shingle = createShingler();
    expect(await Promise.all([shingle(TEXT), shingle('Another text entirely, about the weather.')])).toEqual([
      shingleText(TEXT),
      shingleText('Another text entirely, about the weather.'),
    ]);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    expect(await shingle(TEXT)).toEqual(shingleText(TEXT));
    expect(FakeWorker.instances).toHaveLength(1);
  });
});
