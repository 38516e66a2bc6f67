import 'fake-indexeddb/auto';
import { createStore, keys, set, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_POLICY } from '../../../src/persistence/backupPolicy';
import { BackupRing } from '../../../src/persistence/backupRing';
import { PlanRepository } from '../../../src/persistence/planRepository';
import { makePlan } from '../../factories/plans';

let databases = 0;
let copies: UseStore;
let ring: BackupRing;
let clock: Date;
let repository: PlanRepository;
const minutes = (n: number) => (clock = new Date(clock.getTime() + n * 60_000));

beforeEach(() => {
  databases++;
  copies = createStore(`tiekartta-backups-test-${databases}`, 'copies');
  ring = new BackupRing({ store: copies, policy: { ...BACKUP_POLICY, maxCount: 3 } });
  clock = new Date('2026-11-20T08:00:00.000Z');
  repository = new PlanRepository({
    store: createStore(`tiekartta-plans-test-${databases}`, 'plans'),
    appVersion: '0.1.0',
    now: () => clock,
    backups: ring,
  });
});

/** Saves the plan under a new title, one revision after the last. */
async function saveTitled(title: string, previous: number) {
  return repository.save('plan-a', makePlan({ title }), previous);
}

describe('earlier versions kept by the repository', () => {
  it('copies the replaced revision at the first save, then at most once an interval', async () => {
    await saveTitled('r0', -1);
    expect(await ring.list('plan-a')).toEqual([]);
    minutes(1);
    await saveTitled('r1', 0);
    minutes(1);
    await saveTitled('r2', 1);
    minutes(29);
    await saveTitled('r3', 2);
    const kept = await ring.list('plan-a');
    expect(kept.map((e) => [e.revision, e.title])).toEqual([
      [2, 'r2'],
      [0, 'r0'],
    ]);
    expect(kept[1]).toMatchObject({ savedAt: '2026-11-20T08:00:00.000Z', items: 2 });
  });

  it('gives back the plan exactly as it was at that revision', async () => {
    const first = makePlan({ title: 'Ennen muutosta' });
    await repository.save('plan-a', first);
    await saveTitled('Muutettu', 0);
    expect(await ring.load('plan-a', 0)).toEqual(first);
    expect(await ring.text('plan-a', 0)).toMatch(/^\{\n {2}"type": "tiekartta-plan"/);
  });

  it('prunes to the count, deleting the dropped copies themselves', async () => {
    await saveTitled('r0', -1);
    for (let revision = 1; revision <= 5; revision++) {
      minutes(31);
      await saveTitled(`r${revision}`, revision - 1);
    }
    expect((await ring.list('plan-a')).map((e) => e.revision)).toEqual([4, 3, 2]);
    expect((await keys(copies)).sort()).toEqual([
      'copy/plan-a/2',
      'copy/plan-a/3',
      'copy/plan-a/4',
      'index/plan-a',
    ]);
  });

  it('keeps the current revision on request, whatever the interval', async () => {
    await saveTitled('r0', -1);
    minutes(1);
    await saveTitled('r1', 0);
    await repository.keepCurrentVersion('plan-a');
    expect((await ring.list('plan-a')).map((e) => e.revision)).toEqual([1, 0]);
  });

  it('a ring that refuses to write never fails the save', async () => {
    const refusing: UseStore = () => Promise.reject(new DOMException('', 'QuotaExceededError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const withBrokenRing = new PlanRepository({
      store: createStore(`tiekartta-plans-broken-${databases}`, 'plans'),
      appVersion: '0.1.0',
      backups: new BackupRing({ store: refusing }),
    });
    await withBrokenRing.save('plan-a', makePlan());
    await expect(
      withBrokenRing.save('plan-a', makePlan({ title: 'Silti' }), 0),
    ).resolves.toMatchObject({ revision: 1 });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('forgets the copies of deleted plans and keeps the others', async () => {
    await saveTitled('r0', -1);
    minutes(1);
    await saveTitled('r1', 0);
    await repository.save('plan-b', makePlan());
    await repository.save('plan-b', makePlan({ title: 'B' }), 0);
    await repository.delete('plan-b');
    await set('copy/plan-a/77', 'a copy no index names', copies);
    await repository.forgetDeletedBackups();
    expect((await keys(copies)).sort()).toEqual(['copy/plan-a/0', 'index/plan-a']);
  });

  it('clears every copy of every plan, and copies again at the next save', async () => {
    await saveTitled('r0', -1);
    minutes(1);
    await saveTitled('r1', 0);
    await ring.clear();
    expect(await keys(copies)).toEqual([]);
    minutes(1);
    await saveTitled('r2', 1);
    expect((await ring.list('plan-a')).map((e) => e.revision)).toEqual([1]);
  });

  it('treats a damaged index as empty and a damaged copy as unreadable, never as a plan', async () => {
    await set('index/plan-a', [{ revision: 'zero' }], copies);
    expect(await ring.list('plan-a')).toEqual([]);
    await set('copy/plan-a/0', '{"type":"tiekartta-plan","version":1,"plan":{}}', copies);
    expect(await ring.load('plan-a', 0)).toBeNull();
  });
});
