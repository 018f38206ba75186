/** Random ids (not auto-increment) so that backups from two machines merge without clashes. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
