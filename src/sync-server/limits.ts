/** Limits on what one client message may carry. */

/**
 * The largest sync message (one Yjs update) a client may send: room for the largest article
 * text a project accepts (MAX_ARTICLE_TEXT characters, up to 3 bytes each in UTF-8) in one go,
 * and for a coder's first upload of thousands of highlights. A client sends bigger imports in
 * several updates.
 */
export const MAX_UPDATE_BYTES = 8 * 1024 * 1024;
/** Awareness (cursors, names) is small: a few hundred bytes per member. */
export const MAX_AWARENESS_BYTES = 64 * 1024;
/** The WebSocket frame cap (ws closes with 1009 beyond it), a little above the update cap so our own refusal, in words, comes first. */
export const MAX_FRAME_BYTES = MAX_UPDATE_BYTES + 64 * 1024;
/** Largest JSON body the admin API reads. */
export const MAX_API_BODY_BYTES = 64 * 1024;
/**
 * Documents one WebSocket may hold open at once. A member's first sync of a 10,000-article project
 * opens every text, both kinds of per-member documents and the notes: 30,000 leaves room for that;
 * beyond it a client is filling the server's memory, not working.
 */
export const MAX_DOCUMENTS_PER_SOCKET = 30_000;
