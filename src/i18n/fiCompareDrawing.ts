/** Finnish texts of the comparison as drawn: on the roadmap, in pictures and in presentation. */
export const fiCompareDrawing = {
  'compareDraw.weeks': '{amount} vk',
  'compareDraw.days': '{amount} pv',
  'compareDraw.new': 'UUSI',
  'compareDraw.against': 'Verrattu: {name}',
  'compareDraw.legendGhost': 'vertailukohdan sijainti',
  'compareDraw.legendShift': 'siirtymä',
  'compareDraw.legendRemoved': 'yliviivattu: poistettu',
  'compareDraw.legendNew': 'lisätty vertailukohdan jälkeen',
  'compareDraw.ghostOf': '{label}: vertailukohdan sijainti',
  'compareDraw.removedItem': '{label}: poistettu',
  'present.byChanges': 'muutokset kaista kerrallaan',
  'present.changesHeading': 'Muutokset: {lane} — {count} muutosta',
  'present.changesHeadingOne': 'Muutokset: {lane} — 1 muutos',
  'present.changesNone': 'Muutokset: ei muutoksia vertailukohtaan',
  'present.changesStep': 'Muutokset {index}/{count}: {lane}',
} as const;
