import type { fiCompareDrawing } from './fiCompareDrawing';

export const svCompareDrawing: Record<keyof typeof fiCompareDrawing, string> = {
  'compareDraw.weeks': '{amount} v',
  'compareDraw.days': '{amount} d',
  'compareDraw.new': 'NY',
  'compareDraw.changed': 'ÄNDRAD',
  'compareDraw.legendChanged': 'status eller namn ändrat',
  'compareDraw.against': 'Jämfört med: {name}',
  'compareDraw.legendGhost': 'läge vid jämförelsepunkten',
  'compareDraw.legendShift': 'förskjutning',
  'compareDraw.legendRemoved': 'överstruken: borttagen',
  'compareDraw.legendNew': 'tillagd efter jämförelsepunkten',
  'compareDraw.ghostOf': '{label}: läge vid jämförelsepunkten',
  'compareDraw.removedItem': '{label}: borttagen',
  'present.byChanges': 'ändringar bana för bana',
  'present.changesHeading': 'Ändringar: {lane} — {count} ändringar',
  'present.changesHeadingOne': 'Ändringar: {lane} — 1 ändring',
  'present.changesNone': 'Ändringar: inga ändringar sedan jämförelsepunkten',
  'present.changesStep': 'Ändringar {index}/{count}: {lane}',
};
