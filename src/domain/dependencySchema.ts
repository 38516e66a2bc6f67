import './zodConfig';
import { z } from 'zod/mini';
import { idSchema } from './planSchemaParts';

/**
 * How a predecessor holds its successor: "must finish before … starts" (the default), "must
 * finish before … finishes", "must start before … starts".
 */
export const DEPENDENCY_KINDS = ['finishToStart', 'finishToFinish', 'startToStart'] as const;

/** A dependency between two items of the plan, any lanes: `from` comes first. */
export const dependencySchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z._default(z.enum(DEPENDENCY_KINDS), 'finishToStart'),
});

export type Dependency = z.infer<typeof dependencySchema>;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];
