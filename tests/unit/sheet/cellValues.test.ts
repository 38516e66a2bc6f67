import { describe, expect, it } from 'vitest';
import { readDateCell, readKind, readPercent, readStatus } from '../../../src/sheet/cellValues';
import { excelSerialToDate } from '../../../src/sheet/xlsxGrid';

const REF = '2022-06-15';

describe('readDateCell', () => {
  it.each([
    ['1.4.2022', '2022-04-01'],
    ['01.04.2022', '2022-04-01'],
    ['1.4.22', '2022-04-01'],
    ['2022-04-01', '2022-04-01'],
    ['2022-04-01T00:00:00', '2022-04-01'],
    ['1.4.', '2022-04-01'],
    ['vk 23/2022', '2022-06-06'],
    ['vk 23', '2022-06-06'],
    ['viikko 1/2021', '2021-01-04'],
    ['v. 52/2020', '2020-12-21'],
    ['4/2022', '2022-04-01'],
    ['44652', '2022-04-01'],
    [44652, '2022-04-01'],
    [{ date: '2022-04-01' }, '2022-04-01'],
  ])('reads %j as %s', (cell, date) => {
    expect(readDateCell(cell, REF)).toEqual({ date });
  });

  it.each([
    ['vk 23/2022', '2022-06-12'],
    ['4/2022', '2022-04-30'],
    ['2/2024', '2024-02-29'],
  ])('reads %s as an end date as its last day, %s', (cell, date) => {
    expect(readDateCell(cell, REF, true)).toEqual({ date });
  });

  it.each([
    ['31.2.2022', 'dateInvalid'],
    ['2022-13-01', 'dateInvalid'],
    ['huhtikuussa', 'dateInvalid'],
    ['vk 54/2022', 'dateInvalid'],
    [0, 'dateInvalid'],
    [44652.5, 'dateInvalid'],
    ['1.1.1899', 'dateOutOfRange'],
    ['9999-12-31', 'dateOutOfRange'],
  ])('refuses %j: %s', (cell, error) => {
    expect(readDateCell(cell, REF)).toEqual({ error });
  });
});

describe('excelSerialToDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [44562, '2022-01-01'],
    [44926, '2022-12-31'],
  ])('serial %d is %s in the 1900 system', (serial, date) => {
    expect(excelSerialToDate(serial)).toBe(date);
  });

  it('has no day for the 29.2.1900 Lotus counted, and counts the 1904 system from 1.1.1904', () => {
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToDate(43101, true)).toBe('2022-01-02');
  });
});

describe('readStatus', () => {
  it.each([
    ['', 'planned'],
    ['Suunniteltu', 'planned'],
    ['ei aloitettu', 'planned'],
    ['käynnissä', 'inProgress'],
    ['Työn alla', 'inProgress'],
    ['KESKEN', 'inProgress'],
    ['Valmis', 'done'],
    ['otettu käyttöön', 'done'],
    ['riskissä', 'atRisk'],
    ['Keltainen', 'atRisk'],
    ['myöhässä', 'late'],
    ['viivästynyt', 'late'],
    ['alustava', 'tentative'],
    ['?', 'tentative'],
    ['pågår', 'inProgress'],
    ['klar', 'done'],
    ['försenad', 'late'],
    ['In progress', 'inProgress'],
    ['done', 'done'],
    ['at risk', 'atRisk'],
    ['inProgress', 'inProgress'],
    ['tentative', 'tentative'],
  ])('reads %j as %s', (cell, status) => {
    expect(readStatus(cell)).toBe(status);
  });

  it('has no status for a word it does not know', () => {
    expect(readStatus('ehkä ensi vuonna')).toBeNull();
  });
});

describe('readKind and readPercent', () => {
  it.each([
    ['Vaihe', 'phase'],
    ['virstanpylväs', 'milestone'],
    ['Milestone', 'milestone'],
    ['ohjausryhmä', 'meeting'],
    ['tärkeä päivä', 'keyDate'],
    ['keyDate', 'keyDate'],
    ['kesätauko', 'blackout'],
    ['', undefined],
    ['jokin', null],
  ])('reads the type %j as %s', (cell, kind) => {
    expect(readKind(cell)).toBe(kind);
  });

  it.each([
    [35, 35],
    ['35', 35],
    ['35 %', 35],
    ['35,5 %', 35.5],
    ['12.5', 12.5],
    ['', undefined],
    ['paljon', null],
  ])('reads the percent %j as %s', (cell, percent) => {
    expect(readPercent(cell)).toBe(percent);
  });
});
