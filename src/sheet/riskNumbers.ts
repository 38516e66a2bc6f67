import { RISK_NUMBER_MAX, type Risk } from '../domain/risks/riskSchema';
import type { SheetIssue } from './sheetIssue';

/** A risk read from its row, before the numbers are settled; `auto` when its number was empty. */
export interface RiskCandidate {
  risk: Risk;
  line: number;
  auto: boolean;
}

/**
 * The matrix shows only the number, so two risks may not share one. A number stated on a row that
 * a risk the plan keeps (one the sheet does not replace) or an earlier row already has skips the
 * row, naming that risk; an empty one takes the next number free. Skipping a row can keep a risk
 * of the plan it would have replaced, so this repeats until nothing more is skipped.
 */
export function settleRiskNumbers(
  candidates: readonly RiskCandidate[],
  planRisks: readonly Risk[],
  skip: (line: number, number: number, problem: SheetIssue['problem'], title?: string) => void,
): Risk[] {
  let rejected = new Map<number, { number: number; title?: string }>();
  for (;;) {
    const replaced = new Set(candidates.filter((c) => !rejected.has(c.line)).map((c) => c.risk.id));
    const holders = new Map<number, string>();
    for (const risk of planRisks) if (!replaced.has(risk.id)) holders.set(risk.number, risk.title);
    const next = new Map<number, { number: number; title?: string }>();
    const accepted: Risk[] = [];
    let last = 0;
    for (const { risk, line, auto } of candidates) {
      let number = auto ? last + 1 : risk.number;
      while (auto && holders.has(number)) number++;
      const holder = holders.get(number);
      if (holder !== undefined || number > RISK_NUMBER_MAX || rejected.has(line)) {
        next.set(line, rejected.get(line) ?? { number, ...(holder ? { title: holder } : {}) });
        continue;
      }
      holders.set(number, risk.title);
      accepted.push({ ...risk, number });
      last = number;
    }
    if (next.size === rejected.size) {
      for (const [line, { number, title }] of next)
        skip(line, number, title === undefined ? 'badRiskNumber' : 'riskNumberTaken', title);
      return accepted;
    }
    rejected = next;
  }
}
