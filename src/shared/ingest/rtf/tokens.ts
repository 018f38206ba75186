/**
 * The RTF reader's walk over the file: control words, groups and text, into plain text.
 * Written here rather than taken from a library: rtf-parser and rtf-stream-parser are built on
 * Node streams (and iconv-lite), rtf.js renders into a DOM; the ingest worker runs in a browser
 * Worker and in Node alike and needs text only (see README, Dependencies).
 */
import { MAX_RTF_DEPTH } from '../limits';
import { textDecoderFor } from '../windows-1252';

/** Destinations whose content is not the article's text (tables of fonts, colours, styles, pictures…). */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'footer', 'headerl', 'headerr', 'headerf',
  'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'fldinst', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'filetbl', 'revtbl',
  'pgdsctbl', 'bkmkstart', 'bkmkend', 'datafield', 'nonshppict', 'shppict', 'sp', 'sn', 'sv', 'template', 'userprops',
]);

/** \info's fields read as labelled fallbacks (like a DOCX's core properties). */
const INFO_FIELDS = new Set(['title', 'author', 'creatim']);

export interface RtfInfo {
  title?: string;
  author?: string;
  /** \creatim's \yr \mo \dy \hr \min, as written. */
  created?: { yr?: number; mo?: number; dy?: number; hr?: number; min?: number };
}

/** `cutShort`: the file ends inside a group (a download or copy stopped early); its text so far is kept. */
export type RtfReading = { ok: true; text: string; info: RtfInfo; cutShort: boolean } | { ok: false; problem: string };

interface GroupState {
  skip: boolean;
  /** Characters to drop after a \uN (the \ucN fallback count). */
  uc: number;
  /** The \info field this group holds, when it is one. */
  infoField: string | null;
  /** Inside \info, whose fields are read although its text is not the article's. */
  inInfo: boolean;
}

const CP_ENCODINGS: Record<number, string> = {
  437: 'ibm866', 850: 'ibm866', 866: 'ibm866', 874: 'windows-874', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5',
  1250: 'windows-1250', 1251: 'windows-1251', 1252: 'windows-1252', 1253: 'windows-1253', 1254: 'windows-1254',
  1255: 'windows-1255', 1256: 'windows-1256', 1257: 'windows-1257', 1258: 'windows-1258', 10000: 'macintosh', 65001: 'utf-8',
};

function decoderFor(codePage: number): { decode(bytes: Uint8Array): string } {
  try {
    return textDecoderFor(CP_ENCODINGS[codePage] ?? 'windows-1252');
  } catch {
    return textDecoderFor('windows-1252');
  }
}

/** Reads an RTF file's text: paragraphs end in "\n", \uN and \'hh decoded, non-text destinations skipped. */
export function readRtf(source: string): RtfReading {
  if (!/^\s*\{\\rtf/.test(source)) return { ok: false, problem: 'it does not begin with "{\\rtf", so it is not an RTF file' };
  const out: string[] = [];
  const info: RtfInfo = {};
  const infoText: Record<string, string> = {};
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1, infoField: null, inInfo: false };
  let decoder = decoderFor(1252);
  let pendingBytes: number[] = [];
  let dropCount = 0; // fallback characters still to drop after a \uN
  let i = 0;
  const n = source.length;

  const flushBytes = (): void => {
    if (pendingBytes.length === 0) return;
    emit(decoder.decode(new Uint8Array(pendingBytes)));
    pendingBytes = [];
  };
  const emit = (text: string): void => {
    if (state.infoField) infoText[state.infoField] = (infoText[state.infoField] ?? '') + text;
    else if (!state.skip) out.push(text);
  };

  while (i < n) {
    const c = source[i]!;
    if (c === '{') {
      flushBytes();
      if (stack.length >= MAX_RTF_DEPTH) return { ok: false, problem: `its groups nest more than ${MAX_RTF_DEPTH} deep` };
      stack.push(state);
      state = { ...state };
      i++;
      // "{\*\dest" marks a destination a reader that does not know it must skip.
      if (source.startsWith('\\*', i)) {
        state.skip = true;
        i += 2;
      }
      continue;
    }
    if (c === '}') {
      flushBytes();
      const outer = stack.pop();
      if (!outer) break; // the document's closing brace; anything after it is not RTF content
      state = outer;
      dropCount = 0;
      i++;
      continue;
    }
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) break;
      if (next === "'") {
        const hex = source.slice(i + 2, i + 4);
        i += 4;
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) continue;
        if (dropCount > 0) {
          dropCount--;
          continue;
        }
        pendingBytes.push(parseInt(hex, 16));
        continue;
      }
      if (!/[A-Za-z]/.test(next)) {
        flushBytes();
        i += 2;
        if (dropCount > 0) {
          dropCount--;
          continue;
        }
        if (next === '\\' || next === '{' || next === '}') emit(next);
        else if (next === '~') emit('\u00a0');
        else if (next === '_') emit('\u2011');
        else if (next === '\n' || next === '\r') emit('\n');
        continue;
      }
      const m = /^([A-Za-z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i + 1, i + 1 + 45))!;
      i += 1 + m[0].length;
      const word = m[1]!;
      const param = m[2] === undefined ? null : Number(m[2]);
      if (word !== 'u' && word !== 'bin') flushBytes();
      if (word === 'bin') {
        // \binN: N raw bytes that are no text.
        i += Math.max(0, param ?? 0);
        continue;
      }
      if (word === 'u' && param !== null) {
        flushBytes();
        emit(String.fromCharCode(param < 0 ? param + 65536 : param));
        dropCount = state.uc;
        continue;
      }
      if (dropCount > 0) {
        dropCount--;
        continue;
      }
      if (word === 'uc' && param !== null) state.uc = param;
      else if (word === 'ansicpg' && param !== null) decoder = decoderFor(param);
      else if (word === 'info') {
        state.skip = true;
        state.inInfo = true;
      } else if (state.inInfo && INFO_FIELDS.has(word)) state.infoField = word;
      else if (state.infoField === 'creatim' && ['yr', 'mo', 'dy', 'hr', 'min'].includes(word) && param !== null) {
        (info.created ??= {})[word as 'yr'] = param;
      } else if (SKIPPED_DESTINATIONS.has(word)) state.skip = true;
      else if (word === 'par' || word === 'line' || word === 'sect' || word === 'page') emit('\n');
      else if (word === 'tab' || word === 'cell') emit('\t');
      else if (word === 'row') emit('\n');
      else if (word === 'emdash') emit('\u2014');
      else if (word === 'endash') emit('\u2013');
      else if (word === 'lquote') emit('\u2018');
      else if (word === 'rquote') emit('\u2019');
      else if (word === 'ldblquote') emit('\u201c');
      else if (word === 'rdblquote') emit('\u201d');
      else if (word === 'bullet') emit('\u2022');
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (dropCount > 0) {
      dropCount--;
      i++;
      continue;
    }
    flushBytes();
    let j = i;
    while (j < n && !'\\{}\r\n'.includes(source[j]!)) j++;
    emit(source.slice(i, j));
    i = j;
  }
  flushBytes();
  if (infoText.title?.trim()) info.title = infoText.title.trim();
  if (infoText.author?.trim()) info.author = infoText.author.trim();
  return { ok: true, text: out.join(''), info, cutShort: stack.length > 0 };
}

