import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/domain/calendarDate';
import type { Plan } from '../../../src/domain/planSchema';
import { parsePlanText } from '../../../src/io/parsePlanFile';
import { serializePlanFile } from '../../../src/io/planFile';
import { readFixture } from '../../factories/fixtures';

const SAMPLES = [
  'sample-plan.tiekartta.json',
  'sample-multiyear-2022-2026.tiekartta.json',
  'sample-working-group-2017-2018.tiekartta.json',
];

function load(name: string): { text: string; plan: Plan } {
  const text = readFixture(name);
  const result = parsePlanText(text);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return { text, plan: result.plan };
}

const phase = (plan: Plan, label: string) => {
  const item = plan.items.find((i) => i.label === label);
  if (item?.type !== 'phase') throw new Error(`no phase ${label}`);
  return item;
};

describe.each(SAMPLES)('the sample %s', (name) => {
  it('is a valid plan file in canonical form', () => {
    const { text, plan } = load(name);
    const exportedAt = new Date(JSON.parse(text).exportedAt as string);
    expect(serializePlanFile(plan, { exportedAt, appVersion: '0.1.0' })).toBe(text);
  });

  it('puts every item inside or across its window, on a row of its lanes', () => {
    const { plan } = load(name);
    const rows = new Set(plan.lanes.flatMap((lane) => lane.rows.map((row) => row.id)));
    expect(plan.items.every((item) => rows.has(item.rowId))).toBe(true);
    expect(plan.lanes.every((lane) => lane.rows.length > 0)).toBe(true);
  });
});

describe('the multi-year roadmap 2022–2026 of DOMAIN.md', () => {
  const { plan } = load('sample-multiyear-2022-2026.tiekartta.json');

  it('spans five years, with the tentative PTJ procurement marked "?"', () => {
    expect(plan.window).toEqual({ start: '2022-01-01', end: '2026-12-31' });
    expect(plan.items.find((i) => i.label === 'PTJ minikilpailutus?')?.status).toBe('tentative');
  });

  it('has its programmes follow one another on their rows', () => {
    const chains = [
      ['Kestävä kasvu 1', 'Kestävän kasvun digitoimet'],
      ['ATJ kilpailutus', 'ATJ rakentaminen ja käyttöönotto'],
    ];
    for (const [first, next] of chains)
      expect(phase(plan, next!).start > phase(plan, first!).end).toBe(true);
  });
});

describe('the working group schedule 2017–2018 of DOMAIN.md', () => {
  const { plan } = load('sample-working-group-2017-2018.tiekartta.json');

  it('holds the six meeting dates of 2017', () => {
    expect(
      plan.markers.filter((m) => m.type === 'meeting').map((m) => 'date' in m && m.date),
    ).toEqual(['2017-05-22', '2017-06-21', '2017-09-01', '2017-10-06', '2017-11-10', '2017-12-15']);
  });

  it('chains Tiedonkeruu → … → Toimenpide-ehdotukset, each starting the day after the last', () => {
    const chain = [
      'Tiedonkeruu',
      'Analysointi',
      'Skenaariot',
      'Suositukset',
      'Linjaukset',
      'Toimenpide-ehdotukset väliaikaishallinnolle',
    ].map((label) => phase(plan, label));
    for (let i = 1; i < chain.length; i++)
      expect(toDayNumber(chain[i]!.start)).toBe(toDayNumber(chain[i - 1]!.end) + 1);
  });

  it('keeps the investment programme that runs past the window', () => {
    expect(phase(plan, 'Investointiohjelma 2017–2021').end > plan.window.end).toBe(true);
  });
});
