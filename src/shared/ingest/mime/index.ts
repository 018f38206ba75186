/**
 * Articles that arrive as MIME messages: an e-mailed article (.eml) and a browser's "save as
 * single file" (.mhtml, which is a MIME multipart/related message). postal-mime reads the
 * message (headers, encodings, parts; pure JavaScript, the same in Node and a Web Worker);
 * the page or mail body then goes through the HTML extractor, or is read as plain text.
 */
import PostalMime from 'postal-mime';
import { extractHtml } from '../html';
import type { ArticleFormat, ExtractedDocument, ExtractResult, FileDate, IngestOptions } from '../types';


/** "Fwd: ", "FW: ", "Re: " before a forwarded article's headline: the mail's, not the article's. */
const MAIL_PREFIX = /^(?:(?:fwd?|fw|re|aw|wg|tr)\s*:\s*)+/i;

export async function extractEml(bytes: Uint8Array, options: IngestOptions = {}): Promise<ExtractResult> {
  const email = await readMessage(bytes);
  if (!email) return damaged('e-mail');
  const subject = email.subject?.replace(MAIL_PREFIX, '').trim() || null;
  const sent = isoDate(email.date);
  const fileDate: FileDate | undefined = sent ? { iso: sent, source: 'e-mail Date:', evidence: `Date: ${rawHeader(email.headers, 'date') ?? email.date}`, kind: 'sent' } : undefined;
  const body = email.html ? extractHtml(new TextEncoder().encode(email.html), options) : null;
  if (body?.ok) {
    const value = body.value;
    // The page's own headline wins; the subject only fills a gap.
    const title = value.metadata.title ?? subject;
    return ok('eml', { ...value, metadata: { ...value.metadata, title }, provenance: subjectProvenance(value, subject, title) }, fileDate);
  }
  const text = email.text?.trim() ?? '';
  if (!text) return { ok: false, error: { code: 'no-article', message: 'This e-mail holds no text: no article was found in it.' } };
  return ok(
    'eml',
    { format: 'eml', text, metadata: subject ? { title: subject } : {}, provenance: subject ? { title: { source: 'e-mail Subject:', evidence: email.subject ?? subject } } : {}, boilerplate: [], warnings: [], lang: null },
    fileDate,
  );
}

export async function extractMhtml(bytes: Uint8Array, options: IngestOptions = {}): Promise<ExtractResult> {
  const page = await readMessage(bytes);
  if (!page) return damaged('saved page (.mhtml)');
  if (!page.html) return { ok: false, error: { code: 'no-article', message: 'This saved page (.mhtml) holds no HTML page.' } };
  const header = (name: string) => rawHeader(page.headers, name);
  const location = header('snapshot-content-location') ?? header('content-location');
  const baseUrl = location && /^https?:\/\//i.test(location) ? location : undefined;
  const extracted = extractHtml(new TextEncoder().encode(page.html), { ...options, ...(baseUrl ? { baseUrl } : {}) });
  if (!extracted.ok) return extracted;
  const value = extracted.value;
  const saved = isoDate(page.date);
  const fileDate: FileDate | undefined = saved ? { iso: saved, source: 'saved page Date:', evidence: `Date: ${header('date') ?? page.date}`, kind: 'saved' } : undefined;
  // The address the page was saved from, when the page declares none of its own.
  const withUrl = !value.metadata.url && baseUrl ? { metadata: { ...value.metadata, url: baseUrl }, provenance: { ...value.provenance, url: { source: 'saved page Snapshot-Content-Location', evidence: baseUrl } } } : {};
  return ok('mhtml', { ...value, ...withUrl }, fileDate);
}

function rawHeader(headers: readonly { key: string; value: string }[], name: string): string | null {
  return headers.find((h) => h.key === name)?.value.trim() ?? null;
}

async function readMessage(bytes: Uint8Array) {
  try {
    return await PostalMime.parse(bytes);
  } catch {
    return null;
  }
}

function ok(format: ArticleFormat, value: ExtractedDocument, fileDate: FileDate | undefined): ExtractResult {
  return { ok: true, value: { ...value, format, ...(fileDate ? { fileDate } : {}) } };
}

function damaged(what: string): ExtractResult {
  return { ok: false, error: { code: 'corrupt-file', message: `This ${what} could not be read: it is damaged or not a MIME message.` } };
}

function subjectProvenance(value: ExtractedDocument, subject: string | null, title: string | null | undefined) {
  if (value.metadata.title || !subject || title !== subject) return value.provenance;
  return { ...value.provenance, title: { source: 'e-mail Subject:', evidence: subject } };
}

/** postal-mime gives the Date header as ISO 8601 when it parses, else the raw value. */
function isoDate(value: string | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value : null;
}
