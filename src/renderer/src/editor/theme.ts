import type { EditorThemeClasses } from 'lexical';

/** Lexical's classes for the note editor; styled in features/notes/notes.css. */
export const noteTheme: EditorThemeClasses = {
  paragraph: 'note-text__paragraph',
  quote: 'note-text__quote',
  heading: {
    h1: 'note-text__h1',
    h2: 'note-text__h2',
    h3: 'note-text__h3',
  },
  list: {
    ul: 'note-text__ul',
    ol: 'note-text__ol',
    listitem: 'note-text__li',
    nested: { listitem: 'note-text__li--nested' },
  },
  link: 'note-text__link',
  text: {
    bold: 'note-text--bold',
    italic: 'note-text--italic',
    underline: 'note-text--underline',
    strikethrough: 'note-text--strike',
    code: 'note-text--code',
  },
  spanLink: 'note-text__span-link',
};
