/** Function words and reporting verbs: they carry no content of their own when comparing passages. */
const STOPWORDS = new Set(
  (
    'a about above across after afterwards again against all almost along already also although always am among an and another any ' +
    'anyone anything are around as at be became because become been before being below beside besides between both but by can could ' +
    'did do does doing done down during each either else enough even ever every few for from further had has have having he her here ' +
    'hers herself him himself his how however i if in into is it its itself just least less many may me meanwhile might mine more ' +
    'moreover most mostly much must my myself neither never nevertheless no nobody none nor not nothing now of off often on once one ' +
    'only onto or other others otherwise our ours ourselves out over own per perhaps rather same several shall she should since so ' +
    'some somehow someone something sometimes still such than that the their theirs them themselves then there thereby therefore ' +
    'these they this those though through throughout thus to together too toward towards under until up upon us very via was we well ' +
    'were what whatever when whenever where whereas whether which while who whoever whole whom whose why will with within without ' +
    'would yet you your yours yourself yourselves s t ' +
    'said say says saying told tell tells added adds according mr mrs ms dr'
  ).split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
