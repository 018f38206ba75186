/**
 * Word lists for the synthetic corpus. Common words come first in each list (the generator
 * picks with a Zipf-like bias), so term frequencies look like news prose rather than noise.
 * Names of people and places are built from syllables, so a large corpus has a large,
 * realistic vocabulary of rare proper nouns.
 */

export interface Outlet {
  name: string;
  domain: string;
  /** How this outlet's copy tends to look. */
  style: {
    /** Opens with a wire dateline such as "OSLO, May 19 (Reuters) -". */
    dateline: number;
    byline: number;
    /** Dash after the dateline. */
    dash: string;
    /** Uses typographic quotes. */
    curlyQuotes: boolean;
    /** Furniture it leaves in copied text. */
    comments: boolean;
    related: boolean;
    copyright: boolean;
  };
}

const o = (name: string, domain: string, style: Partial<Outlet['style']> = {}): Outlet => ({
  name,
  domain,
  style: { dateline: 0.6, byline: 0.7, dash: '—', curlyQuotes: true, comments: false, related: true, copyright: false, ...style },
});

export const OUTLETS: Outlet[] = [
  o('The Harbour Gazette', 'harbourgazette.example', { comments: true }),
  o('Northern Ledger', 'northernledger.example', { dash: '-', curlyQuotes: false }),
  o('Daily Meridian', 'dailymeridian.example', { copyright: true }),
  o('The Continental Review', 'continentalreview.example', { dateline: 0.2 }),
  o('Capital Courier', 'capitalcourier.example', { comments: true, curlyQuotes: false }),
  o('Baltic Wire Service', 'balticwire.example', { dateline: 0.95, byline: 0.2, dash: '-' }),
  o('The Evening Sentinel', 'eveningsentinel.example', { related: false }),
  o('Pacific Times Online', 'pacifictimes.example', { comments: true, copyright: true }),
  o('Global Affairs Monitor', 'globalaffairsmonitor.example', { dateline: 0.3 }),
  o('The Civic Observer', 'civicobserver.example', { dash: '–' }),
  o('Riverside Chronicle', 'riversidechronicle.example', { comments: true, curlyQuotes: false }),
  o('Atlantic Dispatch', 'atlanticdispatch.example', { copyright: true }),
  o('The Plains Herald', 'plainsherald.example', { byline: 0.9 }),
  o('Metro Newsline', 'metronewsline.example', { dateline: 0.8, dash: '-' }),
  o('The Upland Post', 'uplandpost.example', { comments: true }),
  o('Eastern Standard', 'easternstandard.example', { curlyQuotes: false, copyright: true }),
];

export const AGENCIES = ['Reuters', 'AP', 'AFP', 'dpa', 'EFE', 'Interfax', 'Xinhua', 'Kyodo', 'ANSA', 'PTI'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z', ''];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia', 'au', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'm', 'nd', 'rt', 'st', 'v', 'sk', 'th'];

/** A pronounceable made-up name of 2-3 syllables, capitalised. */
export function syllableName(next: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) {
    const on = ONSETS[Math.floor(next() * ONSETS.length)] ?? '';
    const nu = NUCLEI[Math.floor(next() * NUCLEI.length)] ?? 'a';
    const co = i === syllables - 1 ? (CODAS[Math.floor(next() * CODAS.length)] ?? '') : '';
    word += on + nu + co;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const FIRST_NAMES = [
  'Anna', 'James', 'Maria', 'David', 'Elena', 'Michael', 'Sofia', 'Thomas', 'Laura', 'Daniel', 'Olga', 'Peter', 'Amira', 'Carlos',
  'Ingrid', 'Kenji', 'Fatima', 'Lukas', 'Priya', 'Sergei', 'Helen', 'Omar', 'Julia', 'Victor', 'Noor', 'Marek', 'Claire', 'Tomas',
  'Aisha', 'Henrik', 'Yuki', 'Paolo', 'Grace', 'Ivan', 'Leila', 'Jonas', 'Rosa', 'Adrian', 'Mei', 'Felix', 'Nadia', 'Samuel',
];

export const ROLES = [
  'Foreign Minister', 'Prime Minister', 'President', 'spokesperson', 'Defence Minister', 'Finance Minister', 'Secretary of State',
  'mayor', 'chief negotiator', 'senior official', 'ambassador', 'opposition leader', 'central bank governor', 'union leader',
  'Health Minister', 'police chief', 'chief executive', 'governor', 'Energy Minister', 'Trade Minister', 'envoy',
];

export const ORGANISATIONS = [
  'Arctic Council', 'United Nations', 'European Union', 'World Health Organization', 'International Monetary Fund', 'NATO',
  'World Bank', 'African Union', 'Red Cross', 'World Trade Organization', 'Security Council', 'parliament', 'Supreme Court',
  'central bank', 'electoral commission', 'energy regulator', 'port authority', 'coast guard', 'health ministry', 'trade union',
];

export const TOPICS: { name: string; words: string[] }[] = [
  { name: 'diplomacy', words: ['talks', 'summit', 'delegation', 'treaty', 'sanctions', 'relations', 'dialogue', 'counterpart', 'bilateral', 'ceasefire', 'embassy', 'envoy', 'negotiations', 'agreement', 'differences'] },
  { name: 'economy', words: ['inflation', 'interest', 'rates', 'growth', 'budget', 'deficit', 'exports', 'tariffs', 'markets', 'currency', 'recession', 'investors', 'prices', 'wages', 'bonds'] },
  { name: 'climate', words: ['emissions', 'climate', 'warming', 'drought', 'flooding', 'renewable', 'carbon', 'glacier', 'heatwave', 'wildfires', 'coastline', 'forests', 'pollution', 'targets', 'adaptation'] },
  { name: 'health', words: ['vaccine', 'hospital', 'outbreak', 'patients', 'doctors', 'infections', 'pandemic', 'clinics', 'treatment', 'virus', 'nurses', 'testing', 'cases', 'symptoms', 'quarantine'] },
  { name: 'elections', words: ['election', 'ballot', 'voters', 'campaign', 'candidates', 'turnout', 'polls', 'coalition', 'referendum', 'constituency', 'majority', 'results', 'recount', 'rally', 'manifesto'] },
  { name: 'energy', words: ['pipeline', 'gas', 'oil', 'refinery', 'electricity', 'grid', 'reactor', 'supplies', 'output', 'barrels', 'turbines', 'storage', 'shortages', 'exports', 'drilling'] },
  { name: 'security', words: ['troops', 'border', 'military', 'missile', 'drills', 'deployment', 'attack', 'soldiers', 'airspace', 'navy', 'weapons', 'convoy', 'patrols', 'casualties', 'offensive'] },
  { name: 'courts', words: ['court', 'judge', 'verdict', 'trial', 'appeal', 'prosecutors', 'lawyers', 'charges', 'sentence', 'ruling', 'testimony', 'evidence', 'jury', 'defendant', 'hearing'] },
  { name: 'technology', words: ['software', 'data', 'privacy', 'platform', 'regulators', 'chips', 'startups', 'networks', 'algorithm', 'outage', 'cyberattack', 'servers', 'users', 'encryption', 'satellite'] },
  { name: 'transport', words: ['railway', 'airport', 'flights', 'strike', 'passengers', 'ferry', 'highway', 'delays', 'tickets', 'freight', 'port', 'bridge', 'tunnel', 'timetable', 'commuters'] },
];

export const NOUNS = [
  'government', 'country', 'people', 'year', 'week', 'officials', 'state', 'plan', 'city', 'region', 'minister', 'report', 'statement',
  'meeting', 'issue', 'policy', 'decision', 'process', 'support', 'situation', 'country', 'security', 'community', 'leaders', 'change',
  'proposal', 'question', 'response', 'crisis', 'pressure', 'measures', 'future', 'system', 'members', 'area', 'action', 'record',
  'concerns', 'efforts', 'interests', 'conditions', 'figures', 'analysts', 'residents', 'critics', 'observers', 'partners', 'allies',
  'neighbours', 'authorities', 'institutions', 'reforms', 'funding', 'priorities', 'position', 'warning', 'deadline', 'framework',
  'consequences', 'commitment', 'cooperation', 'tensions', 'dispute', 'compromise', 'initiative', 'investigation', 'inquiry', 'review',
  'assessment', 'mandate', 'timeline', 'resources', 'infrastructure', 'capacity', 'oversight', 'transparency', 'accountability',
  'consultation', 'implementation', 'legislation', 'amendment', 'budget', 'spending', 'revenue', 'estimate', 'forecast', 'survey',
  'headquarters', 'capital', 'province', 'district', 'village', 'harbour', 'valley', 'island', 'peninsula', 'frontier', 'corridor',
  'stakeholders', 'volunteers', 'workers', 'farmers', 'students', 'families', 'businesses', 'companies', 'agencies', 'ministries',
];

export const ADJECTIVES = [
  'new', 'major', 'senior', 'public', 'local', 'national', 'international', 'political', 'economic', 'serious', 'recent', 'key',
  'strong', 'possible', 'significant', 'difficult', 'clear', 'direct', 'formal', 'joint', 'regional', 'long-term', 'urgent',
  'constructive', 'productive', 'cautious', 'fragile', 'unprecedented', 'controversial', 'preliminary', 'comprehensive',
  'bilateral', 'multilateral', 'domestic', 'sweeping', 'modest', 'sharp', 'steady', 'gradual', 'broader', 'tentative', 'decisive',
  'frank', 'candid', 'pragmatic', 'predictable', 'stable', 'transparent', 'independent', 'emergency', 'temporary', 'permanent',
];

export const VERBS = [
  'said', 'told', 'announced', 'warned', 'confirmed', 'denied', 'argued', 'urged', 'called for', 'rejected', 'welcomed',
  'criticised', 'questioned', 'proposed', 'approved', 'delayed', 'launched', 'expanded', 'reduced', 'raised', 'discussed',
  'reviewed', 'described', 'signalled', 'outlined', 'acknowledged', 'insisted', 'stressed', 'promised', 'pledged', 'suspended',
  'resumed', 'extended', 'blocked', 'backed', 'opposed', 'examined', 'addressed', 'highlighted', 'prepared', 'completed',
];

/** Paraphrase swaps used when an outlet rewords a shared quote. */
export const SYNONYMS: Record<string, string> = {
  ready: 'prepared',
  discuss: 'talk about',
  issues: 'questions',
  serious: 'deep',
  work: 'cooperate',
  together: 'jointly',
  safer: 'more secure',
  respond: 'react',
  honest: 'frank',
  important: 'crucial',
  believe: 'think',
  must: 'have to',
  people: 'citizens',
  clear: 'plain',
  continue: 'keep going',
  difficult: 'hard',
  support: 'back',
  want: 'wish',
  quickly: 'soon',
  agreement: 'deal',
};

export const QUOTE_OPENERS = [
  'We are ready to', 'We will not', 'Our position is that we must', 'It is important that we', 'I believe we can',
  'Nobody wants to', 'We have made it clear that we will', 'The people deserve to', 'We must continue to', 'It is too early to',
  'We want to', 'There is no reason to', 'We are prepared to', 'I think it is time to', 'We cannot afford to',
];

export const QUOTE_OBJECTS = [
  'discuss all issues without exception', 'work together on the things that matter', 'respond if our partners are threatened',
  'keep the channels of communication open', 'support the people who need it most', 'find a solution that is fair to everyone',
  'make the region safer and more stable', 'protect jobs and livelihoods', 'hold those responsible to account',
  'take the difficult decisions quickly', 'build trust step by step', 'defend our interests where they collide',
  'honour the commitments we have made', 'look at the evidence before we decide', 'reach an agreement before the deadline',
];

export const QUOTE_TAILS = [
  'and that is what we told them', 'even if the differences are serious', 'as long as the discussion is honest',
  'because the alternative is worse', 'and we will judge them by their actions', 'but it will take time',
  'whatever happens next week', 'on the basis of mutual respect', 'and we expect the same in return', 'for the sake of our people',
];

export const RELATED_HEADINGS = ['Related articles', 'More stories', 'Read more', 'Most read', 'You may also like', 'Related coverage'];
export const RELATED_TITLES = [
  'What the new rules mean for you', 'Five things to know before the vote', 'Analysis: a fragile truce holds for now',
  'Markets react to the latest figures', 'Inside the talks that almost failed', 'Who are the key players?',
  'Timeline: how the dispute unfolded', 'Opinion: the deal nobody wanted', 'Explainer: the numbers behind the crisis',
  'Residents count the cost after the storm', 'Watch: the press conference in full', 'The week in pictures',
];
export const COMMENT_FORMS = [
  ['Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.', 'Post Comment'],
  ['Comments', 'You must be logged in to post a comment.'],
  ['Join the conversation', 'Notify me of new comments via email.'],
];
export const CREDIT_LINES = [
  'With reporting by {a} and {b}',
  'Additional reporting by {a}',
  'Reporting by {name}; Editing by {name2}',
  'This story has not been edited by {outlet} staff and is auto-generated from a syndicated feed.',
  '({a} contributed to this report.)',
];
