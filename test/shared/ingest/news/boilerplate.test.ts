import { describe, expect, it } from 'vitest';
import { classifyLine } from '@shared/ingest/news/boilerplate';

describe('classifyLine', () => {
  it.each([
    ['Related Articles', 'related links', 'section'],
    ['Top Stories', 'related links', 'section'],
    ['You may also like', 'related links', 'section'],
    ['Leave A Reply', 'comment form', 'section'],
    ['Leave a Comment', 'comment form', 'section'],
    ['Comments (12)', 'comment form', 'section'],
    ['Disclaimer:', 'disclaimer', 'section'],
    ['DISCLAIMER', 'disclaimer', 'section'],
    ['Back to top button', 'navigation', 'line'],
    ['Back to top', 'navigation', 'line'],
    ['Share this', 'share buttons', 'line'],
    ['Follow us on Twitter', 'social media prompt', 'line'],
    ['Follow The Herald on Facebook for the latest news', 'social media prompt', 'line'],
    ['Sign up for the Daily Ledger newsletter', 'newsletter prompt', 'line'],
    ['Advertisement', 'advertisement', 'line'],
    ['- ADVERTISEMENT -', 'advertisement', 'line'],
    ['Your email address will not be published.', 'comment form', 'line'],
    ['You have 2000 characters left.', 'comment form', 'line'],
    ['Please note that sending false messages to insult, defame, intimidate is punishable under law.', 'disclaimer', 'line'],
    ['© 2021 Daijiworld', 'copyright line', 'line'],
    ['Tags: Russia, United States, diplomacy', 'tags', 'line'],
  ])('takes "%s" for %s', (line, reason, kind) => {
    expect(classifyLine(line)).toMatchObject({ reason, kind });
  });

  it.each([
    'Blinken called for cooperation with Russia to make the world safer.',
    'What Blinken and Lavrov said',
    'US seeks to rebuild bridges',
    'Share prices fell sharply on Monday after the announcement.',
    'Comments by the minister angered the opposition.',
  ])('leaves the article line "%s" alone', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
