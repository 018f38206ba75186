export { DOCUMENT_ZIP_LIMITS, INFLATE_CHUNK_BYTES, type ZipLimits } from './limits';
export { isArchive, listZip, readZip, type ZipEntry, type ZipOutcome, type ZipProblem } from './zip-reader';
export { describeZipProblem, formatBytes } from './describe';
