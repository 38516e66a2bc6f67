import '../../src/domain/partCommands';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import FundingEditor from '../../src/components/funding/FundingEditor.svelte';
import RiskEditor from '../../src/components/risks/RiskEditor.svelte';
import type { Command } from '../../src/domain/commands';
import type { FundingEntry } from '../../src/domain/funding/fundingSchema';
import type { Risk } from '../../src/domain/risks/riskSchema';
import { locale } from '../../src/state/locale.svelte';
import { makePlan } from '../factories/plans';
import {
  FUNDING_CATEGORIES,
  WORKING_GROUP_RISKS,
  makeEntry,
  makeRisk,
} from '../factories/risksAndFunding';

beforeEach(() => locale.set('fi'));
const plan = makePlan({ risks: WORKING_GROUP_RISKS.slice(0, 2) });
const fresh = makeRisk({ id: 'risk-new', number: 3, title: '' });

function renderRisk(risk: Risk = fresh) {
  const onsave = vi.fn((_: Risk) => true);
  render(RiskEditor, { plan, risk, onsave, oncancel: vi.fn() });
  return { onsave, user: userEvent.setup() };
}

describe('RiskEditor', () => {
  it.each([
    ['0', 'Anna numero 1–999.'],
    ['1000', 'Anna numero 1–999.'],
    ['2,5', 'Anna numero 1–999.'],
    ['2', 'Numero 2 on jo riskillä ”Linjaukset”.'],
  ])('refuses the number %j and saves nothing', async (number, message) => {
    const { onsave, user } = renderRisk();
    await user.type(screen.getByRole('textbox', { name: 'Nimi' }), 'Resurssit');
    const field = screen.getByRole('textbox', { name: 'Numero' });
    await user.clear(field);
    await user.type(field, number);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onsave).not.toHaveBeenCalled();
  });

  it('asks for a title on save and focuses the field', async () => {
    const { onsave, user } = renderRisk();
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Anna riskille nimi.');
    expect(screen.getByRole('textbox', { name: 'Nimi' })).toHaveFocus();
    expect(onsave).not.toHaveBeenCalled();
  });

  it('refuses a control character in the owner, naming the field', async () => {
    const { onsave, user } = renderRisk();
    await user.type(screen.getByRole('textbox', { name: 'Nimi' }), 'Resurssit');
    const owner = screen.getByRole('textbox', { name: 'Vastuuhenkilö' });
    await user.click(owner);
    await user.paste('PMO\u0007');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'vastuutaho: merkki U+0007 ei ole sallittu tekstissä',
    );
    expect(onsave).not.toHaveBeenCalled();
  });

  it('saves a valid risk with its scores and without empty fields', async () => {
    const { onsave, user } = renderRisk();
    await user.type(screen.getByRole('textbox', { name: 'Nimi' }), '  Resurssit ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Todennäköisyys' }), 'korkea');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vaikutus' }), 'vakava');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onsave).toHaveBeenCalledWith({
      id: 'risk-new',
      number: 3,
      title: 'Resurssit',
      probability: 'high',
      impact: 'severe',
      status: 'open',
    });
  });

  it('shows its errors in Swedish when the user reads Swedish', async () => {
    await locale.set('sv');
    const { user } = renderRisk();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ge risken ett namn.');
  });
});

function renderFunding(entry: FundingEntry = makeEntry({ amounts: [] })) {
  const onsave = vi.fn((_: FundingEntry) => true);
  render(FundingEditor, {
    plan,
    funding: { categories: FUNDING_CATEGORIES },
    entry,
    onsave,
    oncancel: vi.fn(),
  });
  return { onsave, user: userEvent.setup() };
}

describe('FundingEditor', () => {
  it.each([
    ['1,234', '”1,234” on monitulkintainen'],
    ['1.234,5', '”1.234,5” on monitulkintainen'],
    ['12 34', '”12 34” ei ole summa.'],
    ['-5', 'Summa ei voi olla negatiivinen.'],
    ['0,001', 'enintään kaksi desimaalia'],
    ['20 000 M€', 'Summa on liian suuri'],
  ])('refuses the amount %j with a sentence and saves nothing', async (amount, message) => {
    const { onsave, user } = renderFunding();
    await user.type(screen.getByRole('textbox', { name: 'ICT-rahoitus, €' }), amount);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onsave).not.toHaveBeenCalled();
  });

  it.each([
    ['Päivämäärä', '31.6.2021', 'Anna päivä muodossa'],
    ['Vuodet', '2022–2021', 'Anna vuodet muodossa'],
    ['Vuodet', '21', 'Anna vuodet muodossa'],
    ['Diaarinumero', 'VN/1<2>', 'Diaarinumerossa saa olla enintään 60 merkkiä'],
  ])('refuses %s %j', async (field, value, message) => {
    const { onsave, user } = renderFunding();
    await user.type(screen.getByRole('textbox', { name: 'Perusrahoitus, €' }), '942 086');
    const input = screen.getByRole('textbox', { name: field });
    await user.clear(input);
    await user.type(input, value);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onsave).not.toHaveBeenCalled();
  });

  it('asks for at least one amount', async () => {
    const { onsave, user } = renderFunding();
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Anna ainakin yksi summa.');
    expect(onsave).not.toHaveBeenCalled();
  });

  it('saves amounts typed the Finnish way as exact cents', async () => {
    const { onsave, user } = renderFunding();
    const date = screen.getByRole('textbox', { name: 'Päivämäärä' });
    await user.clear(date);
    await user.type(date, '28.3.2022');
    await user.type(screen.getByRole('textbox', { name: 'Diaarinumero' }), 'VN/14629/2021');
    const years = screen.getByRole('textbox', { name: 'Vuodet' });
    await user.clear(years);
    await user.type(years, '2022-2023');
    await user.type(screen.getByRole('textbox', { name: 'Perusrahoitus, €' }), '1 342 145');
    await user.type(screen.getByRole('textbox', { name: 'ICT-rahoitus, €' }), '10,182799 M€');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onsave).toHaveBeenCalledWith({
      id: 'funding-1',
      date: '2022-03-28',
      decider: 'VM',
      reference: 'VN/14629/2021',
      state: 'granted',
      amounts: [
        { category: 'basic', cents: 134_214_500 },
        { category: 'ict', cents: 1_018_279_900 },
      ],
      years: [2022, 2023],
    });
  });

  it('shows an entry’s amounts so that saving it unchanged gives the same entry', async () => {
    const entry = makeEntry({
      amounts: [{ category: 'ict', cents: 1_243_475_950 }],
      itemIds: ['item-1'],
    });
    const { onsave, user } = renderFunding(entry);
    expect(screen.getByRole('textbox', { name: 'ICT-rahoitus, €' })).toHaveValue('12 434 759,50');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(onsave).toHaveBeenCalledWith(entry);
  });
});

describe('FundingCategories', () => {
  const funding = {
    categories: [...FUNDING_CATEGORIES, { id: 'eu', name: 'EU-rahoitus' }],
    entries: [makeEntry()],
  };

  it('refuses to remove a category that has amounts, and removes one that has none', async () => {
    const user = userEvent.setup();
    const commands: Command[] = [];
    const { default: FundingCategories } =
      await import('../../src/components/funding/FundingCategories.svelte');
    render(FundingCategories, {
      funding,
      onexec: (c: Command) => (commands.push(c), true),
      onclose: vi.fn(),
    });
    await user.click(screen.getByRole('button', { name: 'Poista rahoituslaji ”Perusrahoitus”' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Rahoituslajia ”Perusrahoitus” ei voi poistaa: sillä on summia.',
    );
    await user.click(screen.getByRole('button', { name: 'Poista rahoituslaji ”EU-rahoitus”' }));
    const [, ict] = screen.getAllByRole('textbox', { name: 'Rahoituslajin nimi' });
    await user.clear(ict as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pakollinen tieto.');
    expect(commands).toEqual([]);
    await user.type(ict as HTMLElement, 'ICT-muutostuki');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(commands).toEqual([
      {
        type: 'funding/categories',
        categories: [
          { id: 'basic', name: 'Perusrahoitus' },
          { id: 'ict', name: 'ICT-muutostuki' },
        ],
      },
    ]);
  });
});

describe('the risk list and the funding table sort by any column', () => {
  it('sorts risks by probability, lowest first, then highest first', async () => {
    const user = userEvent.setup();
    const { default: RiskList } = await import('../../src/components/risks/RiskList.svelte');
    render(RiskList, {
      plan: makePlan({ risks: [...WORKING_GROUP_RISKS] }),
      selectedId: null,
      onselect: vi.fn(),
      onedit: vi.fn(),
      ondelete: vi.fn(),
    });
    const numbers = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td')?.textContent);
    expect(numbers()).toEqual(['1', '2', '3', '4', '5', '6']);
    const header = screen.getByRole('button', { name: 'Todennäköisyys' });
    await user.click(header);
    expect(numbers()).toEqual(['6', '3', '4', '5', '1', '2']);
    await user.click(header);
    expect(numbers()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts decisions by their total', async () => {
    const user = userEvent.setup();
    const { default: FundingTable } =
      await import('../../src/components/funding/FundingTable.svelte');
    const { COUNTY_DECISIONS } = await import('../factories/risksAndFunding');
    render(FundingTable, {
      funding: { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS] },
      onedit: vi.fn(),
      ondelete: vi.fn(),
    });
    await user.click(screen.getByRole('button', { name: 'Yhteensä €' }));
    const firsts = screen
      .getAllByRole('rowheader')
      .slice(0, 5)
      .map((cell) => cell.textContent?.slice(0, 20));
    expect(firsts).toEqual([
      'VM päätös 1.7.2021',
      'STM päätös 14.10.202',
      'VM päätös 21.12.2021',
      'VM päätös 28.3.2022V',
      'STM päätös 20.12.202',
    ]);
  });
});

describe('the risk list’s trend column', () => {
  it('shows each risk’s trend since the chosen baseline', async () => {
    const { default: RiskList } = await import('../../src/components/risks/RiskList.svelte');
    const { takeBaseline } = await import('../../src/domain/comparison/snapshotOf');
    const before = makePlan({ risks: WORKING_GROUP_RISKS.slice(0, 2) });
    const baseline = takeBaseline(before, { id: 'b1', name: 'Ohjausryhmä', savedOn: '2022-03-14' });
    const [one, two] = WORKING_GROUP_RISKS as [Risk, Risk];
    const risks = [
      { ...one, status: 'mitigated' as const },
      two,
      makeRisk({ id: 'r9', number: 9, title: 'Uusi' }),
    ];
    render(RiskList, {
      plan: makePlan({ risks, baselines: [baseline] }),
      selectedId: null,
      onselect: vi.fn(),
      onedit: vi.fn(),
      ondelete: vi.fn(),
    });
    expect(screen.getAllByTestId('risk-trend').map((cell) => cell.textContent)).toEqual([
      '↓ parantunut',
      '= ennallaan',
      'uusi',
    ]);
  });
});

describe('FundingView', () => {
  it('places the sum on the roadmap under the notes’ name, as the table adds it up', async () => {
    const user = userEvent.setup();
    const { default: FundingView } =
      await import('../../src/components/funding/FundingView.svelte');
    const { COUNTY_DECISIONS } = await import('../factories/risksAndFunding');
    const applied = makeEntry({ id: 'haku', state: 'applied', date: '2022-05-01' });
    const commands: Command[] = [];
    render(FundingView, {
      plan: makePlan({
        funding: { categories: FUNDING_CATEGORIES, entries: [...COUNTY_DECISIONS, applied] },
      }),
      onexec: (c: Command) => (commands.push(c), true),
    });
    expect(screen.getByTestId('funding-total')).toHaveTextContent('28 875 950 €');
    expect(screen.getByTestId('funding-summary')).toHaveTextContent(
      '1 haku odottaa päätöstä (942 086 €)',
    );
    await user.click(screen.getByRole('button', { name: 'Merkitse summa tiekarttaan' }));
    expect(commands).toEqual([
      {
        type: 'funding/summary',
        summary: { label: 'Täydentävät rahoitushaut', date: '2022-01-01' },
      },
    ]);
  });
});
