import type { ChangeLine } from '../i18n/changeLine';
import type { Translate } from '../i18n/translate';

import { toCsv } from './csv';

export { CSV_SEPARATOR, toCsv, type CsvCell } from './csv';

/** The change list as a spreadsheet: one row per line, with the lane, row, item and the shift. */
export function changeListCsv(lines: readonly ChangeLine[], t: Translate): string {
  const header = [
    t('changes.colLane'),
    t('changes.csvRow'),
    t('changes.csvItem'),
    t('changes.colKind'),
    t('changes.colChange'),
    t('changes.csvDays'),
    t('changes.csvGuessed'),
  ];
  return toCsv([
    header,
    ...lines.map((line) => [
      line.laneName,
      line.rowName,
      line.label,
      t(`changeKind.${line.kind}`),
      line.text,
      line.days,
      line.guessed ? t('changes.yes') : '',
    ]),
  ]);
}
