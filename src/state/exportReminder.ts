import type { ExportMark } from '../persistence/exportLog';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Edits this much newer than the last export (or than the plan's arrival) bring the reminder. */
export const EXPORT_REMINDER_AFTER_MS = 3 * DAY_MS;
/** "Remind me tomorrow". */
export const EXPORT_SNOOZE_MS = DAY_MS;

/** The moment "remind me tomorrow" ends. */
export const snoozedUntil = (now: Date): string =>
  new Date(now.getTime() + EXPORT_SNOOZE_MS).toISOString();

export interface ExportReminder {
  /** False: the plan has never been exported from this browser. */
  exported: boolean;
  /** The last export, or the plan's arrival. */
  since: Date;
}

/** Whether to remind the user to export: the last edits are newer than the last export by too much. */
export function exportReminder(
  mark: ExportMark | undefined,
  lastEditAt: Date,
  now: Date,
): ExportReminder | null {
  if (!mark) return null;
  if (mark.snoozedUntil && now.getTime() < Date.parse(mark.snoozedUntil)) return null;
  const since = new Date(mark.at);
  if (lastEditAt.getTime() - since.getTime() <= EXPORT_REMINDER_AFTER_MS) return null;
  return { exported: mark.exported, since };
}
