import type { ImportError } from '../io/importResult';
import type { LocationPart } from '../io/issueLocation';
import type { PlanIssue } from '../io/planIssues';
import type { MessageKey } from './fi';
import { formatDate } from './formatDate';
import type { Language } from './languages';
import type { Translate } from './translate';

const MB = 1024 * 1024;
const FIELD_KEYS = new Set<string>([
  'title',
  'organisation',
  'classification',
  'asOf',
  'window',
  'start',
  'end',
  'date',
  'label',
  'name',
  'status',
  'owner',
  'notes',
  'link',
  'kind',
  'color',
  'percent',
  'id',
  'rowId',
  'type',
  'version',
  'savedOn',
  'compareWith',
  'from',
  'to',
  'number',
  'description',
  'probability',
  'impact',
  'mitigation',
  'itemIds',
  'decider',
  'reference',
  'state',
  'amounts',
  'cents',
  'category',
  'years',
]);

/** Problems whose sentence already names the field it is about. */
const NAMES_ITS_FIELD = new Set<PlanIssue['problem']>(['endBeforeStart', 'checkpointsOutOfOrder']);

/** Params that hold dates, shown as the users write dates. */
const PERIOD_PARAMS = ['start', 'end'] as const;
const DATE_RANGE_PARAMS = ['value', 'min', 'max'] as const;

/** The sentences a user reads when a file is refused: one headline, then one line per issue. */
export function describeImportError(
  error: ImportError,
  t: Translate,
  language: Language,
): string[] {
  switch (error.code) {
    case 'too-large':
      return [
        t('file.tooLarge', {
          size: (error.bytes / MB).toFixed(1),
          limit: Math.round(error.limit / MB),
        }),
      ];
    case 'not-json':
      return [t('file.notJson')];
    case 'too-complex':
      return [t('file.tooComplex')];
    case 'wrong-type':
      return [t('file.wrongType')];
    case 'no-plan-in-picture':
      return [t('file.noPlanInPicture')];
    case 'picture-unreadable':
      return [t('file.pictureUnreadable')];
    case 'read-failed':
      return [t('file.readFailed')];
    case 'version-too-new':
      return [t('file.versionTooNew', { version: error.version, supported: error.supported })];
    case 'version-unknown':
      return [t('file.versionUnknown', { version: String(error.version).slice(0, 20) })];
    case 'migration-failed':
      return [t(`file.migration.${error.reason}`, { version: error.version })];
    case 'invalid-data':
      return [
        t('file.invalidData'),
        ...error.issues.map((issue) => describeIssue(issue, t, language)),
      ];
  }
}

export function describeIssue(issue: PlanIssue, t: Translate, language: Language): string {
  const parts = NAMES_ITS_FIELD.has(issue.problem)
    ? issue.location.parts.filter((part) => part.kind !== 'field')
    : issue.location.parts;
  const where = parts.map((part) => describePart(part, t)).join(' › ');
  const params = { ...issue.params };
  const dateKeys = issue.problem === 'dateOutOfRange' ? DATE_RANGE_PARAMS : PERIOD_PARAMS;
  for (const key of dateKeys) {
    const value = params[key];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      params[key] = formatDate(value, language);
  }
  const problem = t(`problem.${issue.problem}` as MessageKey, params);
  return where ? `${where}: ${problem}` : problem;
}

function describePart(part: LocationPart, t: Translate): string {
  switch (part.kind) {
    case 'header':
      return t('where.header');
    case 'lane':
      return t('where.lane', { name: part.name });
    case 'row':
      return t('where.row', { index: part.index });
    case 'item':
    case 'track':
    case 'marker':
      return t(`where.${part.kind}`, { label: part.label });
    case 'baseline':
      return t('where.baseline', { name: part.name });
    case 'risk':
      return t('where.risk', { number: part.number });
    case 'funding':
      return t('where.funding');
    case 'fundingEntry':
    case 'fundingCategory':
      return t(`where.${part.kind}`, { index: part.index });
    case 'checkpoint':
    case 'principle':
    case 'dependency':
      return t(`where.${part.kind}`, { index: part.index });
    case 'field':
      return FIELD_KEYS.has(part.name)
        ? t(`field.${part.name}` as MessageKey)
        : t('field.other', { name: part.name.slice(0, 40) });
  }
}
