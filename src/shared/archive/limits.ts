/**
 * What any zip Parallax opens may cost, before and while it is inflated. A zip bomb is a small
 * file that inflates to gigabytes; these bounds are checked on the declared sizes first and
 * then on the bytes actually produced, so a lying archive is stopped just as early.
 */
export interface ZipLimits {
  /** Most entries an archive may list (a .docx has 10–60; a bomb may list millions). */
  maxEntries: number;
  /** Most bytes one inflated entry may hold. */
  maxEntryBytes: number;
  /** Most bytes all inflated entries together may hold. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio for an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this may compress as well as they like (a tiny XML part can reach 100:1). */
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

/**
 * For documents an importer reads (.docx): a 1,000-page book's document.xml is about 60 MB, so
 * 128 MB per part and 200 MB in all leave room for any real document while keeping a parse
 * under the parser's memory budget. Real XML compresses 5–30 : 1; deflate's ceiling is about
 * 1,032 : 1, which only made-up data reaches, so 200 : 1 refuses bombs and no real file.
 */
export const DOCUMENT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 128 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
};

/** Compressed bytes handed to the inflater at a time: at deflate's 1,032 : 1 ceiling, one push makes at most ~8 MB. */
export const INFLATE_CHUNK_BYTES = 8 * 1024;
