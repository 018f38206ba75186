/**
 * The library rows the five seeds should produce, written down by reading the files (not
 * computed by the parser under test): the first line of each where it is a headline; seed 004
 * opens with a photo caption and a byline and has no headline, so it is listed as untitled
 * under its file name.
 */
export const SEED_TITLE = {
  TOP: 'Top US and Russian diplomats urge dialog amid differences',
  BLINKEN: 'Blinken, Lavrov enter first high-level talks despite ‘differences’',
  STRESS: 'U.S., Russian Diplomats Stress Cooperative Approach Despite ‘Serious Differences’',
  RUSSIA: "Russia, US seek cooperation amid tension, with 'serious differences'",
  UNTITLED: 'Untitled (004_4eb1885911f60789.txt)',
} as const;

/** The seeds' titles in the order the files are named (001 to 005). */
export const EXPECTED_SEED_TITLES: readonly string[] = [
  SEED_TITLE.TOP,
  SEED_TITLE.BLINKEN,
  SEED_TITLE.STRESS,
  SEED_TITLE.RUSSIA,
  SEED_TITLE.UNTITLED,
];

