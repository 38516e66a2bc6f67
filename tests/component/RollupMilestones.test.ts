import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import '../../src/state/laterMessages';
import RollupMilestones from '../../src/components/rollup/RollupMilestones.svelte';
import { locale } from '../../src/state/locale.svelte';
import { rollupOfTwo } from '../factories/rollupOfTwo';

beforeEach(() => locale.set('fi'));

describe('the roll-up’s national milestones', () => {
  it('are typed as users write dates, refused with the reason, and removed', async () => {
    const user = userEvent.setup();
    const rollup = rollupOfTwo();
    render(RollupMilestones, { rollup });
    const panel = screen.getByTestId('rollup-milestones');
    await user.click(within(panel).getByText('Annetut kansalliset virstanpylväät (0)'));
    const date = screen.getByTestId('rollup-milestone-date');
    const label = screen.getByTestId('rollup-milestone-label');
    const add = screen.getByRole('button', { name: 'Lisää virstanpylväs' });
    const problem = screen.getByTestId('rollup-milestone-problem');

    await user.type(date, '30.2.2023');
    await user.type(label, 'Ei ole');
    await user.click(add);
    expect(problem).toHaveTextContent('Anna päivä muodossa 1.4.2022');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(rollup.milestones).toEqual([]);

    await user.clear(date);
    await user.type(date, '1.1.2023');
    await user.clear(label);
    await user.click(add);
    expect(problem).toHaveTextContent('Anna virstanpylväälle nimi.');

    await user.type(label, 'Hyvinvointialueet aloittavat{Enter}');
    await user.type(date, '31.10.2022');
    await user.type(label, 'Rahoitushaku päättyy{Enter}');
    expect(problem).toHaveTextContent('');
    expect(rollup.milestones).toEqual([
      { date: '2022-10-31', label: 'Rahoitushaku päättyy' },
      { date: '2023-01-01', label: 'Hyvinvointialueet aloittavat' },
    ]);
    expect(screen.getAllByTestId('rollup-milestone').map((li) => li.textContent)).toEqual([
      expect.stringContaining('31.10.2022 Rahoitushaku päättyy'),
      expect.stringContaining('1.1.2023 Hyvinvointialueet aloittavat'),
    ]);
    // Given on the day the plans share, the coordinator's words are drawn instead of theirs.
    expect(rollup.drawn.plan.markers.map((m) => m.label)).toEqual([
      'Rahoitushaku päättyy',
      'Hyvinvointialueet aloittavat',
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Poista virstanpylväs Rahoitushaku päättyy 31.10.2022' }),
    );
    expect(rollup.milestones.map((m) => m.label)).toEqual(['Hyvinvointialueet aloittavat']);
  });
});
