import { expect, test } from '@playwright/test';
import { openWithParts } from './partsPlan';

test('the funding sum placed on the roadmap follows the table, and undo takes it off', async ({
  page,
}) => {
  await openWithParts(page);
  const label = page.locator('[data-marker-label="funding"]');
  await expect(label).toHaveCount(0);
  await page.locator('summary', { hasText: 'Muokkaa tiekarttaa' }).click();
  await page.getByRole('button', { name: 'Rahoitus', exact: true }).click();
  const view = page.getByTestId('funding-view');
  await view.getByRole('button', { name: 'Merkitse summa tiekarttaan' }).click();
  await expect(view.getByRole('button', { name: 'Merkitse summa tiekarttaan' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // An application not yet decided turns the sum into the slides' "+ X".
  await view.getByRole('button', { name: 'Lisää päätös tai haku' }).click();
  await view.getByRole('textbox', { name: 'Päivämäärä' }).fill('1.9.2022');
  await view.getByRole('combobox', { name: 'Tila' }).selectOption({ label: 'haettu' });
  await view.getByRole('textbox', { name: 'Perusrahoitus, €' }).fill('1,3 M€');
  await view.getByRole('button', { name: 'Tallenna' }).click();
  await expect(view.getByRole('form')).toHaveCount(0);

  await page.getByRole('button', { name: 'Aikajana', exact: true }).click();
  await page.getByRole('button', { name: 'Koko suunnitelma' }).click();
  await expect(label).toHaveText(/^Täydentävät rahoitushaut 28,9\s\+\sX\sM€$/);

  await page.getByRole('button', { name: /^↶ Kumoa: lisää rahoitus/ }).click();
  await expect(label).toHaveText(/^Täydentävät rahoitushaut 28,9\sM€$/);
  await page.getByRole('button', { name: /^↶ Kumoa: merkitse rahoitus tiekarttaan/ }).click();
  await expect(label).toHaveCount(0);
});
