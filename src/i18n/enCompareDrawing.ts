import type { fiCompareDrawing } from './fiCompareDrawing';

export const enCompareDrawing: Record<keyof typeof fiCompareDrawing, string> = {
  'compareDraw.weeks': '{amount} wk',
  'compareDraw.days': '{amount} d',
  'compareDraw.new': 'NEW',
  'compareDraw.changed': 'CHANGED',
  'compareDraw.legendChanged': 'status or name changed',
  'compareDraw.against': 'Compared with: {name}',
  'compareDraw.legendGhost': 'position in the baseline',
  'compareDraw.legendShift': 'shift',
  'compareDraw.legendRemoved': 'struck through: removed',
  'compareDraw.legendNew': 'added since the baseline',
  'compareDraw.ghostOf': '{label}: position in the baseline',
  'compareDraw.removedItem': '{label}: removed',
  'present.byChanges': 'changes lane by lane',
  'present.changesHeading': 'Changes: {lane} — {count} changes',
  'present.changesHeadingOne': 'Changes: {lane} — 1 change',
  'present.changesNone': 'Changes: nothing changed since the baseline',
  'present.changesStep': 'Changes {index}/{count}: {lane}',
};
