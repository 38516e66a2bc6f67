import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateFile, type Migration } from '../../../src/io/migrations';
import { FORMAT_VERSION } from '../../../src/io/planFile';

/** Pretend history: v1 called the title `name`, v2 had no principles. */
const HISTORY: Record<number, Migration> = {
  1: (file) => {
    const { name, ...plan } = file.plan as Record<string, unknown>;
    return { ...file, plan: { ...plan, title: name } };
  },
  2: (file) => ({ ...file, plan: { ...(file.plan as object), principles: [] } }),
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

  it('has a migration for every version before the current one', () => {
    for (let v = 1; v < FORMAT_VERSION; v++)
      expect(MIGRATIONS[v], `migration ${v}`).toBeTypeOf('function');
  });

  it('leaves a current-version file as it is', () => {
    const file = { version: FORMAT_VERSION, plan: {} };
    expect(migrateFile(file, FORMAT_VERSION)).toEqual({ ok: true, file });
  });
});
