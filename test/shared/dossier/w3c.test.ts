/**
 * The W3C Web Annotation export, validated with the W3C test suite's own JSON Schemas
 * (../shared/corpora/annotation-schemas: draft-04 schemas; annotations/annotationMusts.test lists
 * the MUST assertions for a single annotation). In one test the validator is proven on the
 * suite's samples (correct ones pass, incorrect ones fail) and then run on every exported annotation.
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DossierInput, webAnnotations, webAnnotationsJson } from '@shared/dossier';
import { fixtureCorpus, hostileInput } from './fixture';

const SUITE = resolve(import.meta.dirname, '../../../../shared/corpora/annotation-schemas');

function schemaFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'tools' ? [] : schemaFiles(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

interface Assertion {
  file: string;
  validate: ValidateFunction;
}

/** Every schema of the suite, added by its id (the schemas $ref each other as "annotations.json#/…"). */
function loadSuite() {
  // The suite's assertion files carry their own keywords (assertionType, expectedResult, …), which
  // strict mode would reject; they are metadata, not constraints.
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schemas use format "uri" and "date-time" (and the suite's incorrect samples rely on them):
  // checked here as RFC 3986 absolute URIs (a scheme, no white space or characters URIs cannot
  // hold) and RFC 3339 date-times, rather than switched off.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i);
  ajv.addFormat('date-time', (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(s);
    return Boolean(m) && Number(m![2]) >= 1 && Number(m![2]) <= 12 && Number(m![3]) >= 1 && Number(m![3]) <= 31 && Number(m![4]) < 24 && Number(m![5]) < 60 && Number(m![6]) < 61;
  });
  const files = schemaFiles(SUITE);
  const ids = new Map<string, string>();
  const duplicates: string[] = [];
  for (const file of files) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { id: string };
    // Two files under specificResource/ repeat ids of files under bodiesTargets/ (optional
    // assertions, in no MUST list): the first one read stands.
    if (ids.has(schema.id)) {
      duplicates.push(file.slice(SUITE.length + 1));
      continue;
    }
    ids.set(schema.id, file);
    ajv.addSchema(schema);
  }
  const musts = (testFile: string): Assertion[] =>
    (JSON.parse(readFileSync(join(SUITE, testFile), 'utf8')) as { assertions: string[] }).assertions.map((file) => {
      const schema = JSON.parse(readFileSync(join(SUITE, file), 'utf8')) as { id: string; assertionType: string; expectedResult: string };
      expect(schema.assertionType).toBe('must');
      expect(schema.expectedResult).toBe('valid');
      expect(ids.get(schema.id)).toBe(join(SUITE, file));
      const validate = ajv.getSchema(schema.id);
      if (!validate) throw new Error(`schema ${schema.id} did not compile`);
      return { file, validate };
    });
  return {
    files,
    added: ids.size,
    duplicates,
    annotationMusts: musts('annotations/annotationMusts.test'),
    collectionMusts: musts('collections/collectionMusts.test'),
  };
}

function failures(assertions: Assertion[], doc: unknown): string[] {
  return assertions.filter((a) => !a.validate(doc)).map((a) => a.file.split('/').pop()!);
}

/**
 * Parses a sample. Some "incorrect" samples are not strict JSON (trailing commas): they are read
 * leniently so that their labelled defect is still checked; one is not JSON at all and is checked
 * as the string it is.
 */
function readSample(path: string): { doc: unknown; strictJson: boolean } {
  const raw = readFileSync(path, 'utf8');
  try {
    return { doc: JSON.parse(raw), strictJson: true };
  } catch {
    try {
      return { doc: JSON.parse(raw.replace(/,(\s*[}\]])/g, '$1')), strictJson: false };
    } catch {
      return { doc: raw, strictJson: false };
    }
  }
}

const samples = (kind: 'correct' | 'incorrect') =>
  readdirSync(join(SUITE, 'tools/samples', kind))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...readSample(join(SUITE, 'tools/samples', kind, name)) }));

/**
 * Correct samples that predate the final Recommendation: they use Composite, List and Independents
 * targets, which the Recommendation dropped (the suite's choiceSet.json only knows Choice). Each
 * must fail exactly the target-type assertion, nothing else.
 */
const PRE_REC_SAMPLES = ['anno11.json', 'anno12.json', 'anno13.json'];
/**
 * Incorrect samples whose defect is in an optional feature (format, language, processingLanguage,
 * creator, generator: checked by the suite's optional tests, not its MUSTs) or is the duplicated id
 * itself: once their id is made single they pass the MUSTs. Every other incorrect sample must still
 * fail for its labelled defect.
 */
const OPTIONAL_DEFECTS = ['anno14.json', 'anno15.json', 'anno23.json', 'anno26.json', 'anno27.json', 'anno7.json'];

let input: DossierInput;
beforeAll(async () => {
  input = await fixtureCorpus();
});

describe('W3C Web Annotation export', () => {
  it('passes every MUST assertion of the W3C test suite, with the validator proven on the suite’s correct and incorrect samples', () => {
    const suite = loadSuite();
    expect(suite.files.length).toBeGreaterThan(200);
    expect(suite.added).toBe(suite.files.length - 2);
    expect(suite.duplicates.sort()).toEqual(['annotations/specificResource/3.2.2-targType.json', 'annotations/specificResource/3.3.3-targAudience.json']);
    expect(suite.annotationMusts).toHaveLength(54);
    expect(suite.collectionMusts).toHaveLength(10);

    // (b) The suite's correct samples pass: annotations against the annotation MUSTs, collections against the collection MUSTs.
    const correct = samples('correct');
    let annotationSamples = 0;
    for (const s of correct) {
      expect(s.strictJson, s.name).toBe(true);
      const type = (s.doc as { type?: unknown }).type;
      if (type === 'Annotation') {
        annotationSamples++;
        const failed = failures(suite.annotationMusts, s.doc);
        expect(failed, s.name).toEqual(PRE_REC_SAMPLES.includes(s.name) ? ['3.2-targetObjectsRecognized.json'] : []);
      } else if (type === 'AnnotationCollection') {
        expect(failures(suite.collectionMusts, s.doc), s.name).toEqual([]);
      }
      // AnnotationPage samples (example42, example43) have no MUST list of their own that fits them.
    }
    expect(annotationSamples).toBeGreaterThanOrEqual(41);

    // (c) Every incorrect sample fails at least one MUST; and with its (often doubled) id made
    // single, it still fails unless its defect is only in an optional feature.
    const incorrect = samples('incorrect');
    expect(incorrect.length).toBeGreaterThanOrEqual(39);
    for (const s of incorrect) {
      expect(failures(suite.annotationMusts, s.doc).length, s.name).toBeGreaterThan(0);
      if (typeof s.doc !== 'object') continue;
      const doc = structuredClone(s.doc) as { id?: unknown };
      if (Array.isArray(doc.id)) doc.id = doc.id[0];
      const stillFails = failures(suite.annotationMusts, doc).length > 0;
      expect(stillFails, s.name).toBe(!OPTIONAL_DEFECTS.includes(s.name));
    }

    // (a) Every exported annotation passes every MUST, and so does the collection.
    for (const source of [input, hostileInput()]) {
      const collection = webAnnotations(source, { baseIri: 'https://example.org/dossier/' });
      expect(failures(suite.collectionMusts, collection)).toEqual([]);
      const items = collection.first.items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(failures(suite.annotationMusts, item), String(item.id)).toEqual([]);
    }
    const bare = webAnnotations(input).first.items;
    for (const item of bare) expect(failures(suite.annotationMusts, item), String(item.id)).toEqual([]);
    // And the same validator rejects an exported annotation once it is broken.
    const broken = { ...bare[0]!, created: '19 May 2021', target: undefined };
    expect(failures(suite.annotationMusts, broken)).toEqual(expect.arrayContaining(['3.1-targetKeyFound.json', '3.3.1-annotationCreatedValidated.json']));
  });

  it('exports every highlight and every note as an Annotation with IRIs for ids', () => {
    const collection = webAnnotations(input, { baseIri: 'https://example.org/d/' });
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(input.highlights.length + input.notes.length);
    const ids = collection.first.items.map((i) => i.id as string);
    expect(ids).toContain('https://example.org/d/highlights/h-01');
    expect(ids).toContain('https://example.org/d/notes/n-1');
    expect(new Set(ids).size).toBe(ids.length);
    expect(webAnnotations(input).first.items.map((i) => i.id)).toContain('urn:parallax:highlight:h-01');
  });

  it('codes a tagged highlight as tagging with one TextualBody per tag path, an untagged one as highlighting', () => {
    const items = webAnnotations(input).first.items;
    const tagged = items.find((i) => i.id === 'urn:parallax:highlight:h-03')!;
    expect(tagged.motivation).toBe('tagging');
    expect((tagged.body as { value: string; purpose: string }[]).map((b) => [b.value, b.purpose])).toEqual([
      ['Actors', 'tagging'],
      ['Framing › Cooperation', 'tagging'],
    ]);
    const plain = items.find((i) => i.id === 'urn:parallax:highlight:h-06')!;
    expect(plain.motivation).toBe('highlighting');
    expect(plain.body).toBeUndefined();
  });

  it('targets the span with a source naming the article and TextQuote + TextPosition selectors that hold in the text', () => {
    const items = webAnnotations(input).first.items;
    const h = input.highlights.find((x) => x.id === 'h-04')!;
    const target = items.find((i) => i.id === 'urn:parallax:highlight:h-04')!.target as {
      type: string;
      source: { id: string; label: string };
      selector: { type: string; exact?: string; prefix?: string; start?: number; end?: number }[];
    };
    expect(target.type).toBe('SpecificResource');
    expect(target.source.id).toBe('urn:parallax:article:art-2');
    expect(target.source.label).toBe(input.articles[1]!.record.title);
    expect(target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const text = input.articles[1]!.text;
    expect(target.selector[0]!.exact).toBe(text.slice(h.start, h.end));
    expect(text.slice(0, h.start).endsWith(target.selector[0]!.prefix!)).toBe(true);
    expect([target.selector[1]!.start, target.selector[1]!.end]).toEqual([h.start, h.end]);
  });

  it('exports a note as commenting, with its text, on its article and every span it cites', () => {
    const note = webAnnotations(input).first.items.find((i) => i.id === 'urn:parallax:note:n-1')!;
    expect(note.motivation).toBe('commenting');
    expect((note.body as { value: string }).value).toContain('Both sides stress cooperation');
    const targets = note.target as { id?: string; source?: { id: string }; selector?: { exact?: string }[] }[];
    expect(targets[0]!.id).toBe('urn:parallax:article:art-1');
    expect(targets.slice(1).map((t) => [t.source!.id, t.selector![0]!.exact])).toEqual([
      ['urn:parallax:article:art-1', 'the world safer'],
      ['urn:parallax:article:art-3', 'greatly diverge'],
    ]);
    expect(note.created).toBe(new Date(input.notes[0]!.createdAt).toISOString());
    expect(note.modified).toBe(new Date(input.notes[0]!.updatedAt).toISOString());
  });

  it('keeps only the quote selector for a passage the current text no longer holds', () => {
    const orphan = webAnnotations(input).first.items.find((i) => i.id === 'urn:parallax:highlight:h-07')!;
    const selector = (orphan.target as { selector: { type: string; exact: string }[] }).selector;
    expect(selector).toEqual([expect.objectContaining({ type: 'TextQuoteSelector', exact: 'no secret that we have our differences' })]);
  });

  it('is JSON-LD text that parses back to the same collection', () => {
    expect(JSON.parse(webAnnotationsJson(input))).toEqual(webAnnotations(input));
  });
});
