import type { fiBaselines } from './fiBaselines';

export const svBaselines: Record<keyof typeof fiBaselines, string> = {
  'file.migration.noPlan':
    'Filen har filformat {version}, men den saknar färdplan. Den kunde inte öppnas; inget ändrades.',
  'file.migration.fieldFromLaterVersion':
    'Filen har filformat {version}, men den innehåller jämförelsepunkter som format {version} inte känner till. Filen är skadad eller handredigerad; inget ändrades.',
  'where.baseline': 'jämförelsepunkt ”{name}”',
  'field.savedOn': 'sparad den',
  'field.compareWith': 'vald jämförelsepunkt',
  'problem.unknownBaseline': 'jämförelsepunkten ”{id}” finns inte',

  'cmd.baselineAdd': 'spara jämförelsepunkt ”{name}”',
  'cmd.baselineRename': 'byt namn på jämförelsepunkt ”{name}”',
  'cmd.baselineDelete': 'ta bort jämförelsepunkt ”{name}”',
  'cmd.baselineChoose': 'välj jämförelsepunkt',

  'baselines.heading': 'Jämförelsepunkter',
  'baselines.note':
    'En jämförelsepunkt fryser färdplanens datum under ett namn, till exempel efter ett styrgruppsmöte. Den följer med färdplansfilen.',
  'baselines.name': 'Jämförelsepunktens namn',
  'baselines.defaultName': 'Styrgruppen {date}',
  'baselines.save': 'Spara jämförelsepunkt',
  'baselines.saved': 'Jämförelsepunkten ”{name}” sparad. Filen är nu {size} (högst {limit}).',
  'baselines.tooBig':
    'Jämförelsepunkten sparades inte: filen skulle bli {size}, och största tillåtna storlek är {limit}. Ta bort gamla jämförelsepunkter och försök igen.',
  'baselines.none': 'Inga jämförelsepunkter sparade ännu.',
  'baselines.savedOn': 'sparad {date}',
  'baselines.items': '{count} objekt',
  'baselines.compareTo': 'Jämför med denna',
  'baselines.compareToLabel': 'Jämför med jämförelsepunkten ”{name}”',
  'baselines.chosen': 'Jämförs med',
  'baselines.rename': 'Byt namn',
  'baselines.renameLabel': 'Byt namn på jämförelsepunkten ”{name}”',
  'baselines.renameSave': 'Spara namnet',
  'baselines.delete': 'Ta bort',
  'baselines.deleteLabel': 'Ta bort jämförelsepunkten ”{name}”',
  'baselines.deleted': 'Jämförelsepunkten ”{name}” togs bort. Du kan ångra (Ctrl+Z).',

  'compare.heading': 'Jämförelse',
  'compare.with': 'Jämför den öppna färdplanen med',
  'compare.withBaseline': 'en jämförelsepunkt',
  'compare.withVersion': 'en tidigare version',
  'compare.withFile': 'en annan fil…',
  'compare.fileNote': 'Filen öppnas bara för jämförelsen; den läggs inte till i biblioteket.',
  'compare.chooseVersion': 'Välj version',
  'compare.noVersions': 'Inga tidigare versioner finns sparade.',
  'compare.noBaseline': 'Spara först en jämförelsepunkt eller välj något annat att jämföra med.',
  'compare.against': 'Jämförs med: {name}',
  'compare.againstFile': 'filen {name}',
  'compare.againstVersion': 'version {time}',
  'compare.summary': '{count} ändringar',
  'compare.none': 'Inga ändringar.',
  'compare.dim': 'Dämpa oförändrade',
  'compare.stop': 'Avsluta jämförelsen',
  'compare.fileRefused': 'Filen ”{name}” kunde inte användas för jämförelsen.',
  'compare.loading': 'Jämför…',
};
