import { noBreakAmounts } from './noBreakAmounts';
import { estimateTextWidth } from './textWidth';

/** A caption as drawn (amounts bound by no-break spaces) and its width at one font size, in px. */
export interface MeasuredCaption {
  text: string;
  width: number;
}

/** By font size, then caption: layout measures every label again at every zoom step. */
const memo = new Map<number, Map<string, MeasuredCaption>>();
/** Emptied when full, so memory stays bounded whatever the plans opened. */
const MEMO_MAX = 50_000;

/** `noBreakAmounts(raw)` and its `estimateTextWidth` at `fontPx`, computed once per caption. */
export function measureCaption(raw: string, fontPx: number): MeasuredCaption {
  let bySize = memo.get(fontPx);
  if (!bySize) memo.set(fontPx, (bySize = new Map()));
  let measured = bySize.get(raw);
  if (!measured) {
    if (bySize.size >= MEMO_MAX) bySize.clear();
    const text = noBreakAmounts(raw);
    measured = { text, width: estimateTextWidth(text, fontPx) };
    bySize.set(raw, measured);
  }
  return measured;
}
