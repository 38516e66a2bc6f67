import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openFresh, toLibrary } from './helpers';

test('the built app carries a strict Content-Security-Policy and no inline script', () => {
  const outDir = process.env.E2E_OUT_DIR ?? 'dist';
  const html = readFileSync(resolve(process.cwd(), outDir, 'index.html'), 'utf8');
  const policy =
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replace(/&#39;/g, "'") ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\/assets\//);
    expect(body?.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('nothing the app does breaks its own policy', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
    Object.assign(window, { __violations: violations });
  });
  await openFresh(page);
  await page.getByRole('button', { name: 'Viikot' }).click();
  await page.getByRole('button', { name: 'Taulukko' }).click();
  await page.getByRole('button', { name: 'Aikajana' }).click();
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await expect(page.getByRole('dialog', { name: 'Tiekartan tiedot' })).toBeVisible();
  await page.keyboard.press('Escape');
  const download = page.waitForEvent('download');
  await page.getByText('Vie kuvana…').click();
  await page.getByRole('button', { name: /^PNG-kuva/ }).click();
  await download;
  await page.getByRole('button', { name: 'Esitä' }).click();
  await expect(page.getByTestId('presentation').getByRole('img')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Tulosta / PDF…' }).click();
  await expect(page.getByTestId('print-page').first().getByRole('img')).toBeVisible();
  await page.getByRole('button', { name: 'Sulje' }).click();
  await toLibrary(page);
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations, violations.join('\n')).toEqual([]);
});

test('hostile labels are text in every view and in the SVG export, and nothing runs', async ({
  page,
}) => {
  const attack = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>" onmouseover="window.__pwned=3`;
  await page.addInitScript(() => Object.assign(window, { __pwned: 0 }));
  await openFresh(page);
  const file = JSON.parse(
    await (
      await import('node:fs/promises')
    ).readFile(resolve(process.cwd(), 'fixtures/sample-plan.tiekartta.json'), 'utf8'),
  );
  file.plan.title = attack.slice(0, 190);
  file.plan.lanes[0].name = attack.slice(0, 190);
  file.plan.items[0].label = attack;
  file.plan.items[0].notes = attack;
  file.plan.markers[0].label = attack;
  file.plan.principles[0] = attack;
  await toLibrary(page);
  await page.getByTestId('import-input').setInputFiles({
    name: `${attack.slice(0, 40)}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const item = page
    .getByRole('button', { name: new RegExp(`Sopimusten kartoitus|${'<img'}`) })
    .first();
  await expect(page.getByText(attack, { exact: true }).first()).toBeAttached();
  await item.hover();
  await item.click();
  await page.getByRole('button', { name: 'Taulukko' }).click();
  await expect(page.getByRole('cell', { name: attack }).first()).toBeVisible();
  const pending = page.waitForEvent('download');
  await page.getByText('Vie kuvana…').click();
  await page.getByRole('button', { name: /^SVG-kuva/ }).click();
  const svg = await (
    await import('node:fs/promises')
  ).readFile((await (await pending).path()) as string, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      scripts: doc.querySelectorAll('script, img').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.scripts).toBe(0);
  expect(parsed.texts.some((t) => t?.includes('<script>window.__pwned=2</script>'))).toBe(true);
  await page.getByRole('button', { name: 'Esitä' }).click();
  await expect(page.getByTestId('presentation').getByRole('img')).toBeVisible();
  await page.keyboard.press('Escape');
  // Renaming saves, and the save keeps the hostile revision among the earlier versions.
  const name = page.getByRole('textbox', { name: 'Tiekartan nimi' });
  await name.fill('Turvallinen nimi');
  await name.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await page.getByRole('button', { name: 'Aiemmat versiot…' }).click();
  await expect(
    page.getByRole('dialog').getByRole('cell', { name: attack.slice(0, 190), exact: true }),
  ).toBeVisible();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
});
