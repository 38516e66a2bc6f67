import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import type { Plan } from '../../../src/domain/planSchema';
import { MemoryRepository } from '../../../src/persistence/memoryRepository';
import type { Notice } from '../../../src/state/notice';
import { PlanVersions, type BackupEntry, type VersionsHost } from '../../../src/state/planVersions';
import { makePlan } from '../../factories/plans';

/** The app as the earlier versions see it, on the in-memory library (which keeps no versions). */
class Host implements VersionsHost {
  readonly repository = new MemoryRepository();
  open: { id: string; flushed: number; flush(): Promise<void> } | null = {
    id: 'plan-1',
    flushed: 0,
    async flush() {
      this.flushed++;
    },
  };
  notices: Notice[] = [];
  commands: Command[] = [];
  notify(notice: Notice): void {
    this.notices.push(notice);
  }
  exec(command: Command): boolean {
    this.commands.push(command);
    return true;
  }
  confirmExport(): boolean {
    return true;
  }
  async addAndOpen(_plan: Plan): Promise<string> {
    return 'plan-2';
  }
}

const ENTRY: BackupEntry = {
  revision: 0,
  savedAt: '2022-06-01T08:00:00.000Z',
  keptAt: '2022-06-01T09:00:00.000Z',
  bytes: 10,
  title: 'Testisuunnitelma',
  items: 2,
};

describe('PlanVersions on a library that keeps no earlier versions', () => {
  it('lists none, and none of unreadable records either', async () => {
    const host = new Host();
    await host.repository.save('plan-1', makePlan());
    const versions = new PlanVersions(host);
    expect(await versions.list()).toEqual([]);
    expect(await versions.recoverable()).toEqual([]);
  });

  it('says a version cannot be read rather than restoring nothing silently', async () => {
    const host = new Host();
    const versions = new PlanVersions(host);
    expect(await versions.restore(ENTRY)).toBe(false);
    await versions.export(ENTRY);
    await versions.recover('plan-1', ENTRY);
    expect(host.commands).toEqual([]);
    expect(host.notices).toEqual([
      { kind: 'versionUnreadable' },
      { kind: 'versionUnreadable' },
      { kind: 'versionUnreadable' },
    ]);
  });

  it('freeing space says so and saves the open plan at once', async () => {
    const host = new Host();
    await new PlanVersions(host).freeSpace();
    expect(host.notices).toEqual([{ kind: 'versionsCleared' }]);
    expect(host.open?.flushed).toBe(1);
  });
});
