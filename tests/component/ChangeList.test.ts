import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ChangeList from '../../src/components/comparison/ChangeList.svelte';
import type { Command } from '../../src/domain/commands';
import { locale } from '../../src/state/locale.svelte';
import { comparedWithBaseline, withBaseline } from '../factories/compared';
import '../../src/state/laterMessages';

beforeEach(() => locale.set('fi'));

// item-1 "Testaus" (TOSI, row 2) moves 3 weeks; item-2 "Suunnittelu valmis" (TOSI, row 1) one
// day; the summer break, which belongs to the whole plan, 2 weeks.
const EDITS: Command[] = [
  { type: 'items/shift', ids: ['item-1'], shift: { amount: 21, unit: 'day' } },
  { type: 'items/shift', ids: ['item-2'], shift: { amount: 1, unit: 'day' } },
  {
    type: 'marker/replace',
    marker: {
      id: 'marker-1',
      type: 'blackout',
      label: 'KESÄTAUKO',
      start: '2022-07-15',
      end: '2022-08-14',
    },
  },
];

function shown(commands: Command[] = EDITS) {
  const plan = withBaseline(commands);
  const onshow = vi.fn();
  render(ChangeList, { result: comparedWithBaseline(plan), plan, onshow });
  return { onshow };
}
const lineTexts = () =>
  screen
    .getAllByTestId('change-line')
    .map((row) => row.querySelector('.text')?.textContent?.trim());

describe('the change list', () => {
  it('says how many changes against what, one line per change in lane order', () => {
    shown();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      '3 muutosta vertailukohtaan Ohjausryhmä 14.3.2022',
    );
    expect(lineTexts()).toEqual([
      'Suunnittelu valmis siirtyi 1 päivän myöhemmäksi: 1.4.2022 → 2.4.2022',
      'Testaus siirtyi 3 viikkoa myöhemmäksi: 1.9.2022 → 22.9.2022',
      'Tauko ”KESÄTAUKO” siirtyi 2 viikkoa myöhemmäksi: 1.7.2022–31.7.2022 → 15.7.2022–14.8.2022',
    ]);
    expect(screen.getByRole('table')).toBeTruthy();
  });

  it('sorts by size of shift, biggest first, then smallest first, and says so in aria-sort', async () => {
    const user = userEvent.setup();
    shown();
    const button = screen.getByRole('button', { name: 'Järjestä: Siirto' });
    await user.click(button);
    expect(button.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(lineTexts().map((text) => text?.split(' siirtyi')[0])).toEqual([
      'Testaus',
      'Tauko ”KESÄTAUKO”',
      'Suunnittelu valmis',
    ]);
    await user.click(button);
    expect(button.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(lineTexts()[0]).toContain('Suunnittelu valmis');
    const lane = screen.getByRole('button', { name: 'Järjestä: Kaista' });
    expect(lane.closest('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('sorts by kind of change', async () => {
    const user = userEvent.setup();
    shown([
      { type: 'items/delete', ids: ['item-2'] },
      { type: 'item/update', id: 'item-1', changes: { status: 'late' } },
    ]);
    await user.click(screen.getByRole('button', { name: 'Järjestä: Laji' }));
    const kinds = screen.getAllByTestId('change-line').map((row) => row.dataset.kind);
    expect(kinds).toEqual(['status', 'removed']);
  });

  it('filters by lane, by kind and by a minimum shift', async () => {
    const user = userEvent.setup();
    shown();
    await user.selectOptions(screen.getByLabelText('Kaista'), 'Koko tiekartta');
    expect(lineTexts()).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Näytetään 1/3');
    await user.selectOptions(screen.getByLabelText('Kaista'), 'Kaikki kaistat');
    await user.selectOptions(screen.getByLabelText('Siirto vähintään'), '2 vk');
    expect(lineTexts().map((text) => text?.slice(0, 7))).toEqual(['Testaus', 'Tauko ”']);
    await user.selectOptions(screen.getByLabelText('Siirto vähintään'), 'Kaikki');
    await user.selectOptions(screen.getByLabelText('Muutos'), 'merkinnät');
    expect(lineTexts()).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Muutos'), 'poistettiin');
    expect(screen.queryAllByTestId('change-line')).toEqual([]);
  });

  it('shows the item of a line when it is chosen, by click or by keyboard', async () => {
    const user = userEvent.setup();
    const { onshow } = shown();
    await user.click(screen.getByRole('button', { name: /^Testaus siirtyi/ }));
    expect(onshow).toHaveBeenCalledWith('item-1');
    screen.getByRole('button', { name: /^Suunnittelu valmis/ }).focus();
    await user.keyboard('{Enter}');
    expect(onshow).toHaveBeenLastCalledWith('item-2');
  });

  it('offers nothing to show for a removed item or a marker', () => {
    shown([...EDITS, { type: 'items/delete', ids: ['item-1'] }]);
    const rows = screen.getAllByTestId('change-line');
    const removed = rows.find((row) => row.dataset.kind === 'removed') as HTMLElement;
    const marker = rows.find((row) => row.dataset.kind === 'marker') as HTMLElement;
    expect(within(removed).queryByRole('button')).toBeNull();
    expect(within(marker).queryByRole('button')).toBeNull();
  });

  it('says when there are no changes', () => {
    shown([]);
    expect(screen.getByText('Ei muutoksia.')).toBeTruthy();
  });
});
