// @vitest-environment jsdom
// jsdom for localStorage, where the ledger and the journal live.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import type { Plan } from '../../../src/domain/planSchema';
import { EditJournal } from '../../../src/persistence/editJournal';
import { MemoryRepository } from '../../../src/persistence/memoryRepository';
import type { LibraryListing, StoredPlan } from '../../../src/persistence/planRepository';
import { StorageTimeout } from '../../../src/persistence/storageErrors';
import { Library, type LibraryHost } from '../../../src/state/library.svelte';
import { locale } from '../../../src/state/locale.svelte';
import type { Notice } from '../../../src/state/notice';
import { SAMPLE_TEXT } from '../../factories/fixtures';
import { makePlan } from '../../factories/plans';

/** The app as the library sees it: what it was asked to open, and what the other tabs were told. */
class Host implements LibraryHost {
  open: { id: string; plan: Plan; flush(): Promise<void> } | null = null;
  notice: Notice | null = null;
  commands: Command[] = [];
  opened: Plan[] = [];
  closed = 0;
  told: string[] = [];
  notify(notice: Notice | null): void {
    this.notice = notice;
  }
  exec(command: Command): boolean {
    this.commands.push(command);
    return true;
  }
  async closePlan(): Promise<void> {
    this.closed++;
    this.open = null;
  }
  async addAndOpen(plan: Plan): Promise<string> {
    this.opened.push(plan);
    return 'plan-opened';
  }
  saved(stored: StoredPlan): void {
    this.told.push(`saved ${stored.id}@${stored.revision}`);
  }
  deleted(id: string): void {
    this.told.push(`deleted ${id}`);
  }
}

/** IndexedDB that never answers, as in some private windows. */
class DeadRepository extends MemoryRepository {
  override async list(): Promise<LibraryListing> {
    throw new StorageTimeout('IndexedDB');
  }
}

function library(repository = new MemoryRepository(), journal: EditJournal | null = null) {
  const host = new Host();
  const options = {
    repository,
    loadSample: async () => SAMPLE_TEXT,
    journal,
    liveTabs: async () => new Set<string>(),
  };
  return { host, repository, library: new Library(host, options) };
}

const titles = (lib: Library) => lib.summaries.map((s) => s.title);

beforeEach(() => localStorage.clear());

describe('Library loading', () => {
  it('lists the stored plans, most recently saved first', async () => {
    const repository = new MemoryRepository();
    await repository.save('plan-a', makePlan({ title: 'Vanhempi' }));
    await new Promise((resolve) => setTimeout(resolve, 2));
    await repository.save('plan-b', makePlan({ title: 'Uudempi' }));
    const { library: lib } = library(repository);
    expect(lib.loaded).toBe(false);
    expect(await lib.load()).toBeUndefined();
    expect(lib.loaded).toBe(true);
    expect(titles(lib)).toEqual(['Uudempi', 'Vanhempi']);
    expect(lib.unreadable).toBe(0);
    expect(lib.storage).toBe('ok');
  });

  it('keeps working in memory, and says so, when storage does not answer', async () => {
    const dead = new DeadRepository();
    const { library: lib } = library(dead);
    await lib.load();
    expect(lib.storage).toBe('unavailable');
    expect(lib.repository).not.toBe(dead);
    await lib.add('plan-a', makePlan());
    expect(await lib.repository.load('plan-a')).not.toBeNull();
  });

  it('names once the plans the ledger remembers that storage no longer has', async () => {
    const repository = new MemoryRepository();
    const first = library(repository).library;
    await first.load();
    await first.add('plan-kept', makePlan({ title: 'Säilyi' }));
    await first.add('plan-lost', makePlan({ title: 'Hävisi' }));
    await repository.delete('plan-lost');
    const next = library(repository).library;
    await next.load();
    expect(next.vanished).toEqual([{ id: 'plan-lost', title: 'Hävisi' }]);
    next.dismissVanished();
    expect(next.vanished).toEqual([]);
    const again = library(repository).library;
    await again.load();
    expect(again.vanished).toEqual([]);
  });

  it('puts back what a closed tab left unsaved, and says which plan to open', async () => {
    const repository = new MemoryRepository();
    const stored = await repository.save('plan-a', makePlan({ title: 'Tallennettu' }));
    const journal = new EditJournal('tab-closed');
    journal.record('plan-a', stored, makePlan({ title: 'Jäi tallentamatta' }));
    const { library: lib, host } = library(repository, new EditJournal('tab-this'));
    expect(await lib.load()).toBe('plan-a');
    expect(titles(lib)).toEqual(['Jäi tallentamatta']);
    expect(host.notice).toEqual({
      kind: 'journalReplayed',
      restored: ['Jäi tallentamatta'],
      copies: [],
    });
    expect(host.told).toEqual(['saved plan-a@1']);
  });

  it('reports a plan that cannot be read instead of opening nothing', async () => {
    const { library: lib, host } = library();
    await lib.load();
    expect(await lib.read('plan-gone')).toBeNull();
    expect(host.notice).toEqual({ kind: 'openFailed', title: 'plan-gone', missing: true });
  });
});

describe('Library changes', () => {
  it('stores a new plan, lists it and tells the other tabs', async () => {
    const { library: lib, host, repository } = library();
    const plan = makePlan({ title: 'Uusi' });
    const stored = await lib.add('plan-new', plan);
    expect(stored.plan).toBe(plan);
    expect(await repository.load('plan-new')).toEqual(stored);
    expect(titles(lib)).toEqual(['Uusi']);
    expect(host.told).toEqual(['saved plan-new@0']);
  });

  it('creates plans from the template, blank, or a sample, and has them opened', async () => {
    const { library: lib, host } = library();
    await lib.createPlan('template');
    await lib.createPlan('blank');
    await lib.createFromSample('county2022');
    const [template, blank, sample] = host.opened;
    expect(template?.title).toBe(locale.t('library.newTitle'));
    expect(template?.lanes).toHaveLength(4);
    expect(blank?.lanes).toEqual([]);
    expect(sample?.title).toBe('ICT-muutoksen tiekartta 2022');
  });

  it('renames a stored plan, and refuses a title the schema refuses', async () => {
    const { library: lib, repository } = library();
    await lib.add('plan-a', makePlan({ title: 'Ennen' }));
    expect(await lib.rename('plan-a', '')).toBe(false);
    expect(await lib.rename('plan-a', 'Jälkeen')).toBe(true);
    expect((await repository.load('plan-a'))?.plan.title).toBe('Jälkeen');
    expect(titles(lib)).toEqual(['Jälkeen']);
    expect(await lib.rename('plan-missing', 'Mikä')).toBe(false);
  });

  it('renames the open plan as an undoable edit, saved at once', async () => {
    const { library: lib, host } = library();
    let flushed = 0;
    host.open = { id: 'plan-a', plan: makePlan(), flush: async () => void flushed++ };
    expect(await lib.rename('plan-a', 'Avoinna')).toBe(true);
    expect(host.commands).toEqual([{ type: 'plan/update', changes: { title: 'Avoinna' } }]);
    expect(flushed).toBe(1);
  });

  it('duplicates the open plan as edited here, under a new id', async () => {
    const { library: lib, host } = library();
    await lib.add('plan-a', makePlan({ title: 'Tallennettu' }));
    host.open = { id: 'plan-a', plan: makePlan({ title: 'Muokattu' }), flush: async () => {} };
    await lib.duplicate('plan-a');
    const copy = lib.summaries.find((s) => s.id !== 'plan-a');
    expect(copy?.title).toBe(locale.t('library.copyOf', { title: 'Muokattu' }));
  });

  it('deletes at once, closing the plan if open, and undo puts the very same record back', async () => {
    const { library: lib, host, repository } = library();
    const stored = await lib.add('plan-a', makePlan());
    host.open = { id: 'plan-a', plan: stored.plan, flush: async () => {} };
    await lib.remove('plan-a');
    expect(host.closed).toBe(1);
    expect(await repository.load('plan-a')).toBeNull();
    expect(lib.summaries).toEqual([]);
    expect(host.notice).toEqual({ kind: 'deleted', stored });
    expect(host.told.at(-1)).toBe('deleted plan-a');
    await lib.undoDelete();
    expect((await repository.load('plan-a'))?.plan).toEqual(stored.plan);
    expect(lib.summaries.map((s) => s.id)).toEqual(['plan-a']);
    expect(host.notice).toBeNull();
  });

  it('undo brings a plan saved again meanwhile back beside it, as a plan of its own', async () => {
    const { library: lib, host, repository } = library();
    await lib.add('plan-a', makePlan({ title: 'Poistettu' }));
    await lib.remove('plan-a');
    await repository.save('plan-a', makePlan({ title: 'Toisessa välilehdessä' }));
    await lib.undoDelete();
    const { plans } = await repository.list();
    expect(plans.map((p) => p.plan.title).sort()).toEqual(['Poistettu', 'Toisessa välilehdessä']);
    expect(host.notice).toBeNull();
  });
});
