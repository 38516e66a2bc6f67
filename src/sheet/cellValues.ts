import type { CalendarDate } from '../domain/calendarDate';
import { isCalendarDate } from '../domain/calendarDate';
import { isDateInRange } from '../domain/calendarRange';
import type { Marker, Status } from '../domain/planSchema';
import { readDateInput } from '../i18n/parseDateInput';
import { excelSerialToDate } from './xlsxGrid';
import { cellText, isSheetDate, type Cell } from './grid';
import { normalizeHeader } from './fields';

export type DateRead = { date: CalendarDate } | { error: 'dateInvalid' | 'dateOutOfRange' };

/** Plausible Excel serials: 1.1.1900 (1) to 31.12.2200 (110 208); smaller numbers are not dates. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 110_208;

const SHORT_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
const MONTH_YEAR = /^(\d{1,2})\s*\/\s*(\d{4})$/;

/**
 * A date cell in any of the forms the sheets hold: a typed date, an Excel serial (a number or
 * digits in a CSV), 1.4.2022, 1.4.22 (20xx), 2022-04-01, "vk 23/2022" (its Monday, or its Sunday
 * for an end) and "4/2022" (the month's first day, or its last for an end). `reference` gives the
 * year of "1.4." and "vk 23".
 */
export function readDateCell(cell: Cell, reference: CalendarDate, end = false): DateRead {
  if (isSheetDate(cell))
    return isDateInRange(cell.date) ? { date: cell.date } : { error: 'dateOutOfRange' };
  if (typeof cell === 'number') return serial(cell);
  const text = cellText(cell).trim();
  if (/^\d{1,6}(\.0+)?$/.test(text) && !/^\d{4}$/.test(text)) return serial(Number(text));
  const short = SHORT_YEAR.exec(text);
  if (short) return fromIso(`20${short[3]}-${pad(short[2])}-${pad(short[1])}`);
  const month = MONTH_YEAR.exec(text);
  if (month) {
    const first = `${month[2]}-${pad(month[1])}-01`;
    if (!isCalendarDate(first)) return { error: 'dateInvalid' };
    return fromIso(end ? lastOfMonth(first) : first);
  }
  // An ISO date with a time after it, as some exports write: the day is what counts.
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text);
  const read = readDateInput(withTime ? (withTime[1] as string) : text, reference, end);
  return read.date ? { date: read.date } : { error: read.error ?? 'dateInvalid' };
}

const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');

function fromIso(date: string): DateRead {
  if (!isCalendarDate(date)) return { error: 'dateInvalid' };
  return isDateInRange(date) ? { date } : { error: 'dateOutOfRange' };
}

function serial(value: number): DateRead {
  if (!Number.isInteger(value) || value < SERIAL_MIN || value > SERIAL_MAX)
    return { error: 'dateInvalid' };
  const date = excelSerialToDate(value);
  return date ? fromIso(date) : { error: 'dateInvalid' };
}

function lastOfMonth(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** The users' words for each status, in Finnish, Swedish and English, as the sheets spell them. */
const STATUS_WORDS: Record<Status, readonly string[]> = {
  planned: [
    'suunniteltu',
    'suunnitteilla',
    'tulossa',
    'aloittamatta',
    'ei aloitettu',
    'planned',
    'not started',
    'todo',
    'to do',
    'open',
    'planerad',
    'planerat',
    'ej påbörjad',
    'kommande',
  ],
  inProgress: [
    'käynnissä',
    'työn alla',
    'aloitettu',
    'kesken',
    'toteutuksessa',
    'etenee',
    'in progress',
    'inprogress',
    'ongoing',
    'started',
    'active',
    'wip',
    'pågår',
    'pågående',
    'påbörjad',
  ],
  done: [
    'valmis',
    'valmistunut',
    'tehty',
    'toteutunut',
    'toteutettu',
    'otettu käyttöön',
    'done',
    'complete',
    'completed',
    'finished',
    'closed',
    'klar',
    'klart',
    'färdig',
    'avslutad',
    'genomförd',
  ],
  atRisk: [
    'riski',
    'riskissä',
    'vaarassa',
    'uhattuna',
    'keltainen',
    'at risk',
    'atrisk',
    'risk',
    'amber',
    'yellow',
    'i fara',
    'hotad',
    'risk för förseningar',
    'gul',
  ],
  late: [
    'myöhässä',
    'viivästynyt',
    'viivästyy',
    'punainen',
    'late',
    'delayed',
    'overdue',
    'behind',
    'red',
    'försenad',
    'sen',
    'röd',
  ],
  tentative: [
    'alustava',
    'suunnitelma alustava',
    'ehdollinen',
    'mahdollinen',
    'avoin',
    '?',
    'tentative',
    'provisional',
    'maybe',
    'preliminär',
    'preliminärt',
    'osäker',
    'preliminary',
  ],
};

const STATUS_LOOKUP = new Map<string, Status>();
for (const [status, words] of Object.entries(STATUS_WORDS) as [Status, readonly string[]][]) {
  for (const word of words) STATUS_LOOKUP.set(statusKey(word), status);
  STATUS_LOOKUP.set(statusKey(status), status);
}

function statusKey(text: string): string {
  const key = normalizeHeader(text);
  return key === '' ? text.trim() : key;
}

/** A status cell in the users' words; an empty cell is `planned`, an unknown word is null. */
export function readStatus(
  cell: Cell,
  extra: Readonly<Record<string, Status>> = {},
): Status | null {
  const text = cellText(cell).trim();
  if (text === '') return 'planned';
  return STATUS_LOOKUP.get(statusKey(text)) ?? extra[statusKey(text)] ?? null;
}

/** The users' words for the kinds of things a row can be; the funding sum is on the marker row. */
export type RowKind = 'phase' | 'milestone' | Marker['type'] | 'fundingSummary';
const KIND_WORDS: Record<RowKind, readonly string[]> = {
  phase: ['vaihe', 'tehtävä', 'jakso', 'phase', 'task', 'bar', 'fas', 'period'],
  milestone: ['virstanpylväs', 'välitavoite', 'tavoite', 'milestone', 'milstolpe', 'delmål'],
  meeting: ['ohjausryhmä', 'kokous', 'meeting', 'steering group', 'styrgrupp', 'möte'],
  keyDate: ['tärkeä päivä', 'avainpäivä', 'keydate', 'key date', 'viktig dag', 'nyckeldatum'],
  blackout: ['tauko', 'kesätauko', 'loma', 'blackout', 'break', 'paus', 'uppehåll', 'semester'],
  fundingSummary: [
    'rahoituksen summa',
    'rahoitussumma',
    'funding sum',
    'finansieringens summa',
    'finansieringssumma',
  ],
};
const KIND_LOOKUP = new Map<string, RowKind>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [RowKind, readonly string[]][]) {
  for (const word of words) KIND_LOOKUP.set(normalizeHeader(word), kind);
  KIND_LOOKUP.set(normalizeHeader(kind), kind);
}

/** A type cell; empty is undefined (then the dates decide), an unknown word null. */
export function readKind(cell: Cell): RowKind | undefined | null {
  const text = cellText(cell).trim();
  if (text === '') return undefined;
  return KIND_LOOKUP.get(normalizeHeader(text)) ?? null;
}

/**
 * A percent cell: 35, "35", "35 %", "35,5 %" (a cell formatted as a percentage holds 0.35, and
 * the xlsx reader has made it 35 already). Empty is undefined, anything else null.
 */
export function readPercent(cell: Cell): number | undefined | null {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell).trim().replace(/\s/g, '');
  if (text === '') return undefined;
  const match = /^(-?\d+(?:[.,]\d+)?)%?$/.exec(text);
  return match ? Number((match[1] as string).replace(',', '.')) : null;
}
