import type { z } from 'zod/mini';
import { checkItemLinks } from '../risks/checkRisks';

interface FundingShape {
  items: { id: string }[];
  funding?: {
    categories: { id: string }[];
    entries: { amounts: { category: string }[]; years: number[]; itemIds?: string[] }[];
  };
}

/**
 * Categories have ids of their own, and each amount names one of them, once an entry; a year is
 * listed once an entry; links name items of the plan.
 */
export function checkFunding(plan: FundingShape, ctx: z.core.$RefinementCtx): void {
  const funding = plan.funding;
  if (!funding) return;
  const categories = new Set<string>();
  funding.categories.forEach((category, c) => {
    if (categories.has(category.id)) {
      const params = { id: category.id };
      const path = ['funding', 'categories', c, 'id'];
      ctx.addIssue({ code: 'custom', message: 'duplicateId', path, params });
    }
    categories.add(category.id);
  });
  const items = new Set(plan.items.map((item) => item.id));
  funding.entries.forEach((entry, e) => {
    const at = ['funding', 'entries', e];
    const used = new Set<string>();
    entry.amounts.forEach((amount, a) => {
      const path = [...at, 'amounts', a, 'category'];
      const params = { id: amount.category };
      if (!categories.has(amount.category))
        ctx.addIssue({ code: 'custom', message: 'unknownCategory', path, params });
      else if (used.has(amount.category))
        ctx.addIssue({ code: 'custom', message: 'duplicateCategory', path, params });
      used.add(amount.category);
    });
    const years = new Set<number>();
    entry.years.forEach((year, y) => {
      if (years.has(year)) {
        const path = [...at, 'years', y];
        ctx.addIssue({ code: 'custom', message: 'duplicateYear', path, params: { year } });
      }
      years.add(year);
    });
    checkItemLinks(entry.itemIds, items, at, ctx);
  });
}
