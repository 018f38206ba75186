/** Word lists for names and attributions: English news style, no names of particular people or places. */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Verbs that introduce or close a quotation ("Lavrov said", "said Blinken", "he added"). */
export const SPEECH_VERBS = set(`
  said says say saying told tells added adds stressed stresses noted notes warned warns asserted asserts assured assures
  stated states explained explains insisted insists declared declares remarked remarks argued argues claimed claims wrote
  writes tweeted tweets replied replies responded responds answered answers continued continues urged urges described
  describes admitted admits acknowledged acknowledges announced announces reiterated reiterates emphasized emphasised
  emphasizes emphasises underlined underlines observed observes commented comments suggested suggests concluded concludes
  affirmed affirms conceded concedes complained complains cautioned cautions vowed vows pledged pledges predicted predicts
  promised promises recalled recalls reported reports agreed agrees spoke speaks told asked asks called calls countered
  counters dismissed dismisses mused muses quipped quips maintained maintains confirmed confirms denied denies testified testifies alleged
  alleges contended contends boasted boasts lamented laments conceded wondered wonders shouted yelled whispered
`);

/** Words of a title or role before a name ("Russian Foreign Minister", "Secretary of State"). */
export const TITLE_WORDS = set(`
  president secretary minister foreign prime deputy vice state affairs defense defence interior finance justice chancellor
  senator sen representative rep congressman congresswoman governor gov mayor judge chief general gen colonel col lieutenant
  lt captain capt sergeant sgt admiral adm ambassador envoy spokesman spokeswoman spokesperson mr mrs ms miss dr prof
  professor sir dame lord lady king queen prince princess pope cardinal bishop archbishop rev reverend father sheikh emir
  ceo cfo coo chairman chairwoman chair director commissioner leader speaker attorney officer coach manager head inspector
  detective sheriff councillor councilman councilwoman lawmaker premier secretary-general president-elect economy trade
  health education energy commerce labor labour agriculture transport environment home national security adviser advisor
  former acting interim incoming outgoing opposition chairperson superintendent constable sergeant-at-arms counsel
  prosecutor solicitor barrister founder executive senior junior assistant associate first
`);

/** Lower-case role nouns just before a name ("opposition figure Alexei Navalny", "its CEO, Matthias Warnig"). */
export const ROLE_NOUNS = set(`
  figure critic spokesman spokeswoman spokesperson citizen citizens counterpart leader minister president secretary official
  lawyer attorney judge ceo founder chairman director actor actress singer player coach activist journalist reporter author
  professor candidate senator governor mayor envoy ambassador diplomat chief head commander general suspect victim
  defendant plaintiff witness resident farmer student teacher officer economist analyst researcher scientist doctor nurse
  manager executive chancellor premier king queen prince incumbent challenger rival opponent son daughter wife husband
  historian mother father brother sister colleague aide adviser advisor deputy lawmaker prosecutor investigator spokesperson
  owner boss chairwoman striker midfielder defender goalkeeper driver pilot captain astronaut cosmonaut engineer
  politician fisherman firefighter soldier worker employee nurse chef artist musician writer poet filmmaker
`);

/** Heads of organisation names: a run with one of these is not a person. */
export const ORG_WORDS = set(`
  council department ministry house agency committee commission court party union states kingdom republic federation
  assembly parliament congress senate government administration office bank fund group company corporation inc ltd llc ag
  plc university college school institute foundation association organization organisation news times post journal radio
  television tv network press service services force forces army navy police war summit conference forum ministerial
  treaty accord agreement act bill law program programme project pipeline stream initiative award prize festival club
  team hotel center centre airport station stadium hospital church cathedral museum cup league championship games
  olympics day week street avenue square bridge palace tower liberty free reserve exchange
  board authority tribunal brigade battalion corps guard guards coalition alliance movement front media daily weekly
  magazine review herald tribune gazette telegraph guardian observer chronicle society trust partners capital holdings
  industries airlines airways motors energy oil gas steel systems technologies labs studios records pictures entertainment
  peninsula sea ocean river lake island islands mountains coast valley gulf bay strait desert circle county province region
  district city chairmanship internet twitter facebook instagram youtube google tiktok
`);

/** Last words that make a run a place ("Korean Peninsula", "Arctic Circle", "Black Sea"). */
export const PLACE_HEADS = set('peninsula sea ocean river lake island islands mountains coast valley gulf bay strait desert circle county province region district');

/** First words that make a run a place ("North Korea", "New Delhi", "San Diego"). */
export const PLACE_PREFIXES = set(`
  north south east west northern southern eastern western central new upper lower greater saint st san santa los las el port
  fort mount cape
`);

/** Words before a place name: "in Reykjavik", "near Ukraine", "the capital, Reykjavik". */
export const LOCATIVES = set('in at from to near into across outside inside around toward towards throughout within along via off between');

/** Organisation heads that may still end a place name ("United States", "Korean Peninsula"). */
export const PLACE_OK_WORDS = set('states kingdom republic federation emirates union peninsula sea ocean river lake island islands mountains coast valley gulf bay strait desert circle county province region district city');
export const LOCATIVE_NOUNS = set('capital city town village region province state outskirts streets people residents suburb suburbs port county district country');
export const LOCATIVE_ADJECTIVES = set(`
  the eastern western northern southern central northeastern northwestern southeastern southwestern neighbouring neighboring
  nearby occupied annexed rural coastal downtown
`);

export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

/** Capitalised words that start sentences but never names. */
export const NON_NAME_STARTERS = set(`
  the a an but and or for in on at as if when while after before still afterwards last this that these those his her
  their our its we it he she they i you there here then however meanwhile although though since because so yet also
  meeting according asked speaking earlier later instead both each every some many most several all no not once under
  with without from by to of into over about against between during despite amid among following until unless whether
  where which who what why how what
`);

export const PRONOUNS = set('he she');

/** Generic role nouns, and the title words each one stands for ("the Russian diplomat" -> a foreign minister). */
export const ROLE_FAMILIES: Record<string, string[]> = {
  diplomat: ['foreign', 'minister', 'secretary', 'state', 'ambassador', 'envoy', 'diplomat', 'diplomacy'],
  diplomacy: ['foreign', 'minister', 'secretary', 'state', 'ambassador', 'envoy', 'diplomat', 'diplomacy'],
  official: [],
  politician: ['president', 'minister', 'senator', 'governor', 'mayor', 'lawmaker', 'leader'],
  lawmaker: ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'rep', 'sen'],
  leader: ['president', 'prime', 'leader', 'chancellor', 'premier', 'king', 'queen'],
  boss: ['ceo', 'chief', 'executive', 'chairman', 'director', 'manager', 'head', 'coach'],
  executive: ['ceo', 'chief', 'executive', 'chairman', 'director', 'cfo', 'coo'],
  envoy: ['ambassador', 'envoy'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
};

/** Nouns that name a person by role ("the Russian diplomat", "the head of Russian diplomacy"). */
export const PERSON_HEADS = set(`
  diplomat minister secretary president official spokesman spokeswoman spokesperson senator governor mayor ambassador envoy
  chancellor premier leader chief head ceo chairman chairwoman director judge lawyer attorney prosecutor officer commander
  general coach manager politician lawmaker candidate king queen prince pope executive boss founder critic activist
  economist analyst scientist expert adviser advisor aide
`);

/** Words that may sit between a speaker and the verb ("Lavrov also said", "Blinken on Wednesday said"). */
export const ATTRIBUTION_FILLERS = set('also later then has had have earlier again repeatedly recently previously once reportedly publicly further quickly on');
