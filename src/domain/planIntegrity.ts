import type { z } from 'zod/mini';
import { checkDependencies } from './dependencies/checkDependencies';
import { checkFunding } from './funding/checkFunding';
import { checkRisks } from './risks/checkRisks';

interface Identified {
  id: string;
}
interface PlanShape {
  lanes: (Identified & { rows: Identified[] })[];
  items: (Identified & { rowId: string; label?: string })[];
  tracks: (Identified & { rowId: string; checkpoints: { date: string }[] })[];
  markers: Identified[];
  dependencies?: (Identified & { from: string; to: string })[];
  baselines?: Identified[];
  compareWith?: string | undefined;
  risks?: (Identified & { number: number; itemIds?: string[] })[] | undefined;
  funding?:
    | {
        categories: Identified[];
        entries: (Identified & {
          amounts: { category: string }[];
          years: number[];
          itemIds?: string[];
        })[];
      }
    | undefined;
}

/** Rules that span the plan: unique ids, references that resolve, checkpoints in time order. */
export function checkPlanIntegrity(plan: PlanShape, ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  const rowIds = new Set<string>();
  const claim = (id: string, path: (string | number)[]) => {
    if (seen.has(id))
      ctx.addIssue({ code: 'custom', message: 'duplicateId', path, params: { id } });
    seen.add(id);
  };
  plan.lanes.forEach((lane, l) => {
    claim(lane.id, ['lanes', l, 'id']);
    lane.rows.forEach((row, r) => {
      claim(row.id, ['lanes', l, 'rows', r, 'id']);
      rowIds.add(row.id);
    });
  });
  const onRow = (key: 'items' | 'tracks') => (thing: Identified & { rowId: string }, i: number) => {
    claim(thing.id, [key, i, 'id']);
    if (!rowIds.has(thing.rowId)) {
      ctx.addIssue({
        code: 'custom',
        message: 'unknownRow',
        path: [key, i, 'rowId'],
        params: { id: thing.rowId },
      });
    }
  };
  plan.items.forEach(onRow('items'));
  plan.tracks.forEach(onRow('tracks'));
  plan.tracks.forEach((track, t) => checkCheckpointOrder(track.checkpoints, ['tracks', t], ctx));
  plan.markers.forEach((marker, m) => claim(marker.id, ['markers', m, 'id']));
  plan.dependencies?.forEach((d, k) => claim(d.id, ['dependencies', k, 'id']));
  plan.risks?.forEach((risk, r) => claim(risk.id, ['risks', r, 'id']));
  plan.funding?.entries.forEach((entry, e) => claim(entry.id, ['funding', 'entries', e, 'id']));
  checkDependencies(plan, ctx);
  checkRisks(plan, ctx);
  checkFunding(plan, ctx);
  checkBaselines(plan, ctx);
}

/** Baselines keep ids of their own (a baseline holds the ids of the items it froze). */
function checkBaselines(plan: PlanShape, ctx: z.core.$RefinementCtx) {
  const ids = new Set<string>();
  (plan.baselines ?? []).forEach((baseline, b) => {
    if (ids.has(baseline.id)) {
      const params = { id: baseline.id };
      ctx.addIssue({
        code: 'custom',
        message: 'duplicateId',
        path: ['baselines', b, 'id'],
        params,
      });
    }
    ids.add(baseline.id);
  });
  if (plan.compareWith !== undefined && !ids.has(plan.compareWith)) {
    const params = { id: plan.compareWith };
    ctx.addIssue({ code: 'custom', message: 'unknownBaseline', path: ['compareWith'], params });
  }
}

function checkCheckpointOrder(
  points: { date: string }[],
  at: (string | number)[],
  ctx: z.core.$RefinementCtx,
) {
  points.forEach((point, c) => {
    const previous = points[c - 1];
    if (previous && point.date <= previous.date) {
      ctx.addIssue({
        code: 'custom',
        message: 'checkpointsOutOfOrder',
        path: [...at, 'checkpoints', c, 'date'],
      });
    }
  });
}
