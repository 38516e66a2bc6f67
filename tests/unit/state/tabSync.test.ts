import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import { MemoryRepository } from '../../../src/persistence/memoryRepository';
import type { StoredPlan } from '../../../src/persistence/planRepository';
import type { Notice } from '../../../src/state/notice';
import { OpenPlan } from '../../../src/state/openPlan.svelte';
import { TabSync, type TabChannel, type TabSyncHost } from '../../../src/state/tabSync';
import { makePlan } from '../../factories/plans';

/** Two channels that deliver to each other at once, as one BroadcastChannel name does. */
function channelPair(): [TabChannel, TabChannel] {
  const a: TabChannel = { onmessage: null, postMessage: (data) => deliver(b, data) };
  const b: TabChannel = { onmessage: null, postMessage: (data) => deliver(a, data) };
  const deliver = (to: TabChannel, data: unknown) =>
    to.onmessage?.(new MessageEvent('message', { data }));
  return [a, b];
}

/** A tab's side of the app: its open plan on the shared repository, and what it was told. */
class Tab implements TabSyncHost {
  open: OpenPlan | null;
  outdated: string | null = null;
  listedIds: string[] = [];
  unlistedIds: string[] = [];
  notices: Notice[] = [];
  opened: Plan[] = [];
  readonly sync: TabSync;

  constructor(
    readonly repository: MemoryRepository,
    stored: StoredPlan,
    channel: TabChannel,
  ) {
    this.open = new OpenPlan(stored, repository);
    this.sync = new TabSync(this, '1.0.0', channel);
  }
  checkVersion(): void {}
  listed(stored: StoredPlan): void {
    this.listedIds.push(stored.id);
  }
  unlisted(id: string): void {
    this.unlistedIds.push(id);
  }
  announce(saved: StoredPlan): void {
    this.listed(saved);
    this.sync.saved(saved);
  }
  notify(notice: Notice): void {
    this.notices.push(notice);
  }
  async addAndOpen(plan: Plan): Promise<string> {
    this.opened.push(plan);
    return 'plan-new';
  }
}

const opened: OpenPlan[] = [];
async function twoTabs() {
  const repository = new MemoryRepository();
  const stored = await repository.save('plan-1', makePlan({ title: 'Alku' }));
  const [one, two] = channelPair();
  const tabs = [new Tab(repository, stored, one), new Tab(repository, stored, two)] as const;
  opened.push(...tabs.map((tab) => tab.open as OpenPlan));
  return { repository, mine: tabs[0], theirs: tabs[1] };
}
afterEach(() => opened.splice(0).forEach((open) => open.dispose()));

/** The other tab saves a new title and says so. */
async function theySave(tab: Tab, title: string): Promise<StoredPlan> {
  const base = await tab.repository.load('plan-1');
  const saved = await tab.repository.save('plan-1', { ...base!.plan, title }, base!.revision);
  tab.announce(saved);
  return saved;
}

describe('TabSync', () => {
  it("follows another tab's save when nothing here is unsaved", async () => {
    const { mine, theirs } = await twoTabs();
    await theySave(theirs, 'Heidän');
    await vi.waitFor(() => expect(mine.open?.plan.title).toBe('Heidän'));
    expect(mine.open?.revision).toBe(1);
    expect(mine.listedIds).toEqual(['plan-1']);
  });

  it("stops writing and asks when another tab saves over this tab's unsaved edits", async () => {
    const { mine, theirs } = await twoTabs();
    mine.open!.exec({ type: 'plan/update', changes: { title: 'Minun' } });
    await theySave(theirs, 'Heidän');
    await vi.waitFor(() => expect(mine.open?.status.kind).toBe('conflict'));
    expect(mine.open?.plan.title).toBe('Minun');
  });

  it("takes their version and keeps this tab's edits as a copy in the library", async () => {
    const { repository, mine, theirs } = await twoTabs();
    mine.open!.exec({ type: 'plan/update', changes: { title: 'Minun' } });
    await theySave(theirs, 'Heidän');
    await vi.waitFor(() => expect(mine.open?.status.kind).toBe('conflict'));
    await mine.sync.takeTheirs();
    expect(mine.open?.plan.title).toBe('Heidän');
    const titles = (await repository.list()).plans.map((p) => p.plan.title).sort();
    expect(titles).toEqual(['Heidän', 'Minun (kopio)']);
    expect(mine.notices.at(-1)).toEqual({ kind: 'theirsTaken', copyTitle: 'Minun (kopio)' });
  });

  it("keeps this tab's edits as a new plan and shows their version under the old one", async () => {
    const { mine, theirs } = await twoTabs();
    mine.open!.exec({ type: 'plan/update', changes: { title: 'Minun' } });
    await theySave(theirs, 'Heidän');
    await vi.waitFor(() => expect(mine.open?.status.kind).toBe('conflict'));
    await mine.sync.keepMineAsCopy();
    expect(mine.open?.plan.title).toBe('Heidän');
    expect(mine.opened.map((p) => p.title)).toEqual(['Minun (kopio)']);
  });

  it('hears of a delete in another tab: the plan leaves the list and stays here, gone', async () => {
    const { repository, mine, theirs } = await twoTabs();
    await repository.delete('plan-1');
    theirs.sync.deleted('plan-1');
    await vi.waitFor(() => expect(mine.unlistedIds).toEqual(['plan-1']));
    expect(mine.open?.status).toEqual({ kind: 'gone', reason: 'deleted' });
    expect(mine.open?.plan.title).toBe('Alku');
  });

  it('checks the stored revision itself when brought back after missing a message', async () => {
    const { repository, mine } = await twoTabs();
    await repository.save('plan-1', makePlan({ title: 'Ohi mennyt' }), 0);
    await mine.sync.checkStored();
    expect(mine.open?.plan.title).toBe('Ohi mennyt');
  });

  it('ignores messages that are not of this app', async () => {
    const { mine, theirs } = await twoTabs();
    const channel = { onmessage: null, postMessage: vi.fn() } as TabChannel;
    new TabSync(theirs, '1.0.0', channel);
    channel.onmessage?.(new MessageEvent('message', { data: { id: 7 } }));
    channel.onmessage?.(new MessageEvent('message', { data: null }));
    expect(mine.open?.revision).toBe(0);
    expect(theirs.unlistedIds).toEqual([]);
  });
});
