import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import DependencyList from '../../src/components/dependencies/DependencyList.svelte';
import type { Command } from '../../src/domain/commands';
import { execute } from '../../src/domain/execute';
import type { Item, Plan } from '../../src/domain/planSchema';
import { locale } from '../../src/state/locale.svelte';
import { LivePlan } from '../factories/livePlan.svelte';
import { makeMilestone, makePhase, makePlan } from '../factories/plans';

beforeEach(() => locale.set('fi'));

const PLAN: Plan = makePlan({
  items: [
    makePhase({ id: 'palkat', label: 'Palkanlaskenta', start: '2022-08-01', end: '2022-09-15' }),
    makeMilestone({ id: 'golive', label: 'Potilastietojärjestelmä käyttöön', date: '2022-10-15' }),
    makeMilestone({ id: 'verkko', label: 'Alueverkko valmis', date: '2022-06-01' }),
  ],
});

function setup(plan = PLAN, id = 'golive') {
  const live = new LivePlan(plan);
  const onexec = (command: Command) => {
    const result = execute(live.plan, command);
    if (result.ok) live.plan = result.plan;
    return result.ok;
  };
  render(DependencyList, {
    get plan() {
      return live.plan;
    },
    get item() {
      return live.plan.items.find((i) => i.id === id) as Item;
    },
    onexec,
  });
  return { live, user: userEvent.setup() };
}

describe('DependencyList', () => {
  it('links a predecessor with the keyboard only: type, arrow, Enter', async () => {
    const { live, user } = setup();
    const search = screen.getByRole('combobox', { name: 'Lisää edeltäjä' });
    await user.click(search);
    await user.keyboard('palk');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent?.trim()),
    ).toEqual([expect.stringMatching(/^Palkanlaskenta/)]);
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(live.plan.dependencies).toEqual([
      expect.objectContaining({ from: 'palkat', to: 'golive', kind: 'finishToStart' }),
    ]);
    expect(screen.getAllByTestId('dependency')[0]).toHaveTextContent('Palkanlaskenta');
  });

  it('offers no item that would close a circle', async () => {
    const linked = {
      ...PLAN,
      dependencies: [{ id: 'd1', from: 'golive', to: 'verkko', kind: 'finishToStart' as const }],
    };
    const { user } = setup(linked);
    await user.click(screen.getByRole('combobox', { name: 'Lisää edeltäjä' }));
    await user.keyboard('a');
    const offered = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    expect(offered.some((text) => text.includes('Alueverkko'))).toBe(false);
    expect(offered.some((text) => text.includes('Palkanlaskenta'))).toBe(true);
  });

  it('shows a broken link, changes its kind and removes it', async () => {
    const broken = {
      ...PLAN,
      dependencies: [{ id: 'd1', from: 'golive', to: 'verkko', kind: 'finishToStart' as const }],
    };
    const { live, user } = setup(broken, 'verkko');
    const row = screen.getAllByTestId('dependency')[0] as HTMLElement;
    expect(row).toHaveTextContent('rikkoo riippuvuuden');
    await user.selectOptions(
      within(row).getByRole('combobox', {
        name: 'Riippuvuuden laji ”Potilastietojärjestelmä käyttöön” → ”Alueverkko valmis”',
      }),
      'valmis ennen kuin seuraaja valmistuu',
    );
    expect(live.plan.dependencies[0]?.kind).toBe('finishToFinish');
    await user.click(
      screen.getByRole('button', {
        name: 'Poista riippuvuus ”Potilastietojärjestelmä käyttöön” → ”Alueverkko valmis”',
      }),
    );
    expect(live.plan.dependencies).toEqual([]);
  });
});
