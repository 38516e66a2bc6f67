import { FORMAT_VERSION } from '../../../src/io/planFile';
import { describe, expect, it } from 'vitest';
import { parsePlanText, parsePlanValue } from '../../../src/io/parsePlanFile';
import { MAX_FILE_BYTES } from '../../../src/io/planFile';
import { readPlanFile } from '../../../src/io/readPlanFile';
import { makeFileText, makeFileValue } from '../../factories/files';
import { makePhase, makePlan } from '../../factories/plans';

const codeOf = (text: string) => {
  const result = parsePlanText(text);
  return result.ok ? 'ok' : result.error.code;
};

describe('parsePlanText gives each kind of bad file its own code', () => {
  it.each([
    ['a valid file', makeFileText(), 'ok'],
    ['a file with a byte-order mark', `\uFEFF${makeFileText()}`, 'ok'],
    ['text that is not JSON', 'Tiekartta 2022\nHallinto; TORI', 'not-json'],
    ['a truncated file', makeFileText().slice(0, 300), 'not-json'],
    ['an empty file', '', 'not-json'],
    [
      'JSON of another program',
      JSON.stringify({ type: 'excalidraw', version: 2, elements: [] }),
      'wrong-type',
    ],
    ['a JSON array', '[1, 2, 3]', 'wrong-type'],
    ['JSON null', 'null', 'wrong-type'],
    [
      'a newer format version',
      JSON.stringify({ ...makeFileValue(makePlan()), version: 7 }),
      'version-too-new',
    ],
    [
      'a version that is not a whole number',
      JSON.stringify({ ...makeFileValue(makePlan()), version: '1' }),
      'version-unknown',
    ],
    [
      'version zero',
      JSON.stringify({ ...makeFileValue(makePlan()), version: 0 }),
      'version-unknown',
    ],
    [
      'invalid content',
      JSON.stringify(makeFileValue({ ...makePlan(), asOf: '2022-02-30' })),
      'invalid-data',
    ],
    [
      'a header with an unknown key',
      JSON.stringify({ ...makeFileValue(makePlan()), extra: true }),
      'invalid-data',
    ],
  ])('%s → %s', (_name, text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('says which version a newer file has and which this app reads', () => {
    const result = parsePlanText(JSON.stringify({ ...makeFileValue(makePlan()), version: 7 }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'version-too-new', version: 7, supported: FORMAT_VERSION },
    });
  });

  it('refuses text over the size limit before parsing it', () => {
    const result = parsePlanText(' '.repeat(MAX_FILE_BYTES + 1));
    expect(result.ok ? null : result.error).toEqual({
      code: 'too-large',
      bytes: MAX_FILE_BYTES + 1,
      limit: MAX_FILE_BYTES,
    });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = {
      size: MAX_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob;
    const result = await readPlanFile(file);
    expect(result.ok ? null : result.error.code).toBe('too-large');
  });
});

describe('invalid content is located by the names a user sees', () => {
  it('puts a phase ending before its start in its lane, row and label', () => {
    const plan = makePlan({
      items: [
        makePhase({ rowId: 'row-2', label: 'Testaus', start: '2022-04-01', end: '2022-03-01' }),
      ],
    });
    const result = parsePlanValue(makeFileValue(plan));
    expect(result.ok ? null : result.error).toEqual({
      code: 'invalid-data',
      issues: [
        {
          problem: 'endBeforeStart',
          params: { value: '2022-03-01', start: '2022-04-01', end: '2022-03-01' },
          location: {
            parts: [
              { kind: 'lane', name: 'TOSI' },
              { kind: 'row', index: 2, name: 'Kliiniset järjestelmät' },
              { kind: 'item', label: 'Testaus', index: 0 },
              { kind: 'field', name: 'end' },
            ],
          },
        },
      ],
    });
  });

  it('names a lane row by its position and a header field by its name', () => {
    const plan = makePlan();
    const broken = {
      ...plan,
      lanes: [
        {
          ...plan.lanes[0],
          rows: [
            { id: 'row-1', name: 'A' },
            { id: 'row-2', name: '' },
          ],
        },
      ],
    };
    const result = parsePlanValue(makeFileValue(broken));
    const issue = result.ok
      ? null
      : result.error.code === 'invalid-data'
        ? result.error.issues[0]
        : null;
    expect(issue).toMatchObject({
      problem: 'blank',
      location: {
        parts: [
          { kind: 'lane', name: 'TOSI' },
          { kind: 'row', index: 2 },
          { kind: 'field', name: 'name' },
        ],
      },
    });
  });

  it('reports at most 20 issues of a badly broken file', () => {
    const items = Array.from({ length: 50 }, (_, i) =>
      makePhase({ id: `p${i}`, start: '2022-02-30' }),
    );
    const result = parsePlanValue(makeFileValue(makePlan({ items })));
    expect(result.ok ? 0 : result.error.code === 'invalid-data' && result.error.issues.length).toBe(
      20,
    );
  });

  it('does not pollute prototypes with a __proto__ key anywhere in the file', () => {
    const text = makeFileText().replace('"title":', '"__proto__": { "polluted": 1 }, "title":');
    expect(codeOf(text)).toBe('invalid-data');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
