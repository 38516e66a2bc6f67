import type { z } from 'zod/mini';
import { toPlanIssues, type Problem } from './planIssues';
import { valueAt } from './valueAt';

/** One thing wrong in a roll-up file: in a national milestone, in a plan's entry, or in the file. */
export interface RollupFileIssue {
  problem: Problem;
  params: Record<string, string | number>;
  /** The entry it is in, by its label or title, else its place ("#2"); none: the file itself. */
  entry: { kind: 'milestone' | 'plan'; name: string } | null;
  /** The field it is in, when it is in one. */
  field: string | null;
}

const ENTRY_LISTS = { milestones: 'milestone', plans: 'plan' } as const;

/** The schema's issues, classified as a plan file's are, and placed in the roll-up file. */
export function rollupFileIssues(issues: readonly z.core.$ZodIssue[], file: unknown) {
  return toPlanIssues(issues, file).map(({ problem, params }, i): RollupFileIssue => {
    const path = issues[i]!.path.filter((p): p is string | number => typeof p !== 'symbol');
    const [list, index, key] = path;
    const kind = ENTRY_LISTS[list as keyof typeof ENTRY_LISTS];
    if (!kind || typeof index !== 'number')
      return { problem, params, entry: null, field: typeof list === 'string' ? list : null };
    const named = valueAt(file, [list as string, index, kind === 'plan' ? 'title' : 'label']);
    const name = typeof named === 'string' && named.trim() ? named.slice(0, 80) : `#${index + 1}`;
    return { problem, params, entry: { kind, name }, field: typeof key === 'string' ? key : null };
  });
}
