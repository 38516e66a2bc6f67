import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLE_TITLE = 'ICT-muutoksen tiekartta 2022';
export const SAMPLE_TEXT = readFileSync(
  resolve(process.cwd(), 'fixtures/sample-plan.tiekartta.json'),
  'utf8',
);

/** Opens the app on a fresh profile's first start and waits for the sample plan. */
export async function openFresh(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Tiekartan nimi' })).toHaveValue(SAMPLE_TITLE);
}

export async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Kirjastoon|Library|Biblioteket/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const libraryRows = (page: Page) => page.getByTestId('library-row');

/** The file without the export moment, which is the one line allowed to differ. */
export const withoutExportTime = (text: string) =>
  text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

type StoredRecord = { id: string } & Record<string, unknown>;

/** The one plan record in the page's IndexedDB, as stored. */
export function storedRecord(page: Page): Promise<StoredRecord> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      indexedDB.open('tiekartta').onsuccess = (event) =>
        resolve((event.target as IDBOpenDBRequest).result);
    });
    const request = db.transaction('plans').objectStore('plans').getAll();
    const records = await new Promise<unknown[]>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return records[0] as StoredRecord;
  });
}

/** Writes a record over the stored one, as an older or broken app version could have. */
export async function putStoredRecord(page: Page, record: StoredRecord): Promise<void> {
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      indexedDB.open('tiekartta').onsuccess = (event) =>
        resolve((event.target as IDBOpenDBRequest).result);
    });
    const transaction = db.transaction('plans', 'readwrite');
    transaction.objectStore('plans').put(value, value.id);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
  }, record);
}

/**
 * Makes IndexedDB writes fail as a full disk does (QuotaExceededError, empty message) while the
 * page sets `window.__diskFull`. Chromium's quota override does not stop writes to an existing
 * database here, so the fault is made where the browser would raise it.
 */
export async function diskFullSwitch(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull)
        throw new DOMException('', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

export const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => Object.assign(window, { __diskFull: value }), full);
