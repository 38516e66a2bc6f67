import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: `${ROOT}eslint.config.js` });

/** The layer rule's complaints about one planted file. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const FORBIDDEN: [file: string, from: string][] = [
  ['src/domain/planted.ts', '../export/xml'],
  ['src/layout/planted.ts', '../i18n/translate'],
  ['src/layout/planted.ts', '../export/xml'],
  ['src/io/planted.ts', '../i18n/translate'],
  ['src/io/planted.ts', '../layout/timeScale'],
  ['src/i18n/planted.ts', '../state/locale.svelte'],
  ['src/i18n/planted.ts', '../components/App.svelte'],
  ['src/persistence/planted.ts', 'svelte'],
  ['src/persistence/planted.ts', 'svelte/reactivity'],
  ['src/components/planted.ts', '../io/planFile'],
  ['src/components/planted.ts', '../persistence/planRepository'],
  ['src/drawing/planted.ts', '../export/xml'],
  ['src/drawing/planted.ts', '../state/locale.svelte'],
  ['src/sheet/planted.ts', 'svelte'],
  ['src/sheet/planted.ts', '../export/xlsxWrite'],
  ['src/sheet/planted.ts', '../state/locale.svelte'],
];

const ALLOWED: [file: string, from: string][] = [
  ['src/drawing/planted.ts', '../domain/planSchema'],
  ['src/drawing/planted.ts', '../layout/timeScale'],
  ['src/drawing/planted.ts', '../i18n/translate'],
  ['src/export/planted.ts', '../drawing/roadmapDrawing'],
  ['src/layout/planted.ts', '../domain/isoWeek'],
  ['src/components/planted.ts', '../state/planFiles'],
  ['src/state/planted.ts', '../persistence/planRepository'],
  ['src/sheet/planted.ts', '../i18n/parseDateInput'],
  ['src/sheet/planted.ts', '../io/planIssues'],
];

describe('the layer rule in eslint.config.js', () => {
  it.each(FORBIDDEN)('refuses, in %s, an import of %s', async (file, from) => {
    const errors = await layerErrors(file, `import * as planted from '${from}';\nvoid planted;\n`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.includes('Layer rule'))).toBe(true);
  });

  it.each(ALLOWED)('lets %s import %s', async (file, from) => {
    const errors = await layerErrors(file, `import * as planted from '${from}';\nvoid planted;\n`);
    expect(errors).toEqual([]);
  });
});
