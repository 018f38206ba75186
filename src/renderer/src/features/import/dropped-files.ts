/**
 * Reads what was dropped: plain files, and the files inside dropped folders (walked through
 * the File and Directory Entries API), each with its path relative to the drop.
 */
export async function filesFromDrop(dataTransfer: DataTransfer): Promise<{ file: File; displayPath: string }[]> {
  const entries = Array.from(dataTransfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const out: { file: File; displayPath: string }[] = [];
  for (const { entry, file } of entries) {
    if (entry?.isDirectory) {
      await walkDirectory(entry as FileSystemDirectoryEntry, entry.name, out);
    } else if (file) {
      out.push({ file, displayPath: file.name });
    }
  }
  // Some drag sources provide files but no items.
  if (out.length === 0 && dataTransfer.files.length > 0) {
    for (const file of Array.from(dataTransfer.files)) out.push({ file, displayPath: file.name });
  }
  return out;
}

async function walkDirectory(dir: FileSystemDirectoryEntry, prefix: string, out: { file: File; displayPath: string }[]): Promise<void> {
  const reader = dir.createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns the listing in chunks until it answers an empty array.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) break;
    children.push(...chunk);
  }
  children.sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) {
    if (child.name.startsWith('.')) continue;
    const path = `${prefix}/${child.name}`;
    if (child.isDirectory) {
      await walkDirectory(child as FileSystemDirectoryEntry, path, out);
    } else {
      const file = await new Promise<File>((resolve, reject) => (child as FileSystemFileEntry).file(resolve, reject));
      out.push({ file, displayPath: path });
    }
  }
}
