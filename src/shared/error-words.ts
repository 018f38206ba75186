/**
 * What a person is told when something was thrown: our own sentences pass through, and what a
 * library or the engine threw ("Cannot read properties of undefined", "Unexpected token } in
 * JSON at position 812", "ENOSPC: no space left on device, write") becomes words about what
 * happened. The original stays available to developers in the console and the tests.
 */

/** File-system error codes (Node's), in words. */
export const FS_ERROR_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the file or folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder has that name',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EIO: 'the disk could not be read or written',
  ERR_FS_FILE_TOO_LARGE: 'the file is too large to read',
  ERR_STRING_TOO_LONG: 'the file is too large to read as text',
};

/** Error names browsers, IndexedDB (and Dexie over it) and the PDF reader use, in words. */
const NAMED_ERROR_WORDS: Readonly<Record<string, string>> = {
  QuotaExceededError: 'the storage for Parallax’s data is full',
  DatabaseClosedError: 'the library’s database was closed (Parallax may be closing, or another window updated it)',
  VersionError: 'the library’s database was made by a newer version of Parallax',
  UpgradeError: 'the library’s database could not be brought up to this version of Parallax',
  OpenFailedError: 'the library’s database could not be opened',
  MissingAPIError: 'this browser does not offer the storage Parallax needs',
  InvalidStateError: 'the library’s database was not ready',
  ReadOnlyError: 'the library’s database could not be written',
  ConstraintError: 'a record with the same id is already stored',
  DataError: 'a record could not be stored as it is',
  NotFoundError: 'something it needs is no longer there',
  AbortError: 'it was cancelled',
  TimeoutError: 'it took too long',
  SecurityError: 'the browser did not allow it',
  NotAllowedError: 'the browser did not allow it',
  NetworkError: 'the network could not be reached',
  PasswordException: 'the file is protected by a password',
  InvalidPDFException: 'the file is not a valid PDF',
  MissingPDFException: 'the PDF is missing',
  UnexpectedResponseException: 'the PDF could not be loaded',
  FormatError: 'the file’s contents are not in the format it claims',
};

/** Errors the JavaScript engine throws: a bug or a library's trouble, never a sentence for people. */
const ENGINE_ERRORS = new Set(['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'InternalError', 'AggregateError']);

/**
 * Messages that read like a library's insides even when thrown as a plain Error: parser
 * positions, property access on nothing, errno codes, zip internals, object dumps.
 */
const INTERNAL_MESSAGE =
  /\bat position \d|\bUnexpected (token|end)|Cannot read propert|is not a function|is not defined|\bundefined\b|\[object |\bE[A-Z]{3,}\b:|\bERR_[A-Z_]+\b|asked index|Corrupted zip|\bstack\b|^\s*\{|\bnull\b|0x[0-9a-f]{4,}/;

/** What went wrong when nothing more can be said without showing the code's insides. */
export const UNEXPECTED_ERROR = 'an unexpected problem inside Parallax';

/** Anything thrown, as words for a person (see the module comment). */
export function errorInWords(thrown: unknown): string {
  if (typeof thrown === 'string') return INTERNAL_MESSAGE.test(thrown) || thrown.trim() === '' ? UNEXPECTED_ERROR : thrown;
  if (typeof thrown !== 'object' || thrown === null) return UNEXPECTED_ERROR;
  const { name, message, code } = thrown as { name?: unknown; message?: unknown; code?: unknown };
  if (typeof code === 'string' && FS_ERROR_WORDS[code]) return FS_ERROR_WORDS[code];
  if (typeof name === 'string' && NAMED_ERROR_WORDS[name]) return NAMED_ERROR_WORDS[name];
  if (typeof name === 'string' && ENGINE_ERRORS.has(name)) return UNEXPECTED_ERROR;
  // A numeric code is a library's (fflate numbers its errors); ours carry none.
  if (typeof code === 'number') return UNEXPECTED_ERROR;
  if (typeof message !== 'string' || message.trim() === '' || INTERNAL_MESSAGE.test(message)) return UNEXPECTED_ERROR;
  return message;
}
