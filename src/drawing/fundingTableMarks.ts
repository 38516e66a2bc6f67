import type { Plan } from '../domain/planSchema';
import { entryTotal, fundingSums } from '../domain/funding/fundingSums';
import { formatDate } from '../i18n/formatDate';
import { formatEuros, formatMillions } from '../i18n/formatMoney';
import { shortenAtWord } from '../layout/shortenText';
import { estimateTextWidth } from '../layout/textWidth';
import type { PartBox, PartSlideRequest } from './partSlide';
import { group, px, shape, type Shape } from './shape';

/** Line pitch of the table, in font sizes; the summary's size over the body's. */
const LINE = 1.8;
const SUMMARY = 1.6;
/** The body's type at most this many times the slide's base size: big, not shouting. */
const MOST = 1.6;

/** Width of `text` at 1 px, for laying the table out before its size is known. */
const unitWidth = (text: string) => estimateTextWidth(text, 100) / 100;

/**
 * The funding table filling its box: one line a decision (date order, rows banded so the eye
 * follows them across), a column a category and the total at the box's right edge, the sums
 * underlined, the sums by year, and the slides' own notation at the foot ("23,4 + X M€"). The type
 * is as large as the box allows up to 1.6 × the slide's base size, never under `box.minFontPx`;
 * decisions that do not fit even then are counted ("…ja 3 muuta päätöstä").
 */
export function fundingTableMarks(plan: Plan, box: PartBox, request: PartSlideRequest): Shape[] {
  const { t, theme, language } = request;
  const funding = plan.funding;
  if (!funding) return [];
  const sums = fundingSums(funding);
  const base = 18 * box.m.k;
  const columns = [...funding.categories.map((c) => c.name), t('funding.col.total')];
  const entries = [...funding.entries].sort((a, b) => a.date.localeCompare(b.date));
  const rows = entries.map((entry) => ({
    name: [
      entry.label ??
        t(entry.state === 'applied' ? 'funding.application' : 'funding.decision', {
          decider: t(`funding.decider.${entry.decider}`),
          date: formatDate(entry.date, language),
        }),
      entry.reference,
      entry.state === 'applied' ? t('funding.state.applied') : '',
    ]
      .filter(Boolean)
      .join(', '),
    cells: [
      ...funding.categories.map((category) => {
        const cents = entry.amounts.find((a) => a.category === category.id)?.cents;
        return cents === undefined ? '' : formatEuros(cents, false);
      }),
      formatEuros(entryTotal(entry), false),
    ],
  }));
  const totals = [
    ...funding.categories.map((c) => formatEuros(sums.byCategory.get(c.id) ?? 0, false)),
    formatEuros(sums.total),
  ];
  const years = [...sums.byYear].map(([year, cents]) => `${year}: ${formatEuros(cents)}`);
  const yearLine = years.length ? `${t('funding.byYear')} – ${years.join(' · ')}` : '';
  const openLine = sums.openApplications
    ? t(sums.openApplications === 1 ? 'funding.openOne' : 'funding.open', {
        count: sums.openApplications,
        amount: formatEuros(sums.applied),
      })
    : '';
  const notes = [yearLine, openLine].filter(Boolean);

  // Sizes at 1 px of type: the widest name, the widest cell of each column.
  const gap = 1.5;
  const nameUnit = Math.max(
    unitWidth(t('funding.col.decision')),
    unitWidth(t('funding.total')),
    ...rows.map((r) => unitWidth(r.name)),
  );
  const cellUnits = columns.map(
    (name, i) =>
      gap +
      Math.max(
        unitWidth(name),
        unitWidth(totals[i] ?? ''),
        ...rows.map((r) => unitWidth(r.cells[i] ?? '')),
      ),
  );
  const tableUnit = nameUnit + cellUnits.reduce((a, b) => a + b, 0);
  const noteUnit = Math.max(0, ...notes.map(unitWidth));
  const heightUnit = (shown: number) =>
    LINE * (shown + 2 + notes.length) + LINE * 0.5 + SUMMARY * LINE;
  let font = Math.min(
    base * MOST,
    box.width / Math.max(tableUnit, noteUnit),
    box.height / heightUnit(rows.length),
  );
  font = Math.max(font, box.minFontPx);
  const line = font * LINE;
  // Rows that fit at this size; the last line then counts the rest.
  const fits = (n: number) => heightUnit(n < rows.length ? n + 1 : n) * font <= box.height;
  let shown = rows.length;
  while (shown > 1 && !fits(shown)) shown--;
  const more = rows.length - shown;

  // The columns spread over the box, the amounts flush with its right edge.
  const right = box.x + box.width;
  const cellPx = cellUnits.map((unit) => unit * font);
  const spare = Math.max(0, box.width - tableUnit * font);
  const widen = Math.min(spare / 2 / columns.length, font * 4);
  const edges: number[] = [];
  let edge = right;
  for (let i = columns.length - 1; i >= 0; i--) {
    edges[i] = edge;
    edge -= (cellPx[i] ?? 0) + widen;
  }
  const nameRoom = edge - box.x - font * 0.5;

  const shapes: Shape[] = [];
  const write = (x: number, y: number, value: string, more: Record<string, string | number> = {}) =>
    shapes.push(
      shape('text', { x: px(x), y: px(y), 'font-size': px(font), fill: theme.ink, ...more }, value),
    );
  const cellsAt = (y: number, cells: string[], bold: boolean) =>
    cells.forEach((cell, i) => {
      if (cell)
        write((edges[i] ?? right) - font * 0.3, y, cell, {
          'text-anchor': 'end',
          ...(bold ? { 'font-weight': 700 } : {}),
        });
    });
  let y = box.y + font;
  write(box.x, y, t('funding.col.decision'), { 'font-weight': 700 });
  cellsAt(
    y,
    columns.map((name, i) => shortenAtWord(name, (cellPx[i] ?? 0) + widen, font) ?? name),
    true,
  );
  rows.slice(0, shown).forEach((row, i) => {
    y += line;
    if (i % 2 === 0)
      shapes.push(
        shape('rect', {
          x: px(box.x - font * 0.3),
          y: px(y - font * 1.15),
          width: px(box.width + font * 0.3),
          height: px(line),
          fill: theme.band,
        }),
      );
    write(box.x, y, shortenAtWord(row.name, nameRoom, font) ?? row.name);
    cellsAt(y, row.cells, false);
  });
  if (more) {
    y += line;
    write(box.x, y, t('funding.moreEntries', { count: more }), { fill: theme.inkSoft });
  }
  y += line * 0.5;
  shapes.push(
    shape('line', {
      x1: px(box.x),
      x2: px(right),
      y1: px(y),
      y2: px(y),
      stroke: theme.ink,
      'stroke-width': 2,
    }),
  );
  y += line * 0.8;
  write(box.x, y, t('funding.total'), { 'font-weight': 700 });
  cellsAt(y, totals, true);
  const total = shapes.at(-1);
  if (total) total.attrs['data-total'] = sums.total;
  for (const note of notes) {
    y += line;
    write(box.x, y, shortenAtWord(note, box.width, font) ?? note);
  }
  y += line * 0.6 + font * SUMMARY;
  write(box.x, y, formatMillions(sums.total, sums.openApplications > 0), {
    'font-size': px(font * SUMMARY),
    'font-weight': 700,
  });
  return [group({ 'data-part-body': 'funding' }, shapes)];
}
