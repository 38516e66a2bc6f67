import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import type { PlanFileHandle } from '../../../src/io/fileAccess';
import { MemoryRepository } from '../../../src/persistence/memoryRepository';
import { locale } from '../../../src/state/locale.svelte';
import type { Notice } from '../../../src/state/notice';
import { PlanFiles, type FilesHost } from '../../../src/state/planFiles';
import { makeFileText } from '../../factories/files';
import { makePlan } from '../../factories/plans';

/** The app as the plan files see it, on the in-memory library. */
class Host implements FilesHost {
  readonly repository = new MemoryRepository();
  open: { id: string; plan: Plan } | null = null;
  notices: (Notice | null)[] = [];
  opened: Plan[] = [];
  exportedIds: string[] = [];
  notify(notice: Notice | null): void {
    this.notices.push(notice);
  }
  async currentPlan(id: string): Promise<Plan | undefined> {
    return (await this.repository.load(id))?.plan;
  }
  exported(id: string): void {
    this.exportedIds.push(id);
  }
  async addAndOpen(plan: Plan): Promise<string> {
    this.opened.push(plan);
    this.open = { id: 'plan-imported', plan };
    return 'plan-imported';
  }
}

/** A file the browser can no longer read (moved or deleted after it was picked). */
class VanishedFile extends File {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error('NotFoundError'));
  }
}

const handle: PlanFileHandle = {
  name: 'tiekartta.json',
  getFile: async () => new File([], 'tiekartta.json'),
  createWritable: async () => ({ write: async () => {}, close: async () => {} }),
};

const files = (host: Host, confirm?: (message: string) => boolean) =>
  new PlanFiles(host, {
    appVersion: '0.1.0',
    now: () => new Date('2022-06-15T09:00:00Z'),
    confirm,
  });

describe('PlanFiles importing', () => {
  it('opens a valid file as a new plan and remembers the file to save back to', async () => {
    const host = new Host();
    const plan = makePlan({ title: 'Tuotu' });
    const planFiles = files(host);
    await planFiles.importFile(new File([makeFileText(plan)], 'tiekartta.json'), handle);
    expect(host.opened).toEqual([plan]);
    expect(planFiles.openHandle).toBe(handle);
    expect(host.notices).toEqual([{ kind: 'imported', fileName: 'tiekartta.json' }]);
  });

  it('refuses a file that is not a plan, and opens nothing', async () => {
    const host = new Host();
    await files(host).importFile(new File(['{"type":"muu"}'], 'muu.json'));
    expect(host.opened).toEqual([]);
    expect(host.notices).toEqual([
      { kind: 'importRejected', fileName: 'muu.json', error: { code: 'wrong-type' } },
    ]);
  });

  it('says a file could not be read rather than failing silently', async () => {
    const host = new Host();
    await files(host).importFile(new VanishedFile(['{}'], 'poistettu.json'));
    expect(host.opened).toEqual([]);
    expect(host.notices).toEqual([{ kind: 'readFailed', fileName: 'poistettu.json' }]);
  });
});

describe('PlanFiles exporting', () => {
  it('asks before a confidential plan goes out, and sends nothing when declined', async () => {
    const host = new Host();
    await host.repository.save('plan-a', makePlan({ classification: 'confidential' }));
    const asked: string[] = [];
    await files(host, (message) => (asked.push(message), false)).exportPlan('plan-a');
    expect(asked).toEqual([locale.t('export.confirmConfidential')]);
    expect(host.exportedIds).toEqual([]);
  });

  it('stamps the plan file with the app version and this moment', async () => {
    const text = await files(new Host()).serialize(makePlan());
    expect(JSON.parse(text)).toMatchObject({
      appVersion: '0.1.0',
      exportedAt: '2022-06-15T09:00:00.000Z',
    });
  });
});
