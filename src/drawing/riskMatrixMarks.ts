import type { Plan } from '../domain/planSchema';
import { MATRIX_SIZE, cellOf, scoresOf, severityOf } from '../domain/risks/riskMatrix';
import { estimateTextWidth } from '../layout/textWidth';
import { CHIP_COLORS, SEVERITY_COLORS } from '../layout/riskColors';
import type { PartBox, PartSlideRequest } from './partSlide';
import { riskListMarks } from './riskListMarks';
import { group, px, shape, type Shape } from './shape';

const text = (x: number, y: number, size: number, fill: string, value: string, more = {}) =>
  shape('text', { x: px(x), y: px(y), 'font-size': px(size), fill, ...more }, value);

/**
 * The 3 × 3 matrix at the left of the box (probability up, impact across, cells tinted by
 * severity, the risk numbers in their cells) and the list of risks filling the rest at the right.
 */
export function riskMatrixMarks(plan: Plan, box: PartBox, request: PartSlideRequest): Shape[] {
  const { t, theme } = request;
  const font = Math.max(box.minFontPx, 18 * box.m.k);
  const small = Math.max(box.minFontPx, font * 0.75);
  const label = (kind: 'probability' | 'impact', value: string) =>
    t(`risk.${kind}.${value}` as 'risk.impact.minor');
  // The rotated axis name, then the row names right-aligned against the grid.
  const rowNames = Math.max(
    ...[0, 1, 2].map((row) =>
      estimateTextWidth(label('probability', scoresOf({ row, column: 0 }).probability), font),
    ),
  );
  const left = box.x + font * 2.4 + rowNames;
  // Square cells, or on a page wider than 16:9 cells up to half again as wide as they are tall.
  const room = box.width * 0.55 - (left - box.x);
  const sideY = Math.min(box.height - font * 4, room);
  const sideX = Math.min(room, sideY * 1.5);
  const cellX = sideX / MATRIX_SIZE;
  const cellY = sideY / MATRIX_SIZE;
  const top = box.y;
  const shapes: Shape[] = [];
  const risks = [...(plan.risks ?? [])].sort((a, b) => a.number - b.number);
  for (let row = 0; row < MATRIX_SIZE; row++) {
    const { probability } = scoresOf({ row, column: 0 });
    shapes.push(
      text(
        left - font * 0.5,
        top + (row + 0.5) * cellY,
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
      const x = left + column * cellX;
      const y = top + row * cellY;
      shapes.push(
        shape('rect', {
          x: px(x + 2),
          y: px(y + 2),
          width: px(cellX - 4),
          height: px(cellY - 4),
          fill: colors.fill,
          stroke: theme.ink,
          'stroke-width': 1,
        }),
      );
      const severity = t(`risk.severity.${severityOf(probability, impact)}`);
      shapes.push(text(x + font * 0.5, y + cellY - font * 0.6, small, colors.ink, severity));
      const inCell = risks.filter((r) => {
        const at = cellOf(r);
        return at.row === row && at.column === column;
      });
      const chip = font * 1.15;
      const pitch = chip * 2.3;
      const perRow = Math.max(1, Math.floor((cellX - chip) / pitch));
      // Rows of numbers above the severity's name; a full cell ends with "+4".
      const rows = Math.max(1, Math.floor((cellY - font * 1.4 - chip * 2.4) / pitch) + 1);
      const room = perRow * rows;
      const drawn = inCell.length > room ? inCell.slice(0, room - 1) : inCell;
      const spot = (i: number) => ({
        cx: px(x + chip * 1.4 + (i % perRow) * pitch),
        cy: px(y + chip * 1.4 + Math.floor(i / perRow) * pitch),
      });
      const chipText = (i: number, value: string) =>
        text(spot(i).cx, spot(i).cy, font, CHIP_COLORS.ink, value, {
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-weight': 700,
        });
      drawn.forEach((risk, i) => {
        shapes.push(
          shape('circle', {
            ...spot(i),
            r: px(chip),
            fill: CHIP_COLORS.fill,
            stroke: CHIP_COLORS.border,
            'stroke-width': 2,
            'data-risk': risk.number,
          }),
          chipText(i, String(risk.number)),
        );
      });
      if (drawn.length < inCell.length)
        shapes.push(chipText(drawn.length, `+${inCell.length - drawn.length}`));
    }
  }
  for (let column = 0; column < MATRIX_SIZE; column++) {
    const { impact } = scoresOf({ row: 0, column });
    shapes.push(
      text(
        left + (column + 0.5) * cellX,
        top + sideY + font * 1.3,
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
    text(left + sideX / 2, top + sideY + font * 2.8, font, theme.ink, t('risks.impact'), {
      'text-anchor': 'middle',
      'font-weight': 700,
    }),
    text(box.x + font, top + sideY / 2, font, theme.ink, t('risks.probability'), {
      'text-anchor': 'middle',
      'font-weight': 700,
      transform: `rotate(-90 ${px(box.x + font)} ${px(top + sideY / 2)})`,
    }),
  );
  const listX = left + sideX + font * 2;
  const list = riskListMarks(
    risks,
    {
      x: listX,
      y: top,
      width: box.x + box.width - listX,
      height: box.height,
      font,
      minFontPx: box.minFontPx,
    },
    t,
    theme,
  );
  return [group({ 'data-part-body': 'risks' }, [...shapes, ...list])];
}
