/** The spreadsheet bridge's Finnish that the first screen shows: its menu entries. */
export const fiSheetFirst = {
  'sheet.import': 'Tuo taulukosta…',
  'sheet.exportHeading': 'Taulukkona',
  'sheet.exportXlsx': 'Excel-työkirja (.xlsx)',
  'sheet.exportCsvFi': 'CSV, suomalainen Excel (; ja 1.4.2022)',
  'sheet.exportCsvIntl': 'CSV, kansainvälinen (, ja 2022-04-01)',
} as const;
