/** Why a typed amount was refused; each has its own sentence (money.error.*). */
export type MoneyError =
  'empty' | 'notANumber' | 'negative' | 'ambiguous' | 'tooPrecise' | 'tooLarge';

export type ParsedMoney = { ok: true; cents: number } | { ok: false; error: MoneyError };

/** Spaces a number may be grouped with: space, no-break space, narrow no-break space. */
const SPACES = /[\s\u00a0\u202f]+/g;
const UNITS: [RegExp, number][] = [
  [/(?:m€|meur|milj\.?\s*€?|milj\.?\s*eur|me)$/i, 1_000_000],
  [/(?:t€|k€|teur|keur|t\.?\s*€)$/i, 1_000],
  [/(?:€|eur|e)$/i, 1],
];
/** Digits in groups of three after the first: "942 086", "12 434 759". */
const GROUPED = /^\d{1,3}(?: \d{3})+$/;
const PLAIN = /^\d+$/;

/**
 * An amount as Finns type it, in integer cents: "942 086", "942086 €", "1,3 M€", "12 434 759,00",
 * "250 t€". The decimal separator is a comma and thousands are grouped with spaces. A full stop
 * is refused ("1.234,5" and "1.5" read differently in other countries), as is a comma followed by
 * exactly three digits after a short number ("1,234": a thousand separator in English), unless
 * the number is grouped with spaces or starts with 0 and leaves no doubt. No float is involved:
 * the digits are shifted as text.
 */
export function parseMoney(input: string, max = Number.MAX_SAFE_INTEGER): ParsedMoney {
  let text = input.trim().replace(SPACES, ' ');
  if (!text) return { ok: false, error: 'empty' };
  if (/^[-−–]/.test(text)) return { ok: false, error: 'negative' };
  let unit = 1;
  for (const [pattern, factor] of UNITS) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '').trim();
      unit = factor;
      break;
    }
  }
  if (text.includes('.')) return { ok: false, error: 'ambiguous' };
  const [whole = '', fraction, extra] = text.split(',');
  if (extra !== undefined || !whole) return { ok: false, error: 'notANumber' };
  const grouped = GROUPED.test(whole);
  if (!grouped && !PLAIN.test(whole)) return { ok: false, error: 'notANumber' };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { ok: false, error: 'notANumber' };
  if (fraction?.length === 3 && !grouped && whole.length <= 3 && !/^0+$/.test(whole))
    return { ok: false, error: 'ambiguous' };
  // Cents: the whole number and the fraction, shifted by the unit's zeros and two more.
  const shift = Math.log10(unit) + 2;
  const digits = whole.replace(/ /g, '') + (fraction ?? '');
  const places = (fraction ?? '').length;
  if (places > shift) {
    if (!/^0+$/.test(digits.slice(digits.length - (places - shift))))
      return { ok: false, error: 'tooPrecise' };
  }
  const centsText =
    places > shift
      ? digits.slice(0, digits.length - (places - shift))
      : digits + '0'.repeat(shift - places);
  const trimmed = centsText.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 16 || Number(trimmed) > max) return { ok: false, error: 'tooLarge' };
  return { ok: true, cents: Number(trimmed) };
}
