import type { Command } from '../commands';
import type { Plan } from '../planSchema';
import type { Funding, FundingCategory, FundingEntry, FundingSummary } from './fundingSchema';

export type FundingCommand =
  /** `categories` start the table of a plan that has none yet. */
  | { type: 'funding/add'; entry: FundingEntry; categories?: FundingCategory[] }
  /** Replaces the entry of the same id: the editor's save. */
  | { type: 'funding/update'; entry: FundingEntry }
  | { type: 'funding/delete'; id: string }
  /** Renames, adds or removes categories; removing one still in use is refused by the schema. */
  | { type: 'funding/categories'; categories: FundingCategory[] }
  /** Places the sum on the roadmap, or with null takes it off. */
  | { type: 'funding/summary'; summary: FundingSummary | null };

/** The plan with `funding`, or without the key once its last entry is gone. */
function withFunding(plan: Plan, funding: Funding | undefined): Plan {
  const { funding: _, ...rest } = plan;
  return funding ? { ...rest, funding } : rest;
}

export function applyFundingCommand(plan: Plan, command: Extract<Command, FundingCommand>): Plan {
  const funding = plan.funding ?? { categories: [], entries: [] };
  switch (command.type) {
    case 'funding/add': {
      const categories = plan.funding ? funding.categories : (command.categories ?? []);
      return withFunding(plan, {
        ...funding,
        categories,
        entries: [...funding.entries, command.entry],
      });
    }
    case 'funding/update': {
      const entries = funding.entries.map((e) => (e.id === command.entry.id ? command.entry : e));
      return withFunding(plan, { ...funding, entries });
    }
    case 'funding/delete': {
      const entries = funding.entries.filter((e) => e.id !== command.id);
      return withFunding(plan, entries.length ? { ...funding, entries } : undefined);
    }
    case 'funding/categories':
      return withFunding(plan, { ...funding, categories: command.categories });
    case 'funding/summary': {
      const { summary: _, ...rest } = funding;
      if (!plan.funding) return plan;
      return withFunding(plan, command.summary ? { ...rest, summary: command.summary } : rest);
    }
  }
}
