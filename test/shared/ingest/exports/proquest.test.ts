import { describe, expect, it } from 'vitest';
import { proQuest, proQuestAuthors } from '@shared/ingest/exports/proquest';
import { splitOf, summary } from './fixtures';

describe('ProQuest exports', () => {
  it('splits documents between separator lines and reads their labelled fields', async () => {
    const split = await splitOf('rules/proquest-2.txt');
    expect(split.layoutName).toBe('ProQuest');
    expect(split.articles.map(summary)).toEqual([
      { title: 'Report urges cheaper rail fares for students', outlet: 'The Morning Standard', published: '2020-10-14', authors: ['Sara Lindqvist'], part: '1 of 2' },
      { title: 'Rail operator rejects student discount', outlet: 'Valley Courier', published: '2020-10-16', authors: ['Daniel Okafor', 'Sara Lindqvist'], part: '2 of 2' },
    ]);
  });

  it('takes the full text up to the next label, with the document id and URL', async () => {
    const first = (await splitOf('rules/proquest-2.txt')).articles[0]!;
    expect(first.text.startsWith('Students should pay half fare')).toBe(true);
    expect(first.text.endsWith('to save on travel.')).toBe(true);
    expect(first.text).not.toMatch(/Publication title|Database/);
    expect(first.url).toBe('https://search.example.org/docview/2450011223');
    expect(first.part).toMatchObject({ documentId: '2450011223', section: 'News' });
  });

  it('turns "Surname, Given" names round, leaves other names as written, and drops bylines that name nobody', () => {
    expect(proQuestAuthors('Ellison, Mara; Reyes, Tom')).toEqual(['Mara Ellison', 'Tom Reyes']);
    expect(proQuestAuthors('Mara Ellison')).toEqual(['Mara Ellison']);
    expect(proQuestAuthors('Anonymous')).toEqual([]);
    expect(proQuestAuthors('Staff Writer')).toEqual([]);
  });

  it('does not take a text with separator lines but no ProQuest fields for an export', () => {
    expect(proQuest.detect('Minutes\n______________________________\nTitle: Meeting of May 3\nAttendees: five\n______________________________\n')).toBe(false);
  });
});
