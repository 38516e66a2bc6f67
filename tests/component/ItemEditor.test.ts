import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ItemEditor from '../../src/components/timeline/ItemEditor.svelte';
import type { Item } from '../../src/domain/planSchema';
import { locale } from '../../src/state/locale.svelte';
import { makeMilestone, makePhase } from '../factories/plans';

beforeEach(() => locale.set('fi'));

function open(item: Item = makePhase()) {
  const onsave = vi.fn((_item: Item) => true);
  render(ItemEditor, {
    item,
    reference: '2022-06-15',
    onsave,
    ondelete: vi.fn(),
    onclose: vi.fn(),
  });
  return {
    onsave,
    user: userEvent.setup(),
    save: () => screen.getByRole('button', { name: 'Tallenna' }),
  };
}

describe('ItemEditor', () => {
  it.each([
    ['a blank label', 'Nimi', '  ', 'Pakollinen tieto.'],
    [
      'a date that does not exist',
      'Alkaa',
      '30.2.2022',
      'Anna päivä muodossa 1.4.2022 tai viikko muodossa vk 23.',
    ],
    ['an end before the start', 'Päättyy', '1.8.2022', 'Loppupäivä on ennen alkupäivää.'],
    [
      'a week that does not exist',
      'Päättyy',
      'vk 54',
      'Anna päivä muodossa 1.4.2022 tai viikko muodossa vk 23.',
    ],
    [
      'a javascript: link',
      'Linkki (http, https tai mailto)',
      'javascript:alert(1)',
      'Vain http-, https- ja mailto-linkit kelpaavat.',
    ],
  ])('explains %s beside the field and will not save', async (_name, field, value, message) => {
    const { user, onsave, save } = open();
    const input = screen.getByRole('textbox', {
      name: new RegExp(`^${field.replace(/[()]/g, '\\$&')}`),
    });
    await user.clear(input);
    await user.type(input, value);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(save()).toBeDisabled();
    await user.click(save());
    expect(onsave).not.toHaveBeenCalled();
  });

  it('saves a valid edit as one item, reading "vk 40" as the Sunday of week 40 for an end date', async () => {
    const { user, onsave, save } = open(makePhase({ start: '2022-09-01', end: '2022-09-30' }));
    const end = screen.getByRole('textbox', { name: /^Päättyy/ });
    await user.clear(end);
    await user.type(end, 'vk 40');
    expect(screen.getByText('= 9.10.2022')).toBeInTheDocument();
    await user.click(save());
    expect(onsave).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'item-1',
        type: 'phase',
        start: '2022-09-01',
        end: '2022-10-09',
      }),
    );
  });

  it('turns a milestone into a phase', async () => {
    const { user, onsave, save } = open(makeMilestone({ date: '2022-04-01' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tyyppi' }), 'phase');
    const end = screen.getByRole('textbox', { name: /^Päättyy/ });
    await user.clear(end);
    await user.type(end, '30.4.2022');
    await user.click(save());
    expect(onsave).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'phase', start: '2022-04-01', end: '2022-04-30' }),
    );
    expect(onsave.mock.calls[0]?.[0]).not.toHaveProperty('date');
  });
});
