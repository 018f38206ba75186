import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, parseFile } from '@shared/ingest';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/ingest/mime', name)));

async function article(name: string, bytes = fixture(name)) {
  const outcome = await parseArticleFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.article;
}

describe('an e-mailed article (.eml)', () => {
  it('reads the HTML part, decoded, with the headline it carries', async () => {
    const a = await article('forwarded-article.eml');
    expect(a.format).toBe('eml');
    expect(a.title).toBe('Harbour tax vote delayed');
    expect(a.text).toContain('statement to the café owners of the quay.');
    expect(a.text).not.toContain('=\n');
  });

  it('takes the sending date only as a labelled fallback, never for the publication date', async () => {
    const a = await article('forwarded-article.eml');
    expect(a.published).toBe('2024-06-04T07:15:00.000Z');
    expect(a.provenance.published).toEqual({ source: 'e-mail sent 4 Jun 2024 (e-mail Date:; the text gives no date)', evidence: 'Date: Tue, 04 Jun 2024 09:15:00 +0200' });
  });

  it('uses the subject without "Fwd:" as the headline of a plain-text mail', async () => {
    const mail = 'Subject: FW: Re: Night buses to run all summer\r\nDate: Mon, 1 Jul 2024 08:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe night buses will run every night until September, the transport office said on Monday.\r\n';
    const a = await article('mail.eml', new TextEncoder().encode(mail));
    expect(a.title).toBe('Night buses to run all summer');
    expect(a.provenance.title).toEqual({ source: 'e-mail Subject:', evidence: 'FW: Re: Night buses to run all summer' });
  });

  it('says an e-mail without a body holds no article', async () => {
    const outcome = await parseArticleFile({ name: 'empty.eml', bytes: new TextEncoder().encode('Subject: Nothing\r\n\r\n') });
    expect(outcome).toEqual({ ok: false, error: { code: 'no-article', message: 'This e-mail holds no text: no article was found in it.' } });
  });

  it('splits a database export sent as the mail’s text', async () => {
    const exportText = readFileSync(resolve(import.meta.dirname, '../../../fixtures/exports/rules/factiva-3.txt'), 'utf8');
    const mail = `Subject: Factiva results\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${exportText.replace(/\n/g, '\r\n')}`;
    const outcome = await parseFile({ name: 'results.eml', bytes: new TextEncoder().encode(mail) });
    expect(outcome.ok && 'split' in outcome && outcome.split.articles.map((x) => x.title)).toEqual([
      'Port authority names new harbour master',
      'Cod quotas cut by a fifth',
      'Harbour works delayed by a month',
    ]);
  });
});

describe('a page saved as a single file (.mhtml)', () => {
  it('reads the page with its metadata and the address it was saved from', async () => {
    const a = await article('saved-page.mhtml');
    expect(a).toMatchObject({ format: 'mhtml', title: 'Ferry timetable changes', outlet: 'Port Ellis Post', authors: ['Hana Koval'], url: 'https://news.example.org/2024/06/ferry-timetable' });
    expect(a.text.startsWith('The island ferry will sail an hour earlier')).toBe(true);
    expect(a.provenance.url).toEqual({ source: 'saved page Snapshot-Content-Location', evidence: 'https://news.example.org/2024/06/ferry-timetable' });
    expect(a.provenance.published?.source).toBe('page saved 5 Jun 2024 (saved page Date:; the text gives no date)');
  });

  it('says a saved file with no page in it holds none', async () => {
    const outcome = await parseArticleFile({ name: 'x.mhtml', bytes: new TextEncoder().encode('Content-Type: image/png\r\n\r\nabc') });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-article' } });
  });
});
