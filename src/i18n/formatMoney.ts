/** No-break space: an amount never breaks over two lines ("28 875 950 €"). */
const NBSP = '\u00a0';

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/**
 * Cents as euros the Finnish way: "28 875 950 €", with cents only when there are some
 * ("12 434 759,50 €"). Whole numbers of cents only; the same in every language of the app.
 */
export function formatEuros(cents: number, unit = true): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = grouped(String(Math.floor(abs / 100)));
  const rest = abs % 100;
  const text = rest ? `${euros},${String(rest).padStart(2, '0')}` : euros;
  return `${sign}${text}${unit ? `${NBSP}€` : ''}`;
}

/**
 * Cents as millions with one decimal, as on the slides: "23,6 M€"; with `open`, the
 * applications not yet decided as "+ X": "23,4 + X M€".
 */
export function formatMillions(cents: number, open = false): string {
  const tenths = Math.round(cents / 10_000_000);
  const text = `${grouped(String(Math.floor(tenths / 10)))},${tenths % 10}`;
  return `${text}${open ? `${NBSP}+${NBSP}X` : ''}${NBSP}M€`;
}

/** Cents as the editor's input shows them, to be parsed back the same: "1 342 145" or "0,50". */
export const moneyInputText = (cents: number): string =>
  formatEuros(cents, false).replace(/\u00a0/g, ' ');
