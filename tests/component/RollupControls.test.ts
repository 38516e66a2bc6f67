import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import '../../src/state/laterMessages';
import RollupControls from '../../src/components/rollup/RollupControls.svelte';
import { locale } from '../../src/state/locale.svelte';
import type { Rollup } from '../../src/state/rollup.svelte';
import { rollupOfTwo } from '../factories/rollupOfTwo';

const kindsShown = (rollup: Rollup) => [...new Set(rollup.groups.map((g) => g.kind))];

beforeEach(() => locale.set('fi'));

describe('the roll-up’s filters', () => {
  it('choose two lane kinds at once, and "Näytä kaikki" lets every kind through again', async () => {
    const user = userEvent.setup();
    const rollup = rollupOfTwo();
    render(RollupControls, { rollup });
    expect(kindsShown(rollup)).toEqual(['hallinto', 'tosi', 'custom']);
    const kinds = screen.getByTestId('rollup-filter-kind');
    expect(kinds).toHaveTextContent('Kaistatyyppi: kaikki');
    await user.click(within(kinds).getByText('Kaistatyyppi:'));
    await user.click(within(kinds).getByRole('checkbox', { name: 'TOSI' }));
    await user.click(within(kinds).getByRole('checkbox', { name: 'Muu' }));
    expect([...rollup.filter.kinds]).toEqual(['tosi', 'custom']);
    expect(kindsShown(rollup)).toEqual(['tosi', 'custom']);
    expect(within(kinds).getByText('2 valittua')).toBeInTheDocument();
    // Unticked, a kind leaves the filter; the other stays.
    await user.click(within(kinds).getByRole('checkbox', { name: 'Muu' }));
    expect(kindsShown(rollup)).toEqual(['tosi']);
    expect(kinds).toHaveTextContent('Kaistatyyppi: TOSI');
    await user.click(within(kinds).getByRole('button', { name: 'Näytä kaikki' }));
    expect(rollup.filter.kinds.size).toBe(0);
    expect(kindsShown(rollup)).toEqual(['hallinto', 'tosi', 'custom']);
  });

  it('are used from the keyboard: statuses ticked with Space, Escape closes the list', async () => {
    const user = userEvent.setup();
    const rollup = rollupOfTwo();
    render(RollupControls, { rollup });
    const statuses = screen.getByTestId('rollup-filter-status') as HTMLDetailsElement;
    const summary = statuses.querySelector('summary')!;
    // jsdom does not open a <details> on Enter as browsers do (the browser test presses it).
    await user.click(summary);
    expect(statuses.open).toBe(true);
    const late = within(statuses).getByRole('checkbox', { name: 'myöhässä' });
    const atRisk = within(statuses).getByRole('checkbox', { name: 'riski' });
    late.focus();
    await user.keyboard(' ');
    atRisk.focus();
    await user.keyboard(' ');
    expect([...rollup.filter.statuses]).toEqual(['late', 'atRisk']);
    await user.keyboard('{Escape}');
    expect(statuses.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    // Two plans chosen of two, by their names, as the summary table names them.
    const plans = screen.getByTestId('rollup-filter-plan');
    await user.click(within(plans).getByText('Suunnitelma:'));
    await user.click(within(plans).getByRole('checkbox', { name: 'Pirkanmaa' }));
    expect([...rollup.filter.sourceKeys]).toEqual(['s2']);
    expect(rollup.summary.byPlan.map((line) => line.key)).toEqual(['s2']);
    await user.click(screen.getByRole('button', { name: 'Poista rajaus' }));
    expect(rollup.filter.statuses.size + rollup.filter.sourceKeys.size).toBe(0);
  });
});
