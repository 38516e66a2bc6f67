import type { Command } from '../commands';
import type { Plan } from '../planSchema';
import type { Impact, Probability, Risk } from './riskSchema';

export type RiskCommand =
  | { type: 'risk/add'; risk: Risk }
  /** Replaces the risk of the same id: the editor's save. */
  | { type: 'risk/update'; risk: Risk }
  | { type: 'risk/delete'; id: string }
  /** A drag or an arrow key moved the risk to another cell of the matrix. */
  | { type: 'risk/rescore'; id: string; probability: Probability; impact: Impact };

/** The plan with `risks`, or without the key when none are left: an untouched file's bytes. */
function withRisks(plan: Plan, risks: Risk[]): Plan {
  const { risks: _, ...rest } = plan;
  return risks.length ? { ...rest, risks } : rest;
}

export function applyRiskCommand(plan: Plan, command: Extract<Command, RiskCommand>): Plan {
  const risks = plan.risks ?? [];
  switch (command.type) {
    case 'risk/add':
      return withRisks(plan, [...risks, command.risk]);
    case 'risk/update':
      return withRisks(
        plan,
        risks.map((risk) => (risk.id === command.risk.id ? command.risk : risk)),
      );
    case 'risk/delete':
      return withRisks(
        plan,
        risks.filter((risk) => risk.id !== command.id),
      );
    case 'risk/rescore':
      return withRisks(
        plan,
        risks.map((risk) =>
          risk.id === command.id
            ? { ...risk, probability: command.probability, impact: command.impact }
            : risk,
        ),
      );
  }
}

/** The next free risk number: one more than the highest. */
export const nextRiskNumber = (plan: Pick<Plan, 'risks'>): number =>
  (plan.risks ?? []).reduce((highest, risk) => Math.max(highest, risk.number), 0) + 1;
