import { decodeXML } from 'entities';
import { isPlaceholderAuthor, isPlaceholderTitle, splitAuthors } from '../document-properties';
import type { ArticleMetadata, FileDate, ProvenanceMap } from '../types';

const SOURCE = 'docProps/core.xml';

export interface CorePropertiesReading {
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
  /** dcterms:created: when the file was made, which is not the article's date. */
  fileDate?: FileDate;
  lang: string | null;
}

/**
 * Reads title (dc:title), authors (dc:creator), created date (dcterms:created) and
 * language (dc:language) from a .docx's docProps/core.xml. A small, careful read of a few
 * flat elements: the namespace prefix may be anything, entities and CDATA are decoded,
 * and anything that is not a plain value is ignored.
 */
export function readCoreProperties(xml: string): CorePropertiesReading {
  const reading: CorePropertiesReading = { metadata: {}, provenance: {}, lang: null };

  const title = elementText(xml, 'title');
  if (title && !isPlaceholderTitle(title)) {
    reading.metadata.title = title;
    reading.provenance.title = { source: SOURCE, evidence: `dc:title: ${title}` };
  }

  const creator = elementText(xml, 'creator');
  if (creator && !isPlaceholderAuthor(creator)) {
    const authors = splitAuthors(creator);
    if (authors.length > 0) {
      reading.metadata.authors = authors;
      reading.provenance.authors = { source: SOURCE, evidence: `dc:creator: ${creator}` };
    }
  }

  const created = elementText(xml, 'created');
  const iso = created ? w3cDateToIso(created) : null;
  if (created && iso) {
    reading.fileDate = { iso, source: SOURCE, evidence: `dcterms:created: ${created}` };
  }

  const language = elementText(xml, 'language');
  if (language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language)) reading.lang = language;
  return reading;
}

/** The text of the first `<prefix:name>` element, decoded and trimmed; null when absent or empty. */
function elementText(xml: string, localName: string): string | null {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?:\\s[^<>]*)?(?:/>|>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?${localName}\\s*>)`);
  const match = pattern.exec(xml);
  if (!match || match[1] === undefined) return null;
  const raw = match[1];
  if (/<(?!!\[CDATA\[)/.test(raw)) return null; // nested markup: not a plain value
  const text = decodeXmlText(raw).replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 500 ? text : null;
}

function decodeXmlText(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|[^<]+/g, (part, cdata: string | undefined) => (cdata !== undefined ? cdata : decodeXML(part)));
}

/**
 * A W3CDTF date (what dcterms:created holds) as ISO 8601: `2019-03-04T10:20:00Z`,
 * `2019-03-04`, `2019-03` or `2019`. Null when it is not a real date.
 */
export function w3cDateToIso(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  if (year < 1900 || year > 2200) return null;
  if (mo === undefined) return `${y}`;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return `${y}-${mo}`;
  const day = Number(d);
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ?? ''}`;
}
