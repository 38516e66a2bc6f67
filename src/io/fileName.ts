import { FILE_EXTENSION } from './planFile';

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
/**
 * Characters that change how a name reads without being seen: bidi controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C; "Budget\u202Egpj.exe" shows as "Budgetexe.jpg") and
 * zero-width ones (U+200B–U+200D, U+2060, U+FEFF). They are dropped, not turned into spaces.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** Noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF of every plane) and lone surrogates. */
const NOT_TEXT =
  /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 120;

/**
 * `<title>-<as-of date>.tiekartta.json`, safe on Windows, macOS and Linux. Titles usually end in
 * their year, and "tiekartta 2022-2022-06-15" reads as a range, so the year is written once:
 * - a title whose last word is the as-of year shares it: "tiekartta 2022" → "tiekartta 2022-06-15";
 * - a title ending in another number is set apart by a space: "Tiekartta 2023 2022-06-15";
 * - any other title is joined by a hyphen: "Keski-Suomi TORI TOSI-2022-06-15".
 */
export function planFileName(title: string, asOf: string, extension = FILE_EXTENSION): string {
  let stem = title
    .replace(NOT_TEXT, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/[\ud800-\udbff]$/, '') // never half of a pair cut at the limit
    .trim();
  if (!stem || WINDOWS_RESERVED.test(stem)) stem = `tiekartta${stem ? `-${stem}` : ''}`;
  return `${stem}${dateJoint(stem, asOf)}${extension}`;
}

/** What follows the title: the as-of date, less its year when the title ends in that year. */
function dateJoint(stem: string, asOf: string): string {
  const year = asOf.slice(0, 4);
  if (stem.endsWith(year) && !/[\p{L}\p{N}]/u.test(stem.slice(-year.length - 1, -year.length)))
    return asOf.slice(4);
  return /\p{N}$/u.test(stem) ? ` ${asOf}` : `-${asOf}`;
}
