import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import PlanEditor from '../../src/components/PlanEditor.svelte';
import LaneEditor from '../../src/components/timeline/LaneEditor.svelte';
import { applyCommand, type Command } from '../../src/domain/commands';
import { planSchema } from '../../src/domain/planSchema';
import { locale } from '../../src/state/locale.svelte';
import { makePlan } from '../factories/plans';

beforeEach(() => locale.set('fi'));

function recorder() {
  const commands: Command[] = [];
  return { commands, onexec: vi.fn((command: Command) => (commands.push(command), true)) };
}

describe('PlanEditor', () => {
  it.each([
    ['a blank title', 'Tiekartan nimi', '', 'Pakollinen tieto.'],
    [
      'an as-of date that does not exist',
      'Tilannepäivä',
      '31.4.2022',
      'Anna päivä muodossa 1.4.2022 tai viikko muodossa vk 23.',
    ],
    [
      'a window that ends before it starts',
      'Näytettävä aikajänne päättyy',
      '1.1.2021',
      'Loppupäivä on ennen alkupäivää.',
    ],
  ])('refuses %s beside the field', async (_name, field, value, message) => {
    const user = userEvent.setup();
    const { onexec } = recorder();
    render(PlanEditor, { plan: makePlan(), onexec, onclose: vi.fn() });
    const input = screen.getByRole('textbox', { name: field });
    await user.clear(input);
    if (value) await user.type(input, value);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Tallenna' })).toBeDisabled();
    expect(onexec).not.toHaveBeenCalled();
  });

  it('saves the details as one command the schema accepts', async () => {
    const user = userEvent.setup();
    const { onexec, commands } = recorder();
    render(PlanEditor, { plan: makePlan(), onexec, onclose: vi.fn() });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Luokitus' }), 'confidential');
    const asOf = screen.getByRole('textbox', { name: 'Tilannepäivä' });
    await user.clear(asOf);
    await user.type(asOf, 'vk 40');
    await user.type(screen.getByRole('textbox', { name: /Periaatteet/ }), '{Enter}Palkat maksuun');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(commands).toEqual([
      {
        type: 'plan/update',
        changes: expect.objectContaining({
          classification: 'confidential',
          asOf: '2022-10-03',
          principles: ['Kukaan ei kuole', 'Palkat maksuun'],
        }),
      },
    ]);
    expect(planSchema.safeParse(applyCommand(makePlan(), commands[0] as Command)).success).toBe(
      true,
    );
  });
});

describe('LaneEditor', () => {
  it('renames a row, refuses a blank name, moves and deletes rows, adds a lane', async () => {
    const user = userEvent.setup();
    const { onexec, commands } = recorder();
    render(LaneEditor, { plan: makePlan(), onexec, onclose: vi.fn() });
    const row = screen.getByRole('textbox', { name: 'Rivin 2 nimi' });
    await user.clear(row);
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Pakollinen tieto.');
    expect(commands).toEqual([]);
    await user.type(row, 'Kliiniset');
    await user.tab();
    await user.click(
      screen.getByRole('button', { name: /Siirrä rivi Kliiniset järjestelmät ylös/ }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Poista rivi Asiakas- ja potilastietojärjestelmät' }),
    );
    await user.click(screen.getByRole('button', { name: 'Lisää kaista' }));
    expect(commands.map((c) => c.type)).toEqual([
      'row/rename',
      'row/move',
      'row/delete',
      'lane/add',
    ]);
    expect(commands[0]).toEqual({ type: 'row/rename', id: 'row-2', name: 'Kliiniset' });
  });

  it('deletes a lane at once, without a question: the undo toast says what went', async () => {
    const user = userEvent.setup();
    const { onexec, commands } = recorder();
    const confirm = vi.spyOn(window, 'confirm');
    render(LaneEditor, { plan: makePlan(), onexec, onclose: vi.fn() });
    await user.click(screen.getByRole('button', { name: 'Poista kaista TOSI' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(commands).toEqual([{ type: 'lane/delete', id: 'lane-1' }]);
  });
});
