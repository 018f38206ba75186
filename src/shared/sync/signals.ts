/**
 * Stateless messages the server sends on a project's document (Hocuspocus broadcastStateless):
 * signals only, never data, so a client that misses one loses nothing (it also asks on a timer).
 */

/** Members, roles or the coding round changed: ask the admin API how the project stands now. */
export const ADMIN_CHANGED_SIGNAL = 'parallax:admin-changed';
