import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { INGEST_ERROR_CODES, parseArticleFile, type IngestOutcome } from '@shared/ingest';

/**
 * Per call: no outcome by then on a small input is a hang (or catastrophic backtracking), far
 * beyond any real parse even on a loaded machine. Speed itself is measured by npm run bench.
 */
const HANG_LIMIT_MS = 10_000;
const EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'rtf'] as const;

type Timed = { outcome: IngestOutcome } | { timedOut: true };

async function parseTimed(name: string, bytes: Uint8Array): Promise<Timed> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Timed>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout({ timedOut: true }), HANG_LIMIT_MS);
  });
  try {
    const parsed = parseArticleFile({ name, bytes }).then((outcome): Timed => ({ outcome }));
    return await Promise.race([parsed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The property every input must satisfy: an outcome value, in words, in time. */
async function expectWellFormedOutcome(name: string, bytes: Uint8Array): Promise<void> {
  const timed = await parseTimed(name, bytes); // a rejection fails the property here
  if ('timedOut' in timed) throw new Error(`${name}: no outcome within ${HANG_LIMIT_MS} ms`);
  const { outcome } = timed;
  if (outcome.ok) {
    expect(outcome.article.text.trim().length).toBeGreaterThan(0);
    expect(outcome.article.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  } else {
    expect(INGEST_ERROR_CODES).toContain(outcome.error.code);
    expect(typeof outcome.error.message).toBe('string');
    expect(outcome.error.message.trim().length).toBeGreaterThan(0);
  }
}

const words = fc.constantFrom('Bonn', 'deal', 'talks', 'the', 'nego-', 'tiation', 'é', '日本', 'مرحبا', '&amp;', '<', '>', '"', "'", '---', '#', '*', '\n', '\n\n', ' ');
const text = fc.array(words, { maxLength: 30 }).map((parts) => parts.join(' '));

const html = fc
  .array(
    fc.record({
      tag: fc.constantFrom('p', 'div', 'article', 'h1', 'span', 'script', 'style', 'meta', 'a', 'time', 'table', 'td', 'nav', 'br', 'img', 'template'),
      attrs: fc.array(
        fc.tuple(fc.constantFrom('class', 'id', 'property', 'name', 'content', 'href', 'datetime', 'itemprop', 'lang', 'src'), text),
        { maxLength: 3 },
      ),
      body: text,
      close: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((elements) =>
    elements
      .map(({ tag, attrs, body, close }) => {
        const attributes = attrs.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('');
        return `<${tag}${attributes}>${body}${close ? `</${tag}>` : ''}`;
      })
      .join(''),
  )
  .map((body) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

const markdown = fc
  .tuple(
    fc.option(fc.array(fc.tuple(fc.constantFrom('title', 'author', 'date', 'url', 'tags', ':', 'outlet'), text), { maxLength: 5 })),
    fc.array(fc.tuple(fc.constantFrom('', '# ', '## ', '> ', '- ', '1. ', '```\n', '    ', '---\n'), text), { maxLength: 15 }),
  )
  .map(([front, blocks]) => {
    const head = front ? `---\n${front.map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n` : '';
    return head + blocks.map(([prefix, body]) => prefix + body).join('\n\n');
  });

const pdfToken = fc.oneof(
  fc.constantFrom('1 0 obj', 'endobj', '<<', '>>', '/Type /Catalog', '/Type /Page', '/Pages 2 0 R', '/Kids [3 0 R]', '/Count 1',
    'stream\n', '\nendstream', 'BT /F1 12 Tf 72 700 Td (Hello) Tj ET', 'xref\n0 3\n0000000000 65535 f \n', 'trailer', '/Root 1 0 R',
    'startxref\n9\n', '%%EOF', '/Encrypt 5 0 R', '/Length 999', '/Filter /FlateDecode', '[', ']', '(', ')', '\\', '9999999999 0 R'),
  fc.integer({ min: -5, max: 100000 }).map(String),
  text,
);
const pdf = fc.array(pdfToken, { maxLength: 40 }).map((tokens) => `%PDF-1.${tokens.length % 8}\n${tokens.join(' ')}`);

const docxPart = fc.constantFrom('[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'docProps/core.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/media/image1.png', 'customXml/item1.xml');
const xmlish = fc.oneof(
  text,
  text.map((body) => `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`),
  text.map((body) => `<cp:coreProperties xmlns:dc="x"><dc:title>${body}</dc:title><dc:creator>${body}</dc:creator><dcterms:created>${body}</dcterms:created></cp:coreProperties>`),
  text.map((body) => `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${body}"/></Relationships>`),
);
const zip = fc
  .array(fc.tuple(docxPart, fc.oneof(xmlish.map(strToU8), fc.uint8Array({ maxLength: 200 }))), { maxLength: 6 })
  .map((entries) => zipSync(Object.fromEntries(entries)));

beforeAll(async () => {
  // Load pdf.js and mammoth once, so the per-call time limit measures parsing, not loading.
  await parseArticleFile({ name: 'warm.pdf', bytes: strToU8('%PDF-1.4\n') });
  await parseArticleFile({ name: 'warm.docx', bytes: zipSync({ 'word/document.xml': strToU8('<w:document/>') }) });
  await parseArticleFile({ name: 'warm.html', bytes: strToU8('<p>warm</p>') });
  await parseArticleFile({ name: 'warm.md', bytes: strToU8('# warm') });
}, 30_000);

/** RTF made of its own pieces: braces, control words with odd parameters, escapes, \\bin runs longer than the file. */
const rtf = fc
  .array(fc.constantFrom('{', '}', '{\\*', '\\par ', '\\line', '\\u-3000?', '\\u99999999', "\\'e9", "\\'z", '\\uc5', '\\ansicpg1251', '\\ansicpg7', '\\bin9999 ', '\\bin-4 ', '{\\info{\\title ', '{\\creatim\\yr0\\mo13', '{\\fonttbl', '\\', 'Harbour news ', '\\abcdefghijklmnopqrstuvwxyzabcdefghijk12345678901'), { maxLength: 120 })
  .map((pieces) => '{\\rtf1 ' + pieces.join(''));

describe('parseArticleFile under fuzzing', () => {
  it('turns random bytes under every supported extension into an outcome value, in time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...EXTENSIONS), fc.uint8Array({ maxLength: 2048 }), async (extension, bytes) => {
        await expectWellFormedOutcome(`random.${extension}`, bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('turns random HTML built from tags, attributes and text into an outcome value, in time', async () => {
    await fc.assert(
      fc.asyncProperty(html, fc.constantFrom('html', 'htm'), async (document, extension) => {
        await expectWellFormedOutcome(`page.${extension}`, strToU8(document));
      }),
      { numRuns: 100 },
    );
  });

  it('turns random markdown with front matter into an outcome value, in time', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (document) => {
        await expectWellFormedOutcome('note.md', strToU8(document));
      }),
      { numRuns: 100 },
    );
  });

  it('turns a PDF header followed by a random body into an outcome value, in time', async () => {
    await fc.assert(
      fc.asyncProperty(pdf, async (document) => {
        await expectWellFormedOutcome('paper.pdf', strToU8(document, true));
      }),
      { numRuns: 150 },
    );
  });

  it('turns RTF built from random groups, control words and escapes into an outcome value, in time', async () => {
    await fc.assert(
      fc.asyncProperty(rtf, async (document) => {
        await expectWellFormedOutcome('story.rtf', strToU8(document));
      }),
      { numRuns: 150 },
    );
  });

  it('turns zips with random entries named like .docx parts into an outcome value, in time', async () => {
    await fc.assert(
      fc.asyncProperty(zip, async (archive) => {
        await expectWellFormedOutcome('report.docx', archive);
      }),
      { numRuns: 150 },
    );
  });
});
