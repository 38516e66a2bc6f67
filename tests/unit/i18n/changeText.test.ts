import '../../../src/domain/partCommands';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import { diffPlans } from '../../../src/domain/comparison/diffPlans';
import { snapshotOf } from '../../../src/domain/comparison/snapshotOf';
import { changeLines } from '../../../src/i18n/changeText';
import { changeSummary, type ComparedWith } from '../../../src/i18n/changeSummary';
import type { Language } from '../../../src/i18n/languages';
import { amountText, shortSlip } from '../../../src/i18n/slipText';
import { comparedAfter, tFor, TWO_LANES } from '../../factories/changes';
import { makeMilestone } from '../../factories/plans';

const shift = (id: string, days: number): Command => ({
  type: 'items/shift',
  ids: [id],
  shift: { amount: days, unit: 'day' },
});
const textsOf = (commands: Command[], language: Language) =>
  changeLines(comparedAfter(commands).input, tFor(language), language).map((l) => l.text);

// item-1: phase "Testaus" 1.9.–30.9.2022 in row 2 (in progress); item-2: milestone
// "Suunnittelu valmis" 1.4.2022 in row 1 (done).
const CASES: [string, Command[], Record<Language, string>][] = [
  [
    'a phase moved whole weeks later',
    [shift('item-1', 21)],
    {
      fi: 'Testaus siirtyi 3 viikkoa myöhemmäksi: 1.9.2022 → 22.9.2022',
      sv: 'Testaus flyttades 3 veckor senare: 1.9.2022 → 22.9.2022',
      en: 'Testaus moved 3 weeks later: 1 Sep 2022 → 22 Sep 2022',
    },
  ],
  [
    'a link added',
    [
      {
        type: 'dependency/add',
        dependency: { id: 'd-1', from: 'item-2', to: 'item-1', kind: 'finishToStart' },
      },
    ],
    {
      fi: 'Uusi riippuvuus: ”Suunnittelu valmis” → ”Testaus” (valmis ennen kuin seuraaja alkaa)',
      sv: 'Nytt beroende: ”Suunnittelu valmis” → ”Testaus” (klar innan efterföljaren börjar)',
      en: 'New dependency: “Suunnittelu valmis” → “Testaus” (finishes before the successor starts)',
    },
  ],
  [
    'a milestone moved one week earlier',
    [shift('item-2', -7)],
    {
      fi: 'Suunnittelu valmis siirtyi 1 viikon aikaisemmaksi: 1.4.2022 → 25.3.2022',
      sv: 'Suunnittelu valmis flyttades 1 vecka tidigare: 1.4.2022 → 25.3.2022',
      en: 'Suunnittelu valmis moved 1 week earlier: 1 Apr 2022 → 25 Mar 2022',
    },
  ],
  [
    'a move of days that are not whole weeks, one day',
    [shift('item-2', 1)],
    {
      fi: 'Suunnittelu valmis siirtyi 1 päivän myöhemmäksi: 1.4.2022 → 2.4.2022',
      sv: 'Suunnittelu valmis flyttades 1 dag senare: 1.4.2022 → 2.4.2022',
      en: 'Suunnittelu valmis moved 1 day later: 1 Apr 2022 → 2 Apr 2022',
    },
  ],
  [
    'a move of several days',
    [shift('item-2', -10)],
    {
      fi: 'Suunnittelu valmis siirtyi 10 päivää aikaisemmaksi: 1.4.2022 → 22.3.2022',
      sv: 'Suunnittelu valmis flyttades 10 dagar tidigare: 1.4.2022 → 22.3.2022',
      en: 'Suunnittelu valmis moved 10 days earlier: 1 Apr 2022 → 22 Mar 2022',
    },
  ],
  [
    'a phase lengthened by two weeks',
    [{ type: 'item/update', id: 'item-1', changes: { end: '2022-10-14' } }],
    {
      fi: 'Testaus piteni 2 viikkoa: 1.9.2022–30.9.2022 → 1.9.2022–14.10.2022',
      sv: 'Testaus förlängdes med 2 veckor: 1.9.2022–30.9.2022 → 1.9.2022–14.10.2022',
      en: 'Testaus lengthened by 2 weeks: 1 Sep 2022–30 Sep 2022 → 1 Sep 2022–14 Oct 2022',
    },
  ],
  [
    'a phase shortened by one day',
    [{ type: 'item/update', id: 'item-1', changes: { end: '2022-09-29' } }],
    {
      fi: 'Testaus lyheni 1 päivän: 1.9.2022–30.9.2022 → 1.9.2022–29.9.2022',
      sv: 'Testaus förkortades med 1 dag: 1.9.2022–30.9.2022 → 1.9.2022–29.9.2022',
      en: 'Testaus shortened by 1 day: 1 Sep 2022–30 Sep 2022 → 1 Sep 2022–29 Sep 2022',
    },
  ],
  [
    'an item moved to another row of its lane',
    [{ type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-1' }],
    {
      fi: 'Testaus siirtyi riviltä ”Kliiniset järjestelmät” riville ”Asiakas- ja potilastietojärjestelmät”',
      sv: 'Testaus flyttades från raden ”Kliiniset järjestelmät” till raden ”Asiakas- ja potilastietojärjestelmät”',
      en: 'Testaus moved from row “Kliiniset järjestelmät” to row “Asiakas- ja potilastietojärjestelmät”',
    },
  ],
  [
    'an item moved to another lane',
    [{ type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-3' }],
    {
      fi: 'Testaus siirtyi riviltä ”Kliiniset järjestelmät” kaistalle ”TORI”, riville ”Talous”',
      sv: 'Testaus flyttades från raden ”Kliiniset järjestelmät” till banan ”TORI”, raden ”Talous”',
      en: 'Testaus moved from row “Kliiniset järjestelmät” to lane “TORI”, row “Talous”',
    },
  ],
  [
    'a status changed, in the status words of the editor',
    [{ type: 'item/update', id: 'item-1', changes: { status: 'late' } }],
    {
      fi: 'Testaus: tila muuttui: käynnissä → myöhässä',
      sv: 'Testaus: status ändrades: pågår → försenad',
      en: 'Testaus: status changed: in progress → late',
    },
  ],
  [
    'an item renamed',
    [{ type: 'item/update', id: 'item-1', changes: { label: 'Testaus ja validointi' } }],
    {
      fi: 'Testaus nimettiin uudelleen: Testaus → Testaus ja validointi',
      sv: 'Testaus bytte namn: Testaus → Testaus ja validointi',
      en: 'Testaus was renamed: Testaus → Testaus ja validointi',
    },
  ],
  [
    'an item added',
    [
      {
        type: 'item/add',
        item: makeMilestone({ id: 'item-9', label: 'Go-live', date: '2023-01-01' }),
      },
    ],
    {
      fi: 'Go-live lisättiin: 1.1.2023',
      sv: 'Go-live lades till: 1.1.2023',
      en: 'Go-live was added: 1 Jan 2023',
    },
  ],
  [
    'an item removed',
    [{ type: 'items/delete', ids: ['item-1'] }],
    {
      fi: 'Testaus poistettiin (oli 1.9.2022–30.9.2022)',
      sv: 'Testaus togs bort (var 1.9.2022–30.9.2022)',
      en: 'Testaus was removed (was 1 Sep 2022–30 Sep 2022)',
    },
  ],
  [
    'a track’s checkpoints changed: one moved, one added',
    [
      {
        type: 'track/update',
        id: 'track-1',
        changes: {
          checkpoints: [
            { date: '2022-06-15', percent: 5 },
            { date: '2022-08-15', percent: 25 },
            { date: '2022-12-01', percent: 80 },
          ],
        },
      },
    ],
    {
      fi: 'Siirtymän eteneminen ”Päätelaitteet siirretty”: 5 % 1.6.2022 → 15.6.2022; 80 % 1.12.2022 lisättiin',
      sv: 'Övergångens framsteg ”Päätelaitteet siirretty”: 5 % 1.6.2022 → 15.6.2022; 80 % 1.12.2022 lades till',
      en: 'Transition progress “Päätelaitteet siirretty”: 5 % 1 Jun 2022 → 15 Jun 2022; 80 % 1 Dec 2022 added',
    },
  ],
  [
    'a track removed',
    [{ type: 'track/delete', id: 'track-1' }],
    {
      fi: 'Siirtymän eteneminen ”Päätelaitteet siirretty” poistettiin',
      sv: 'Övergångens framsteg ”Päätelaitteet siirretty” togs bort',
      en: 'Transition progress “Päätelaitteet siirretty” was removed',
    },
  ],
  [
    'a break moved two weeks later',
    [
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
    ],
    {
      fi: 'Tauko ”KESÄTAUKO” siirtyi 2 viikkoa myöhemmäksi: 1.7.2022–31.7.2022 → 15.7.2022–14.8.2022',
      sv: 'Paus ”KESÄTAUKO” flyttades 2 veckor senare: 1.7.2022–31.7.2022 → 15.7.2022–14.8.2022',
      en: 'Break “KESÄTAUKO” moved 2 weeks later: 1 Jul 2022–31 Jul 2022 → 15 Jul 2022–14 Aug 2022',
    },
  ],
  [
    'a meeting added',
    [
      {
        type: 'marker/add',
        marker: { id: 'm-2', type: 'meeting', label: 'Kokous 5', date: '2022-05-02' },
      },
    ],
    {
      fi: 'Ohjausryhmä ”Kokous 5” lisättiin: 2.5.2022',
      sv: 'Styrgrupp ”Kokous 5” lades till: 2.5.2022',
      en: 'Steering group “Kokous 5” was added: 2 May 2022',
    },
  ],
];

describe('change texts: one line per difference in the users’ words', () => {
  describe.each<Language>(['fi', 'sv', 'en'])('in %s', (language) => {
    it.each(CASES)('%s', (_, commands, expected) => {
      expect(textsOf(commands, language)).toEqual([expected[language]]);
    });
  });

  it('gives a phase that moved and grew one line for each, in that order', () => {
    const texts = textsOf(
      [{ type: 'item/update', id: 'item-1', changes: { start: '2022-09-08', end: '2022-10-14' } }],
      'fi',
    );
    expect(texts).toEqual([
      'Testaus siirtyi 1 viikon myöhemmäksi: 1.9.2022 → 8.9.2022',
      'Testaus piteni 1 viikon: 1.9.2022–30.9.2022 → 8.9.2022–14.10.2022',
    ]);
  });

  it('marks a match made by lane, row and label as a guess', () => {
    const other = comparedAfter([shift('item-1', 14)]).plan;
    const elsewhere = {
      ...other,
      items: other.items.map((item) => ({ ...item, id: `x-${item.id}` })),
    };
    const before = snapshotOf(TWO_LANES);
    const after = snapshotOf(elsewhere);
    const comparison = diffPlans(before, after, { guess: true });
    const lines = changeLines({ comparison, before, after }, tFor('fi'), 'fi');
    expect(lines.map((l) => [l.text, l.guessed, l.itemId])).toEqual([
      [
        'Testaus siirtyi 2 viikkoa myöhemmäksi: 1.9.2022 → 15.9.2022 (arvioitu vastaavuus)',
        true,
        'x-item-1',
      ],
    ]);
  });

  it('lists lines in lane order, markers last, with lane, row, kind and the item to show', () => {
    const { input } = comparedAfter([
      { type: 'marker/delete', id: 'marker-1' },
      { type: 'items/moveToRow', ids: ['item-1'], rowId: 'row-3' },
      shift('item-2', 7),
    ]);
    const lines = changeLines(input, tFor('fi'), 'fi');
    expect(lines.map((l) => [l.kind, l.laneName, l.rowName, l.itemId, l.days, l.order])).toEqual([
      ['moved', 'TOSI', 'Asiakas- ja potilastietojärjestelmät', 'item-2', 7, 0],
      ['row', 'TORI', 'Talous', 'item-1', 0, 1],
      ['marker', 'Koko tiekartta', '', null, 0, 2],
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  it('gives a removed item no item to show and its earlier lane', () => {
    const [line] = changeLines(
      comparedAfter([{ type: 'items/delete', ids: ['item-1'] }]).input,
      tFor('fi'),
      'fi',
    );
    expect(line).toMatchObject({ kind: 'removed', itemId: null, laneId: 'lane-1' });
  });

  it('finds nothing to say about identical plans', () => {
    expect(textsOf([], 'fi')).toEqual([]);
  });
});

describe('shift sizes', () => {
  it.each<[number, Language, string, string]>([
    [7, 'fi', '1 viikon', '+1 vk'],
    [21, 'fi', '3 viikkoa', '+3 vk'],
    [-1, 'fi', '1 päivän', '−1 pv'],
    [-9, 'fi', '9 päivää', '−9 pv'],
    [0, 'fi', '0 päivää', '0 pv'],
    [14, 'sv', '2 veckor', '+2 v'],
    [1, 'sv', '1 dag', '+1 d'],
    [-7, 'en', '1 week', '−1 wk'],
    [3, 'en', '3 days', '+3 d'],
  ])('%i days in %s: "%s", in short "%s"', (days, language, amount, short) => {
    expect(amountText(days, tFor(language))).toBe(amount);
    expect(shortSlip(days, tFor(language))).toBe(short);
  });
});

describe('changeSummary', () => {
  it.each<[number, ComparedWith, Language, string]>([
    [
      12,
      { source: { kind: 'baseline' }, baseline: { name: 'Ohjausryhmä 14.3.2022' } },
      'fi',
      '12 muutosta vertailukohtaan Ohjausryhmä 14.3.2022',
    ],
    [
      1,
      { source: { kind: 'baseline' }, baseline: { name: 'Ohjausryhmä 14.3.2022' } },
      'fi',
      '1 muutos vertailukohtaan Ohjausryhmä 14.3.2022',
    ],
    [
      3,
      { source: { kind: 'file', name: 'vanha.tiekartta.json' }, baseline: null },
      'sv',
      '3 ändringar jämfört med filen vanha.tiekartta.json',
    ],
    [
      1,
      { source: { kind: 'version', savedAt: '2022-03-14T12:05:00' }, baseline: null },
      'en',
      '1 change since version 14 Mar 2022 12:05',
    ],
  ])('%i changes against %j in %s', (count, against, language, expected) => {
    expect(changeSummary(count, against, tFor(language), language)).toBe(expected);
  });
});
