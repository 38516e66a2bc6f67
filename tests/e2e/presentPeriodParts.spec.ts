import { expect, test } from '@playwright/test';
import { openWithParts } from './partsPlan';

test('stepping by period reaches the Riskit and Rahoitus pages after the last frame', async ({
  page,
}) => {
  await openWithParts(page);
  await page.getByRole('button', { name: 'Esitä' }).click();
  const show = page.getByTestId('presentation');
  const status = show.getByRole('status');
  await page.getByRole('combobox', { name: 'Askella' }).selectOption('period');
  await show.click({ position: { x: 10, y: 10 } });
  await expect(status).toHaveText('Jakso 1.6.2022–30.11.2022');

  await page.keyboard.press('PageDown');
  await expect(status).toHaveText('Jakso 1.12.2022–31.5.2023');
  await expect(show).toHaveAttribute('data-part', '');
  // The frame reaches past the plan's content: the next steps are the two pages of the pack.
  await page.keyboard.press('PageDown');
  await expect(show).toHaveAttribute('data-part', 'risks');
  await expect(status).toHaveText('Riskit');
  await page.keyboard.press('PageDown');
  await expect(show).toHaveAttribute('data-part', 'funding');
  await expect(status).toHaveText('Rahoitus');
  await page.keyboard.press('PageDown');
  await expect(show).toHaveAttribute('data-part', 'funding');

  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(show).toHaveAttribute('data-part', '');
  await expect(status).toHaveText('Jakso 1.12.2022–31.5.2023');
  await page.keyboard.press('PageUp');
  await expect(status).toHaveText('Jakso 1.6.2022–30.11.2022');
});
