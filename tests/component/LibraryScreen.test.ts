import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/components/App.svelte';
import { locale } from '../../src/state/locale.svelte';
import { makeAppState } from '../factories/appState';
import { makeFileText } from '../factories/files';
import { makePhase, makePlan } from '../factories/plans';

beforeEach(() => {
  localStorage.clear();
  locale.set('fi');
});

async function startInLibrary() {
  const { app, repository } = makeAppState();
  render(App, { app });
  await screen.findByDisplayValue('ICT-muutoksen tiekartta 2022');
  await app.closePlan();
  await screen.findByRole('heading', { name: 'Tiekartat' });
  return { app, repository, user: userEvent.setup() };
}

const rows = () => screen.getAllByTestId('library-row');

describe('first start', () => {
  it('puts the sample plan in the library and opens it', async () => {
    const { app, repository } = makeAppState();
    render(App, { app });
    expect(await screen.findByDisplayValue('ICT-muutoksen tiekartta 2022')).toBeInTheDocument();
    expect(screen.getByText('Keski-Suomen hyvinvointialue')).toBeInTheDocument();
    expect(screen.getAllByTestId('lane-label')).toHaveLength(6);
    expect((await repository.list()).plans).toHaveLength(1);
  });
});

describe('library screen', () => {
  it('lists title, organisation, as-of date and save time', async () => {
    await startInLibrary();
    const cells = within(rows()[0] as HTMLElement).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('ICT-muutoksen tiekartta 2022');
    expect(cells[1]).toHaveTextContent('Keski-Suomen hyvinvointialue');
    expect(cells[2]).toHaveTextContent('15.6.2022');
    expect(cells[3]?.textContent).toMatch(/^\d{1,2}\.\d{2}$/);
  });

  it('creates a plan from the four-lane template and opens it', async () => {
    const { user, repository } = await startInLibrary();
    await user.click(screen.getByRole('button', { name: 'Uusi tiekartta (neljä kaistaa)' }));
    expect(await screen.findByDisplayValue('Uusi tiekartta')).toBeInTheDocument();
    const lanes = screen
      .getAllByTestId('lane-label')
      .map((lane) => lane.querySelector('.name')?.textContent);
    expect(lanes).toEqual(['Hallinto', 'TORI', 'TOSI', 'ICT-infra']);
    const stored = (await repository.list()).plans;
    expect(stored).toHaveLength(2);
    const created = stored.find((entry) => entry.plan.title === 'Uusi tiekartta')?.plan;
    expect(created?.lanes.map((lane) => lane.rows.length)).toEqual([1, 1, 1, 1]);
  });

  it('renames a plan and stores the new title', async () => {
    const { user, repository } = await startInLibrary();
    await user.click(screen.getByRole('button', { name: 'Nimeä uudelleen' }));
    const input = screen.getByRole('textbox', { name: /Uusi nimi/ });
    await user.clear(input);
    await user.type(input, 'Tiekartta 2023{Enter}');
    expect(await screen.findByRole('button', { name: 'Tiekartta 2023' })).toBeInTheDocument();
    expect((await repository.list()).plans[0]?.plan.title).toBe('Tiekartta 2023');
  });

  it('refuses a blank title beside the field and stores nothing', async () => {
    const { user, repository } = await startInLibrary();
    await user.click(screen.getByRole('button', { name: 'Nimeä uudelleen' }));
    const input = screen.getByRole('textbox', { name: /Uusi nimi/ });
    await user.clear(input);
    await user.type(input, '   ');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Tallenna nimi' })).toBeDisabled();
    expect((await repository.list()).plans[0]?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
  });

  it('duplicates a plan under a new name', async () => {
    const { user } = await startInLibrary();
    await user.click(screen.getByRole('button', { name: 'Monista' }));
    expect(
      await screen.findByRole('button', { name: 'ICT-muutoksen tiekartta 2022 (kopio)' }),
    ).toBeInTheDocument();
    expect(rows()).toHaveLength(2);
  });

  it('deletes a plan and undoes the delete', async () => {
    const { user, repository } = await startInLibrary();
    await user.click(screen.getByRole('button', { name: 'Poista' }));
    expect(
      await screen.findByText('Tiekartta ”ICT-muutoksen tiekartta 2022” poistettiin.'),
    ).toBeInTheDocument();
    expect(screen.queryAllByTestId('library-row')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Kumoa poisto' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect((await repository.list()).plans[0]?.plan.title).toBe('ICT-muutoksen tiekartta 2022');
  });
});

describe('import', () => {
  it('opens a valid file as a new plan, leaving the others as they were', async () => {
    const { user, repository } = await startInLibrary();
    const file = new File(
      [makeFileText(makePlan({ title: 'Tuotu suunnitelma' }))],
      'tuotu.tiekartta.json',
    );
    await user.upload(screen.getByTestId('import-input'), file);
    expect(await screen.findByDisplayValue('Tuotu suunnitelma')).toBeInTheDocument();
    expect((await repository.list()).plans.map((p) => p.plan.title).sort()).toEqual([
      'ICT-muutoksen tiekartta 2022',
      'Tuotu suunnitelma',
    ]);
  });

  it('explains a broken file where it is wrong and changes nothing', async () => {
    const { user, repository } = await startInLibrary();
    const before = await repository.list();
    const plan = makePlan({
      items: [
        makePhase({ rowId: 'row-2', label: 'Testaus', start: '2022-04-01', end: '2022-03-01' }),
      ],
    });
    await user.upload(
      screen.getByTestId('import-input'),
      new File(
        [
          makeFileText({ ...plan, items: [] }).replace(
            '"items": []',
            `"items": ${JSON.stringify(plan.items)}`,
          ),
        ],
        'rikki.tiekartta.json',
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tiedostoa ”rikki.tiekartta.json” ei voitu avata.');
    expect(alert).toHaveTextContent(
      'Kaista TOSI › rivi 2 › ”Testaus”: loppupäivä 1.3.2022 on ennen alkupäivää 1.4.2022',
    );
    expect(await repository.list()).toEqual(before);
    expect(rows()).toHaveLength(1);
  });

  it('shows file text as text, never as markup', async () => {
    const { user } = await startInLibrary();
    const name = '<img src=x onerror="window.__pwned=1">.json';
    await user.upload(screen.getByTestId('import-input'), new File(['not json'], name));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('img')).toBeNull();
    expect(alert).toHaveTextContent(name);
  });
});

describe('language', () => {
  it('switches the whole screen to English and remembers it', async () => {
    const { user } = await startInLibrary();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kieli' }), 'English');
    // English is loaded when first chosen.
    expect(await screen.findByRole('heading', { name: 'Roadmaps' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New roadmap (four lanes)' })).toBeInTheDocument();
    expect(localStorage.getItem('tiekartta.language')).toBe('en');
  });
});

describe('new from a sample', () => {
  it.each([
    ['Monivuotinen tiekartta 2022–2026', 'Tulevaisuuden tekemisiä 2022–2026'],
    ['Työryhmän aikataulu 2017–2018', 'ICT-työryhmän aikataulu 2017–2018'],
  ])('“%s” opens as a new plan beside the others', async (choice, title) => {
    const { repository, user } = await startInLibrary();
    await user.click(screen.getByText('Uusi esimerkistä…'));
    await user.click(screen.getByRole('button', { name: new RegExp(`^${choice}`) }));
    expect(await screen.findByDisplayValue(title)).toBeInTheDocument();
    expect((await repository.list()).plans).toHaveLength(2);
  });
});
