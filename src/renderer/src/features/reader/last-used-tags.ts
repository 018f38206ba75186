const KEY = 'parallax.lastUsedTags';

/** The tags applied most recently, so "apply last used tags" (H) can code the next passage alike. */
export function readLastUsedTags(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberLastUsedTags(tagIds: readonly string[]): void {
  if (tagIds.length > 0) localStorage.setItem(KEY, JSON.stringify(tagIds));
}
