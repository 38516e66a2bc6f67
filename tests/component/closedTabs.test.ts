import { get } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { PlanRepository } from '../../src/persistence/planRepository';
import { makeProfile, rename } from '../factories/tabs';

/** Lets the edit's autosave timer never fire: the tab dies with the edit only in memory. */
async function crashWithUnsavedEdit(title: string) {
  const profile = makeProfile();
  const first = profile.tab();
  await first.app.start();
  const id = first.app.open!.id;
  rename(first.app, title);
  first.crash();
  return { profile, id };
}

describe('an edit made just before the tab died', () => {
  it('is written to the journal at once and put back by the next start, with a notice', async () => {
    const { profile, id } = await crashWithUnsavedEdit('Viimeinen muutos');
    expect((await profile.tab().app.repository.load(id))?.plan.title).not.toBe('Viimeinen muutos');

    const next = profile.tab();
    await next.app.start();
    expect(next.app.open?.id).toBe(id);
    expect(next.app.open?.plan.title).toBe('Viimeinen muutos');
    expect(next.app.open?.revision).toBe(1);
    expect(next.app.notice).toEqual({
      kind: 'journalReplayed',
      restored: ['Viimeinen muutos'],
      copies: [],
    });
    // Said once: the journal is empty now.
    const after = profile.tab();
    await after.app.start();
    expect(after.app.notice).toBeNull();
  });

  it('never overwrites newer work saved meanwhile: it comes back as a copy beside it', async () => {
    const { profile, id } = await crashWithUnsavedEdit('Kaatuneen välilehden muutos');
    const other = new PlanRepository({ store: profile.store, appVersion: '0.1.0', backups: null });
    const stored = (await other.load(id))!;
    await other.save(id, { ...stored.plan, title: 'Toisen välilehden työ' }, stored.revision);

    const next = profile.tab();
    await next.app.start();
    const titles = next.app.library.summaries.map((s) => s.title).sort();
    expect(titles).toEqual(['Kaatuneen välilehden muutos (palautettu)', 'Toisen välilehden työ']);
    expect(next.app.notice).toMatchObject({ kind: 'journalReplayed', restored: [] });
  });

  it('is not taken from a tab that is still running', async () => {
    const profile = makeProfile();
    const running = profile.tab();
    await running.app.start();
    rename(running.app, 'Kesken toisessa välilehdessä');
    const next = profile.tab();
    await next.app.start();
    expect(next.app.notice).toBeNull();
    await running.app.open!.flush();
    expect(running.app.open!.status.kind).toBe('saved');
  });

  it('leaves no journal behind once storage has the edit', async () => {
    const profile = makeProfile();
    const tab = profile.tab();
    await tab.app.start();
    rename(tab.app, 'Tallennettu');
    expect(Object.keys(localStorage).some((k) => k.startsWith('tiekartta.journal.'))).toBe(true);
    await tab.app.open!.flush();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('tiekartta.journal.'))).toEqual([]);
  });

  it('drops a journal entry that fails its schema instead of restoring it', async () => {
    const profile = makeProfile();
    localStorage.setItem('tiekartta.journal.tab-x.plan-x', '{"tabId":"tab-x","plan":{"title":1}}');
    const tab = profile.tab();
    await tab.app.start();
    expect(tab.app.notice).toBeNull();
    expect(localStorage.getItem('tiekartta.journal.tab-x.plan-x')).toBeNull();
  });
});

describe('storage wiped between visits', () => {
  it('names the plans that vanished, once, and still opens', async () => {
    const profile = makeProfile();
    const tab = profile.tab();
    await tab.app.start();
    rename(tab.app, 'Hävinnyt suunnitelma');
    await tab.app.open!.flush();
    await tab.app.repository.delete(tab.app.open!.id); // the browser clears IndexedDB only

    const next = profile.tab();
    await next.app.start();
    expect(next.app.library.vanished.map((p) => p.title)).toEqual(['Hävinnyt suunnitelma']);
    expect(next.app.open).not.toBeNull();
    const again = profile.tab();
    await again.app.start();
    expect(again.app.library.vanished).toEqual([]);
  });

  it('does not count a plan the user deleted', async () => {
    const profile = makeProfile();
    const tab = profile.tab();
    await tab.app.start();
    await tab.app.library.createPlan('blank');
    await tab.app.library.remove(tab.app.open!.id);
    const next = profile.tab();
    await next.app.start();
    expect(next.app.library.vanished).toEqual([]);
  });
});

describe('the open plan’s record disappears under the tab', () => {
  it('wiped storage: the next save says so, keeps the edits, and can save them again', async () => {
    const profile = makeProfile();
    const tab = profile.tab();
    await tab.app.start();
    const id = tab.app.open!.id;
    await tab.app.repository.delete(id);
    rename(tab.app, 'Tyhjennyksen jälkeen');
    await tab.app.open!.flush();
    expect(tab.app.open!.status).toEqual({ kind: 'gone', reason: 'wiped' });
    expect(tab.app.open!.plan.title).toBe('Tyhjennyksen jälkeen');
    await tab.app.open?.saveAgain();
    expect(tab.app.open!.status.kind).toBe('saved');
    expect(await get(id, profile.store)).toBeDefined();
    expect((await tab.app.repository.load(id))?.plan.title).toBe('Tyhjennyksen jälkeen');
    expect(tab.app.open!.undoStack).toHaveLength(1);
  });

  it('deleted in another tab: the library lists update and the open tab is told', async () => {
    const profile = makeProfile();
    const a = profile.tab();
    const b = profile.tab();
    await a.app.start();
    await b.app.start();
    const id = a.app.open!.id;
    await b.app.closePlan();
    await b.app.library.remove(id);
    await vi.waitFor(() => expect(a.app.library.summaries.map((s) => s.id)).not.toContain(id));
    expect(a.app.open!.status).toEqual({ kind: 'gone', reason: 'deleted' });
  });

  it('a plan imported in another tab appears in this tab’s library', async () => {
    const profile = makeProfile();
    const a = profile.tab();
    const b = profile.tab();
    await a.app.start();
    await b.app.start();
    await b.app.library.createPlan('blank');
    await vi.waitFor(() => expect(a.app.library.summaries).toHaveLength(2));
  });
});

describe('a conflict resolved by taking the other tab’s version', () => {
  it('keeps this tab’s edits as a copy instead of dropping them', async () => {
    const profile = makeProfile();
    const a = profile.tab();
    const b = profile.tab();
    await a.app.start();
    await b.app.start();
    rename(b.app, 'B:n muutos');
    rename(a.app, 'A:n muutos');
    await a.app.open!.flush();
    await vi.waitFor(() => expect(b.app.open!.status.kind).toBe('conflict'));
    await b.app.tabs.takeTheirs();
    expect(b.app.open!.plan.title).toBe('A:n muutos');
    const titles = (await b.app.repository.list()).plans.map((p) => p.plan.title).sort();
    expect(titles).toEqual(['A:n muutos', 'B:n muutos (kopio)']);
    expect(b.app.notice).toEqual({ kind: 'theirsTaken', copyTitle: 'B:n muutos (kopio)' });
  });
});

describe('a first start on a full disk', () => {
  it('opens the sample in memory and says the disk is full instead of hanging', async () => {
    const profile = makeProfile();
    const tab = profile.tab();
    const full = () => Promise.reject(new DOMException('', 'QuotaExceededError'));
    Object.assign(tab.app.repository, { save: full });
    await tab.app.start();
    expect(tab.app.library.loaded).toBe(true);
    expect(tab.app.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
    expect(tab.app.open?.status).toMatchObject({ kind: 'failed' });
    tab.app.open?.dispose();
  });
});

describe('opening a stored plan that cannot be read', () => {
  it('says so instead of doing nothing', async () => {
    const profile = makeProfile();
    const tab = profile.tab();
    await tab.app.start();
    const { id, title } = tab.app.library.summaries[0]!;
    await tab.app.closePlan();
    const { set } = await import('idb-keyval');
    await set(id, { id, revision: 3, savedAt: 'x', file: {} }, profile.store);
    await tab.app.openPlan(id);
    expect(tab.app.open).toBeNull();
    expect(tab.app.notice).toEqual({ kind: 'openFailed', title, missing: false });
    expect(tab.app.library.unreadable).toBe(1);
  });
});
