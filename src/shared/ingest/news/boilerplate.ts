import { endsLikeSentence, wordCount } from './lines';

/**
 * Page furniture that comes along when an article is copied from a web page. A `section`
 * marker heads a run of furniture (related links, a comment form, a disclaimer) and takes
 * the lines after it; a `line` marker is furniture on its own.
 */
export interface Marker {
  reason: string;
  kind: 'section' | 'line';
  /** What a section takes after its heading: link titles, form fields, or everything up to the next marker. */
  takes?: 'links' | 'form' | 'rest';
}

const RELATED =
  /^(?:related(?:\s+(?:articles?|stories|posts|news|content|coverage|links|reading|topics|videos))?|top\s+stories|more\s+(?:stories|news|articles|headlines)|most\s+(?:read|popular|viewed|shared)|read\s+(?:more|also|next)|also\s+read|you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|trending(?:\s+(?:now|stories|news))?|latest(?:\s+(?:news|stories|articles|headlines))?|more\s+(?:from|on|in)\s+.{1,40}|see\s+also|editor['’]s\s+picks|don['’]t\s+miss|popular\s+(?:now|stories)|what\s+to\s+read\s+next|other\s+stories)\s*[:»›>]?$/i;
const COMMENTS =
  /^(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+(?:a\s+)?comment|write\s+a\s+comment|comments?|\d+\s+comments?|comments?\s*\(\d+\)|reader\s+comments|join\s+the\s+(?:conversation|discussion)|have\s+your\s+say|show\s+comments|view\s+comments|discussion)\s*:?$/i;
const DISCLAIMER = /^disclaimer\b\s*:?/i;

const LINE_MARKERS: [RegExp, string][] = [
  [/^(?:back\s+to\s+top(?:\s+button)?|scroll\s+to\s+top|skip\s+to\s+(?:main\s+)?content|go\s+to\s+top|top\s+of\s+page)\s*[↑^]?$/i, 'navigation'],
  [/^(?:home|news)\s*[>›»/]\s*\S.{0,80}$/i, 'navigation'],
  [
    /^(?:share(?:\s+(?:this|the|on|via)\b.{0,40})?|tweet|share\s+article|print(?:\s+this\s+(?:article|page|story))?|email(?:\s+this\s+(?:article|page|story))?|copy\s+link|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|messenger|pocket|flipboard)\s*:?$/i,
    'share buttons',
  ],
  [/^follow\s+(?:us|@?[\p{L}\p{N}_.]+(?:\s[\p{L}\p{N}_.]+){0,3})\s+on\s+(?:twitter|facebook|instagram|x|telegram|linkedin|youtube|google\s+news|threads|whatsapp|tiktok)\b.{0,80}$/iu, 'social media prompt'],
  [/^follow\s+us\b.{0,60}$/i, 'social media prompt'],
  [/^(?:click|tap)\s+here\s+to\s+(?:subscribe|follow|join|read|download|sign\s+up).{0,120}$/i, 'call to action'],
  [/^(?:sign\s+up|subscribe|register)\b.{0,160}\bnewsletters?\b.{0,80}$/i, 'newsletter prompt'],
  [/^(?:get|receive)\s+(?:our|the)\b.{0,80}\bnewsletters?\b.{0,80}$/i, 'newsletter prompt'],
  [/^subscribe(?:\s+(?:now|today|here))?[.!]?$/i, 'newsletter prompt'],
  [/^[-–—\s]*(?:advertisement|advertising|ad|sponsored(?:\s+content)?|promoted|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+to\s+continue(?:\s+with\s+content)?)[-–—\s]*$/i, 'advertisement'],
  [/^(?:your\s+email\s+address\s+will\s+not\s+be\s+published\.?.*|required\s+fields\s+are\s+marked.*|(?:you\s+have\s+)?\d+\s+characters?\s+(?:left|remaining)\.?|save\s+my\s+name,?\s+email,?\s+and\s+website.*|(?:post|submit)\s+(?:a\s+)?comment|cancel\s+reply|notify\s+me\s+of\s+(?:new\s+|follow-up\s+)?(?:comments|posts).*|log\s*in\s+to\s+(?:comment|leave\s+a\s+comment).*|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment.*)$/i, 'comment form'],
  [/^please\s+note\s+that\s+sending\s+false\s+messages\b.*/i, 'disclaimer'],
  [/^\(?(?:this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\s+by|(?:the\s+)?views\s+(?:and\s+opinions\s+)?expressed\s+(?:in\s+this\s+(?:article|piece|column)\s+)?are\s+(?:those\s+of\s+the\s+author|the\s+author['’]s\s+own|solely))\b.*$/i, 'disclaimer'],
  [/^(?:©|\(c\)\s|copyright\b)\s*.{0,180}$/i, 'copyright line'],
  [/^all\s+rights\s+reserved\.?$/i, 'copyright line'],
  [/^(?:tags?|topics?|filed\s+under|categories|keywords)\s*:.{0,200}$/i, 'tags'],
  [/^(?:\d+\s+min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?article|reading\s+time\s*:.{0,20})$/i, 'reading time'],
];

/** The marker a line is, if it is one. Lines long enough to be a paragraph never are. */
export function classifyLine(line: string): Marker | null {
  if (!line || line.length > 400) return null;
  if (RELATED.test(line)) return { reason: 'related links', kind: 'section', takes: 'links' };
  if (COMMENTS.test(line)) return { reason: 'comment form', kind: 'section', takes: 'rest' };
  if (DISCLAIMER.test(line)) return { reason: 'disclaimer', kind: 'section', takes: 'rest' };
  for (const [pattern, reason] of LINE_MARKERS) if (pattern.test(line)) return { reason, kind: 'line' };
  return null;
}

/** A line that could be the title of a linked story: short, and not a sentence of prose. */
export function isLinkTitle(line: string): boolean {
  return line.length <= 160 && wordCount(line) <= 25 && !endsLikeSentence(line);
}

/** A line a comment form holds: a field label, a counter, the story's title repeated. */
export function isFormField(line: string): boolean {
  return /^(?:name|e-?mail|website|title|comment|message|captcha)\s*\*?\s*:?/i.test(line) || (line.length <= 80 && !endsLikeSentence(line));
}
