import { beforeEach, describe, expect, it } from 'vitest';
import { loadExportLog } from '../../src/persistence/exportLog';
import { ExportTracker } from '../../src/state/exportTracker.svelte';

const DAY = 24 * 60 * 60 * 1000;
let clock: Date;
const tracker = () => new ExportTracker(() => clock);
const days = (n: number) => (clock = new Date(clock.getTime() + n * DAY));

beforeEach(() => {
  localStorage.clear();
  clock = new Date('2026-11-02T08:00:00.000Z');
});

describe('ExportTracker', () => {
  it('counts from the plan’s arrival, reminds after days of edits, and an export resets it', () => {
    const exports = tracker();
    exports.arrived('plan-a');
    days(4);
    expect(exports.reminder('plan-a', clock)).toEqual({
      exported: false,
      since: new Date('2026-11-02T08:00:00.000Z'),
    });
    exports.exported('plan-a');
    expect(exports.reminder('plan-a', clock)).toBeNull();
    exports.arrived('plan-a');
    days(4);
    expect(exports.reminder('plan-a', clock)?.exported).toBe(true);
  });

  it('snoozes for a day, and remembers it across a reload', () => {
    const exports = tracker();
    exports.arrived('plan-a');
    days(4);
    exports.snooze('plan-a');
    expect(tracker().reminder('plan-a', clock)).toBeNull();
    days(1);
    expect(tracker().reminder('plan-a', clock)).not.toBeNull();
  });

  it('keeps marks another tab wrote in the meantime', () => {
    const a = tracker();
    const b = tracker();
    a.exported('plan-a');
    b.exported('plan-b');
    expect([...loadExportLog().keys()].sort()).toEqual(['plan-a', 'plan-b']);
    b.forget('plan-a');
    expect([...loadExportLog().keys()]).toEqual(['plan-b']);
  });

  it('treats a damaged or hostile log as empty, and nothing reaches a prototype', () => {
    localStorage.setItem(
      'tiekartta.exports',
      JSON.stringify([['__proto__', { at: '2026-11-02T08:00:00.000Z', exported: true, x: 1 }]]),
    );
    expect(loadExportLog().size).toBe(0);
    localStorage.setItem('tiekartta.exports', '{"__proto__": {"polluted": true}}');
    expect(loadExportLog().size).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    localStorage.setItem('tiekartta.exports', 'not json');
    expect(loadExportLog().size).toBe(0);
  });
});
