/** Mixes a `#rrggbb` colour with white; `amount` 0 keeps it, 1 gives white. Dark text stays legible on it. */
export function tint(hex: string, amount: number): string {
  const key = `${hex}|${amount}`;
  let mixed = memo.get(key);
  if (mixed === undefined) {
    if (memo.size >= 1000) memo.clear();
    memo.set(key, (mixed = mix(hex, amount)));
  }
  return mixed;
}

/** A plan has a handful of lane colours; every item drawn asks again, at every zoom step. */
const memo = new Map<string, string>();

function mix(hex: string, amount: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
