import { describe, expect, it } from 'vitest';
import { MAX_DATE, MIN_DATE } from '../../../src/domain/calendarRange';
import { planSchema, type Checkpoint, type Plan } from '../../../src/domain/planSchema';
import { makeLane, makeMilestone, makePhase, makePlan } from '../../factories/plans';

const withCheckpoints = (checkpoints: Checkpoint[]) =>
  makePlan({ tracks: [{ id: 't', rowId: 'row-1', label: 'x', checkpoints }] });

/** The first issue's message (our problem key or zod's code) and path. */
function firstIssue(plan: unknown) {
  const result = planSchema.safeParse(plan);
  if (result.success) return null;
  const [issue] = result.error.issues;
  return { message: issue?.message, code: issue?.code, path: issue?.path.join('.') };
}

describe('planSchema accepts', () => {
  it.each<[string, Plan]>([
    ['the factory plan', makePlan()],
    ['an empty plan', makePlan({ lanes: [], items: [], tracks: [], markers: [], principles: [] })],
    [
      'a one-day phase',
      makePlan({ items: [makePhase({ start: '2022-09-01', end: '2022-09-01' })] }),
    ],
    ['a leap day', makePlan({ items: [makeMilestone({ date: '2024-02-29' })] })],
    [
      'an https link',
      makePlan({ items: [makeMilestone({ link: 'https://stm.fi/hyvinvointialueet' })] }),
    ],
    ['a mailto link', makePlan({ items: [makeMilestone({ link: 'mailto:tiha@example.fi' })] })],
    [
      'a tentative label with "?"',
      makePlan({ items: [makeMilestone({ label: 'PTJ minikilpailutus?', status: 'tentative' })] }),
    ],
    ['a custom lane', makePlan({ lanes: [makeLane({ kind: 'custom', name: 'Rahoitus' })] })],
    [
      'percent at both ends',
      withCheckpoints([
        { date: '2022-01-01', percent: 0 },
        { date: '2022-02-01', percent: 100 },
      ]),
    ],
  ])('%s', (_name, plan) => {
    expect(planSchema.safeParse(plan).error?.issues).toBeUndefined();
  });

  it('fills defaults for fields a hand-written file may leave out', () => {
    const { items, tracks: _t, markers: _m, principles: _p, ...rest } = makePlan();
    const minimal = {
      ...rest,
      lanes: [{ ...makeLane(), collapsed: undefined }],
      items: [{ ...items[0], status: undefined }],
    };
    const parsed = planSchema.parse(JSON.parse(JSON.stringify(minimal)));
    expect([parsed.tracks, parsed.markers, parsed.principles]).toEqual([[], [], []]);
    expect(parsed.lanes[0]?.collapsed).toBe(false);
    expect(parsed.items[0]?.status).toBe('planned');
  });
});

describe('planSchema refuses', () => {
  it.each<[string, unknown, string, string]>([
    ['a date that does not exist', makePlan({ asOf: '2022-02-30' }), 'notARealDate', 'asOf'],
    [
      'a Finnish-format date in the file',
      makePlan({ items: [makeMilestone({ date: '1.4.2022' })] }),
      'notARealDate',
      'items.0.date',
    ],
    [
      'a timestamp instead of a date',
      makePlan({ asOf: '2022-06-15T00:00:00Z' }),
      'notARealDate',
      'asOf',
    ],
    [
      'a phase that ends before it starts',
      makePlan({ items: [makePhase({ start: '2022-04-01', end: '2022-03-01' })] }),
      'endBeforeStart',
      'items.0.end',
    ],
    [
      'a window that ends before it starts',
      makePlan({ window: { start: '2022-12-31', end: '2022-01-01' } }),
      'endBeforeStart',
      'window.end',
    ],
    [
      'a blackout that ends before it starts',
      makePlan({
        markers: [
          { id: 'b', type: 'blackout', label: 'x', start: '2022-08-01', end: '2022-07-01' },
        ],
      }),
      'endBeforeStart',
      'markers.0.end',
    ],
    [
      'a duplicate id between an item and a row',
      makePlan({ items: [makePhase({ id: 'row-1' })] }),
      'duplicateId',
      'items.0.id',
    ],
    [
      'an item on a row that does not exist',
      makePlan({ items: [makePhase({ rowId: 'row-9' })] }),
      'unknownRow',
      'items.0.rowId',
    ],
    [
      'a track on a row that does not exist',
      makePlan({ tracks: [{ id: 't', rowId: 'nope', label: 'x', checkpoints: [] }] }),
      'unknownRow',
      'tracks.0.rowId',
    ],
    [
      'checkpoints out of time order',
      withCheckpoints([
        { date: '2022-06-01', percent: 5 },
        { date: '2022-05-01', percent: 10 },
      ]),
      'checkpointsOutOfOrder',
      'tracks.0.checkpoints.1.date',
    ],
    [
      'a percent over 100',
      withCheckpoints([{ date: '2022-06-01', percent: 101 }]),
      'too_big',
      'tracks.0.checkpoints.0.percent',
    ],
    [
      'a javascript: link',
      makePlan({ items: [makeMilestone({ link: 'javascript:alert(1)' })] }),
      'badLink',
      'items.0.link',
    ],
    [
      'a data: link',
      makePlan({ items: [makeMilestone({ link: 'data:text/html,<b>x</b>' })] }),
      'badLink',
      'items.0.link',
    ],
    ['a blank title', makePlan({ title: '   ' }), 'blank', 'title'],
    [
      'an empty label',
      makePlan({ items: [makeMilestone({ label: '' })] }),
      'blank',
      'items.0.label',
    ],
    ['a title over 200 characters', makePlan({ title: 'x'.repeat(201) }), 'too_big', 'title'],
    [
      'notes over 5000 characters',
      makePlan({ items: [makeMilestone({ notes: 'x'.repeat(5001) })] }),
      'too_big',
      'items.0.notes',
    ],
    [
      'an unknown status',
      makePlan({ items: [makeMilestone({ status: 'maybe' as never })] }),
      'invalid_value',
      'items.0.status',
    ],
    [
      'an unknown lane kind',
      makePlan({ lanes: [makeLane({ kind: 'sote' as never })] }),
      'invalid_value',
      'lanes.0.kind',
    ],
    [
      'an unknown classification',
      makePlan({ classification: 'salainen' as never }),
      'invalid_value',
      'classification',
    ],
    [
      'a colour that is not #rrggbb',
      makePlan({ lanes: [makeLane({ color: 'red' })] }),
      'badColor',
      'lanes.0.color',
    ],
    [
      'an id with spaces',
      makePlan({ lanes: [makeLane({ id: 'lane 1' })], items: [] }),
      'badId',
      'lanes.0.id',
    ],
    ['an unknown key', { ...makePlan(), extra: 1 }, 'unrecognized_keys', ''],
    [
      'a __proto__ key',
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(makePlan()).slice(1)}`),
      'unrecognized_keys',
      '',
    ],
    [
      'an unknown item type',
      makePlan({ items: [{ ...makeMilestone(), type: 'task' } as never] }),
      'invalid_union',
      'items.0.type',
    ],
    ['a missing title', { ...makePlan(), title: undefined }, 'invalid_type', 'title'],
  ])('%s', (_name, plan, problem, path) => {
    const issue = firstIssue(plan);
    expect(issue).not.toBeNull();
    expect([issue?.message, issue?.code]).toContain(problem);
    expect(issue?.path).toBe(path);
  });

  it('refuses more lanes than the limit', () => {
    const lanes = Array.from({ length: 101 }, (_, i) => makeLane({ id: `lane-${i}`, rows: [] }));
    expect(firstIssue(makePlan({ lanes, items: [], tracks: [] }))?.code).toBe('too_big');
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}}`);
    planSchema.safeParse({ ...makePlan(), ...hostile });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('planSchema and the calendar range (1.1.1900–31.12.2200)', () => {
  const issuesOf = (plan: unknown) =>
    (planSchema.safeParse(plan).error?.issues ?? []).map((issue) => ({
      message: issue.message,
      path: issue.path.join('.'),
    }));

  it.each<[string, Plan]>([
    ['a window over the whole range', makePlan({ window: { start: MIN_DATE, end: MAX_DATE } })],
    ['a milestone on the first day', makePlan({ items: [makeMilestone({ date: '1900-01-01' })] })],
    ['a milestone on the last day', makePlan({ items: [makeMilestone({ date: '2200-12-31' })] })],
  ])('accepts %s', (_name, plan) => {
    expect(issuesOf(plan)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'a window ending 9999-12-31',
      makePlan({ window: { start: '2022-01-01', end: '9999-12-31' } }),
      'window.end',
    ],
    [
      'a window starting 1899-12-31',
      makePlan({ window: { start: '1899-12-31', end: '2022-12-31' } }),
      'window.start',
    ],
    ['an as-of date in 2201', makePlan({ asOf: '2201-01-01' }), 'asOf'],
    [
      'a milestone in year 0001',
      makePlan({ items: [makeMilestone({ date: '0001-01-01' })] }),
      'items.0.date',
    ],
    [
      'a phase ending in 3000',
      makePlan({ items: [makePhase({ end: '3000-01-01' })] }),
      'items.0.end',
    ],
    [
      'a checkpoint in 1800',
      withCheckpoints([{ date: '1800-06-01', percent: 5 }]),
      'tracks.0.checkpoints.0.date',
    ],
    [
      'a key date in 2500',
      makePlan({ markers: [{ id: 'k', type: 'keyDate', label: 'x', date: '2500-01-01' }] }),
      'markers.0.date',
    ],
  ])('refuses %s with dateOutOfRange only', (_name, plan, path) => {
    expect(issuesOf(plan)).toEqual([{ message: 'dateOutOfRange', path }]);
  });

  it('gives a malformed date only notARealDate, not a range issue too', () => {
    expect(issuesOf(makePlan({ asOf: '99999-01-01' }))).toEqual([
      { message: 'notARealDate', path: 'asOf' },
    ]);
  });

  it('passes the range to the message', () => {
    const issue = planSchema.safeParse(makePlan({ asOf: '2201-01-01' })).error?.issues[0];
    expect((issue as { params?: unknown }).params).toEqual({ min: MIN_DATE, max: MAX_DATE });
  });
});

describe('planSchema and the characters plan text may hold', () => {
  /** Every text field, with a plan that puts `text` into it. */
  const FIELDS: [string, (text: string) => unknown, string, boolean][] = [
    ['title', (s) => makePlan({ title: `T${s}` }), 'title', false],
    ['organisation', (s) => makePlan({ organisation: s }), 'organisation', false],
    ['principle', (s) => makePlan({ principles: [`P${s}`] }), 'principles.0', false],
    ['lane name', (s) => makePlan({ lanes: [makeLane({ name: `L${s}` })] }), 'lanes.0.name', false],
    [
      'row name',
      (s) =>
        makePlan({
          lanes: [
            makeLane({
              rows: [
                { id: 'row-1', name: `R${s}` },
                { id: 'row-2', name: 'x' },
              ],
            }),
          ],
        }),
      'lanes.0.rows.0.name',
      false,
    ],
    [
      'item label',
      (s) => makePlan({ items: [makeMilestone({ label: `I${s}` })] }),
      'items.0.label',
      false,
    ],
    [
      'item owner',
      (s) => makePlan({ items: [makeMilestone({ owner: s })] }),
      'items.0.owner',
      false,
    ],
    [
      'item notes',
      (s) => makePlan({ items: [makeMilestone({ notes: `N${s}` })] }),
      'items.0.notes',
      true,
    ],
    [
      'track label',
      (s) => makePlan({ tracks: [{ id: 't', rowId: 'row-1', label: `K${s}`, checkpoints: [] }] }),
      'tracks.0.label',
      false,
    ],
    [
      'marker label',
      (s) =>
        makePlan({ markers: [{ id: 'm', type: 'meeting', label: `M${s}`, date: '2022-05-05' }] }),
      'markers.0.label',
      false,
    ],
    [
      'link',
      (s) => makePlan({ items: [makeMilestone({ link: `https://example.fi/${s}` })] }),
      'items.0.link',
      false,
    ],
  ];

  /** Characters no text may hold, named as the message names them. */
  const NEVER: [string, string, string][] = [
    ['NUL', '\u0000', 'U+0000'],
    ['a C0 control', '\u0007', 'U+0007'],
    ['vertical tab', '\u000b', 'U+000B'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control', '\u0085', 'U+0085'],
    ['U+009F', '\u009f', 'U+009F'],
    ['the first Arabic noncharacter', '\ufdd0', 'U+FDD0'],
    ['the last Arabic noncharacter', '\ufdef', 'U+FDEF'],
    ['U+FFFE', '\ufffe', 'U+FFFE'],
    ['U+FFFF', '\uffff', 'U+FFFF'],
    ['U+1FFFE', '\u{1fffe}', 'U+1FFFE'],
    ['U+10FFFF', '\u{10ffff}', 'U+10FFFF'],
    ['a lone high surrogate', 'a\ud800b', 'U+D800'],
    ['a lone low surrogate', 'a\udc00b', 'U+DC00'],
    ['a high surrogate at the end', 'a\udbff', 'U+DBFF'],
  ];
  /** Allowed in notes, refused in single-line fields. */
  const LINE_BREAKS: [string, string, string][] = [
    ['tab', '\t', 'U+0009'],
    ['line feed', '\n', 'U+000A'],
    ['carriage return', '\r', 'U+000D'],
  ];
  /** Allowed everywhere. */
  const FINE = [
    'Åland – Överby',
    'emoji 🧭',
    'U+FFFD \ufffd',
    'U+FDCF \ufdcf',
    'U+FDF0 \ufdf0',
    'RTL \u202b',
    '\u{10fffd}',
  ];

  const cases = FIELDS.flatMap(([field, plan, path, multiline]) => [
    ...NEVER.map(
      ([name, char, code]) => [`${field} with ${name}`, plan(char), path, code] as const,
    ),
    ...LINE_BREAKS.map(
      ([name, char, code]) =>
        [`${field} with ${name}`, plan(char), path, multiline ? null : code] as const,
    ),
    ...FINE.map(
      (text) => [`${field} with ${JSON.stringify(text)}`, plan(text), path, null] as const,
    ),
  ]);

  it.each(cases)('%s', (_name, plan, path, code) => {
    const result = planSchema.safeParse(plan);
    if (code === null) {
      expect(result.error?.issues).toBeUndefined();
      return;
    }
    const issues = (result.error?.issues ?? []).filter((issue) => issue.message === 'badCharacter');
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([path]);
    expect((issues[0] as { params?: unknown }).params).toEqual({ char: code });
  });
});
