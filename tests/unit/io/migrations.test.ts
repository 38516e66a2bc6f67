import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateFile, type Migration } from '../../../src/io/migrations';
import { FORMAT_VERSION } from '../../../src/io/planFile';

const step = (up: Migration['up'], refuse: Migration['refuse'] = () => null): Migration => ({
  name: 'test',
  refuse,
  up,
});

/** Pretend history: v1 called the title `name`, v2 had no principles. */
const HISTORY: Record<number, Migration> = {
  1: step(
    (file) => {
      const { name, ...plan } = file.plan as Record<string, unknown>;
      return { ...file, plan: { ...plan, title: name } };
    },
    (file) => (typeof file.plan === 'object' ? null : 'noPlan'),
  ),
  2: step((file) => ({ ...file, plan: { ...(file.plan as object), principles: [] } })),
};

describe('migrateFile', () => {
  it('chains numbered migrations from the file version up to the target', () => {
    const v1 = { type: 'tiekartta-plan', version: 1, plan: { name: 'Tiekartta' } };
    const result = migrateFile(v1, 1, HISTORY, 3);
    expect(result).toEqual({
      ok: true,
      file: { type: 'tiekartta-plan', version: 3, plan: { title: 'Tiekartta', principles: [] } },
    });
  });

  it('starts from the version the file has, skipping earlier steps', () => {
    const v2 = { version: 2, plan: { title: 'T' } };
    expect(migrateFile(v2, 2, HISTORY, 3)).toEqual({
      ok: true,
      file: { version: 3, plan: { title: 'T', principles: [] } },
    });
  });

  it('never mutates its input', () => {
    const v1 = Object.freeze({ version: 1, plan: Object.freeze({ name: 'T' }) });
    migrateFile(v1, 1, HISTORY, 3);
    expect(v1).toEqual({ version: 1, plan: { name: 'T' } });
  });

  it('reports a gap in the chain instead of skipping it', () => {
    expect(migrateFile({ version: 1 }, 1, { 2: HISTORY[2] as Migration }, 3)).toEqual({
      ok: false,
      missingFrom: 1,
    });
  });

  it('stops at a step that refuses the file, with the step and its reason', () => {
    expect(migrateFile({ version: 1, plan: 'x' }, 1, HISTORY, 3)).toEqual({
      ok: false,
      refusedAt: 1,
      reason: 'noPlan',
    });
  });

  it('has a migration for every version before the current one', () => {
    for (let v = 1; v < FORMAT_VERSION; v++)
      expect(MIGRATIONS[v]?.up, `migration ${v}`).toBeTypeOf('function');
  });

  it('leaves a current-version file as it is', () => {
    const file = { version: FORMAT_VERSION, plan: {} };
    expect(migrateFile(file, FORMAT_VERSION)).toEqual({ ok: true, file });
  });
});

describe('migration 1 → 2: baselines', () => {
  const plan = { title: 'T', lanes: [] };

  it('adds an empty baseline list and keeps everything else', () => {
    expect(migrateFile({ type: 'tiekartta-plan', version: 1, plan }, 1)).toEqual({
      ok: true,
      file: { type: 'tiekartta-plan', version: 2, plan: { ...plan, baselines: [] } },
    });
  });

  it.each([
    ['no plan at all', {}, 'noPlan'],
    ['a plan that is a list', { plan: [] }, 'noPlan'],
    [
      'baselines version 1 never had',
      { plan: { ...plan, baselines: [] } },
      'fieldFromLaterVersion',
    ],
    ['a chosen baseline', { plan: { ...plan, compareWith: 'b1' } }, 'fieldFromLaterVersion'],
  ])('refuses a version 1 file with %s', (_, file, reason) => {
    expect(migrateFile({ version: 1, ...file }, 1)).toEqual({ ok: false, refusedAt: 1, reason });
  });
});
