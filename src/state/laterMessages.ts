import { fiBaselines } from '../i18n/fiBaselines';
import { fiDependencies } from '../i18n/fiDependencies';
import { fiChanges } from '../i18n/fiChanges';
import { fiCompareDrawing } from '../i18n/fiCompareDrawing';
import { fiLater } from '../i18n/fiLater';
import { fiFiles } from '../i18n/fiFiles';
import { fiShowing } from '../i18n/fiShowing';
import { fiRisks } from '../i18n/fiRisks';
import { fiFunding } from '../i18n/fiFunding';
import { fiSheet } from '../i18n/fiSheet';
import { fiRollup } from '../i18n/fiRollup';
import { locale } from './locale.svelte';

/**
 * Imported by every part that loads on first use (editors, dialogs, notices): the Finnish they
 * show comes with them, not in the first download.
 */
locale.addFinnish(
  fiLater,
  fiFiles,
  fiShowing,
  fiBaselines,
  fiDependencies,
  fiChanges,
  fiCompareDrawing,
  fiRisks,
  fiFunding,
  fiSheet,
  fiRollup,
);
