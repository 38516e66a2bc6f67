import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/i18n/fi';
import { locale } from '../../src/state/locale.svelte';
import { countRuns } from '../factories/runCount.svelte';

describe('messages that arrive later', () => {
  it('redraw only what asked for one of them, not everything that reads a message', () => {
    const later = 'test.later' as MessageKey;
    const present = countRuns(() => locale.t('undo.nothing'));
    const missing = countRuns(() => locale.t(later));
    flushSync();
    expect([present.runs(), missing.runs()]).toEqual([1, 1]);

    locale.addFinnish({ [later]: 'Myöhemmin' });
    flushSync();

    expect(locale.t(later)).toBe('Myöhemmin');
    expect([present.runs(), missing.runs()]).toEqual([1, 2]);
    present.stop();
    missing.stop();
  });

  it('redraw everything when the language changes', async () => {
    const present = countRuns(() => locale.t('undo.nothing'));
    flushSync();
    await locale.set('en', false);
    flushSync();
    expect(present.runs()).toBe(2);
    expect(locale.t('undo.nothing')).not.toBe('Kumoa');
    await locale.set('fi', false);
    present.stop();
  });
});
