import { beforeAll, describe, expect, it } from 'vitest';
import { codedPassagesCsv, CSV_COLUMNS, type DossierInput } from '@shared/dossier';
import { csvField } from '@shared/dossier/csv';
import { fixtureCorpus, hostileInput } from './fixture';

/** A strict RFC 4180 reader: every field quoted, "" for a quote, CRLF between records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      expect(text[i]).toBe('"');
      let value = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        expect(quote).toBeGreaterThanOrEqual(0);
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      record.push(value);
      if (text[i] === ',') i++;
      else {
        expect(text.slice(i, i + 2)).toBe('\r\n');
        i += 2;
        break;
      }
    }
    records.push(record);
  }
  return records;
}

let input: DossierInput;
let csv: string;
beforeAll(async () => {
  input = await fixtureCorpus();
  csv = codedPassagesCsv(input);
});

describe('the coded-passages CSV', () => {
  it('starts with a UTF-8 byte order mark and the header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(readCsv(csv.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('is RFC 4180: every record ends with CRLF, every field quoted, no bare LF between records', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv.slice(1));
    for (const row of rows) expect(row).toHaveLength(8);
  });

  it('has one row per highlight and tag, a highlight without a tag once with an empty tag path', () => {
    const rows = readCsv(csv.slice(1)).slice(1);
    const expected = input.highlights.reduce((n, h) => n + Math.max(1, h.tagIds.length), 0);
    expect(rows).toHaveLength(expected);
    const both = rows.filter((r) => r[4] === 'should work together to make the world safer');
    expect(both.map((r) => r[3])).toEqual(['Actors', 'Framing › Cooperation']);
    expect(rows.find((r) => r[4] === 'business-like and productive')?.[3]).toBe('');
  });

  it('gives article, outlet, date, tag path, quote, offsets and the highlight’s note', () => {
    const rows = readCsv(csv.slice(1)).slice(1);
    const h = input.highlights.find((x) => x.id === 'h-01')!;
    const row = rows.find((r) => r[5] === String(h.start))!;
    expect(row[3]).toBe('Framing › Conflict');
    expect(row[4]).toBe(input.articles[0]!.text.slice(h.start, h.end));
    expect(row[6]).toBe(String(h.end));
    expect(row[7]).toBe('The threat is conditional.');
    expect(rows.find((r) => r[4] === 'there are many areas where our interests intersect and overlap')![1]).toBe('EFE');
  });

  it('quotes commas, double quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(12)).toBe('"12"');
    expect(csvField(-3)).toBe('"-3"');
  });

  it('defuses full-width formula signs and formulas after leading spaces or tabs', () => {
    for (const formula of ['＝HYPERLINK("x")', '＋1+1', '－1+1', '＠SUM(A1)', '  =1+1', '\t=1+1', ' \t @SUM(A1)', '\u3000＝1', '\u00a0+1', '\r=1', '\n=1']) {
      expect(csvField(formula), JSON.stringify(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`);
    }
    for (const plain of ['Reykjavik', ' a = b', 'e-mail', 'a+b', '（＝）']) expect(csvField(plain), plain).toBe(`"${plain}"`);
    const rows = readCsv(codedPassagesCsv(hostileInput()).slice(1));
    expect(rows[1]![4]).toBe('<script>alert("text")</script>');
  });
});
