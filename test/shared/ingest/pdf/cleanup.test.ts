import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as PdfRuntime from '@shared/ingest/pdf/runtime';

const destroyed = vi.hoisted(() => ({ started: 0, destroyed: 0 }));

// Wrap pdf.js's getDocument to count the loading tasks extractPdf starts and destroys.
vi.mock('@shared/ingest/pdf/runtime', async (importOriginal) => {
  const original = await importOriginal<typeof PdfRuntime>();
  return {
    ...original,
    getDocument: (...args: Parameters<typeof original.getDocument>) => {
      const task = original.getDocument(...args);
      destroyed.started++;
      const destroy = task.destroy.bind(task);
      task.destroy = async () => {
        destroyed.destroyed++;
        return destroy();
      };
      return task;
    },
  };
});

const { extractPdf } = await import('@shared/ingest/pdf');
const CORPUS = resolve(import.meta.dirname, '../../../../../shared/corpora/pdf');

describe('extractPdf clean-up', () => {
  it('destroys every pdf.js loading task it starts, whether the file opens, needs a password or is broken', async () => {
    for (const name of ['basicapi.pdf', 'pr6531_1.pdf', 'poppler-742-0-fuzzed.pdf', 'empty.pdf']) {
      await extractPdf(new Uint8Array(readFileSync(resolve(CORPUS, name))));
    }
    await extractPdf(new TextEncoder().encode('%PDF-1.7 nothing else'));
    expect(destroyed.started).toBe(5);
    expect(destroyed.destroyed).toBe(5);
  });
});
