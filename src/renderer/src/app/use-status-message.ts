import { useEffect, useState } from 'react';
import type { UndoEvent } from './undo';

/**
 * How long a status message stays: long enough to read a sentence twice, short enough that
 * "Undid: …" is not still there, stale, when the next thing happens.
 */
export const STATUS_MESSAGE_LIFETIME_MS = 8_000;

/** A message of the app's (export done, backup made), numbered so that the same words said twice are news. */
export interface Announcement {
  serial: number;
  message: string;
  /** When it was said (ms since the epoch), to tell it from the undo history's newest event. */
  at: number;
}

export interface StatusMessage {
  message: string;
  undoable: boolean;
}

/** The newest of the app's announcements and the undo history's events, until it expires. */
export function useStatusMessage(announcement: Announcement | null, event: UndoEvent | null): StatusMessage | null {
  const fromEvent = event && (!announcement || event.at >= announcement.at);
  const key = fromEvent ? `event:${event.serial}` : announcement ? `announcement:${announcement.serial}` : null;
  const [expired, setExpired] = useState<string | null>(null);
  useEffect(() => {
    if (!key) return;
    const timer = setTimeout(() => setExpired(key), STATUS_MESSAGE_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [key]);
  if (!key || key === expired) return null;
  return fromEvent ? { message: event.message, undoable: event.undoable } : { message: announcement!.message, undoable: false };
}
