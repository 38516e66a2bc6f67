import { z } from 'zod/mini';
import { SHEET_FIELDS } from '../sheet/fields';
import { readJson, write } from './localStore';

/** Its own file, not preferences.ts: it loads with the sheet dialog, not on the first screen. */
const SHEET_MAPPING_KEY = 'tiekartta.sheetMapping';
const sheetMappingSchema = z.object({
  /** The header row it was made for (guessMapping.ts's headerKey). */
  headers: z.string().check(z.maxLength(20_000)),
  // An object of the known fields, not z.record: that would put $ZodRecord in the shared zod chunk
  // the first screen loads.
  mapping: z.object(
    Object.fromEntries(
      SHEET_FIELDS.map((field) => [
        field,
        z.optional(z.number().check(z.refine(Number.isInteger), z.minimum(0), z.maximum(1000))),
      ]),
    ),
  ),
});
export type SavedSheetMapping = z.infer<typeof sheetMappingSchema>;

/** The column mapping last used in a sheet import, for the next sheet with the same headers. */
export function loadSheetMapping(): SavedSheetMapping | null {
  return readJson(SHEET_MAPPING_KEY, sheetMappingSchema);
}

export function saveSheetMapping(saved: SavedSheetMapping): void {
  write(SHEET_MAPPING_KEY, JSON.stringify(saved));
}
