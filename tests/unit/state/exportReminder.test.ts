import { describe, expect, it } from 'vitest';
import type { ExportMark } from '../../../src/persistence/exportLog';
import { EXPORT_REMINDER_AFTER_MS, exportReminder } from '../../../src/state/exportReminder';

const at = '2026-11-02T08:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(at) + ms);
const DAY = 24 * 60 * 60 * 1000;

describe('exportReminder', () => {
  const exported: ExportMark = { at, exported: true };

  it('says nothing of a plan it knows nothing about', () => {
    expect(exportReminder(undefined, after(30 * DAY), after(30 * DAY))).toBeNull();
  });

  it('waits until the edits are newer than the export by the set time', () => {
    const edited = after(EXPORT_REMINDER_AFTER_MS);
    expect(exportReminder(exported, edited, after(40 * DAY))).toBeNull();
    const later = after(EXPORT_REMINDER_AFTER_MS + 1);
    expect(exportReminder(exported, later, later)).toEqual({ exported: true, since: new Date(at) });
  });

  it('counts no edits as no reason, however old the export', () => {
    expect(exportReminder(exported, new Date(at), after(100 * DAY))).toBeNull();
  });

  it('tells a plan never exported from one exported long ago', () => {
    const never: ExportMark = { at, exported: false };
    expect(exportReminder(never, after(5 * DAY), after(5 * DAY))?.exported).toBe(false);
  });

  it('keeps quiet while snoozed, and speaks again after', () => {
    const snoozed: ExportMark = { ...exported, snoozedUntil: after(6 * DAY).toISOString() };
    expect(exportReminder(snoozed, after(5 * DAY), after(6 * DAY - 1))).toBeNull();
    expect(exportReminder(snoozed, after(5 * DAY), after(6 * DAY))).not.toBeNull();
  });
});
