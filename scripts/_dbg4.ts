import { readFileSync } from 'node:fs';
import { extractHtml } from '../src/shared/ingest/html';
for (const f of process.argv.slice(2)) {
  const r = extractHtml(readFileSync(f));
  console.log('==', f, JSON.stringify(r, null, 1));
}
console.log('pwned:', (globalThis as Record<string, unknown>).__parallaxPwned);
