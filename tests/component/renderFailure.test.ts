import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import PlanScreen from '../../src/components/PlanScreen.svelte';
import { OpenPlan } from '../../src/state/openPlan.svelte';
import { makeAppState } from '../factories/appState';
import { makePlan } from '../factories/plans';

describe('a plan the view cannot draw', () => {
  it('shows the error with export, earlier versions and the way back, not a blank screen', async () => {
    const { app } = makeAppState();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // What the first release let into storage: a window its time scale cannot lay out.
    const plan = makePlan({ window: { start: '2022-01-01', end: '9999-12-31' } });
    const open = new OpenPlan(
      { id: 'plan-broken', revision: 0, savedAt: new Date(), plan },
      app.repository,
    );
    app.open = open;
    render(PlanScreen, { app, open });

    const alert = await screen.findByTestId('render-failed');
    expect(alert).toHaveTextContent('Tiekarttaa ei voitu näyttää');
    expect(alert).toHaveTextContent('Virhe:');
    for (const name of ['Vie tiedostoksi', 'Aiemmat versiot…', '← Kirjastoon'])
      expect(screen.getAllByRole('button', { name }).length).toBeGreaterThan(0);
    await userEvent.click(screen.getAllByRole('button', { name: '← Kirjastoon' }).at(-1)!);
    expect(app.open).toBeNull();
    spy.mockRestore();
  });
});
