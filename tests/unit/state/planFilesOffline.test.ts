import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/domain/planSchema';
import type { Notice } from '../../../src/state/notice';
import { PlanFiles, type FilesHost } from '../../../src/state/planFiles';

// The import code cannot load: offline after an update replaced the app's files.
vi.mock('../../../src/state/planImport', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('importing a file when the import code cannot load', () => {
  it('says the file could not be read, and opens nothing', async () => {
    const notices: (Notice | null)[] = [];
    const opened: Plan[] = [];
    const host = {
      open: null,
      notify: (notice: Notice | null) => notices.push(notice),
      addAndOpen: async (plan: Plan) => (opened.push(plan), 'id'),
    } as unknown as FilesHost;
    const files = new PlanFiles(host, { now: () => new Date(0) } as never);
    await files.importFile(new File(['{}'], 'suunnitelma.tiekartta.json'));
    expect(notices).toEqual([{ kind: 'readFailed', fileName: 'suunnitelma.tiekartta.json' }]);
    expect(opened).toEqual([]);
  });
});
