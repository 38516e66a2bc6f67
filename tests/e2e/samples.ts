import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Plan } from '../../src/domain/planSchema';
import { parsePlanText } from '../../src/io/parsePlanFile';
import { toLibrary } from './helpers';

const read = (file: string): Plan => {
  const parsed = parsePlanText(readFileSync(`fixtures/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(file);
  return parsed.plan;
};

/** The three sample plans, and how a user opens each: the first opens on a first start. */
export const SAMPLES = [
  { name: 'county', plan: read('sample-plan.tiekartta.json'), menu: null },
  {
    name: 'multiYear',
    plan: read('sample-multiyear-2022-2026.tiekartta.json'),
    menu: /Monivuotinen/,
  },
  {
    name: 'workingGroup',
    plan: read('sample-working-group-2017-2018.tiekartta.json'),
    menu: /Työryhmän/,
  },
] as const;

/** Opens a sample the way a user does; the app must be on a fresh start already. */
export async function openSample(page: Page, menu: RegExp | null): Promise<void> {
  if (menu) {
    await toLibrary(page);
    await page.getByText('Uusi esimerkistä…').click();
    await page.getByRole('button', { name: menu }).click();
  }
  await page.getByTestId('timeline').waitFor();
}
