import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { makeProfile } from '../factories/tabs';
import { readFixture } from '../factories/fixtures';

/** Starts the app on a browser profile as a fixture in fixtures/hostile/storage/ describes it. */
async function startOn(name: string) {
  const fixture = JSON.parse(readFixture(`hostile/storage/${name}`)) as {
    record: { id: string } | null;
    localStorage: Record<string, string>;
  };
  const profile = makeProfile();
  if (fixture.record) await set(fixture.record.id, fixture.record, profile.store);
  for (const [key, value] of Object.entries(fixture.localStorage)) localStorage.setItem(key, value);
  const { app } = profile.tab();
  await app.start();
  return app;
}

describe('fixtures/hostile/storage', () => {
  it('journal-left-by-closed-tab: the edit is put back over the revision it was made on', async () => {
    const app = await startOn('journal-left-by-closed-tab.json');
    expect(app.open?.id).toBe('plan-stored');
    expect(app.open?.plan.title).toBe('Muutos, joka ei ehtinyt tallentua');
    expect(app.open?.revision).toBe(4);
    expect(app.notice).toMatchObject({ kind: 'journalReplayed' });
  });

  it('ledger-after-wipe: the vanished plans are named and the app still opens', async () => {
    const app = await startOn('ledger-after-wipe.json');
    expect(app.library.vanished.map((p) => p.title)).toEqual([
      'Hyvinvointialueen tiekartta 2023',
      'Työryhmän aikataulu',
    ]);
    expect(app.open?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
  });

  it('record-window-9999: the record is reported unreadable, not vanished, and left as it is', async () => {
    const app = await startOn('record-window-9999.json');
    expect(app.library.unreadable).toBe(1);
    expect(app.library.vanished).toEqual([]);
    expect(app.open).toBeNull();
    expect(await app.repository.unreadableIds()).toEqual(['plan-forever']);
  });
});
