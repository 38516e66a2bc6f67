import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../src/components/comparison/ComparePanel.svelte';
import { execute } from '../../src/domain/execute';
import type { Command } from '../../src/domain/commands';
import type { Plan } from '../../src/domain/planSchema';
import { Comparison } from '../../src/state/comparison.svelte';
import { locale } from '../../src/state/locale.svelte';
import { makeFileText } from '../factories/files';
import { generatePlan } from '../factories/generatePlan';
import { LivePlan } from '../factories/livePlan.svelte';
import { makePlan } from '../factories/plans';

beforeEach(() => locale.set('fi'));

/** The panel on a live plan whose edits pass the schema, as the app's are. */
function setup(plan: Plan = makePlan()) {
  const live = new LivePlan(plan);
  const refused: Command[] = [];
  const shown: string[] = [];
  const onexec = (command: Command) => {
    const result = execute(live.plan, command);
    if (!result.ok) return (refused.push(command), false);
    live.plan = result.plan;
    return true;
  };
  const comparison = new Comparison(() => live.plan);
  render(ComparePanel, {
    get plan() {
      return live.plan;
    },
    comparison,
    onexec,
    onshow: (id: string) => shown.push(id),
  });
  return { live, comparison, refused, shown, user: userEvent.setup() };
}

const saveBaseline = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
  const field = screen.getByRole('textbox', { name: 'Vertailukohdan nimi' });
  await user.clear(field);
  if (name) await user.type(field, name);
  await user.click(screen.getByRole('button', { name: 'Tallenna vertailukohta' }));
};

describe('ComparePanel', () => {
  it('saves a named baseline, says how big the file is, and compares with it', async () => {
    const { live, comparison, user } = setup();
    await saveBaseline(user, 'Ohjausryhmä 14.3.2022');
    expect(live.plan.baselines.map((b) => b.name)).toEqual(['Ohjausryhmä 14.3.2022']);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      /Vertailukohta ”Ohjausryhmä 14.3.2022” tallennettu. Tiedoston koko on nyt \d+ kt \(enintään 25 Mt\)./,
    );
    await waitFor(() => expect(comparison.result?.baseline?.name).toBe('Ohjausryhmä 14.3.2022'));
    expect(screen.getByTestId('compare-summary')).toHaveTextContent('Ei muutoksia.');
  });

  it('refuses a blank name and saves nothing', async () => {
    const { live, user } = setup();
    await saveBaseline(user, '');
    expect(screen.getByRole('alert')).toHaveTextContent('Anna vertailukohdalle nimi.');
    expect(live.plan.baselines).toEqual([]);
  });

  it('refuses a baseline that would make the file too large to open, and says how large', async () => {
    const big = generatePlan({ items: 20_000, seed: 3 });
    const { live, user } = setup({ ...big, baselines: [] });
    // Enough baselines that one more passes the 25 MB limit.
    for (let i = 0; i < 12 && live.plan.baselines.length === i; i++)
      await saveBaseline(user, `B${i}`);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Vertailukohtaa ei tallennettu: tiedostosta tulisi [\d,]+ Mt, kun suurin sallittu koko on 25 Mt./,
    );
    expect(live.plan.baselines.length).toBeLessThan(12);
  }, 60_000);

  it('renames, chooses and deletes baselines', async () => {
    const { live, user } = setup();
    await saveBaseline(user, 'Maaliskuu');
    await saveBaseline(user, 'Huhtikuu');
    await user.click(
      screen.getByRole('button', { name: 'Nimeä vertailukohta ”Maaliskuu” uudelleen' }),
    );
    const field = screen.getByRole('textbox', {
      name: 'Nimeä vertailukohta ”Maaliskuu” uudelleen',
    });
    await user.clear(field);
    await user.type(field, 'Ohjausryhmä 14.3.{Enter}');
    expect(live.plan.baselines.map((b) => b.name)).toEqual(['Ohjausryhmä 14.3.', 'Huhtikuu']);
    await user.click(
      screen.getByRole('radio', { name: 'Vertaa vertailukohtaan ”Ohjausryhmä 14.3.”' }),
    );
    expect(live.plan.compareWith).toBe(live.plan.baselines[0]?.id);
    await user.click(screen.getByRole('button', { name: 'Poista vertailukohta ”Huhtikuu”' }));
    expect(live.plan.baselines.map((b) => b.name)).toEqual(['Ohjausryhmä 14.3.']);
    expect(screen.getAllByTestId('baseline')).toHaveLength(1);
  });

  it('compares with another file, read only for the comparison', async () => {
    const { comparison, shown, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'toiseen tiedostoon…' }));
    const other = makePlan({ items: [] });
    const file = new File([makeFileText(other)], 'kunta.tiekartta.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByTestId('compare-file'), file);
    await waitFor(() => expect(comparison.result?.source.kind).toBe('file'));
    expect(comparison.result?.comparison.items.map((d) => d.kind)).toEqual(['added', 'added']);
    // The change list beside the roadmap lists them; a line shows its item.
    await user.click(screen.getByRole('button', { name: /Testaus/ }));
    expect(shown).toEqual(['item-1']);
    expect(screen.getByText('tiedosto kunta.tiekartta.json')).toBeInTheDocument();
  });

  it('refuses a broken file with its reason and keeps the comparison as it was', async () => {
    const { comparison, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'toiseen tiedostoon…' }));
    await user.upload(screen.getByTestId('compare-file'), new File(['{ ei json'], 'rikki.json'));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Tiedostoa ”rikki.json” ei voitu käyttää vertailuun.'),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Tiedosto ei ole JSON-muotoinen tiekarttatiedosto');
    expect(comparison.source).toBeNull();
  });
});
