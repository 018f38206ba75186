/**
 * Web mode's stand-in for the native open dialog: a hidden file input. Resolves to the
 * chosen files, or null when the user closes the picker without choosing.
 */
export function pickFiles(kind: 'files' | 'folder', accept: string): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (kind === 'folder') input.webkitdirectory = true;
    else input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files ? Array.from(input.files) : null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
