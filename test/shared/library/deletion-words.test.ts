import { describe, expect, it } from 'vitest';
import { deletionLabel } from '@shared/library/deletion-words';

describe('the words for a deletion', () => {
  it('names one article by its title', () => {
    expect(deletionLabel({ titles: ['Mayor resigns'], highlights: 0, freedNotes: 0 })).toBe('Delete “Mayor resigns”');
  });

  it('counts several articles, their highlights and the notes kept', () => {
    expect(deletionLabel({ titles: ['A', 'B', 'C'], highlights: 5, freedNotes: 2 })).toBe('Delete 3 articles and their 5 highlights (2 notes kept as free notes)');
  });

  it('says one highlight and one note in the singular', () => {
    expect(deletionLabel({ titles: ['Mayor resigns'], highlights: 1, freedNotes: 1 })).toBe('Delete “Mayor resigns” and its 1 highlight (1 note kept as a free note)');
  });

  it('cuts a long title short with an ellipsis', () => {
    const label = deletionLabel({ titles: ['x'.repeat(200)], highlights: 0, freedNotes: 0 });
    expect(label).toBe(`Delete “${'x'.repeat(59)}…”`);
  });
});
