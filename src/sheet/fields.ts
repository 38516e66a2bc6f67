/**
 * The columns of an item (phase or milestone), in the order the export writes them on its items
 * sheet. `end` is a phase's end; `date` a milestone's day.
 */
export const ITEM_FIELDS = [
  'id',
  'lane',
  'row',
  'rowId',
  'label',
  'type',
  'start',
  'end',
  'date',
  'status',
  'owner',
  'notes',
  'link',
] as const;
/** What a column of a sheet can be mapped to: an item's columns, and percent for checkpoints. */
export const SHEET_FIELDS = [...ITEM_FIELDS, 'percent'] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** Column index → field; a column mapped to nothing is left out. */
export type Mapping = Partial<Record<SheetField, number>>;

/**
 * The headers each field goes by in the ministry's sheet and in the counties' own, in Finnish,
 * Swedish and English, compared without case, accents, punctuation or spaces. The first word of a
 * header is enough when it is one of these ("Alku (pvm)", "Tila 31.5.").
 */
export const FIELD_HEADERS: Record<SheetField, readonly string[]> = {
  id: ['tunnus', 'id', 'tunniste', 'kohdetunnus', 'identifierare', 'beteckning', 'key', 'itemid'],
  lane: [
    'kaista',
    'osa-alue',
    'kokonaisuus',
    'alue',
    'lane',
    'swimlane',
    'area',
    'workstream',
    'bana',
    'simbana',
    'omrade',
    'helhet',
  ],
  row: [
    'rivi',
    'järjestelmä',
    'järjestelmät',
    'järjestelmäkokonaisuus',
    'hanke',
    'projekti',
    'row',
    'system',
    'project',
    'rad',
    'projekt',
    'system',
  ],
  rowId: ['rivin tunnus', 'rivitunnus', 'rivin id', 'row id', 'rowid', 'radens id', 'rad-id'],
  label: [
    'nimi',
    'kohde',
    'tehtävä',
    'toimenpide',
    'otsikko',
    'kuvaus',
    'name',
    'label',
    'task',
    'item',
    'title',
    'activity',
    'namn',
    'uppgift',
    'atgard',
    'rubrik',
  ],
  type: ['tyyppi', 'laji', 'kohdetyyppi', 'type', 'kind', 'typ', 'slag'],
  start: [
    'alku',
    'alkaa',
    'alkupäivä',
    'alkupvm',
    'aloitus',
    'start',
    'startdate',
    'begin',
    'from',
    'början',
    'startdatum',
    'börjar',
  ],
  end: [
    'loppu',
    'päättyy',
    'loppupäivä',
    'loppupvm',
    'valmis',
    'end',
    'enddate',
    'finish',
    'due',
    'to',
    'slut',
    'slutdatum',
    'slutar',
  ],
  date: [
    'päivä',
    'päivämäärä',
    'pvm',
    'ajankohta',
    'virstanpylväs',
    'date',
    'milestone',
    'datum',
    'dag',
    'milstolpe',
  ],
  status: ['tila', 'tilanne', 'status', 'state', 'läge', 'tillstånd'],
  owner: [
    'vastuuhenkilö',
    'vastuutaho',
    'vastuu',
    'vastuullinen',
    'omistaja',
    'owner',
    'responsible',
    'assignee',
    'ansvarig',
    'ägare',
    'ansvar',
  ],
  notes: [
    'muistiinpanot',
    'lisätiedot',
    'huomiot',
    'kommentit',
    'kommentti',
    'notes',
    'comments',
    'comment',
    'remarks',
    'anteckningar',
    'kommentarer',
    'noteringar',
  ],
  link: ['linkki', 'osoite', 'url', 'link', 'länk', 'lank'],
  percent: [
    '%',
    'prosentti',
    'eteneminen',
    'valmiusaste',
    'siirretty',
    'percent',
    'progress',
    'procent',
    'andel',
  ],
};

/** A header as compared: lower case, no accents but ä, ö and å kept apart, no punctuation. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}%]+/gu, '');
}

const LOOKUP = new Map<string, SheetField>();
for (const field of SHEET_FIELDS)
  for (const header of FIELD_HEADERS[field]) {
    const key = normalizeHeader(header);
    if (!LOOKUP.has(key)) LOOKUP.set(key, field);
  }

/** The field a header names, by its whole text or its first word; null when it names none. */
export function fieldOfHeader(header: string): SheetField | null {
  const whole = LOOKUP.get(normalizeHeader(header));
  if (whole) return whole;
  const first = header.trim().split(/[\s(/:]+/)[0] ?? '';
  return LOOKUP.get(normalizeHeader(first)) ?? null;
}
