import { describe, expect, it } from 'vitest';
import { createTemplatePlan } from '../../../src/domain/planFactory';
import { planSchema } from '../../../src/domain/planSchema';

const names = { hallinto: 'Hallinto', tori: 'TORI', tosi: 'TOSI', infra: 'ICT-infra' };

describe('createTemplatePlan', () => {
  it('makes four named lanes with one row each, so the first item has a place', () => {
    const plan = createTemplatePlan(
      { title: 'Uusi tiekartta', today: new Date(2026, 0, 15) },
      names,
    );
    expect(planSchema.safeParse(plan).error).toBeUndefined();
    expect(plan.lanes.map((lane) => lane.name)).toEqual(['Hallinto', 'TORI', 'TOSI', 'ICT-infra']);
    expect(plan.lanes.map((lane) => lane.rows.map((row) => row.name))).toEqual([
      ['Hallinto'],
      ['TORI'],
      ['TOSI'],
      ['ICT-infra'],
    ]);
    const rowIds = plan.lanes.flatMap((lane) => lane.rows.map((row) => row.id));
    expect(new Set(rowIds).size).toBe(4);
  });

  it('names the rows as the caller asks', () => {
    const plan = createTemplatePlan({ title: 'T' }, { ...names, row: 'Uusi rivi' });
    expect(plan.lanes.every((lane) => lane.rows[0]?.name === 'Uusi rivi')).toBe(true);
  });
});
