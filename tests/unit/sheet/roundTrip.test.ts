import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addDays } from '../../../src/domain/calendarDate';
import {
  LANE_KINDS,
  planSchema,
  STATUSES,
  type Item,
  type Marker,
  type Plan,
  type Track,
} from '../../../src/domain/planSchema';
import { DECIDERS, FUNDING_STATES } from '../../../src/domain/funding/fundingSchema';
import { IMPACTS, PROBABILITIES, RISK_STATUSES } from '../../../src/domain/risks/riskSchema';
import { LANGUAGES } from '../../../src/i18n/languages';
import { tOf } from '../../factories/messages';
import { csvsOf, gridsOf, importedPlan, planView, xlsxOf } from '../../factories/sheets';

const SAMPLE = planSchema.parse(
  JSON.parse(readFileSync('fixtures/sample-plan.tiekartta.json', 'utf8')).plan,
);

describe('the sample plan through a spreadsheet and back', () => {
  it.each(LANGUAGES)('comes back the same from .xlsx with %s headers', async (language) => {
    const { plan, imported } = await importedPlan(
      gridsOf([{ name: 'x.xlsx', bytes: xlsxOf(SAMPLE, tOf(language)) }]),
    );
    expect(imported.skipped).toEqual([]);
    expect(planView(plan)).toEqual(planView(SAMPLE));
  });

  it.each([
    ['fi', 'fi'],
    ['en', 'intl'],
    ['sv', 'fi'],
  ] as const)(
    'comes back the same from CSV with %s headers in the %s style',
    async (language, style) => {
      const { plan, imported } = await importedPlan(gridsOf(csvsOf(SAMPLE, tOf(language), style)));
      expect(imported.skipped).toEqual([]);
      expect(planView(plan)).toEqual(planView(SAMPLE));
    },
  );
});

describe('a plan whose lanes or rows share a name', () => {
  // Two lanes named alike, and two rows of one lane: the row id column tells them apart.
  const [first, second] = SAMPLE.lanes as [Plan['lanes'][number], Plan['lanes'][number]];
  const twins: Plan = {
    ...SAMPLE,
    lanes: [
      {
        ...first,
        rows: first.rows.map((row, i) => (i === 1 ? { ...row, name: first.rows[0]!.name } : row)),
      },
      { ...second, name: first.name },
      ...SAMPLE.lanes.slice(2),
    ],
  };

  it('comes back the same from .xlsx', async () => {
    const { plan, imported } = await importedPlan(
      gridsOf([{ name: 'x.xlsx', bytes: xlsxOf(twins, tOf('fi')) }]),
    );
    expect(imported.skipped).toEqual([]);
    expect(planView(plan)).toEqual(planView(twins));
  });

  it('comes back the same from Finnish CSV', async () => {
    const { plan, imported } = await importedPlan(gridsOf(csvsOf(twins, tOf('fi'), 'fi')));
    expect(imported.skipped).toEqual([]);
    expect(planView(plan)).toEqual(planView(twins));
  });
});

// ---------------------------------------------------------------------------------------------
// Random plans
// ---------------------------------------------------------------------------------------------

/** Text that has broken spreadsheets: formulas, separators, quotes, escapes, Finnish letters. */
const TRICKY = [
  '=SUM(A1:A9)',
  '+358 40 123',
  '-2 vk',
  '@kaikki',
  "'=jo suojattu",
  'A; B, C',
  'Vaihe "1"',
  '_x0041_',
  'Ääkköset ja å',
  '1.4.2022',
  '44652',
  'TRUE',
  '?',
];
const label = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .map((s) => s.replace(/[\p{C}]/gu, '').trim())
    .filter((s) => s !== ''),
);
const notes = fc.oneof(
  fc.constantFrom('rivi 1\r\nrivi 2', '\tsisennetty', '=1+1\nja lisää', 'loppuu välilyöntiin '),
  label,
);
const day = fc.integer({ min: 0, max: 109_000 }).map((n) => addDays('1900-01-01', n));
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    lanes: fc.uniqueArray(label, {
      minLength: 1,
      maxLength: 3,
      selector: (s) => s.toLocaleLowerCase('fi'),
    }),
    // A lane's kind and colour are its own, not what its name suggests; a lane may have no rows.
    styles: fc.array(
      fc.record({
        kind: fc.constantFrom(...LANE_KINDS),
        color: fc.stringMatching(/^#[0-9a-f]{6}$/),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    rowNames: fc.array(
      fc.uniqueArray(label, {
        minLength: 0,
        maxLength: 3,
        selector: (s) => s.toLocaleLowerCase('fi'),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    items: fc.array(
      fc.record({
        kind: fc.constantFrom('phase' as const, 'milestone' as const),
        label,
        status: fc.constantFrom(...STATUSES),
        a: day,
        length: fc.integer({ min: 0, max: 400 }),
        owner: fc.option(label, { nil: undefined }),
        notes: fc.option(notes, { nil: undefined }),
        link: fc.option(fc.constantFrom('https://example.fi/a?b=1', 'mailto:pmo@hva.fi'), {
          nil: undefined,
        }),
        place: fc.nat(),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    tracks: fc.array(
      fc.record({
        label,
        place: fc.nat(),
        dates: fc.uniqueArray(day, { minLength: 1, maxLength: 5 }),
        percents: fc.array(
          fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(12.5, 0.5, 99.9)),
          { minLength: 5, maxLength: 5 },
        ),
      }),
      { maxLength: 2 },
    ),
    markers: fc.array(
      fc.record({
        type: fc.constantFrom('keyDate' as const, 'meeting' as const, 'blackout' as const),
        label,
        a: day,
        length: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 3 },
    ),
    risks: fc.option(
      fc.array(
        fc.record({
          title: label,
          description: fc.option(notes, { nil: undefined }),
          probability: fc.constantFrom(...PROBABILITIES),
          impact: fc.constantFrom(...IMPACTS),
          owner: fc.option(label, { nil: undefined }),
          mitigation: fc.option(notes, { nil: undefined }),
          status: fc.constantFrom(...RISK_STATUSES),
          links: fc.nat({ max: 3 }),
        }),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
    funding: fc.option(
      fc.record({
        categories: fc.uniqueArray(label, {
          maxLength: 3,
          selector: (s) => s.toLocaleLowerCase('fi'),
        }),
        entries: fc.array(
          fc.record({
            date: day,
            decider: fc.constantFrom(...DECIDERS),
            reference: fc.option(fc.constantFrom('VN/14629/2021', 'STM/1234/2021'), {
              nil: undefined,
            }),
            label: fc.option(label, { nil: undefined }),
            state: fc.constantFrom(...FUNDING_STATES),
            cents: fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { maxLength: 3 }),
            years: fc.uniqueArray(fc.integer({ min: 2020, max: 2030 }), { maxLength: 3 }),
            links: fc.nat({ max: 2 }),
          }),
          { maxLength: 4 },
        ),
        // The sum placed on the marker row, under a name and at a date of the user's.
        summary: fc.option(fc.record({ label, date: day }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    ids: fc.uniqueArray(id, { minLength: 70, maxLength: 70 }),
  })
  .map(({ lanes, styles, rowNames, items, tracks, markers, risks, funding, ids }) => {
    let next = 0;
    const takeId = () => ids[next++] as string;
    const planLanes = lanes.map((name, l) => ({
      id: takeId(),
      name,
      ...styles[l]!,
      collapsed: false,
      rows: (rowNames[l] ?? []).map((rowName) => ({ id: takeId(), name: rowName })),
    }));
    // Items sit in the first row, so the other rows may stay empty (those of a lane too).
    const rows = planLanes.flatMap((lane) => lane.rows);
    if (rows.length === 0) planLanes[0]!.rows.push((rows[0] = { id: takeId(), name: 'Rivi' }));
    const used = rows.slice(0, 1 + (items.length % rows.length));
    const planItems: Item[] = items
      .map((it): Item => {
        const tail = {
          status: it.status,
          ...(it.owner ? { owner: it.owner } : {}),
          ...(it.notes ? { notes: it.notes } : {}),
          ...(it.link ? { link: it.link } : {}),
        };
        const rowId = used[it.place % used.length]!.id;
        return it.kind === 'phase'
          ? {
              id: takeId(),
              type: 'phase',
              rowId,
              label: it.label,
              start: it.a,
              end: addDays(it.a, it.length),
              ...tail,
            }
          : { id: takeId(), type: 'milestone', rowId, label: it.label, date: it.a, ...tail };
      })
      .filter((it) => (it.type === 'phase' ? it.end <= '2200-12-31' : true));
    const planTracks: Track[] = tracks.map((tr) => ({
      id: takeId(),
      rowId: used[tr.place % used.length]!.id,
      label: tr.label,
      checkpoints: [...tr.dates]
        .sort()
        .map((date, i) => ({ date, percent: tr.percents[i] as number })),
    }));
    const planMarkers: Marker[] = markers
      .map((m): Marker =>
        m.type === 'blackout'
          ? {
              id: takeId(),
              type: 'blackout',
              label: m.label,
              start: m.a,
              end: addDays(m.a, m.length),
            }
          : { id: takeId(), type: m.type, label: m.label, date: m.a },
      )
      .filter((m) => m.type !== 'blackout' || m.end <= '2200-12-31');
    const plan: Plan = {
      title: 'Satunnainen',
      organisation: '',
      classification: 'internal',
      asOf: '2022-06-15',
      window: { start: '2022-01-01', end: '2022-12-31' },
      principles: [],
      lanes: planLanes,
      items: planItems,
      tracks: planTracks,
      markers: planMarkers,
      dependencies: [],
      baselines: [],
    };
    const itemIds = (n: number) => planItems.slice(0, n).map((it) => it.id);
    if (risks)
      plan.risks = risks.map((r, i) => ({
        id: takeId(),
        number: i + 1,
        title: r.title,
        probability: r.probability,
        impact: r.impact,
        status: r.status,
        ...(r.description ? { description: r.description } : {}),
        ...(r.owner ? { owner: r.owner } : {}),
        ...(r.mitigation ? { mitigation: r.mitigation } : {}),
        ...(r.links ? { itemIds: itemIds(r.links) } : {}),
      }));
    if (funding) {
      const categories = funding.categories.map((name) => ({ id: takeId(), name }));
      plan.funding = {
        categories,
        entries: funding.entries.map((e) => ({
          id: takeId(),
          date: e.date,
          decider: e.decider,
          ...(e.reference ? { reference: e.reference } : {}),
          ...(e.label ? { label: e.label } : {}),
          state: e.state,
          amounts: e.cents
            .slice(0, categories.length)
            .map((cents, c) => ({ category: categories[c]!.id, cents })),
          years: e.years,
          ...(e.links ? { itemIds: itemIds(e.links) } : {}),
        })),
        ...(funding.summary ? { summary: funding.summary } : {}),
      };
    }
    return planSchema.parse(plan);
  });

describe('export → import is the identity on random plans', () => {
  it('through .xlsx, in every language', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, fc.constantFrom(...LANGUAGES), async (plan, language) => {
        const { plan: back, imported } = await importedPlan(
          gridsOf([{ name: 'x.xlsx', bytes: xlsxOf(plan, tOf(language)) }]),
        );
        expect(imported.skipped).toEqual([]);
        expect(planView(back)).toEqual(planView(plan));
      }),
      { seed: 2022, numRuns: 60 },
    );
  });

  it('through CSV, Finnish and international', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArbitrary,
        fc.constantFrom('fi' as const, 'intl' as const),
        async (plan, style) => {
          const { plan: back, imported } = await importedPlan(
            gridsOf(csvsOf(plan, tOf('fi'), style)),
          );
          expect(imported.skipped).toEqual([]);
          expect(planView(back)).toEqual(planView(plan));
        },
      ),
      { seed: 17, numRuns: 60 },
    );
  });
});
