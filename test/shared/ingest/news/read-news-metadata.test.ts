import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNewsMetadata } from '@shared/ingest/news';
import { normaliseArticleText } from '@shared/ingest/normalise';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/ingest/news');

function read(name: string) {
  return readNewsMetadata(normaliseArticleText(readFileSync(resolve(FIXTURES, name), 'utf8')));
}

const reasons = (reading: ReturnType<typeof read>) => reading.boilerplate.map((b) => b.reason);

describe('readNewsMetadata', () => {
  it('skips a section label, reads the byline authors and a Reuters dateline', () => {
    const reading = read('wire-reuters-style.txt');
    expect(reading.metadata).toMatchObject({
      title: 'Oil prices climb as producers hold output steady',
      authors: ['Jane Doe', 'John Roe'],
      dateline: 'LONDON, March 3 (Reuters)',
      published: '--03-03',
      agencies: ['Reuters'],
    });
    expect(reasons(reading)).toEqual(['section label', 'byline', 'credit line', 'share buttons', 'advertisement']);
    expect(reading.body.startsWith('LONDON, March 3 (Reuters) - Oil prices rose')).toBe(true);
    expect(reading.body.endsWith('one analyst said.')).toBe(true);
  });

  it('prefers a date line with a year and reads the agency of a copyright line', () => {
    const reading = read('wire-ap-style.txt');
    expect(reading.metadata).toMatchObject({
      title: 'Ukraine reopens grain corridor after week-long pause',
      published: '2021-05-19',
      dateline: 'KYIV, Ukraine (AP)',
      agencies: ['AP'],
    });
    expect(reading.provenance.published).toEqual({ source: 'date line', evidence: 'Wednesday, May 19, 2021' });
    expect(reasons(reading)).toEqual(['photo caption', 'copyright line']);
    expect(reading.body).toContain('Wednesday, May 19, 2021\nKYIV, Ukraine (AP) — Ukraine reopened');
  });

  it('keeps a paragraph between two pieces of furniture and removes the trailing comment form', () => {
    const reading = read('local-blog.txt');
    expect(reading.metadata).toMatchObject({ title: 'Harbour bridge repairs to start in June', published: '2021-05-19', outlet: 'The Harbour Gazette' });
    expect(reading.provenance.outlet).toEqual({ source: 'copyright line', evidence: '© 2021 The Harbour Gazette' });
    expect(reasons(reading)).toEqual(['advertisement', 'related links', 'comment form', 'copyright line']);
    expect(reading.body).toContain('Drivers will be diverted over the ring road');
    expect(reading.body).not.toMatch(/Advertisement|Leave a Reply|Council approves|Name \*/);
    const form = reading.boilerplate.find((b) => b.reason === 'comment form');
    expect(form?.text).toContain('Save my name, email, and website');
  });

  it('invents no headline for text that opens with prose', () => {
    const reading = read('no-headline.txt');
    expect(reading.metadata.title).toBeUndefined();
    expect(reading.body.startsWith('The city council voted on Tuesday')).toBe(true);
    expect(reading.boilerplate).toEqual([]);
  });

  it('lets the story resume after a related-links block in the middle', () => {
    const reading = read('related-in-middle.txt');
    expect(reading.body).toContain('Crews were working to restore supplies');
    expect(reading.body).toContain('Schools in three districts were closed');
    expect(reading.body).not.toContain('Forecasters warn');
    expect(reasons(reading)).toEqual(['related links', 'newsletter prompt', 'social media prompt']);
    expect(reading.metadata.outlet).toBe('Coastal Herald');
  });

  it('reads agencies from a credit line after editors\u2019 initials', () => {
    const reading = read('editor-initials.txt');
    expect(reading.metadata).toMatchObject({ title: 'Germany and France call for joint climate fund', agencies: ['dpa', 'AFP'] });
    expect(reading.boilerplate).toContainEqual({ text: 'ab/xy (dpa, AFP)', reason: 'credit line' });
    expect(reading.boilerplate).toContainEqual({ text: 'World', reason: 'section label' });
  });

  it('takes a sentence before a byline for a caption, not a headline', () => {
    const reading = read('caption-then-byline.txt');
    expect(reading.metadata.title).toBeUndefined();
    expect(reading.metadata).toMatchObject({ authors: ['Maria Lopez', 'Tom Baker'], agencies: ['Reuters'], dateline: 'VALENCIA, Spain' });
    expect(reasons(reading)).toEqual(['photo caption', 'byline']);
  });

  it('reads an all-capitals dateline, an agency named in the text and a disclaimer\u2019s outlet', () => {
    const reading = read('indian-style.txt');
    expect(reading.metadata).toMatchObject({ dateline: 'NEW DELHI', agencies: ['PTI'], outlet: 'The Daily Courier' });
    expect(reasons(reading)).toEqual(['credit line', 'disclaimer']);
    expect(reading.body).not.toContain('syndicated feed');
  });

  it('orders agencies as they appear and gives each one\u2019s source', () => {
    const reading = readNewsMetadata(
      'Talks end without deal\n\nMOSCOW, May 19 (Interfax) - The talks ended, the state news agency TASS reported.\n\nMore talks are planned.\n\nab/cd (AFP, Reuters, AFP)',
    );
    expect(reading.metadata.agencies).toEqual(['Interfax', 'TASS', 'AFP', 'Reuters']);
    expect(reading.provenance.agencies?.source).toBe('dateline, text, credit line');
  });

  it('leaves every field empty for a text that gives none', () => {
    const reading = readNewsMetadata('Just one sentence of prose that ends here.');
    expect(reading.metadata).toEqual({});
    expect(reading.body).toBe('Just one sentence of prose that ends here.');
  });
});
