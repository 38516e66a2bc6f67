/** Fields that hold one line of text; `notes` is the only multi-line one. */
const SINGLE_LINE_KEYS = new Set(['title', 'organisation', 'name', 'label', 'owner']);
const LINE_BREAKS = /[\t\n\r]+/g;
const HAS_BREAK = /[\t\n\r]/;

/**
 * Reads tab and line breaks in single-line fields as spaces. The first release let them in (a
 * label pasted from an Excel cell ends in a tab); the schema now refuses them, and a plan saved
 * then must still open. Copies only what it changes; anything else is left to the schema.
 */
export function repairText(value: unknown, key = ''): unknown {
  if (typeof value === 'string')
    return SINGLE_LINE_KEYS.has(key) && HAS_BREAK.test(value)
      ? value.replace(LINE_BREAKS, ' ')
      : value;
  if (Array.isArray(value)) {
    const inner = key === 'principles' ? 'name' : key;
    return copyIfChanged(
      value,
      value.map((v) => repairText(v, inner)),
    );
  }
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const repaired = entries.map(([k, v]) => [k, repairText(v, k)] as const);
  return repaired.some(([, v], i) => v !== entries[i]?.[1]) ? Object.fromEntries(repaired) : value;
}

function copyIfChanged(before: unknown[], after: unknown[]): unknown[] {
  return after.some((v, i) => v !== before[i]) ? after : before;
}
