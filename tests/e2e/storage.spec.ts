import { expect, test } from '@playwright/test';
import { generatePlan } from '../factories/generatePlan';
import { serializePlanFile } from '../../src/io/planFile';
import { diskFullSwitch, openFresh, SAMPLE_TITLE, setDiskFull, toLibrary } from './helpers';

const title = (page: import('@playwright/test').Page) =>
  page.getByRole('textbox', { name: 'Tiekartan nimi' });

/** An edit that does not save at once: it waits for the autosave delay. */
async function editOrganisation(page: import('@playwright/test').Page, text: string) {
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  await page.getByRole('textbox', { name: 'Organisaatio' }).fill(text);
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
}

async function rename(page: import('@playwright/test').Page, text: string) {
  await title(page).fill(text);
  await title(page).press('Enter');
}

test('a reload inside the autosave delay keeps the edit', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await rename(page, 'Heti perään ladattu');
  await page.reload();
  await expect(title(page)).toHaveValue('Heti perään ladattu');
});

test('IndexedDB that never answers shows the banner, and editing and export still work', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/');
  await expect(page.getByTestId('storage-unavailable')).toContainText(
    'Tiekarttoja ei tallenneta tähän selaimeen',
    { timeout: 10_000 },
  );
  await expect(title(page)).toHaveValue(SAMPLE_TITLE);
  await rename(page, 'Vain muistissa');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie tiedostoksi' }).click();
  expect((await download).suggestedFilename()).toBe('Vain muistissa-2022-06-15.tiekartta.json');
});

test('a full disk says so, with the space used, keeps the plan open and offers export', async ({
  page,
}) => {
  await diskFullSwitch(page);
  await openFresh(page);
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await setDiskFull(page, true);
  await rename(page, 'Levy on täynnä');
  const notice = page.getByTestId('quota');
  await expect(notice).toContainText('Selaimen tallennustila on täynnä');
  await expect(notice).toContainText(/\d+\.\d Mt käytössä/);
  await expect(page.getByTestId('save-status')).toContainText('Tallennus epäonnistui');
  await expect(title(page)).toHaveValue('Levy on täynnä');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Vie tiedostoksi nyt' }).click();
  expect((await download).suggestedFilename()).toBe('Levy on täynnä-2022-06-15.tiekartta.json');
  await setDiskFull(page, false);
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/, { timeout: 10_000 });
  await expect(notice).toHaveCount(0);
});

test('a full disk can be relieved by deleting the earlier versions, and the edit then saves', async ({
  page,
}) => {
  // The disk is full until the earlier versions' store is cleared, as deleting them would free space.
  await page.addInitScript(() => {
    const flags = window as unknown as { __diskFull?: boolean };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (flags.__diskFull) throw new DOMException('', 'QuotaExceededError');
      return put.apply(this, args);
    };
    const clear = IDBObjectStore.prototype.clear;
    IDBObjectStore.prototype.clear = function () {
      if (this.name === 'copies') flags.__diskFull = false;
      return clear.apply(this);
    };
  });
  await openFresh(page);
  await rename(page, 'Versio talteen');
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await setDiskFull(page, true);
  await rename(page, 'Levy täynnä');
  const notice = page.getByTestId('quota');
  await notice.getByRole('button', { name: /^Vapauta tilaa/ }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText('Aiemmat versiot poistettu');
  await page.reload();
  await expect(title(page)).toHaveValue('Levy täynnä');
});

test('two tabs on one plan lose nothing', async ({ page, context }) => {
  await openFresh(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(title(other)).toHaveValue(SAMPLE_TITLE);

  await rename(page, 'Välilehti A tallensi');
  await expect(title(other)).toHaveValue('Välilehti A tallensi');

  // B's edit waits for its autosave; A saves first, so B must not overwrite A, nor lose its own edit.
  await editOrganisation(other, 'B:n organisaatio');
  await rename(page, 'Välilehti A:n muutos');
  await expect(other.getByTestId('conflict')).toContainText('Muutettu toisessa välilehdessä');
  await expect(page.getByTestId('conflict')).toHaveCount(0);
  await other.getByTestId('conflict').getByRole('button', { name: 'Pidä omani kopiona' }).click();
  await expect(other.getByTestId('conflict')).toHaveCount(0);
  await expect(other.getByText('B:n organisaatio')).toBeVisible();

  await toLibrary(page);
  await page.reload();
  const rows = page.getByTestId('library-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'B:n organisaatio' })).toContainText('(kopio)');
  await expect(rows.filter({ hasNotText: 'B:n organisaatio' })).toContainText(
    'Välilehti A:n muutos',
  );
});

test('a renderer crash during the save of a large plan reopens on a complete revision', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await openFresh(page);
  await toLibrary(page);
  const text = serializePlanFile(generatePlan({ items: 5000 }), {
    exportedAt: new Date(),
    appVersion: 'test',
  });
  await page.getByTestId('import-input').setInputFiles({
    name: 'iso.tiekartta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(title(page)).toHaveValue('Generoitu tiekartta (5000 kohdetta)');
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  // An edit that waits for the autosave (800 ms), and a renderer crash just as that save starts.
  await editOrganisation(page, 'Kesken kaatunut');
  await expect(page.getByTestId('save-status')).toHaveText('Tallentamattomia muutoksia');
  await page.waitForTimeout(800);
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  const cdp = await context.newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(title(fresh)).toHaveValue('Generoitu tiekartta (5000 kohdetta)');
  await expect(fresh.getByText(/^(Kansallinen kokonaiskuva|Kesken kaatunut)$/)).toBeVisible();
  await expect(fresh.getByTestId('timeline').locator('[data-item-id]').first()).toBeVisible();
  await fresh.getByRole('button', { name: /Kirjastoon/ }).click();
  await expect(fresh.getByTestId('library-row')).toHaveCount(2);
  await expect(fresh.getByText(/tallennettua tiekarttaa ei voitu lukea/)).toHaveCount(0);
});

/** What a newer release in another tab does: saves the plan, signing the record with its version. */
async function saveAsNewerRelease(page: import('@playwright/test').Page, organisation: string) {
  await page.evaluate(async (organisation) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tiekartta');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('plans', 'readwrite').objectStore('plans');
    interface StoredRecord {
      id: string;
      revision: number;
      file: { appVersion: string; plan: { organisation: string } };
    }
    const record = await new Promise<StoredRecord>((resolve) => {
      store.getAll().onsuccess = (event) =>
        resolve((event.target as IDBRequest<StoredRecord[]>).result[0] as StoredRecord);
    });
    const { id, revision, file } = record;
    file.appVersion = '99.0.0';
    file.plan.organisation = organisation;
    const next = { ...record, revision: revision + 1, savedAt: new Date().toISOString(), file };
    await new Promise((resolve) => (store.put(next, id).onsuccess = resolve));
    new BroadcastChannel('tiekartta').postMessage({
      type: 'saved',
      id,
      revision: revision + 1,
      appVersion: '99.0.0',
    });
  }, organisation);
}

const storedRecord = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      indexedDB.open('tiekartta').onsuccess = (event) =>
        resolve((event.target as IDBOpenDBRequest).result);
    });
    return new Promise<{ revision: number; file: { appVersion: string; plan: { title: string } } }>(
      (resolve) => {
        db.transaction('plans').objectStore('plans').getAll().onsuccess = (event) =>
          resolve((event.target as IDBRequest).result[0]);
      },
    );
  });

test('a tab running an older app version than the data stops writing and asks to reload', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await openFresh(page);
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await saveAsNewerRelease(page, 'Uudemman version työ');

  const banner = page.getByTestId('outdated');
  await expect(banner).toContainText('Tiekartan uudempi versio (99.0.0)');
  await expect(page.getByText('Uudemman version työ')).toBeVisible();
  await rename(page, 'Vanhan välilehden muutos');
  await expect(page.getByTestId('save-status')).toHaveText('Ei tallenneta: sovellus on päivitetty');
  await page.waitForTimeout(1_500);
  const stored = await storedRecord(page);
  expect(stored.file.appVersion).toBe('99.0.0');
  expect(stored.file.plan.title).toBe(SAMPLE_TITLE);

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Vie tiedostoksi nyt' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Vanhan välilehden muutos-/);
  await banner.getByRole('button', { name: 'Lataa sivu uudelleen' }).click();
  // This build is still the older one, so after the reload it still writes nothing.
  await expect(page.getByTestId('outdated')).toContainText('(99.0.0)');
  await expect(title(page)).toHaveValue(SAMPLE_TITLE);
  expect((await storedRecord(page)).revision).toBe(stored.revision);
});

test('closing the tab with unsaved edits asks first; once saved it closes without asking', async ({
  page,
}) => {
  await openFresh(page);
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  await editOrganisation(page, 'Ei vielä tallennettu');
  await expect(page.getByTestId('save-status')).toHaveText('Tallentamattomia muutoksia');
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  // Staying on the page loses nothing: the write that leaving started completes.
  await expect(page.getByTestId('save-status')).toHaveText(/^Tallennettu/);
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
});
