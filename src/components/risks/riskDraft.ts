import { RISK_NUMBER_MAX, riskSchema, type Risk } from '../../domain/risks/riskSchema';

/** The schema's own messages a field of the form can get (the rest read as too long or invalid). */
const PROBLEMS = ['blank', 'badCharacter', 'badRiskNumber', 'tooLong', 'invalid'] as const;
type Problem = (typeof PROBLEMS)[number];

/** The risk editor's fields as typed. */
export interface RiskDraft {
  number: string;
  title: string;
  description: string;
  probability: Risk['probability'];
  impact: Risk['impact'];
  owner: string;
  mitigation: string;
  status: Risk['status'];
  itemIds: string[];
}

export type RiskFieldError =
  | { field: 'number'; key: 'riskForm.numberBad' }
  | { field: 'number'; key: 'riskForm.numberTaken'; params: { number: number; title: string } }
  | { field: 'title'; key: 'riskForm.titleBlank' }
  | { field: keyof RiskDraft; key: 'problem'; problem: Problem; params: Record<string, unknown> };

export const draftOf = (risk: Risk): RiskDraft => ({
  number: String(risk.number),
  title: risk.title,
  description: risk.description ?? '',
  probability: risk.probability,
  impact: risk.impact,
  owner: risk.owner ?? '',
  mitigation: risk.mitigation ?? '',
  status: risk.status,
  itemIds: risk.itemIds ?? [],
});

const optional = (text: string) => (text.trim() ? text : undefined);

/** The risk the draft makes, checked by the plan's schema; errors name the field they are about. */
export function readRiskDraft(
  draft: RiskDraft,
  id: string,
  others: readonly Risk[],
): { risk: Risk; errors: [] } | { risk: null; errors: RiskFieldError[] } {
  const errors: RiskFieldError[] = [];
  const number = /^\s*\d{1,3}\s*$/.test(draft.number) ? Number(draft.number) : NaN;
  if (!(number >= 1 && number <= RISK_NUMBER_MAX))
    errors.push({ field: 'number', key: 'riskForm.numberBad' });
  const taken = others.find((other) => other.id !== id && other.number === number);
  if (taken)
    errors.push({
      field: 'number',
      key: 'riskForm.numberTaken',
      params: { number, title: taken.title },
    });
  if (!draft.title.trim()) errors.push({ field: 'title', key: 'riskForm.titleBlank' });
  const candidate = Object.fromEntries(
    Object.entries({
      id,
      number,
      title: draft.title.trim(),
      description: optional(draft.description),
      probability: draft.probability,
      impact: draft.impact,
      owner: optional(draft.owner.trim()),
      mitigation: optional(draft.mitigation),
      status: draft.status,
      itemIds: draft.itemIds.length ? draft.itemIds : undefined,
    }).filter(([, value]) => value !== undefined),
  );
  const parsed = riskSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof RiskDraft;
      if (errors.some((e) => e.field === field)) continue;
      const problem = (PROBLEMS as readonly string[]).includes(issue.message)
        ? (issue.message as Problem)
        : issue.code === 'too_big'
          ? 'tooLong'
          : 'invalid';
      const params = {
        ...(issue as { params?: Record<string, unknown> }).params,
        max: (issue as { maximum?: number }).maximum ?? '',
      };
      errors.push({ field, key: 'problem', problem, params });
    }
  }
  return errors.length || !parsed.success
    ? { risk: null, errors }
    : { risk: parsed.data, errors: [] };
}
