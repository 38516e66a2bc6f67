import { fiFirst } from './fiFirst';
import { fiLater } from './fiLater';
import { fiMenus } from './fiMenus';
import { fiFiles } from './fiFiles';
import { fiShowing } from './fiShowing';
import { fiBaselines } from './fiBaselines';
import { fiDependencies } from './fiDependencies';
import { fiChanges } from './fiChanges';
import { fiCompareDrawing } from './fiCompareDrawing';
import { fiRisks } from './fiRisks';
import { fiFunding } from './fiFunding';
import { fiSheet } from './fiSheet';
import { fiRollup } from './fiRollup';

/**
 * Every Finnish message: the source of the message keys. `{name}` is replaced by a parameter.
 * The app itself imports the two halves, so that only the first screen's travel in the first download.
 */
export const fi = {
  ...fiFirst,
  ...fiLater,
  ...fiMenus,
  ...fiFiles,
  ...fiShowing,
  ...fiBaselines,
  ...fiDependencies,
  ...fiChanges,
  ...fiCompareDrawing,
  ...fiRisks,
  ...fiFunding,
  ...fiSheet,
  ...fiRollup,
} as const;

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
