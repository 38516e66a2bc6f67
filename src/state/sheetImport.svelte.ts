import '../domain/partCommands';
import type { Command } from '../domain/commands';
import { createBlankPlan } from '../domain/planFactory';
import type { Plan } from '../domain/planSchema';
import { toCsv } from '../export/csv';
import { downloadText } from '../io/download';
import { describeIssue } from '../i18n/describeImportError';
import { sheetIssueText } from '../i18n/sheetIssueText';
import { toPlanIssues } from '../io/planIssues';
import { loadSheetMapping, saveSheetMapping } from '../persistence/sheetMapping';
import { SHEET_FIELDS, type Mapping, type SheetField } from '../sheet/fields';
import { cellText, type Grid } from '../sheet/grid';
import { givesItems, guessMapping, headerKey } from '../sheet/guessMapping';
import { importSheets, type SheetImport } from '../sheet/importSheets';
import { readSheetFile } from '../sheet/readSheetFile';
import type { MappedSheet } from '../sheet/readRows';
import { columnName } from '../sheet/sheetIssue';
import { executeInSlices } from '../sheet/executeInSlices';
import { newPlanFromImport } from '../sheet/sheetPlan';
import { readPastedText, type SheetSource } from '../sheet/sheetSource';
import { guessParts, type PartSheet } from '../sheet/partSheets';
import { locale } from './locale.svelte';
import type { Notice } from './notice';
import './laterMessages';

/** What the dialog needs of the app: the open plan, one command, a new plan, and notices. */
export interface SheetHost {
  readonly open: { readonly plan: Plan } | null;
  exec(command: Command): boolean;
  addAndOpen(plan: Plan): Promise<string>;
  notice: Notice | null;
}

export type SheetStep = 'choose' | 'map' | 'preview';
export type SheetTarget = 'new' | 'open';

/** A slice of work ends, the page paints and answers input, then the next slice runs. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The "Tuo taulukosta" dialog's flow: a file or a paste is read into grids, each sheet's columns
 * are mapped (guessed, or as last time for the same headers), the rows are checked against the
 * chosen plan and previewed, and only then applied, as one command or as a new plan.
 */
export class SheetImportFlow {
  step = $state.raw<SheetStep>('choose');
  busy = $state.raw(false);
  progress = $state.raw(0);
  error = $state.raw<string | null>(null);
  sourceName = $state.raw('');
  sheets = $state.raw<MappedSheet[]>([]);
  /** The lanes', risks' and funding's sheets: read as what they are, with no mapping to choose. */
  parts = $state.raw<PartSheet[]>([]);
  /** Index of the sheet whose mapping is shown; the others keep their guesses. */
  shown = $state.raw(0);
  target = $state.raw<SheetTarget>('new');
  createLanes = $state.raw(true);
  result = $state.raw<SheetImport | null>(null);
  readonly #host: SheetHost;

  constructor(host: SheetHost) {
    this.#host = host;
    if (host.open) {
      this.target = 'open';
      this.createLanes = false;
    }
  }

  get canTargetOpen(): boolean {
    return this.#host.open !== null;
  }

  async readFile(file: File): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      this.#take(await readSheetFile(file), file.name);
    } catch {
      this.#take({ ok: false, error: 'unreadable' }, file.name);
    } finally {
      this.busy = false;
    }
  }

  readPaste(text: string): void {
    this.error = null;
    this.#take(readPastedText(text), '');
  }

  #take(source: SheetSource, name: string): void {
    const t = locale.t;
    if (!source.ok) {
      this.error =
        source.error === 'too-large'
          ? t('sheet.tooLarge')
          : source.error === 'empty'
            ? t('sheet.empty')
            : t('sheet.readFailed', { name });
      return;
    }
    this.sourceName = name.replace(/\.[^.]+$/, '');
    const saved = loadSheetMapping();
    this.parts = guessParts(source.sheets);
    this.sheets = source.sheets
      .filter((grid) => !this.parts.some((part) => part.grid === grid))
      .map((grid) => remembered(grid, saved))
      .filter((s) => s !== null);
    if (this.sheets.length === 0 && this.parts.length === 0) {
      // No header names two fields: the first sheet, mapped by hand from its first row.
      const grid = source.sheets[0] as Grid;
      this.sheets = [{ grid, headerRow: 0, mapping: {} }];
    }
    this.shown = 0;
    this.step = 'map';
  }

  get current(): MappedSheet | undefined {
    return this.sheets[this.shown];
  }

  /** Maps `field` to `column` (or to nothing) on the shown sheet; one column takes one field. */
  setField(column: number, field: SheetField | null): void {
    const sheet = this.current;
    if (!sheet) return;
    const mapping = { ...sheet.mapping };
    for (const key of Object.keys(mapping) as SheetField[])
      if (mapping[key] === column) delete mapping[key];
    if (field) mapping[field] = column;
    this.#replace({ ...sheet, mapping });
  }

  setHeaderRow(row: number): void {
    const sheet = this.current;
    if (sheet) this.#replace({ ...sheet, headerRow: row });
  }

  #replace(sheet: MappedSheet): void {
    this.sheets = this.sheets.map((s, i) => (i === this.shown ? sheet : s));
    this.result = null;
  }

  fieldOf(column: number): SheetField | null {
    const mapping = this.current?.mapping ?? {};
    const found = (Object.keys(mapping) as SheetField[]).find((f) => mapping[f] === column);
    return found ?? null;
  }

  /** Header text of a column of a sheet, for the mapping step and the skipped rows' reasons. */
  header(sheet: { grid: Grid; headerRow: number } | undefined, column: number): string {
    return sheet ? cellText(sheet.grid.rows[sheet.headerRow]?.[column] ?? null).trim() : '';
  }

  async preview(): Promise<void> {
    const base = this.#base();
    this.busy = true;
    this.progress = 0;
    try {
      this.result = await importSheets(
        base,
        this.sheets,
        {
          parts: this.parts,
          createLanes: this.target === 'new' || this.createLanes,
          defaultLane: locale.t('sheet.defaultLane'),
          reference: base.asOf,
        },
        pause,
        (done) => (this.progress = done),
      );
      const main = this.sheets[0];
      if (main)
        saveSheetMapping({
          headers: headerKey(main.grid.rows[main.headerRow] ?? []),
          mapping: main.mapping,
        });
      this.step = 'preview';
    } finally {
      this.busy = false;
    }
  }

  #base(): Plan {
    const open = this.#host.open;
    if (this.target === 'open' && open) return open.plan;
    return createBlankPlan({ title: this.#title() });
  }

  #title(): string {
    return locale
      .t('sheet.newTitle', { name: this.sourceName || locale.t('sheet.defaultLane') })
      .slice(0, 200)
      .trim();
  }

  /** The sentence for each skipped row, with the sheet's own header names. */
  get skippedTexts(): string[] {
    const result = this.result;
    if (!result) return [];
    const many = this.sheets.length + this.parts.length > 1;
    return result.skipped.map((issue) =>
      sheetIssueText(
        issue,
        locale.t,
        locale.language,
        (c) => this.header(this.#sheetNamed(issue.sheet), c),
        many,
      ),
    );
  }

  /** The skipped rows as they were in the sheet, with a column that says why: for fixing in Excel. */
  skippedCsv(): string {
    const result = this.result;
    const main = this.sheets[0];
    if (!result || !main) return '';
    const width = Math.max(...this.sheets.map((s) => (s.grid.rows[s.headerRow] ?? []).length), 1);
    const reasons = this.skippedTexts;
    const header = [
      ...Array.from({ length: width }, (_, c) => this.header(main, c) || columnName(c)),
      locale.t('sheet.reason'),
    ];
    const rows = result.skipped.map((issue, i) => {
      const cells = this.#sheetNamed(issue.sheet)?.grid.rows[issue.line - 1] ?? [];
      return [
        ...Array.from({ length: width }, (_, c) => cellText(cells[c] ?? null)),
        reasons[i] ?? '',
      ];
    });
    return toCsv([header, ...rows]);
  }

  #sheetNamed(name: string): MappedSheet | PartSheet | undefined {
    return [...this.sheets, ...this.parts].find((sheet) => sheet.grid.name === name);
  }

  /** Downloads the skipped rows' CSV, named after the sheet. */
  downloadSkipped(): void {
    const name = `${this.sourceName || 'taulukko'}-${locale.t('sheetName.skipped').toLocaleLowerCase('fi')}.csv`;
    downloadText(name, this.skippedCsv(), 'text/csv;charset=utf-8');
  }

  /** Takes the previewed import in: one undoable command, or a new plan that opens. */
  async apply(): Promise<boolean> {
    const result = this.result;
    if (!result) return false;
    const open = this.#host.open;
    if (this.target === 'open' && open) return this.#host.exec(result.command);
    // A new plan does not pass through execute() on its way in: checked here, as every plan is.
    const plan = newPlanFromImport(result, this.#title());
    const { risks: _r, funding: _f, ...head } = plan;
    const checked = await executeInSlices(
      { ...head, lanes: [], items: [], tracks: [], markers: [] },
      result.command,
      pause,
    );
    if (!checked.ok) {
      const [issue] = toPlanIssues(checked.issues, checked.attempted);
      const reason = issue ? describeIssue(issue, locale.t, locale.language) : '';
      this.error = locale.t('sheet.refused', { reason });
      return false;
    }
    await this.#host.addAndOpen(checked.plan);
    this.#host.notice = { kind: 'imported', fileName: this.sourceName };
    return true;
  }
}

/** A sheet with its guessed mapping, or the remembered one where the headers are the same. */
function remembered(grid: Grid, saved: ReturnType<typeof loadSheetMapping>): MappedSheet | null {
  const guessed = guessMapping(grid.rows);
  if (guessed.headerRow < 0 || !givesItems(guessed.mapping)) return null;
  if (saved && saved.headers === headerKey(grid.rows[guessed.headerRow] ?? []))
    return { grid, headerRow: guessed.headerRow, mapping: knownFields(saved.mapping) };
  return { grid, ...guessed };
}

const knownFields = (mapping: Record<string, number | undefined>): Mapping =>
  Object.fromEntries(
    Object.entries(mapping).filter(([field]) =>
      (SHEET_FIELDS as readonly string[]).includes(field),
    ),
  );
