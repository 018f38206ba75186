import { describe, expect, it } from 'vitest';
import {
  preferredSpelling,
  readCopyright,
  readDisclaimerOutlet,
  readNewsletterOutlet,
  titleCaseCapitals,
  withoutDomain,
} from '@shared/ingest/news/outlet';

describe('readCopyright', () => {
  it('reads the outlet of a copyright line', () => {
    expect(readCopyright('© 2021 Daijiworld')).toEqual({ outlet: 'Daijiworld', agency: null });
    expect(readCopyright('Copyright © 2019-2021 The Harbour Gazette Ltd. All rights reserved.')).toEqual({ outlet: 'The Harbour Gazette', agency: null });
  });

  it('takes a copyright held by a wire agency as an agency', () => {
    expect(readCopyright('Copyright 2021 The Associated Press. All rights reserved.')).toEqual({ outlet: null, agency: 'AP' });
  });

  it('reads no outlet from a copyright held by "the author"', () => {
    expect(readCopyright('Copyright the author 2021')).toEqual({ outlet: null, agency: null });
  });
});

describe('readDisclaimerOutlet', () => {
  it('reads the site a disclaimer names, without ".com"', () => {
    expect(readDisclaimerOutlet('Hence, sending offensive comments is at your own risk, and in no way will Daijiworld.com be held responsible.')).toEqual({
      name: 'Daijiworld',
      source: 'disclaimer',
      evidence: 'in no way will Daijiworld.com be held responsible',
    });
  });

  it('keeps "The" in an outlet\u2019s name', () => {
    expect(readDisclaimerOutlet('The Daily Courier is not responsible for its content.')?.name).toBe('The Daily Courier');
  });

  it('reads nothing when the disclaimer names no one', () => {
    expect(readDisclaimerOutlet('The website will not be responsible for comments.')).toBeNull();
    expect(readDisclaimerOutlet('We are not responsible for comments.')).toBeNull();
  });
});

describe('readNewsletterOutlet', () => {
  it('reads the outlet of a possessive newsletter prompt', () => {
    expect(readNewsletterOutlet("Sign up for the Coastal Herald's Morning Briefing newsletter")?.name).toBe('Coastal Herald');
  });

  it('reads a one-word outlet before "newsletter"', () => {
    expect(readNewsletterOutlet('Sign up for the Daijiworld newsletter')?.name).toBe('Daijiworld');
  });

  it('does not take a newsletter\u2019s own name for an outlet', () => {
    expect(readNewsletterOutlet('Sign up for the Morning newsletter')).toBeNull();
    expect(readNewsletterOutlet('Sign up for our newsletter')).toBeNull();
  });
});

describe('outlet names', () => {
  it('title-cases capitals but keeps short acronyms', () => {
    expect(titleCaseCapitals('DIPLOMATIC TIMES')).toBe('Diplomatic Times');
    expect(titleCaseCapitals('THE WALL STREET JOURNAL')).toBe('The Wall Street Journal');
    expect(titleCaseCapitals('CNN')).toBe('CNN');
  });

  it('drops the domain ending from a site name', () => {
    expect(withoutDomain('Daijiworld.com')).toBe('Daijiworld');
    expect(withoutDomain('www.example.co.uk')).toBe('example');
    expect(withoutDomain('The Hindu')).toBe('The Hindu');
  });

  it('prefers the capitalised spelling the text also uses', () => {
    expect(preferredSpelling('daijiworld', 'using daijiworld.com ... obligatory on Daijiworld to provide')).toBe('Daijiworld');
    expect(preferredSpelling('daijiworld', 'using daijiworld.com only')).toBe('daijiworld');
  });
});
