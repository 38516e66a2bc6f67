import 'fake-indexeddb/auto';
import { createStore, keys, set, get, type UseStore } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../src/io/planFile';
import { PlanRepository } from '../../../src/persistence/planRepository';
import { makePlan } from '../../factories/plans';

let store: UseStore;
let repository: PlanRepository;
let dbCount = 0;
const SAVED_AT = new Date('2022-06-15T11:32:00.000Z');

beforeEach(() => {
  store = createStore(`tiekartta-test-${++dbCount}`, 'plans');
  repository = new PlanRepository({ store, appVersion: '0.1.0', now: () => SAVED_AT });
});

describe('PlanRepository', () => {
  it('saves a plan and loads the same plan back', async () => {
    const plan = makePlan();
    await repository.save('plan-a', plan);
    expect(await repository.load('plan-a')).toEqual({
      id: 'plan-a',
      revision: 0,
      savedAt: SAVED_AT,
      plan,
    });
  });

  it('keeps one record per plan, holding the same envelope as a file', async () => {
    await repository.save('plan-a', makePlan());
    await repository.save('plan-a', makePlan({ title: 'Uusi nimi' }), 0);
    await repository.save('plan-b', makePlan());
    expect((await keys(store)).sort()).toEqual(['plan-a', 'plan-b']);
    const record = await get('plan-a', store);
    expect(record).toMatchObject({
      id: 'plan-a',
      revision: 1,
      file: { type: 'tiekartta-plan', version: FORMAT_VERSION, plan: { title: 'Uusi nimi' } },
    });
  });

  it('lists every readable plan and counts the unreadable ones without touching them', async () => {
    await repository.save('plan-a', makePlan());
    const broken = {
      id: 'plan-x',
      revision: 0,
      savedAt: SAVED_AT.toISOString(),
      file: { type: 'tiekartta-plan', version: 1, plan: { title: '' } },
    };
    await set('plan-x', broken, store);
    await set('plan-y', 'not a record', store);
    const listing = await repository.list();
    expect(listing.plans.map((p) => p.id)).toEqual(['plan-a']);
    expect(listing.unreadable).toBe(2);
    expect(await get('plan-x', store)).toEqual(broken);
  });

  it('returns null for a missing plan', async () => {
    expect(await repository.load('nope')).toBeNull();
  });

  it('deletes a plan', async () => {
    await repository.save('plan-a', makePlan());
    await repository.delete('plan-a');
    expect(await keys(store)).toEqual([]);
  });

  it('rejects when IndexedDB refuses the write, so the caller keeps its edits', async () => {
    const quota = new DOMException('', 'QuotaExceededError');
    const failing: UseStore = () => Promise.reject(quota);
    const broken = new PlanRepository({ store: failing, appVersion: '0.1.0' });
    await expect(broken.save('plan-a', makePlan())).rejects.toBe(quota);
  });
});
