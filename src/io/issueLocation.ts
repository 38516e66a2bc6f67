import { valueAt } from './valueAt';

/** Where in a plan an issue is, by the names a user sees, outermost first. */
export type LocationPart =
  | { kind: 'header' }
  | { kind: 'lane'; name: string }
  | { kind: 'row'; index: number; name: string }
  | { kind: 'item' | 'track' | 'marker'; label: string; index: number }
  | { kind: 'checkpoint' | 'principle' | 'dependency'; index: number }
  | { kind: 'baseline'; name: string }
  | { kind: 'risk'; number: string }
  | { kind: 'funding' }
  | { kind: 'fundingEntry' | 'fundingCategory'; index: number }
  | { kind: 'field'; name: string };

export interface IssueLocation {
  parts: LocationPart[];
}

/** A name from the file, or its position where the name itself is missing or blank. */
const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' && value.trim() ? value.slice(0, 80) : fallback;

/** Finds the lane and row of a row id, so an item's issue reads "Kaista TOSI › rivi 2 › 'Testaus'". */
function rowParts(plan: unknown, rowId: unknown): LocationPart[] {
  const lanes = valueAt(plan, ['lanes']);
  if (!Array.isArray(lanes)) return [];
  for (const lane of lanes) {
    const rows = valueAt(lane, ['rows']);
    const index = Array.isArray(rows)
      ? rows.findIndex((row) => valueAt(row, ['id']) === rowId)
      : -1;
    if (index >= 0) {
      const name = text(valueAt(lane, ['name']));
      return [
        { kind: 'lane', name },
        { kind: 'row', index: index + 1, name: text(valueAt(rows, [index, 'name'])) },
      ];
    }
  }
  return [];
}

function fieldParts(rest: readonly (string | number)[]): LocationPart[] {
  return rest
    .filter((p): p is string => typeof p === 'string')
    .map((name) => ({ kind: 'field', name }));
}

export function locateIssue(file: unknown, path: readonly (string | number)[]): IssueLocation {
  if (path[0] !== 'plan') return { parts: [{ kind: 'header' }, ...fieldParts(path)] };
  const plan = valueAt(file, ['plan']);
  const [, collection, index, ...rest] = path;
  if (collection === 'funding') return { parts: fundingParts(path.slice(2)) };
  if (typeof index !== 'number') return { parts: fieldParts(path.slice(1)) };
  const entry = valueAt(plan, [collection as string, index]);
  const label = text(valueAt(entry, ['label']), `#${index + 1}`);
  switch (collection) {
    case 'lanes':
      return {
        parts: [
          { kind: 'lane', name: text(valueAt(entry, ['name']), `#${index + 1}`) },
          ...laneRest(entry, rest),
        ],
      };
    case 'items':
    case 'tracks':
      return {
        parts: [
          ...rowParts(plan, valueAt(entry, ['rowId'])),
          { kind: collection === 'items' ? 'item' : 'track', label, index },
          ...trackRest(rest),
        ],
      };
    case 'markers':
      return { parts: [{ kind: 'marker', label, index }, ...fieldParts(rest)] };
    case 'principles':
      return { parts: [{ kind: 'principle', index: index + 1 }] };
    case 'dependencies':
      return { parts: [{ kind: 'dependency', index: index + 1 }, ...fieldParts(rest)] };
    case 'risks': {
      const number = valueAt(entry, ['number']);
      const shown = typeof number === 'number' ? String(number) : `#${index + 1}`;
      return { parts: [{ kind: 'risk', number: shown }, ...fieldParts(rest)] };
    }
    case 'baselines': {
      const name = text(valueAt(entry, ['name']), `#${index + 1}`);
      return { parts: [{ kind: 'baseline', name }, ...fieldParts(rest)] };
    }
    default:
      return { parts: fieldParts(path.slice(1)) };
  }
}

function laneRest(lane: unknown, rest: readonly (string | number)[]): LocationPart[] {
  const [key, rowIndex, ...tail] = rest;
  if (key !== 'rows' || typeof rowIndex !== 'number') return fieldParts(rest);
  const name = text(valueAt(lane, ['rows', rowIndex, 'name']));
  return [{ kind: 'row', index: rowIndex + 1, name }, ...fieldParts(tail)];
}

function trackRest(rest: readonly (string | number)[]): LocationPart[] {
  const [key, pointIndex, ...tail] = rest;
  if (key !== 'checkpoints' || typeof pointIndex !== 'number') return fieldParts(rest);
  return [{ kind: 'checkpoint', index: pointIndex + 1 }, ...fieldParts(tail)];
}

/** `funding.entries[3].amounts[0].cents` reads "Rahoitus › rahoituspäätös 4 › summa". */
function fundingParts(rest: readonly (string | number)[]): LocationPart[] {
  const [list, index, ...tail] = rest;
  const head: LocationPart = { kind: 'funding' };
  if (typeof index !== 'number') return [head, ...fieldParts(rest)];
  const kind = list === 'categories' ? 'fundingCategory' : 'fundingEntry';
  return [head, { kind, index: index + 1 }, ...fieldParts(tail)];
}
