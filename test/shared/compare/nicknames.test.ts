import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';
import { givenNamesMatch } from '../../../src/shared/compare/names';
import { isNicknameOf } from '../../../src/shared/compare/nicknames';

const entityOf = (c: ReturnType<typeof compareArticles>, form: string) => c.entities.findIndex((e) => e.variants.includes(form));

describe('nicknames in name variants', () => {
  it('knows a nickname and its given name, in either order and in any transliteration', () => {
    expect(isNicknameOf('Bill', 'William')).toBe(true);
    expect(isNicknameOf('Robert', 'Bob')).toBe(true);
    expect(isNicknameOf('Sasha', 'Aleksandr')).toBe(true);
    expect(isNicknameOf('Sasha', 'Alexandr')).toBe(true);
    expect(isNicknameOf('Dima', 'Dmitry')).toBe(true);
    expect(isNicknameOf('Bill', 'Robert')).toBe(false);
  });

  it('does not take two nicknames of one given name for each other', () => {
    expect(givenNamesMatch('Alex', 'Sasha')).toBe(false);
    expect(givenNamesMatch('Bill', 'Will')).toBe(false);
  });

  it('groups "Bill Clinton" with "William Clinton" and keeps Chelsea Clinton apart', () => {
    const c = compareArticles([
      { id: 'a', text: 'Former President Bill Clinton arrived in Hannibal on Saturday with his daughter, Chelsea Clinton.' },
      { id: 'b', text: 'The shelter was full on Saturday, William Clinton said. Chelsea Clinton spoke to volunteers.' },
    ]);
    expect(entityOf(c, 'Bill Clinton')).toBeGreaterThanOrEqual(0);
    expect(entityOf(c, 'Bill Clinton')).toBe(entityOf(c, 'William Clinton'));
    expect(entityOf(c, 'Chelsea Clinton')).not.toBe(entityOf(c, 'Bill Clinton'));
  });

  it('groups "Ray Ortiz Jr." with "Raymond Ortiz Jr." but never with his father "Raymond Ortiz Sr."', () => {
    const c = compareArticles([
      { id: 'a', text: 'Mayor Raymond Ortiz Jr. thanked the volunteers. His father, Raymond Ortiz Sr., led the town in 1993.' },
      { id: 'b', text: 'Mayor Ray Ortiz Jr. said 212 homes were lost. His father, Raymond Ortiz Sr., was blunter.' },
    ]);
    expect(entityOf(c, 'Ray Ortiz Jr.')).toBeGreaterThanOrEqual(0);
    expect(entityOf(c, 'Ray Ortiz Jr.')).toBe(entityOf(c, 'Raymond Ortiz Jr.'));
    expect(entityOf(c, 'Raymond Ortiz Sr.')).not.toBe(entityOf(c, 'Raymond Ortiz Jr.'));
  });

  it('groups "Sasha Petrov" with "Aleksandr Petrov" and keeps "Sasha Ivanova" apart', () => {
    const c = compareArticles([
      { id: 'a', text: 'The coach, Aleksandr Petrov, said the team was ready. Sasha Ivanova scored twice.' },
      { id: 'b', text: 'Sasha Petrov, the coach, praised the team after the match in Kazan.' },
    ]);
    expect(entityOf(c, 'Sasha Petrov')).toBeGreaterThanOrEqual(0);
    expect(entityOf(c, 'Sasha Petrov')).toBe(entityOf(c, 'Aleksandr Petrov'));
    expect(entityOf(c, 'Sasha Ivanova')).not.toBe(entityOf(c, 'Sasha Petrov'));
  });
});
