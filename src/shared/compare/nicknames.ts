/**
 * Nicknames and the given names they stand for: Bill/William, Bob/Robert, Sasha/Alexander. News
 * calls one person by both ("Mayor Ray Ortiz Jr." and "Mayor Raymond Ortiz Jr."), and no
 * spelling rule can see it. A nickname only makes two given names agree; the family name, the
 * generational suffix and the middle names must still agree for two names to be one person, so
 * "Bill Clinton" never meets "Chelsea Clinton", nor "Ray Ortiz Sr." "Raymond Ortiz Jr.".
 *
 * Two nicknames of one given name are not taken for one another ("Alex" and "Sasha" may be
 * Alexandra and Alexander): only a nickname and its given name meet.
 *
 * Source: the common English hypocorisms of the most frequent given names, as listed in
 * dictionaries of first names (for instance the Wiktionary appendix "English given names" and
 * its "diminutives" entries), the standard Russian diminutives (Wiktionary, "Appendix:Russian
 * given names") and the usual Dutch and German short forms (Willem/Wim, Hendrik/Henk), written
 * out by hand here, in Latin letters as English-language news spells them.
 * No npm package keeps such a list as data (checked with `npm view`: `nicknames` generates
 * random nicknames); this table is small on purpose: a wrong entry merges people.
 */
import { foldName } from './name-fold';

/** Given name: its nicknames. Transliteration variants (Aleksandr, Alexandr) need no entry: names are folded first. */
const NICKNAMES: Record<string, string[]> = {
  // English
  alexander: ['alex', 'sandy'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  benjamin: ['ben', 'benny'],
  charles: ['charlie', 'chuck'],
  christopher: ['chris'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy'],
  donald: ['don', 'donny'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'beth', 'betty', 'lizzie', 'betsy'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny'],
  joseph: ['joe', 'joey'],
  katherine: ['kate', 'kathy', 'katie'],
  catherine: ['cathy', 'kate'],
  lawrence: ['larry'],
  margaret: ['maggie', 'peggy', 'meg'],
  matthew: ['matt'],
  michael: ['mike', 'mick', 'mickey'],
  nicholas: ['nick'],
  patricia: ['pat', 'patty', 'trish'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  raymond: ['ray'],
  richard: ['rick', 'dick', 'rich', 'richie'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  ronald: ['ron', 'ronnie'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  william: ['bill', 'billy', 'will', 'willie', 'liam'],
  // Dutch and German
  willem: ['wim'],
  johannes: ['jan', 'hans'],
  hendrik: ['henk'],
  cornelis: ['kees'],
  wilhelm: ['willi'],
  // Russian
  aleksandr: ['sasha', 'sanya', 'shura'],
  aleksandra: ['sasha', 'shura'],
  aleksei: ['alyosha', 'lyosha'],
  anastasia: ['nastya'],
  dmitri: ['dima', 'mitya'],
  ekaterina: ['katya'],
  ivan: ['vanya'],
  mikhail: ['misha'],
  natalia: ['natasha'],
  nikolai: ['kolya'],
  sergei: ['seryozha'],
  vladimir: ['volodya', 'vova'],
  yelena: ['lena'],
  yevgeny: ['zhenya'],
};

/** Folded given name -> its folded nicknames, built on first use. */
let nicksOf: Map<string, Set<string>> | null = null;
function table(): Map<string, Set<string>> {
  if (nicksOf) return nicksOf;
  nicksOf = new Map();
  for (const [given, nicks] of Object.entries(NICKNAMES)) nicksOf.set(foldName(given), new Set(nicks.map(foldName)));
  return nicksOf;
}

/** Whether one of two given names is a nickname of the other: Bill/William, Sasha/Aleksandr. */
export function isNicknameOf(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  const t = table();
  return (t.get(fa)?.has(fb) ?? false) || (t.get(fb)?.has(fa) ?? false);
}

/** A given name or nickname of the table ("Bill", "Will"): a word that names a person when it opens a name. */
export function isKnownGivenName(word: string): boolean {
  const f = foldName(word);
  const t = table();
  if (t.has(f)) return true;
  for (const nicks of t.values()) if (nicks.has(f)) return true;
  return false;
}
