import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';

const entityWith = (c: ReturnType<typeof compareArticles>, form: string) => c.entities.findIndex((e) => e.variants.includes(form));

describe('one person per person', () => {
  it('groups transliterations and spacing of one name: Arabic, Russian, Korean and Chinese romanisations', () => {
    const c = compareArticles([
      { id: 'a', text: 'Leader Moammar Qaddafi spoke. President Lee Jae-myung said so. Historian Nikita Khrushchyov wrote it. Premier Xi Jin-ping said no.' },
      { id: 'b', text: 'Leader Muammar Gaddafi spoke. President Lee Jae Myung said so. Historian Nikita Khrushchev wrote it. Premier Xi Jinping said no.' },
    ]);
    for (const [x, y] of [['Moammar Qaddafi', 'Muammar Gaddafi'], ['Lee Jae-myung', 'Lee Jae Myung'], ['Nikita Khrushchyov', 'Nikita Khrushchev'], ['Xi Jin-ping', 'Xi Jinping']] as const) {
      expect(entityWith(c, x), x).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, x), `${x} / ${y}`).toBe(entityWith(c, y));
    }
  });

  it('keeps apart family members, a father and his son "Jr.", and names whose middle initials differ', () => {
    const c = compareArticles([
      { id: 'a', text: 'Senator Hillary Clinton said yes. Her daughter, Chelsea Clinton, said no. Mayor Raymond Ortiz Jr. said it. Former mayor Raymond Ortiz Sr. agreed.' },
      { id: 'b', text: 'President George W. Bush said it. His father, former president George H. W. Bush, said it first. Saif al-Islam Gaddafi said so; leader Muammar Gaddafi said no.' },
    ]);
    for (const [x, y] of [['Hillary Clinton', 'Chelsea Clinton'], ['Raymond Ortiz Jr.', 'Raymond Ortiz Sr.'], ['George W. Bush', 'George H. W. Bush'], ['Saif al-Islam Gaddafi', 'Muammar Gaddafi']] as const) {
      expect(entityWith(c, x), x).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, y), y).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, x), `${x} / ${y}`).not.toBe(entityWith(c, y));
    }
  });

  it('lists no case-only variant and no fragment such as "Jr" alone', () => {
    const c = compareArticles([
      { id: 'a', text: 'SEOUL, May 11 (Yonhap) -- Mayor Raymond Ortiz Jr. said talks in Seoul went well.' },
      { id: 'b', text: 'Talks in Seoul went well, Raymond Ortiz Jr. said. Jr. is his suffix.' },
    ]);
    for (const e of c.entities) {
      const lower = e.variants.map((v) => v.toLowerCase());
      expect(new Set(lower).size, e.name).toBe(lower.length);
      expect(e.variants.some((v) => /^(?:jr|sr)\.?$/i.test(v)), e.name).toBe(false);
    }
    expect(c.entities.find((e) => e.variants.includes('SEOUL') || e.variants.includes('Seoul'))?.name).toBe('Seoul');
  });
});

describe('romanisations that disagree on more than a letter', () => {
  it('groups an Arabic name whatever its article and spacing: al-/el-/Al, joined or apart, Abdel/Abdul', () => {
    const c = compareArticles([
      { id: 'a', text: 'The list headed by engineer Abdelkarim al-Masri won. Al-Masri, 61, declined to comment.' },
      { id: 'b', text: 'Engineer Abdul-Karim Masri said he had won.' },
      { id: 'c', text: 'The winner, Abdel Karim el-Masri, said little.' },
      { id: 'd', text: 'Abdulkarim Al Masri, whose list won, said he was pleased.' },
    ]);
    const first = entityWith(c, 'Abdelkarim al-Masri');
    expect(first).toBeGreaterThanOrEqual(0);
    for (const form of ['Abdul-Karim Masri', 'Abdel Karim el-Masri', 'Abdulkarim Al Masri']) expect(entityWith(c, form), form).toBe(first);
  });

  it('groups the French "ch" and the English "sh" of one Arabic sound in a long family name', () => {
    const c = compareArticles([
      { id: 'a', text: 'Lawyer Karim Chaheen said the count was wrong.' },
      { id: 'b', text: 'Lawyer Karim Shaheen said the count was wrong.' },
    ]);
    expect(entityWith(c, 'Karim Chaheen')).toBeGreaterThanOrEqual(0);
    expect(entityWith(c, 'Karim Chaheen')).toBe(entityWith(c, 'Karim Shaheen'));
  });

  it('groups a Japanese long vowel written with and without an h, and Korean "young"/"yeong"', () => {
    const c = compareArticles([
      { id: 'a', text: 'Pilot Takeshi Ohta said the engine failed. Teacher Park Hye-young said the school closed.' },
      { id: 'b', text: 'Pilot Takeshi Ota said the engine failed. Teacher Park Hye-yeong said the school closed.' },
    ]);
    expect(entityWith(c, 'Takeshi Ohta')).toBe(entityWith(c, 'Takeshi Ota'));
    expect(entityWith(c, 'Park Hye-young')).toBeGreaterThanOrEqual(0);
    expect(entityWith(c, 'Park Hye-young')).toBe(entityWith(c, 'Park Hye-yeong'));
  });

  it('groups a Korean family name in two romanisations when the hyphenated given name agrees, and keeps a different given name apart', () => {
    const c = compareArticles([
      { id: 'a', text: 'Minister Baek Jong-won said talks failed. His brother, Baek Jong-su, said nothing.' },
      { id: 'b', text: 'Minister Paik Jong-won said talks failed.' },
    ]);
    expect(entityWith(c, 'Baek Jong-won')).toBeGreaterThanOrEqual(0);
    expect(entityWith(c, 'Baek Jong-won')).toBe(entityWith(c, 'Paik Jong-won'));
    expect(entityWith(c, 'Baek Jong-su')).toBeGreaterThanOrEqual(0);
    expect(entityWith(c, 'Baek Jong-su')).not.toBe(entityWith(c, 'Baek Jong-won'));
  });

  it('keeps apart short family names that one consonant or vowel tells apart when the given names are Western', () => {
    const c = compareArticles([
      { id: 'a', text: 'Coach Dan Brooks said the team was tired. Coach Tan Brooks said it was not.' },
      { id: 'b', text: 'Minister Li Wei said no. Minister Lin Wei said yes. Official Chen Hao said maybe; official Shen Hao disagreed, he said.' },
    ]);
    for (const [x, y] of [['Dan Brooks', 'Tan Brooks'], ['Li Wei', 'Lin Wei'], ['Chen Hao', 'Shen Hao']] as const) {
      expect(entityWith(c, x), x).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, y), y).toBeGreaterThanOrEqual(0);
      expect(entityWith(c, x), `${x} / ${y}`).not.toBe(entityWith(c, y));
    }
  });
});

describe('who is a person', () => {
  it('takes a name with an age in commas, or with the body it speaks for, as a person', () => {
    const c = compareArticles([
      { id: 'a', text: 'Choi Min-seo, 34, a teacher, lost her home. Omar Haddad of the Red Crescent said aid was coming.' },
      { id: 'b', text: 'Choi Min-seo lost her home. Omar Haddad spoke to reporters.' },
    ]);
    expect(c.entities.find((e) => e.name === 'Choi Min-seo')?.kind).toBe('person');
    expect(c.entities.find((e) => e.name === 'Omar Haddad')?.kind).toBe('person');
  });

  it('takes the name after "the head of" or "the Association for" as a body, not a person, even when "said" follows', () => {
    const c = compareArticles([
      { id: 'a', text: 'The head of Green Future said: "We will appeal." The Council for Fair Elections said it had seen fraud.' },
      { id: 'b', text: 'Green Future said it would appeal. The brother of Samir Aoun said he was safe.' },
    ]);
    const people = c.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).not.toContain('Green Future');
    expect(people).not.toContain('Fair Elections');
    expect(people).toContain('Samir Aoun');
  });
});
