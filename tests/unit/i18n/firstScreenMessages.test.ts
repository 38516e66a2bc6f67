import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fiFirst } from '../../../src/i18n/fiFirst';
import { fiBaselines } from '../../../src/i18n/fiBaselines';
import { fiChanges } from '../../../src/i18n/fiChanges';
import { fiCompareDrawing } from '../../../src/i18n/fiCompareDrawing';
import { fiDependencies } from '../../../src/i18n/fiDependencies';
import { fiLater } from '../../../src/i18n/fiLater';
import { fiFiles } from '../../../src/i18n/fiFiles';
import { fiShowing } from '../../../src/i18n/fiShowing';

const SRC = resolve(process.cwd(), 'src');
const STATIC_IMPORT = /^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const found = [base, `${base}.ts`].find((path) => existsSync(path) && statSync(path).isFile());
  return found ?? null;
}

/** Every source file the first download holds: what main.ts reaches by static imports. */
function firstScreenFiles(): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(SRC, 'main.ts')];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolveImport(file, match[1] as string);
      if (target && target.startsWith(SRC)) queue.push(target);
    }
  }
  return seen;
}

/** The message keys a file names: whole literals, and the stems of `kind.${…}` templates. */
function keysNamed(text: string): { whole: string[]; stems: string[] } {
  const whole = [...text.matchAll(/['"]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)['"]/g)].map((m) => m[1]!);
  const stems = [...text.matchAll(/`([a-zA-Z]+\.)\$\{/g)].map((m) => m[1]!);
  return { whole, stems };
}

describe('the Finnish split between the first download and later', () => {
  const files = firstScreenFiles();
  // Everything src/state/laterMessages.ts adds when a later part loads.
  const later = new Set(
    [fiLater, fiFiles, fiShowing, fiBaselines, fiDependencies, fiChanges, fiCompareDrawing].flatMap(
      Object.keys,
    ),
  );
  const first = new Set(Object.keys(fiFirst));

  it('finds the first screen by its imports', () => {
    expect([...files].some((f) => f.endsWith('PlanScreen.svelte'))).toBe(true);
    expect([...files].some((f) => f.endsWith('laterMessages.ts'))).toBe(false);
  });

  it('every message the first screen names is in the first half', () => {
    const missing: string[] = [];
    for (const file of files) {
      const { whole, stems } = keysNamed(readFileSync(file, 'utf8'));
      const name = file.slice(SRC.length + 1);
      for (const key of whole) if (later.has(key)) missing.push(`${name}: ${key}`);
      for (const stem of stems)
        for (const key of later) if (key.startsWith(stem)) missing.push(`${name}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('no message is in both halves', () => {
    expect([...first].filter((key) => later.has(key))).toEqual([]);
  });
});
