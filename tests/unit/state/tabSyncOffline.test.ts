import { describe, expect, it, vi } from 'vitest';
import { TabSync, type TabChannel, type TabSyncHost } from '../../../src/state/tabSync';

// The code that follows other tabs cannot load: offline after an update replaced the app's files.
// (Vitest gives the real module to a second import after a factory threw: one import a test.)
vi.mock('../../../src/state/tabFollow', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('following other tabs when that code cannot load', () => {
  it('a tab brought to the front looks at the stored plan without an error', async () => {
    const host = { open: { id: 'plan-1' } } as unknown as TabSyncHost;
    const channel = { onmessage: null, postMessage: vi.fn() } as TabChannel;
    const sync = new TabSync(host, '1.0.0', channel);
    await expect(sync.checkStored()).resolves.toBeUndefined();
  });
});
