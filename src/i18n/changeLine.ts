/** What a line of the change list says about; the order is the list's order by kind. */
export const CHANGE_KINDS = [
  'moved',
  'resized',
  'row',
  'status',
  'renamed',
  'added',
  'removed',
  'track',
  'link',
  'marker',
  'risk',
  'funding',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One difference in the users' words, with what the list sorts and filters by. */
export interface ChangeLine {
  /** Unique within the list, stable across edits. */
  key: string;
  kind: ChangeKind;
  /** The item in the open plan the line is about, to show it; null for what is not an item there. */
  itemId: string | null;
  /** The lane the line belongs to (the earlier one for what was removed); null: the whole plan. */
  laneId: string | null;
  laneName: string;
  rowName: string;
  /** The item's, track's or marker's label as it is now (as it was, when removed). */
  label: string;
  /** Calendar days the dates moved or the length changed, later or longer positive; else 0. */
  days: number;
  /** Place in lane order: lane, row, then the plan's order. */
  order: number;
  guessed: boolean;
  text: string;
}
