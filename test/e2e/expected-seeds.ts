/**
 * The library rows the five seeds should produce, written down by reading the files (not
 * computed by the parser under test): the first line of each where it is a headline; seed 004
 * opens with a photo caption and a byline and has no headline, so it is listed as untitled
 * under its file name.
 */
export const EXPECTED_SEED_TITLES: readonly string[] = [
  'Top US and Russian diplomats urge dialog amid differences',
  'Blinken, Lavrov enter first high-level talks despite ‘differences’',
  'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’',
  "Russia, US seek cooperation amid tension, with 'serious differences'",
  'Untitled (004_4eb1885911f60789.txt)',
];

