import '../zodConfig';
import { z } from 'zod/mini';
import { COUNT_MAX, TEXT_MAX } from '../limits';
import { idSchema, list, nonBlank, optionalText } from '../planSchemaParts';

/** The working groups' 3 × 3 scale: probability matala, kohtalainen, korkea, lowest first. */
export const PROBABILITIES = ['low', 'medium', 'high'] as const;
/** Impact vähäinen, kohtalainen, vakava, lowest first. */
export const IMPACTS = ['minor', 'moderate', 'severe'] as const;
export const RISK_STATUSES = ['open', 'mitigated', 'realised', 'closed'] as const;
/** The number a slide shows in the matrix cell ("riski 3"). */
export const RISK_NUMBER_MAX = 999;

export const riskNumberSchema = z
  .int({ message: 'badRiskNumber' })
  .check(
    z.minimum(1, { message: 'badRiskNumber' }),
    z.maximum(RISK_NUMBER_MAX, { message: 'badRiskNumber' }),
  );

/** A risk of the register; `itemIds` are the items of the plan it threatens. */
export const riskSchema = z.strictObject({
  id: idSchema,
  number: riskNumberSchema,
  title: nonBlank(TEXT_MAX.label),
  description: optionalText(TEXT_MAX.notes, true),
  probability: z.enum(PROBABILITIES),
  impact: z.enum(IMPACTS),
  owner: optionalText(TEXT_MAX.owner),
  mitigation: optionalText(TEXT_MAX.notes, true),
  status: z._default(z.enum(RISK_STATUSES), 'open'),
  itemIds: z.optional(list(idSchema, COUNT_MAX.linksPerEntry)),
});

/** The register; a plan without risks leaves the key out, so its file reads as before. */
export const risksSchema = z.optional(list(riskSchema, COUNT_MAX.risks));

export type Risk = z.infer<typeof riskSchema>;
export type Probability = (typeof PROBABILITIES)[number];
export type Impact = (typeof IMPACTS)[number];
export type RiskStatus = (typeof RISK_STATUSES)[number];
