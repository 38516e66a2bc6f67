import type { Plan } from '../domain/planSchema';
import { MATRIX_SIZE, cellOf, scoresOf, severityOf } from '../domain/risks/riskMatrix';
import { shortenAtWord } from '../layout/shortenText';
import { estimateTextWidth } from '../layout/textWidth';
import { CHIP_COLORS, SEVERITY_COLORS } from '../layout/riskColors';
import type { PartBox, PartSlideRequest } from './partSlide';
import { px, shape, type Shape } from './shape';

const text = (x: number, y: number, size: number, fill: string, value: string, more = {}) =>
  shape('text', { x: px(x), y: px(y), 'font-size': px(size), fill, ...more }, value);

/**
 * The 3 × 3 matrix at the left of the box (probability up, impact across, cells tinted by
 * severity, the risk numbers in their cells) and the list of risks at the right.
 */
export function riskMatrixMarks(plan: Plan, box: PartBox, request: PartSlideRequest): Shape[] {
  const { t, theme } = request;
  const font = 24 * box.m.k * 0.75;
  const label = (kind: 'probability' | 'impact', value: string) =>
    t(`risk.${kind}.${value}` as 'risk.impact.minor');
  // The rotated axis name, then the row names right-aligned against the grid.
  const rowNames = Math.max(
    ...[0, 1, 2].map((row) =>
      estimateTextWidth(label('probability', scoresOf({ row, column: 0 }).probability), font),
    ),
  );
  const left = box.x + font * 2.4 + rowNames;
  const side = Math.min(box.height - font * 4, box.width * 0.55 - (left - box.x));
  const cellPx = side / MATRIX_SIZE;
  const top = box.y;
  const shapes: Shape[] = [];
  const risks = [...(plan.risks ?? [])].sort((a, b) => a.number - b.number);
  for (let row = 0; row < MATRIX_SIZE; row++) {
    const { probability } = scoresOf({ row, column: 0 });
    shapes.push(
      text(
        left - font * 0.5,
        top + (row + 0.5) * cellPx,
        font,
        theme.ink,
        label('probability', probability),
        {
          'text-anchor': 'end',
          'dominant-baseline': 'central',
        },
      ),
    );
    for (let column = 0; column < MATRIX_SIZE; column++) {
      const { impact } = scoresOf({ row, column });
      const colors = SEVERITY_COLORS[severityOf(probability, impact)];
      const x = left + column * cellPx;
      const y = top + row * cellPx;
      shapes.push(
        shape('rect', {
          x: px(x + 2),
          y: px(y + 2),
          width: px(cellPx - 4),
          height: px(cellPx - 4),
          fill: colors.fill,
          stroke: theme.ink,
          'stroke-width': 1,
        }),
      );
      const severity = t(`risk.severity.${severityOf(probability, impact)}`);
      shapes.push(text(x + font * 0.5, y + cellPx - font * 0.6, font * 0.7, colors.ink, severity));
      const inCell = risks.filter((r) => {
        const at = cellOf(r);
        return at.row === row && at.column === column;
      });
      const chip = font * 1.15;
      const perRow = Math.max(1, Math.floor((cellPx - chip) / (chip * 2.3)));
      inCell.forEach((risk, i) => {
        const cx = x + chip * 1.4 + (i % perRow) * chip * 2.3;
        const cy = y + chip * 1.4 + Math.floor(i / perRow) * chip * 2.3;
        shapes.push(
          shape('circle', {
            cx: px(cx),
            cy: px(cy),
            r: px(chip),
            fill: CHIP_COLORS.fill,
            stroke: CHIP_COLORS.border,
            'stroke-width': 2,
            'data-risk': risk.number,
          }),
          text(cx, cy, font, CHIP_COLORS.ink, String(risk.number), {
            'text-anchor': 'middle',
            'dominant-baseline': 'central',
            'font-weight': 700,
          }),
        );
      });
    }
  }
  for (let column = 0; column < MATRIX_SIZE; column++) {
    const { impact } = scoresOf({ row: 0, column });
    shapes.push(
      text(
        left + (column + 0.5) * cellPx,
        top + side + font * 1.3,
        font,
        theme.ink,
        label('impact', impact),
        {
          'text-anchor': 'middle',
        },
      ),
    );
  }
  shapes.push(
    text(left + side / 2, top + side + font * 2.8, font, theme.ink, t('risks.impact'), {
      'text-anchor': 'middle',
      'font-weight': 700,
    }),
    text(box.x + font, top + side / 2, font, theme.ink, t('risks.probability'), {
      'text-anchor': 'middle',
      'font-weight': 700,
      transform: `rotate(-90 ${px(box.x + font)} ${px(top + side / 2)})`,
    }),
  );
  // The list: number, title, scores and status, one line each, as many as the height holds.
  const listX = left + side + font * 2;
  const listWidth = box.x + box.width - listX;
  const line = font * 1.9;
  const fits = Math.max(1, Math.floor(box.height / line));
  risks.slice(0, fits).forEach((risk, i) => {
    const y = top + font + i * line;
    const scores = `${label('probability', risk.probability)} × ${label('impact', risk.impact)} · ${t(`risk.status.${risk.status}`)}`;
    const room = listWidth - font * 2.5;
    const titleText = shortenAtWord(`${risk.title} – ${scores}`, room, font) ?? risk.title;
    shapes.push(
      text(listX, y, font, theme.ink, String(risk.number), { 'font-weight': 700 }),
      text(listX + font * 2.5, y, font, theme.ink, titleText),
    );
  });
  return shapes;
}
