/**
 * Web mode's stand-in for the open dialog of a backup: a hidden file input for one JSON file.
 * Resolves to the chosen file, or null when the user closes the picker without choosing.
 */
export function pickBackupFile(doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
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
