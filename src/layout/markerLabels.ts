import type { TimeScale } from './timeScale';

/** A header label to place: its text, at a date. */
export interface MarkerLabelText {
  key: string;
  date: string;
  text: string;
  kind: string;
  /** Dropped unless `date` lies in the scale's window. */
  onlyInWindow?: boolean;
}

/** A label in the header's marker row, at `x` body px. */
export interface MarkerLabel {
  key: string;
  x: number;
  text: string;
  kind: string;
  /** Room up to the next label, in px; a longer text is cut with an ellipsis (full text on hover). */
  width: number;
}

const LABEL_MAX_PX = 240;
const LABEL_MIN_PX = 24;

/** Places header labels left to right, each with the room up to the next one. */
export function placeMarkerLabels(texts: MarkerLabelText[], scale: TimeScale): MarkerLabel[] {
  const first = scale.dateAt(0);
  const last = scale.dateAt(scale.width - 1);
  const labels = texts
    .filter((label) => !label.onlyInWindow || (label.date >= first && label.date <= last))
    .map(({ key, date, text, kind }) => ({ key, x: scale.x(date), text, kind }));
  labels.sort((a, b) => a.x - b.x);
  return labels.map((label, i) => {
    const room = (labels[i + 1]?.x ?? Infinity) - label.x - 2;
    return { ...label, width: Math.max(LABEL_MIN_PX, Math.min(LABEL_MAX_PX, room)) };
  });
}
