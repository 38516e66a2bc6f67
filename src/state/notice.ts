import type { PixelSize } from '../export/canvasDensity';
import type { ImportError } from '../io/importResult';
import type { ExecuteResult } from '../domain/execute';
import type { PlanIssue } from '../io/planIssues';
import type { StoredPlan } from '../persistence/planRepository';

export type { PlanIssue };

/** A message on screen; kept as data so it follows a change of language. */
export type Notice =
  | { kind: 'importRejected'; fileName: string; error: ImportError }
  | { kind: 'readFailed'; fileName: string }
  | { kind: 'imported'; fileName: string }
  | { kind: 'deleted'; stored: StoredPlan }
  | { kind: 'savedToFile'; fileName: string }
  | { kind: 'saveToFileFailed'; fileName: string; reason: string }
  /** The refusal as the schema gave it; NoticeBar locates its issues when it shows them. */
  | { kind: 'editRefused'; refused: RefusedEdit }
  /** `reduced`: the PNG's size where it was made less sharp than usual, to fit the canvas. */
  | { kind: 'exported'; fileName: string; count?: number; reduced?: PixelSize | null }
  | { kind: 'exportFailed'; reason: string }
  /** No legible PNG of a picture this large (at density 1) could be made. */
  | { kind: 'pictureTooLarge'; size: PixelSize }
  /** A PNG shared through the system's share sheet was made less sharp than usual. */
  | { kind: 'pictureReduced'; size: PixelSize }
  /** Spreadsheet files of the plan were downloaded (issue 17). */
  | { kind: 'sheetsExported'; fileNames: string[] }
  | { kind: 'working' }
  | { kind: 'restored'; savedAt: string }
  | { kind: 'versionUnreadable' }
  | { kind: 'versionsCleared' }
  | { kind: 'shared'; fileName: string; mailto: string; reduced?: PixelSize | null }
  /** Edits that tabs left unsaved when they closed, put back at this start. */
  | { kind: 'journalReplayed'; restored: string[]; copies: string[] }
  | { kind: 'openFailed'; title: string; missing: boolean }
  | { kind: 'theirsTaken'; copyTitle: string }
  | { kind: 'copyFailed'; reason: string }
  | { kind: 'startFailed'; reason: string };

export type RefusedEdit = Extract<ExecuteResult, { ok: false }>;

export const editRefused = (refused: RefusedEdit): Notice => ({ kind: 'editRefused', refused });
