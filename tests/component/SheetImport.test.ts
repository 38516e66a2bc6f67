import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/components/App.svelte';
import { locale } from '../../src/state/locale.svelte';
import { makeAppState } from '../factories/appState';

beforeEach(() => {
  localStorage.clear();
  locale.set('fi');
});

const PASTE = [
  'Kaista\tJärjestelmä\tNimi\tAlku\tLoppu\tTila',
  'TOSI\tAsiakas- ja potilastietojärjestelmät\tKoulutus\t1.11.2022\t30.11.2022\tkäynnissä',
  'TOSI\tAsiakas- ja potilastietojärjestelmät\tKäyttöönotto\t\t1.1.2023\tsuunniteltu',
  'TOSI\tAsiakas- ja potilastietojärjestelmät\tVaihe X\t31.2.2022\t1.3.2022\t',
  'Tuntematon kaista\tJokin\tJotain\t1.3.2022\t1.4.2022\t',
].join('\r\n');

async function openDialog() {
  const { app } = makeAppState();
  render(App, { app });
  await screen.findByDisplayValue('ICT-muutoksen tiekartta 2022');
  const user = userEvent.setup();
  await user.click(
    screen
      .getByRole('group', { name: 'Muokkaa tiekarttaa' })
      .closest('details')!
      .querySelector('summary')!,
  );
  // The menu's entries arrive with its first opening.
  await user.click(await screen.findByRole('button', { name: 'Tuo taulukosta…' }));
  const dialog = await screen.findByTestId('sheet-import', {}, { timeout: 15_000 });
  return { app, user, dialog };
}

describe('Tuo taulukosta into the open plan', () => {
  it('maps pasted rows, previews the counts and reasons, imports as one step and undoes it exactly', async () => {
    const { app, user, dialog } = await openDialog();
    const before = JSON.stringify(app.open?.plan);
    await fireEvent.input(within(dialog).getByTestId('sheet-paste'), { target: { value: PASTE } });
    await user.click(within(dialog).getByRole('button', { name: 'Lue liitetyt rivit' }));
    const mapping = await within(dialog).findByTestId('sheet-mapping');
    expect((within(mapping).getByTestId('map-A') as HTMLSelectElement).value).toBe('lane');
    expect((within(mapping).getByTestId('map-B') as HTMLSelectElement).value).toBe('row');
    expect((within(mapping).getByTestId('map-E') as HTMLSelectElement).value).toBe('end');
    await user.click(within(dialog).getByRole('button', { name: 'Esikatsele' }));
    expect(await within(dialog).findByTestId('sheet-summary')).toHaveTextContent(
      '2 riviä tuodaan, 2 ohitetaan',
    );
    const skipped = within(dialog).getByTestId('sheet-skipped');
    expect(skipped).toHaveTextContent('Rivi 4, sarake D (Alku): ”31.2.2022” ei ole päivämäärä');
    expect(skipped).toHaveTextContent(
      'Rivi 5, sarake A (Kaista): ”Tuntematon kaista” tiekartassa ei ole tämän nimistä kaistaa',
    );
    // The sample already has a Koulutus in that row: it is updated, not added twice.
    expect(within(dialog).getByTestId('sheet-added')).toHaveTextContent(
      'Lisätään (1) Käyttöönotto',
    );
    expect(within(dialog).getByTestId('sheet-updated')).toHaveTextContent(
      'Päivitetään (1) Koulutus',
    );
    await user.click(within(dialog).getByTestId('sheet-apply'));
    await waitFor(() => expect(screen.queryByTestId('sheet-import')).toBeNull());
    const row = app.open?.plan.lanes
      .flatMap((l) => l.rows)
      .find((r) => r.name.startsWith('Asiakas-'));
    const inRow = app.open?.plan.items.filter((i) => i.rowId === row?.id);
    expect(inRow?.find((i) => i.label === 'Koulutus')).toMatchObject({
      start: '2022-11-01',
      end: '2022-11-30',
      status: 'inProgress',
    });
    expect(inRow?.find((i) => i.label === 'Käyttöönotto')).toMatchObject({
      type: 'milestone',
      date: '2023-01-01',
    });
    expect(app.open?.undoStack).toHaveLength(1);
    await user.click(
      await screen.findByRole('button', { name: /Kumoa: tuo taulukosta 2 kohdetta/ }),
    );
    expect(JSON.stringify(app.open?.plan)).toBe(before);
  }, 30_000);

  it('says what is wrong with a file that is not a sheet', { timeout: 30_000 }, async () => {
    const { user, dialog } = await openDialog();
    // An old binary .xls (OLE2) renamed: refused by its bytes, not its name.
    const file = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'vanha.xlsx');
    await user.upload(within(dialog).getByTestId('sheet-input') as HTMLInputElement, file);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Tiedostoa ”vanha.xlsx” ei voitu lukea taulukkona.',
    );
  });

  async function previewPaste(text: string) {
    const { user, dialog } = await openDialog();
    await fireEvent.input(within(dialog).getByTestId('sheet-paste'), { target: { value: text } });
    await user.click(within(dialog).getByRole('button', { name: 'Lue liitetyt rivit' }));
    // A risk register or a funding table has no columns to map: straight to Esikatsele.
    await user.click(await within(dialog).findByRole('button', { name: 'Esikatsele' }));
    await within(dialog).findByTestId('sheet-summary');
    return { user, dialog };
  }

  it(
    'lists a decision without a name by its date as users write it',
    { timeout: 30_000 },
    async () => {
      const { dialog } = await previewPaste(
        'Päivä\tPäättäjä\tRahoituslaji\tSumma (€)\r\n2022-03-28\tVM\tPerusrahoitus\t1000',
      );
      expect(within(dialog).getByTestId('sheet-added')).toHaveTextContent(
        /^Lisätään \(\d+\).*28\.3\.2022/,
      );
      expect(within(dialog).getByTestId('sheet-added')).not.toHaveTextContent('2022-03-28');
    },
  );

  it(
    'skips a risk whose number an earlier row has, with the reason, so the import applies',
    { timeout: 30_000 },
    async () => {
      const { user, dialog } = await previewPaste(
        'Numero\tRiski\tTodennäköisyys\tVaikutus\r\n901\tTietoturva\tkorkea\tvakava\r\n901\tBudjetti\tmatala\tvakava',
      );
      expect(within(dialog).getByTestId('sheet-summary')).toHaveTextContent(
        '1 riviä tuodaan, 1 ohitetaan',
      );
      expect(within(dialog).getByTestId('sheet-skipped')).toHaveTextContent(
        'Rivi 3, sarake A (Numero): ”901” numero 901 on jo riskillä ”Tietoturva”',
      );
      await user.click(within(dialog).getByTestId('sheet-apply'));
      await waitFor(() => expect(screen.queryByTestId('sheet-import')).toBeNull());
    },
  );
});
