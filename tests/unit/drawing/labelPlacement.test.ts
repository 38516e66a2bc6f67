import { describe, expect, it } from 'vitest';
import { addDays, addMonths, toDayNumber } from '../../../src/domain/calendarDate';
import { generatePlan } from '../../factories/generatePlan';
import { groupByRow } from '../../../src/domain/groupByRow';
import { seededRandom } from '../../../src/domain/seededRandom';
import { itemCaption } from '../../../src/i18n/itemText';
import { metricsAt } from '../../../src/layout/metrics';
import { layoutRoadmap, type PlacedItem } from '../../../src/layout/roadmapLayout';
import { estimateTextWidth } from '../../../src/layout/textWidth';
import { createTimeScale } from '../../../src/layout/timeScale';

const PLANS = 1000;

/** A label's extent on its sub-row. */
const labelBox = (p: PlacedItem) => ({
  x0: p.shape.labelX,
  x1: p.shape.labelX + p.shape.labelWidth,
  y: p.y,
});

/** The caption itself, or its first words followed by "…", or nothing. */
function isWholeOrWordPrefix(label: string, caption: string): boolean {
  if (label === '' || label === caption) return true;
  if (!label.endsWith('…')) return false;
  const prefix = label.slice(0, -1);
  return caption.startsWith(prefix) && (caption[prefix.length] === ' ' || prefix.endsWith('-'));
}

function randomFrame(next: () => number) {
  const start = addMonths('2024-01-01', Math.floor(next() * 24));
  const end = addDays(addMonths(start, 1 + Math.floor(next() * 30)), -1);
  const width = 400 + Math.floor(next() * 1600);
  const days = toDayNumber(end) - toDayNumber(start) + 1;
  return {
    scale: createTimeScale(start, end, width / days),
    metrics: metricsAt(0.7 + next() * 1.5),
  };
}

describe('item labels in a picture frame, over 1,000 random plans', () => {
  it('never overlap labels, bars or the frame edges, are cut only at words, and stay with bars begun before the frame', () => {
    const next = seededRandom(20261201);
    for (let n = 0; n < PLANS; n++) {
      const plan = generatePlan({
        items: 20 + Math.floor(next() * 80),
        lanes: 3,
        rowsPerLane: 3,
        years: 3,
        seed: n + 1,
      });
      const { scale, metrics: m } = randomFrame(next);
      const caption = (item: PlacedItem['item']) => itemCaption(item, 'fi');
      const layout = layoutRoadmap(plan, scale, caption, groupByRow(plan.items), {
        metrics: m,
        clip: true,
      });
      for (const row of layout.rows) {
        const boxes = row.items.map(labelBox);
        for (const [i, placed] of row.items.entries()) {
          const box = boxes[i] as (typeof boxes)[number];
          const context = `plan ${n}, ${placed.item.label}`;
          expect(isWholeOrWordPrefix(placed.shape.label, caption(placed.item)), context).toBe(true);
          if (!placed.shape.label) continue;
          expect(box.x0, context).toBeGreaterThanOrEqual(-0.01);
          expect(box.x1, context).toBeLessThanOrEqual(scale.width + 0.01);
          for (const other of boxes.slice(i + 1))
            if (other.y === box.y && other.x1 > other.x0)
              expect(box.x1 <= other.x0 || other.x1 <= box.x0, context).toBe(true);
          for (const [j, bar] of row.items.entries())
            if (j !== i && bar.y === placed.y && !placed.shape.labelInside)
              expect(
                box.x1 <= bar.shape.x || bar.shape.x + bar.shape.width <= box.x0,
                context,
              ).toBe(true);
        }
        for (const placed of row.items.filter((p) => p.shape.clippedStart)) {
          const first = caption(placed.item).split(' ')[0] ?? '';
          const room = placed.shape.width - 2 * m.labelPadPx;
          if (room >= estimateTextWidth(`${first}…`, m.labelFontPx))
            expect(
              placed.shape.label,
              `plan ${n}: a bar begun before the frame keeps its name`,
            ).not.toBe('');
          if (placed.shape.labelInside)
            expect(placed.shape.labelX).toBe(placed.shape.x + m.labelPadPx);
        }
      }
    }
  }, 60_000);
});
