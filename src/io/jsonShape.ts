/** Deeper than any plan file (envelope › plan › lanes › lane › rows › row is 6). */
export const MAX_JSON_DEPTH = 32;
/** Opening brackets allowed in one file: a 50,000-item plan needs about 100,000. */
export const MAX_JSON_CONTAINERS = 500_000;

/**
 * Counts nesting depth and containers in JSON text without parsing it, so a hostile file
 * ("[[[[…" a million deep) is refused with an error instead of overflowing the stack.
 * Brackets inside strings are skipped.
 */
export function checkJsonShape(
  text: string,
): { ok: true } | { ok: false; reason: 'too-deep' | 'too-many' } {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return { ok: false, reason: 'too-deep' };
      if (++containers > MAX_JSON_CONTAINERS) return { ok: false, reason: 'too-many' };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { ok: true };
}
