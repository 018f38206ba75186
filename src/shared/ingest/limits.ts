/**
 * How much structure a parser is given, whatever a file holds. Each bound is far past real
 * articles and keeps the libraries that walk a tree (linkedom, Readability, marked) in the time
 * and stack they were measured with (scripts/bench: parse-hostile).
 */

/**
 * Elements deeper than this in an HTML page lose their tags and keep their text. News pages
 * nest 20–60 deep and the deepest measured (readability-test-pages) 110; Readability's cost
 * grows with depth × size (1,000 deep took 7.6 s), and some of its walks recurse.
 */
export const MAX_HTML_DEPTH = 256;

/** More tags than this and a page is refused: the largest real article page measured has ~40,000; Readability slows past ~100,000. */
export const MAX_HTML_ELEMENTS = 300_000;

/**
 * Quote and list markers nested deeper than this in Markdown are dropped (the text stays).
 * marked parses nested blocks recursively: 1,000 levels took 10 s, deeper ones overflow the stack.
 */
export const MAX_MARKDOWN_DEPTH = 32;

/**
 * RTF groups nested deeper than this make the file refused as damaged. Word and the news
 * databases write 5–20 levels (fields in tables in shapes); the reader keeps one state per
 * open group, so a file of a million "{" must not become a million states.
 */
export const MAX_RTF_DEPTH = 256;

/**
 * Longest line of text an article may hold, in characters. A paragraph of a news article has a
 * few thousand; measured in Chromium (web mode), a 10 MB single line took the tab ~500 MB above
 * its baseline and a 30 MB one 1.4 GB (the sentence and metadata passes, the shingles and the
 * reader all hold copies of the one paragraph), so a file under the size limit could still
 * exhaust a tab, whose worker heap a browser cannot bound. 1,000,000 is a whole book with no
 * line break and costs ~50 MB.
 */
export const MAX_LINE_CHARS = 1_000_000;

/**
 * Most characters of text one article may hold. The longest real articles measured are under
 * 1 MB of text and a 1,000-page book is ~3 M characters; a 45 MB text took the tab 700 MB above
 * its baseline (~16 bytes held per character), so 20 M characters stays near 300 MB.
 */
export const MAX_ARTICLE_CHARS = 20_000_000;
