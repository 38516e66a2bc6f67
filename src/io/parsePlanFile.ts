import { checkPlanValue } from './checkPlanValue';
import type { ImportResult } from './importResult';
import { checkJsonShape } from './jsonShape';
import { MAX_FILE_BYTES } from './planFile';
import { toPlanIssues } from './planIssues';

/** Parses the text of a plan file. Never throws: every failure is a coded error. */
export function parsePlanText(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, error: { code: 'too-large', bytes: text.length, limit: MAX_FILE_BYTES } };
  }
  const shape = checkJsonShape(text);
  if (!shape.ok) return { ok: false, error: { code: 'too-complex', reason: shape.reason } };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: { code: 'not-json', detail: String((error as Error).message) } };
  }
  return parsePlanValue(value);
}

/** The one path from parsed JSON (a file or a stored record) to a valid plan, failures explained. */
export function parsePlanValue(value: unknown): ImportResult {
  const checked = checkPlanValue(value);
  if (checked.ok || 'error' in checked) return checked;
  const { issues, file } = checked.invalid;
  return { ok: false, error: { code: 'invalid-data', issues: toPlanIssues(issues, file) } };
}
