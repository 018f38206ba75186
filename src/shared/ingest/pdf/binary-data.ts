/**
 * Where pdf.js gets the binary data it does not embed: the character maps (CMaps) that
 * CJK fonts without a ToUnicode table need for their text to come out.
 *
 * Parallax never fetches over the network. In Node (CLI, tests, Electron main) the CMaps
 * are read from the installed pdfjs-dist package on disk. In a browser worker there is no
 * disk and no network, so they are unavailable: text in such fonts is lost, and the
 * extractor says so (see `BinaryDataRecord.missingCMaps`).
 *
 * This is a pdf.js `BinaryDataFactory` (passed as a class in getDocument's options); it
 * reaches Node's `fs` through `process.getBuiltinModule`, as pdf.js itself does, so this
 * file imports no Node module and still bundles for the browser.
 */

export interface BinaryDataRecord {
  /** Names of CMaps a font asked for that could not be provided. */
  missingCMaps: Set<string>;
}

interface NodeBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}
interface NodeFs {
  readFileSync(path: string): Uint8Array;
}
interface NodeModule {
  createRequire(from: string): { resolve(id: string): string };
}

let cmapDirectory: string | null | undefined;

/** The pdfjs-dist/cmaps/ folder on disk, or null where there is no file system. */
function localCMapDirectory(): string | null {
  if (cmapDirectory !== undefined) return cmapDirectory;
  cmapDirectory = null;
  try {
    const nodeProcess = (globalThis as { process?: NodeBuiltins }).process;
    const getBuiltin = nodeProcess?.getBuiltinModule;
    if (typeof getBuiltin !== 'function') return cmapDirectory;
    const moduleApi = getBuiltin('module') as NodeModule;
    const packageJson = moduleApi.createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    cmapDirectory = packageJson.replace(/package\.json$/, 'cmaps/');
  } catch {
    cmapDirectory = null;
  }
  return cmapDirectory;
}

function readLocalFile(path: string): Uint8Array {
  const nodeProcess = (globalThis as { process?: NodeBuiltins }).process;
  const fs = nodeProcess?.getBuiltinModule?.('fs') as NodeFs | undefined;
  if (!fs) throw new Error('no file system');
  return new Uint8Array(fs.readFileSync(path));
}

/** A BinaryDataFactory class bound to one document's record of what was missing. */
export function binaryDataFactoryFor(record: BinaryDataRecord): new (urls: unknown) => object {
  return class LocalBinaryDataFactory {
    constructor(_urls: unknown) {}

    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind === 'cMapUrl') {
        const directory = localCMapDirectory();
        // A CMap name is a plain file name; refuse anything that could walk elsewhere.
        if (directory && /^[\w.+-]+$/.test(filename) && !filename.includes('..')) {
          try {
            return readLocalFile(directory + filename);
          } catch {
            // fall through: reported as missing
          }
        }
        record.missingCMaps.add(filename.replace(/\.bcmap$/, ''));
        throw new Error(`The character map ${filename} is not available here.`);
      }
      // Standard font programs only change how glyphs look, not the text; wasm decoders
      // are for images. Text extraction needs neither.
      throw new Error(`pdf.js data "${kind}" is not provided by Parallax.`);
    }
  };
}
