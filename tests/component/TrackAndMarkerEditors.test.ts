import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import MarkerRow from '../../src/components/timeline/MarkerRow.svelte';
import TrackEditor from '../../src/components/timeline/TrackEditor.svelte';
import type { Command } from '../../src/domain/commands';
import type { Marker, Track } from '../../src/domain/planSchema';
import { locale } from '../../src/state/locale.svelte';
import { makePlan } from '../factories/plans';

beforeEach(() => locale.set('fi'));
const plan = makePlan();

describe('TrackEditor', () => {
  it.each([
    ['a percent over 100', 'Prosentti 1', '120', 'Kokonaisluku 0–100.'],
    ['a fraction of a percent', 'Prosentti 2', '25.5', 'Kokonaisluku 0–100.'],
    [
      'a date that does not exist',
      'Päivä 1',
      '31.6.2022',
      'Anna päivä muodossa 1.4.2022 tai viikko muodossa vk 23.',
    ],
    ['two checkpoints on one day', 'Päivä 2', '1.6.2022', 'Kahdella pisteellä on sama päivä.'],
  ])('refuses %s and will not save', async (_name, field, value, message) => {
    const user = userEvent.setup();
    const onexec = vi.fn(() => true);
    render(TrackEditor, {
      track: plan.tracks[0] as Track,
      reference: plan.asOf,
      onexec,
      onclose: vi.fn(),
    });
    const input = screen.getByRole('textbox', { name: field });
    await user.clear(input);
    await user.type(input, value);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Tallenna' })).toBeDisabled();
    expect(onexec).not.toHaveBeenCalled();
  });

  it('saves edited checkpoints in date order', async () => {
    const user = userEvent.setup();
    const commands: Command[] = [];
    render(TrackEditor, {
      track: plan.tracks[0] as Track,
      reference: plan.asOf,
      onexec: (c: Command) => (commands.push(c), true),
      onclose: vi.fn(),
    });
    await user.click(screen.getByRole('button', { name: 'Lisää tarkistuspiste' }));
    const date = screen.getByRole('textbox', { name: 'Päivä 3' });
    await user.clear(date);
    await user.type(date, '1.7.2022');
    const percent = screen.getByRole('textbox', { name: 'Prosentti 3' });
    await user.clear(percent);
    await user.type(percent, '10');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(commands).toEqual([
      {
        type: 'track/update',
        id: 'track-1',
        changes: {
          label: 'Päätelaitteet siirretty',
          checkpoints: [
            { date: '2022-06-01', percent: 5 },
            { date: '2022-07-01', percent: 10 },
            { date: '2022-08-15', percent: 25 },
          ],
        },
      },
    ]);
  });
});

describe('MarkerRow', () => {
  it('refuses a break that ends before it starts, then saves a valid one', async () => {
    const user = userEvent.setup();
    const commands: Command[] = [];
    render(MarkerRow, {
      marker: plan.markers[0] as Marker,
      reference: plan.asOf,
      onexec: (c: Command) => (commands.push(c), true),
    });
    const end = screen.getByRole('textbox', { name: 'Päättyy' });
    await user.clear(end);
    await user.type(end, '1.6.2022');
    expect(screen.getByRole('alert')).toHaveTextContent('Loppupäivä on ennen alkupäivää.');
    await user.clear(end);
    await user.type(end, 'vk 31');
    await user.click(screen.getByRole('button', { name: 'Tallenna merkintä KESÄTAUKO' }));
    expect(commands).toEqual([
      {
        type: 'marker/replace',
        marker: {
          id: 'marker-1',
          type: 'blackout',
          label: 'KESÄTAUKO',
          start: '2022-07-01',
          end: '2022-08-07',
        },
      },
    ]);
  });
});
