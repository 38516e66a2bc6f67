import type { Plan } from '../domain/planSchema';
import { entryTotal, fundingSums } from '../domain/funding/fundingSums';
import { formatDate } from '../i18n/formatDate';
import { formatEuros, formatMillions } from '../i18n/formatMoney';
import { shortenAtWord } from '../layout/shortenText';
import type { PartBox, PartSlideRequest } from './partSlide';
import { px, shape, type Shape } from './shape';

/**
 * The funding table: one line a decision (date order), a column a category and the total,
 * the sums underlined, and the slides' own notation at the foot ("23,4 + X M€").
 */
export function fundingTableMarks(plan: Plan, box: PartBox, request: PartSlideRequest): Shape[] {
  const { t, theme, language } = request;
  const funding = plan.funding;
  if (!funding) return [];
  const sums = fundingSums(funding);
  const font = 24 * box.m.k * 0.75;
  const line = font * 1.8;
  const amountPx = font * 7;
  const columns = [...funding.categories.map((c) => c.name), t('funding.col.total')];
  // The amounts stand near their names: the table is no wider than a reader's eye travels.
  const nameWidth = Math.max(font * 10, Math.min(font * 22, box.width - columns.length * amountPx));
  const right = (i: number) => box.x + nameWidth + (i + 1) * amountPx;
  const shapes: Shape[] = [];
  const write = (x: number, y: number, value: string, more: Record<string, string | number> = {}) =>
    shapes.push(
      shape('text', { x: px(x), y: px(y), 'font-size': px(font), fill: theme.ink, ...more }, value),
    );
  let y = box.y + font;
  write(box.x, y, t('funding.col.decision'), { 'font-weight': 700 });
  columns.forEach((name, i) =>
    write(right(i) - font * 0.3, y, shortenAtWord(name, amountPx - font, font) ?? name, {
      'text-anchor': 'end',
      'font-weight': 700,
    }),
  );
  const entries = [...funding.entries].sort((a, b) => a.date.localeCompare(b.date));
  const fits = Math.max(1, Math.floor((box.height - line * 4) / line));
  for (const entry of entries.slice(0, fits)) {
    y += line;
    const name =
      entry.label ??
      t(entry.state === 'applied' ? 'funding.application' : 'funding.decision', {
        decider: t(`funding.decider.${entry.decider}`),
        date: formatDate(entry.date, language),
      });
    const full = [
      name,
      entry.reference,
      entry.state === 'applied' ? t('funding.state.applied') : '',
    ]
      .filter(Boolean)
      .join(', ');
    write(box.x, y, shortenAtWord(full, nameWidth - font, font) ?? name);
    funding.categories.forEach((category, i) => {
      const cents = entry.amounts.find((a) => a.category === category.id)?.cents;
      if (cents !== undefined)
        write(right(i) - font * 0.3, y, formatEuros(cents, false), { 'text-anchor': 'end' });
    });
    write(right(columns.length - 1) - font * 0.3, y, formatEuros(entryTotal(entry), false), {
      'text-anchor': 'end',
    });
  }
  y += line * 0.5;
  shapes.push(
    shape('line', {
      x1: px(box.x),
      x2: px(right(columns.length - 1)),
      y1: px(y),
      y2: px(y),
      stroke: theme.ink,
      'stroke-width': 2,
    }),
  );
  y += line * 0.8;
  write(box.x, y, t('funding.total'), { 'font-weight': 700 });
  funding.categories.forEach((category, i) =>
    write(right(i) - font * 0.3, y, formatEuros(sums.byCategory.get(category.id) ?? 0, false), {
      'text-anchor': 'end',
      'font-weight': 700,
    }),
  );
  write(right(columns.length - 1) - font * 0.3, y, formatEuros(sums.total), {
    'text-anchor': 'end',
    'font-weight': 700,
    'data-total': sums.total,
  });
  y += line * 1.6;
  write(box.x, y, formatMillions(sums.total, sums.openApplications > 0), {
    'font-size': px(font * 1.6),
    'font-weight': 700,
  });
  return shapes;
}
