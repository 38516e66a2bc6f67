/** Finnish messages of baselines and comparing plans; they load with the parts that show them. */
export const fiBaselines = {
  'file.migration.noPlan':
    'Tiedosto on tiedostomuotoa {version}, mutta siitä puuttuu tiekartta. Tiedostoa ei voitu avata; mitään ei muutettu.',
  'file.migration.fieldFromLaterVersion':
    'Tiedosto on tiedostomuotoa {version}, mutta siinä on vertailukohtia, joita muoto {version} ei tunne. Tiedosto on vaurioitunut tai muokattu käsin; mitään ei muutettu.',
  'where.baseline': 'vertailukohta ”{name}”',
  'field.savedOn': 'tallennuspäivä',
  'field.compareWith': 'valittu vertailukohta',
  'problem.unknownBaseline': 'vertailukohtaa ”{id}” ei ole',

  'cmd.baselineAdd': 'tallenna vertailukohta ”{name}”',
  'cmd.baselineRename': 'nimeä vertailukohta ”{name}”',
  'cmd.baselineDelete': 'poista vertailukohta ”{name}”',
  'cmd.baselineChoose': 'valitse vertailukohta',

  'baselines.heading': 'Vertailukohdat',
  'baselines.note':
    'Vertailukohta jäädyttää tiekartan päivämäärät nimellä, esimerkiksi ohjausryhmän kokouksen jälkeen. Se kulkee tiekarttatiedoston mukana.',
  'baselines.name': 'Vertailukohdan nimi',
  'baselines.defaultName': 'Ohjausryhmä {date}',
  'baselines.save': 'Tallenna vertailukohta',
  'baselines.saved':
    'Vertailukohta ”{name}” tallennettu. Tiedoston koko on nyt {size} (enintään {limit}).',
  'baselines.tooBig':
    'Vertailukohtaa ei tallennettu: tiedostosta tulisi {size}, kun suurin sallittu koko on {limit}. Poista vanhoja vertailukohtia ja yritä uudelleen.',
  'baselines.none': 'Vertailukohtia ei ole vielä tallennettu.',
  'baselines.savedOn': 'tallennettu {date}',
  'baselines.items': '{count} kohdetta',
  'baselines.compareTo': 'Vertaa tähän',
  'baselines.compareToLabel': 'Vertaa vertailukohtaan ”{name}”',
  'baselines.chosen': 'Vertailun kohde',
  'baselines.rename': 'Nimeä',
  'baselines.renameLabel': 'Nimeä vertailukohta ”{name}” uudelleen',
  'baselines.renameSave': 'Tallenna nimi',
  'baselines.delete': 'Poista',
  'baselines.deleteLabel': 'Poista vertailukohta ”{name}”',
  'baselines.deleted': 'Vertailukohta ”{name}” poistettu. Voit kumota poiston (Ctrl+Z).',

  'compare.heading': 'Vertailu',
  'compare.with': 'Vertaa avointa tiekarttaa',
  'compare.withBaseline': 'vertailukohtaan',
  'compare.withVersion': 'aiempaan versioon',
  'compare.withFile': 'toiseen tiedostoon…',
  'compare.fileNote': 'Tiedosto avataan vain vertailua varten; sitä ei lisätä kirjastoon.',
  'compare.chooseVersion': 'Valitse versio',
  'compare.noVersions': 'Aiempia versioita ei ole tallessa.',
  'compare.noBaseline': 'Tallenna ensin vertailukohta tai valitse toinen vertailun kohde.',
  'compare.against': 'Verrataan: {name}',
  'compare.againstFile': 'tiedosto {name}',
  'compare.againstVersion': 'versio {time}',
  'compare.summary': '{count} muutosta',
  'compare.none': 'Ei muutoksia.',
  'compare.dim': 'Himmennä muuttumattomat',
  'compare.stop': 'Lopeta vertailu',
  'compare.fileRefused': 'Tiedostoa ”{name}” ei voitu käyttää vertailuun.',
  'compare.loading': 'Vertaillaan…',
} as const;
