import type { z } from 'zod/mini';
import { findCycle } from './findCycle';

interface DependencyShape {
  items: { id: string; label?: string }[];
  dependencies?: { from: string; to: string }[];
}

/** Links name items of the plan, never the same item twice over, and never run in a circle. */
export function checkDependencies(plan: DependencyShape, ctx: z.core.$RefinementCtx): void {
  const links = plan.dependencies ?? [];
  if (!links.length) return;
  const labels = new Map(plan.items.map((item) => [item.id, item.label ?? item.id]));
  let valid = true;
  links.forEach((link, k) => {
    for (const end of ['from', 'to'] as const) {
      if (labels.has(link[end])) continue;
      valid = false;
      const params = { id: link[end] };
      ctx.addIssue({
        code: 'custom',
        message: 'unknownItem',
        path: ['dependencies', k, end],
        params,
      });
    }
    if (link.from === link.to) {
      valid = false;
      const params = { label: labels.get(link.from) ?? link.from };
      ctx.addIssue({
        code: 'custom',
        message: 'selfDependency',
        path: ['dependencies', k, 'to'],
        params,
      });
    }
  });
  const cycle = valid ? findCycle(links) : null;
  if (cycle) {
    const params = { items: cycle.map((id) => `”${labels.get(id) ?? id}”`).join(' → ') };
    ctx.addIssue({ code: 'custom', message: 'dependencyCycle', path: ['dependencies'], params });
  }
}
