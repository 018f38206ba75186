import { TAG_PALETTE } from '@shared/codebook/palette';

/** A member's colour (their cursor, the underline of their highlights): one of the palette's distinguishable colours, the same on every device. */
export function memberColour(memberId: string): string {
  let hash = 0;
  for (const char of memberId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length]!.color;
}
