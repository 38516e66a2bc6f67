import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../../src/sheet/fields';
import { givesItems, guessMapping } from '../../../src/sheet/guessMapping';
import { guessSheets } from '../../../src/sheet/sheetSource';

describe('fieldOfHeader', () => {
  it.each([
    // Finnish
    ['Kaista', 'lane'],
    ['Järjestelmä', 'row'],
    ['Nimi', 'label'],
    ['Toimenpide', 'label'],
    ['Tyyppi', 'type'],
    ['Alku', 'start'],
    ['Alkupäivä', 'start'],
    ['Loppu', 'end'],
    ['Päivämäärä', 'date'],
    ['Tila', 'status'],
    ['Vastuuhenkilö', 'owner'],
    ['Lisätiedot', 'notes'],
    ['Linkki', 'link'],
    ['Eteneminen %', 'percent'],
    ['Tunnus', 'id'],
    ['Alku (pvm)', 'start'],
    ['Tila 31.5.', 'status'],
    // Swedish
    ['Bana', 'lane'],
    ['System', 'row'],
    ['Namn', 'label'],
    ['Början', 'start'],
    ['Slut', 'end'],
    ['Datum', 'date'],
    ['Ansvarig', 'owner'],
    ['Anteckningar', 'notes'],
    ['Länk', 'link'],
    // English
    ['Lane', 'lane'],
    ['Row', 'row'],
    ['Name', 'label'],
    ['Start date', 'start'],
    ['End', 'end'],
    ['Status', 'status'],
    ['Owner', 'owner'],
    ['Notes', 'notes'],
    ['Progress %', 'percent'],
    ['ID', 'id'],
    // nothing
    ['Budjetti', null],
    ['', null],
  ])('reads the header %j as %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});

describe('guessMapping', () => {
  it('finds the header row under a merged title and maps each field to its first column', () => {
    const rows = [
      ['ICT-siirtymän seuranta 2022', 'ICT-siirtymän seuranta 2022', null, null],
      [null, null, 'Aikataulu', 'Aikataulu'],
      ['Kaista', 'Järjestelmä', 'Alku', 'Loppu', 'Nimi', 'Tila', 'Tila'],
      ['TORI', 'Sähköposti', '1.3.2022', '30.6.2022', 'Toteutus', 'valmis'],
    ];
    expect(guessMapping(rows)).toEqual({
      headerRow: 2,
      mapping: { lane: 0, row: 1, start: 2, end: 3, label: 4, status: 5 },
    });
  });

  it('leaves a sheet without recognised headers unmapped, reading from its first row', () => {
    expect(
      guessMapping([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual({ headerRow: -1, mapping: {} });
  });
});

describe('which sheets of a workbook are imported', () => {
  it('takes sheets with a name and a date or percent, and leaves a risk register or a funding table alone', () => {
    const sheets = [
      { name: 'Kohteet', rows: [['Kaista', 'Nimi', 'Alku', 'Loppu']] },
      { name: 'Riskit', rows: [['Tunnus', 'Nimi', 'Todennäköisyys', 'Vaikutus', 'Tila']] },
      { name: 'Rahoitus', rows: [['Päätös', 'Päivä', 'ICT €']] },
      { name: 'Eteneminen', rows: [['Nimi', 'Päivä', 'Eteneminen %']] },
    ];
    expect(guessSheets(sheets).map((s) => s.grid.name)).toEqual(['Kohteet', 'Eteneminen']);
    expect(givesItems({ label: 0 })).toBe(false);
    expect(givesItems({ label: 0, end: 1 })).toBe(true);
  });
});
