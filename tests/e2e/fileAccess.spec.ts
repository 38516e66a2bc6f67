import { expect, test } from '@playwright/test';
import { openFresh, SAMPLE_TEXT, toLibrary } from './helpers';

/**
 * The native file picker cannot be answered in headless Chromium, so the File System Access
 * API is replaced by a handle that serves our file and records what the app writes back.
 */
test('a plan opened from a file is saved back to that file', async ({ page }) => {
  await page.addInitScript(
    (text) => {
      const written: string[] = [];
      Object.assign(window, {
        __written: written,
        showOpenFilePicker: async () => [
          {
            name: 'alue.tiekartta.json',
            getFile: async () =>
              new File([text], 'alue.tiekartta.json', { type: 'application/json' }),
            createWritable: async () => {
              let buffer = '';
              return {
                write: async (data: string) => void (buffer += data),
                close: async () => void written.push(buffer),
              };
            },
          },
        ],
      });
    },
    SAMPLE_TEXT.replace('"ICT-muutoksen tiekartta 2022"', '"Tiedostosta avattu"'),
  );
  await openFresh(page);
  await toLibrary(page);
  await page.getByRole('button', { name: 'Tuo tiedosto…' }).click();
  const title = page.getByRole('textbox', { name: 'Tiekartan nimi' });
  await expect(title).toHaveValue('Tiedostosta avattu');
  await title.fill('Tallennettu takaisin');
  await title.press('Enter');
  await page.getByRole('button', { name: 'Tallenna tiedostoon alue.tiekartta.json' }).click();
  await expect(page.getByText('Tallennettu tiedostoon alue.tiekartta.json.')).toBeVisible();
  const written = await page.evaluate(
    () => (window as unknown as { __written: string[] }).__written,
  );
  expect(written).toHaveLength(1);
  expect(JSON.parse(written[0] as string).plan.title).toBe('Tallennettu takaisin');
});
