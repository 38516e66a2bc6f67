import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import type { RollupSource } from '../../../src/domain/rollup/rollupSource';
import { serializePlanFile } from '../../../src/io/planFile';
import { serializeRollupFile } from '../../../src/io/rollupFile';
import { Rollup } from '../../../src/state/rollup.svelte';
import { makePlan } from '../../factories/plans';

const META = { exportedAt: new Date('2026-11-30T10:00:00Z'), appVersion: '0.1.0' };
const county = (organisation: string, title = `ICT-muutos ${organisation}`): Plan =>
  makePlan({ organisation, title });
const fileOf = (plan: Plan, name: string) => new File([serializePlanFile(plan, META)], name);

function setup(stored: Record<string, Plan> = {}) {
  const opened: { source: RollupSource; itemId: string | null }[] = [];
  const rollup = new Rollup({
    readStored: async (id) => stored[id] ?? null,
    openAt: async (source, itemId) => {
      opened.push({ source, itemId });
      return source.libraryId ?? 'added-1';
    },
    kindName: (kind) => kind.toUpperCase(),
    title: () => 'Kokonaiskuva',
  });
  return { rollup, opened };
}
const states = (rollup: Rollup) => rollup.members.map((m) => `${m.name}: ${m.state}`);

describe('the roll-up of several plans', () => {
  it('reads files only for itself: a damaged one is listed with its error, the rest show', async () => {
    const { rollup, opened } = setup();
    await rollup.addAny([
      fileOf(county('Lappi'), 'lappi.json'),
      new File(['{"type": "tiekartta-plan"'], 'rikki.json'),
      fileOf(county('Kainuu'), 'kainuu.json'),
    ]);
    expect(states(rollup)).toEqual(['lappi.json: ok', 'rikki.json: failed', 'kainuu.json: ok']);
    const failed = rollup.members[1];
    expect(failed?.state === 'failed' && failed.error.code).toBe('not-json');
    expect([...rollup.names.values()]).toEqual(['Lappi', 'Kainuu']);
    expect(rollup.drawn.plan.lanes.map((l) => l.name)).toEqual(['Lappi', 'Kainuu']);
    expect(rollup.progress).toBeNull();
    expect(opened).toEqual([]);
  });

  it('opens an item’s own plan at its own id, and a file’s plan from the library once added', async () => {
    const { rollup, opened } = setup();
    await rollup.addFiles([fileOf(county('Lappi'), 'lappi.json')]);
    const [first] = rollup.drawn.plan.items;
    await rollup.openItem(first!.id);
    expect(opened.map((o) => [o.source.libraryId, o.itemId])).toEqual([[undefined, 'item-2']]);
    await rollup.openSource(rollup.sources[0]!.key);
    expect(opened.map((o) => [o.source.libraryId, o.itemId])[1]).toEqual(['added-1', null]);
  });

  it('takes library plans as they are stored; one that cannot be read is listed', async () => {
    const { rollup } = setup({ 'plan-1': county('Pirkanmaa') });
    await rollup.addStored(['plan-1', 'plan-gone']);
    expect(states(rollup)).toEqual(['ICT-muutos Pirkanmaa: ok', 'plan-gone: failed']);
    expect(rollup.sources[0]?.libraryId).toBe('plan-1');
  });

  it('saves its file, and from it waits for next month’s files, which take their places', async () => {
    const first = setup();
    await first.rollup.addFiles([
      fileOf(county('Lappi'), 'lappi.json'),
      fileOf(county('Kainuu'), 'kainuu.json'),
    ]);
    first.rollup.grouping = 'kind';
    const file = first.rollup.toFile();
    expect(file).toEqual({
      type: 'tiekartta-rollup',
      version: 1,
      title: 'Kokonaiskuva',
      grouping: 'kind',
      plans: [
        { title: 'ICT-muutos Lappi', fileName: 'lappi.json' },
        { title: 'ICT-muutos Kainuu', fileName: 'kainuu.json' },
      ],
    });
    const { rollup } = setup();
    await rollup.addAny([new File([serializeRollupFile(file)], 'kk.kokonaiskuva.json')]);
    expect(states(rollup)).toEqual(['ICT-muutos Lappi: awaited', 'ICT-muutos Kainuu: awaited']);
    expect(rollup.grouping).toBe('kind');
    // Kainuu's file is renamed this month: it takes its place by its title.
    await rollup.addAny([
      fileOf(county('Kainuu'), 'kainuu-12.json'),
      fileOf(county('Lappi'), 'lappi.json'),
    ]);
    expect(states(rollup)).toEqual(['lappi.json: ok', 'kainuu-12.json: ok']);
  });

  it('refuses a file that is no roll-up file, saying why', async () => {
    const { rollup } = setup();
    const refused = await rollup.addAny([new File(['[]'], 'x.kokonaiskuva.json')]);
    expect(refused).toEqual([
      { name: 'x.kokonaiskuva.json', error: { ok: false, error: 'wrong-type' } },
    ]);
    expect(rollup.members).toEqual([]);
  });

  it('collapses all of a plan’s lanes from any of them, and opens them again', async () => {
    const { rollup } = setup();
    await rollup.addFiles([fileOf(county('Lappi'), 'lappi.json')]);
    const [lane] = rollup.drawn.plan.lanes;
    rollup.toggle(lane!.id);
    expect(rollup.drawn.plan.lanes.every((l) => l.collapsed)).toBe(true);
    rollup.toggle(lane!.id);
    expect(rollup.drawn.plan.lanes.some((l) => l.collapsed)).toBe(false);
  });

  it('keeps the national milestones given, draws them, and saves them in its file to come back', async () => {
    const markers = (rollup: Rollup) =>
      rollup.drawn.plan.markers.map((m) => [m.label, m.type === 'blackout' ? m.start : m.date]);
    const first = setup();
    await first.rollup.addFiles([
      fileOf(county('Lappi'), 'lappi.json'),
      fileOf(county('Kainuu'), 'kainuu.json'),
    ]);
    expect(first.rollup.addMilestone('2023-01-01', ' Hyvinvointialueet aloittavat ')).toBe(true);
    expect(first.rollup.addMilestone('2022-04-01', 'Rahoitushaku')).toBe(true);
    // The schema of the file refuses what it could not save: no such day, no label.
    expect(first.rollup.addMilestone('2023-02-30', 'Ei päivä')).toBe(false);
    expect(first.rollup.addMilestone('1.3.2023', 'Ei muunnettu')).toBe(false);
    expect(first.rollup.addMilestone('2023-03-01', '  ')).toBe(false);
    const drawn = [
      ['Rahoitushaku', '2022-04-01'],
      ['Hyvinvointialueet aloittavat', '2023-01-01'],
      ['KESÄTAUKO', '2022-07-01'],
    ];
    expect(markers(first.rollup)).toEqual(drawn);
    const file = first.rollup.toFile();
    expect(file.milestones).toEqual([
      { date: '2022-04-01', label: 'Rahoitushaku' },
      { date: '2023-01-01', label: 'Hyvinvointialueet aloittavat' },
    ]);

    const { rollup } = setup();
    await rollup.addAny([new File([serializeRollupFile(file)], 'kk.kokonaiskuva.json')]);
    expect(rollup.milestones).toEqual(file.milestones);
    await rollup.addAny([fileOf(county('Lappi'), 'lappi.json')]);
    expect(markers(rollup)).toEqual(drawn);
    rollup.removeMilestone(0);
    expect(rollup.toFile().milestones).toEqual([
      { date: '2023-01-01', label: 'Hyvinvointialueet aloittavat' },
    ]);
    rollup.removeMilestone(0);
    // None left: the file is written as before there were any.
    expect('milestones' in rollup.toFile()).toBe(false);
  });

  it('reads a hand-edited file’s repeated, unordered milestones once each, by date', () => {
    const { rollup } = setup();
    const twice = { date: '2023-01-01', label: 'Aloitus' };
    rollup.fromFile({
      type: 'tiekartta-rollup',
      version: 1,
      title: 'Kokonaiskuva',
      grouping: 'plan',
      plans: [],
      milestones: [twice, { date: '2022-04-01', label: 'Haku' }, twice],
    } as Parameters<Rollup['fromFile']>[0]);
    expect(rollup.milestones).toEqual([{ date: '2022-04-01', label: 'Haku' }, twice]);
  });

  it('drops a removed plan from the plan filter, so the others show again', async () => {
    const { rollup } = setup();
    await rollup.addFiles([
      fileOf(county('Lappi'), 'lappi.json'),
      fileOf(county('Kainuu'), 'kainuu.json'),
    ]);
    const [lappi] = rollup.sources;
    rollup.filter = { ...rollup.filter, sourceKeys: new Set([lappi!.key]) };
    rollup.remove(lappi!.key);
    expect(rollup.filter.sourceKeys.size).toBe(0);
    expect(rollup.drawn.plan.lanes.map((l) => l.name)).toEqual(['Kainuu']);
  });
});
