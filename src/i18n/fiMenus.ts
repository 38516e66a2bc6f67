/** The entries of the Muokkaa, Lisää and export menus: they load when a menu first opens. */
export const fiMenus = {
  // The empty lanes' hints point into the Add menu; they load with the hints, after the first paint.
  'hint.emptyLane':
    'Tyhjä kaista: lisää kohde rivin nimen vieressä olevalla +-painikkeella tai Lisää-valikosta.',
  'hint.noRows': 'Kaistalla ei ole rivejä: lisää rivi Lisää-valikosta.',
  'shiftAfter.open': 'Siirrä aikataulua…',
  'compare.open': 'Vertailu ja vertailukohdat…',
  'lanes.open': 'Kaistat ja rivit…',
  'markers.open': 'Merkinnät…',
  'export.svg': 'SVG-kuva (koko tiekartta)',
  'export.png': 'PNG-kuva, 2× tarkkuus',
  'export.slide': 'PNG-dia 16:9',
  'export.slide2x': 'PNG-dia 16:9, 2× tarkkuus (3840 × 2160)',
  'add.milestone': 'Virstanpylväs',
  'add.phase': 'Vaihe',
  'add.meeting': 'Ohjausryhmän kokous',
  'add.track': 'Siirtymän eteneminen',
  'add.lane': 'Kaista',
  'add.row': 'Rivi',
} as const;
