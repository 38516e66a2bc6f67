import type { Plan } from '../domain/planSchema';
import type { Translate } from '../i18n/translate';
import { planSheets, sheetCsv, toXlsxSheets } from './planSheets';
import { writeXlsx } from './xlsxWrite';

export type SheetExportKind = 'xlsx' | 'csvFi' | 'csvIntl';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The plan as spreadsheet files: one workbook with a sheet each, or one CSV per sheet that has
 * rows (the items' always). `fileName` makes the plan's file name with an ending.
 */
export function sheetFiles(
  plan: Plan,
  t: Translate,
  kind: SheetExportKind,
  fileName: (ending: string) => string,
): { fileName: string; blob: Blob }[] {
  if (kind === 'xlsx') {
    const bytes = writeXlsx(toXlsxSheets(planSheets(plan, t, 'typed')));
    return [
      { fileName: fileName('.xlsx'), blob: new Blob([bytes as BlobPart], { type: XLSX_TYPE }) },
    ];
  }
  const style = kind === 'csvFi' ? 'fi' : 'intl';
  return planSheets(plan, t, style)
    .filter((sheet, i) => i === 0 || sheet.rows.length > 0)
    .map((sheet) => ({
      fileName: fileName(`-${sheet.name.toLocaleLowerCase('fi')}.csv`),
      blob: new Blob([sheetCsv(sheet, style)], { type: 'text/csv;charset=utf-8' }),
    }));
}
