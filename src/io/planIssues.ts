import type { z } from 'zod/mini';
import { locateIssue, type IssueLocation } from './issueLocation';
import { valueAt } from './valueAt';

export const PROBLEMS = [
  'required',
  'wrongType',
  'tooLong',
  'tooMany',
  'outOfRange',
  'unknownKey',
  'badValue',
  'blank',
  'badId',
  'badLink',
  'badColor',
  'notARealDate',
  'dateOutOfRange',
  'badCharacter',
  'endBeforeStart',
  'duplicateId',
  'unknownRow',
  'unknownBaseline',
  'unknownItem',
  'selfDependency',
  'dependencyCycle',
  'checkpointsOutOfOrder',
  'duplicateRiskNumber',
  'badRiskNumber',
  'badReference',
  'badAmount',
  'badYear',
  'duplicateYear',
  'unknownCategory',
  'duplicateCategory',
  'invalid',
] as const;
export type Problem = (typeof PROBLEMS)[number];

/** One thing wrong in a file, located by names a user recognises. */
export interface PlanIssue {
  problem: Problem;
  location: IssueLocation;
  params: Record<string, string | number>;
}

const MAX_ISSUES = 20;
const isProblem = (s: string): s is Problem => (PROBLEMS as readonly string[]).includes(s);

export function toPlanIssues(issues: readonly z.core.$ZodIssue[], file: unknown): PlanIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const classified = classify(issue, valueAt(file, path));
    if (classified.problem === 'endBeforeStart') {
      classified.params.start = String(valueAt(file, [...path.slice(0, -1), 'start']));
      classified.params.end = String(valueAt(file, path));
    }
    return { ...classified, location: locateIssue(file, path) };
  });
}

function classify(issue: z.core.$ZodIssue, value: unknown): Omit<PlanIssue, 'location'> {
  const shown = typeof value === 'string' ? value.slice(0, 60) : '';
  // A number that is not a whole one (cents, years, risk numbers) fails an integer type check:
  // its own message says what is wanted.
  const wholeWanted = issue.code === 'invalid_type' && issue.expected === 'int';
  if (wholeWanted && typeof value === 'number' && isProblem(issue.message))
    return { problem: issue.message, params: { value: String(value) } };
  // zod puts a field's custom message on its type check too: a missing or mistyped value is that.
  if (issue.code === 'invalid_type' || value === undefined)
    return { problem: value === undefined ? 'required' : 'wrongType', params: {} };
  if (isProblem(issue.message))
    return { problem: issue.message, params: { value: shown, ...numbers(issue) } };
  switch (issue.code) {
    case 'too_big':
      return {
        problem:
          issue.origin === 'array'
            ? 'tooMany'
            : issue.origin === 'string'
              ? 'tooLong'
              : 'outOfRange',
        params: { max: Number(issue.maximum) },
      };
    case 'too_small':
      return {
        problem: issue.origin === 'number' ? 'outOfRange' : 'required',
        params: { min: Number(issue.minimum) },
      };
    case 'unrecognized_keys':
      return { problem: 'unknownKey', params: { keys: issue.keys.join(', ').slice(0, 80) } };
    case 'invalid_value':
    case 'invalid_union':
      return { problem: 'badValue', params: { value: shown } };
    default:
      return { problem: 'invalid', params: {} };
  }
}

function numbers(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params = (issue as { params?: Record<string, unknown> }).params ?? {};
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
  ) as Record<string, string | number>;
}
