import type { z } from 'zod/mini';

interface RiskShape {
  items: { id: string }[];
  risks?: { number: number; itemIds?: string[] }[];
}

/** Risk numbers are unique (the matrix shows only the number) and links name items of the plan. */
export function checkRisks(plan: RiskShape, ctx: z.core.$RefinementCtx): void {
  const risks = plan.risks ?? [];
  if (!risks.length) return;
  const items = new Set(plan.items.map((item) => item.id));
  const numbers = new Set<number>();
  risks.forEach((risk, r) => {
    if (numbers.has(risk.number)) {
      const params = { number: risk.number };
      ctx.addIssue({
        code: 'custom',
        message: 'duplicateRiskNumber',
        path: ['risks', r, 'number'],
        params,
      });
    }
    numbers.add(risk.number);
    checkItemLinks(risk.itemIds, items, ['risks', r], ctx);
  });
}

/** Each linked id names an item of the plan, once. */
export function checkItemLinks(
  ids: readonly string[] | undefined,
  items: ReadonlySet<string>,
  at: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const seen = new Set<string>();
  ids?.forEach((id, k) => {
    const path = [...at, 'itemIds', k];
    if (!items.has(id))
      ctx.addIssue({ code: 'custom', message: 'unknownItem', path, params: { id } });
    else if (seen.has(id))
      ctx.addIssue({ code: 'custom', message: 'duplicateId', path, params: { id } });
    seen.add(id);
  });
}
