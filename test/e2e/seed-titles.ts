/** What a person sees in the library for the five seeds (the headline, or the file name where the text has none). */
export const SEED_FILES = [
  '000_d1152bbe736e7740.txt',
  '001_c7b545009d58353a.txt',
  '002_6c188231047a0d29.txt',
  '003_3db9fcb7f8b253cf.txt',
  '004_4eb1885911f60789.txt',
];
