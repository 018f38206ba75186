/**
 * Web mode's stand-in for the native open dialog: a hidden file input. Resolves to the chosen
 * files, or null when the user closes the picker without choosing.
 */
export function pickWithInput(options: { accept?: string; multiple: boolean; folder?: boolean }, doc: Document = document): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    if (options.folder) input.webkitdirectory = true;
    else if (options.accept) input.accept = options.accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files ? Array.from(input.files) : null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    doc.body.append(input);
    input.click();
  });
}

/** Articles to import: several files, or a whole folder. */
export function pickFiles(kind: 'files' | 'folder', accept: string): Promise<File[] | null> {
  return pickWithInput({ accept, multiple: true, folder: kind === 'folder' });
}
