/** Finnish messages of opening files (what is wrong with one), of pictures saved and of the versions dialog: loaded on first use. */
export const fiFiles = {
  'exportNotice.slides':
    'Suunnitelmassa on enemmän rivejä kuin yhdelle dialle mahtuu luettavina: tallennettiin {count} diaa kaistaryhmittäin ({fileName} …).',
  'exportNotice.done':
    'Kuva ”{name}” on ladattu. Se sisältää tiekartan: kuvan voi avata uudelleen muokattavaksi.',
  'exportNotice.failed': 'Kuvaa ei voitu tehdä: {reason}',
  'exportNotice.reduced':
    'Kuva on niin suuri, että PNG tehtiin tavallista pienemmällä tarkkuudella: {width} × {height} pikseliä. Terävämmän kuvan saat SVG-kuvana tai tulostamalla.',
  'exportNotice.tooLarge':
    'PNG-kuvaa ei tehty: kuva on {width} × {height} pikseliä, niin suuri, ettei selain voi piirtää siitä luettavaa PNG-kuvaa. Tallenna se SVG-kuvana, tulosta se (tuloste jaetaan usealle sivulle) tai esitä se (esitys näyttää kaistat ryhmä kerrallaan).',
  'exportNotice.working': 'Tehdään kuvaa…',
  'file.imported': 'Tiedosto ”{name}” avattiin uutena tiekarttana.',
  'file.savedToFile': 'Tallennettu tiedostoon {name}.',
  'file.saveToFileFailed': 'Tiedostoon {name} ei voitu tallentaa: {reason}',
  'file.rejected': 'Tiedostoa ”{name}” ei voitu avata.',
  'file.tooLarge': 'Tiedosto on liian suuri ({size} Mt); suurin sallittu koko on {limit} Mt.',
  'file.notJson':
    'Tiedosto ei ole JSON-muotoinen tiekarttatiedosto, vaan se on rikki tai jotain muuta.',
  'file.wrongType': 'Tiedosto on JSON-muotoinen, mutta se ei ole Tiekartta-tiedosto.',
  'file.versionTooNew':
    'Tiedosto on tehty Tiekartan uudemmalla versiolla (tiedostomuoto {version}); tämä sovellus lukee tiedostomuotoa {supported}. Päivitä sovellus.',
  'file.versionUnknown': 'Tiedoston versiotieto ”{version}” ei ole kelvollinen.',
  'file.invalidData': 'Tiedostossa on virheitä:',
  'file.moreIssues': '…ja muita virheitä.',
  'file.readFailed': 'Tiedostoa ei voitu lukea.',
  'file.dismiss': 'Sulje ilmoitus',
  'problem.required': 'tieto puuttuu',
  'problem.wrongType': 'arvo on väärää tyyppiä',
  'problem.tooLong': 'teksti on liian pitkä (enintään {max} merkkiä)',
  'problem.tooMany': 'liian monta (enintään {max})',
  'problem.outOfRange': 'arvo on sallitun alueen ulkopuolella',
  'problem.unknownKey': 'tuntematon kenttä: {keys}',
  'problem.badValue': 'arvo ”{value}” ei ole sallittu',
  'problem.blank': 'ei saa olla tyhjä',
  'problem.badId': 'tunniste ”{value}” ei kelpaa',
  'problem.badLink': 'linkki ”{value}” ei kelpaa: vain http-, https- ja mailto-linkit sallitaan',
  'problem.badColor': 'väri ”{value}” ei ole muotoa #rrggbb',
  'problem.notARealDate': 'päivämäärä ”{value}” ei ole oikea päivä (muoto VVVV-KK-PP)',
  'problem.dateOutOfRange':
    'päivämäärä {value} on sallitun ajan ulkopuolella (sallittu {min}–{max})',
  'problem.badCharacter': 'merkki {char} ei ole sallittu tekstissä',
  'problem.endBeforeStart': 'loppupäivä {end} on ennen alkupäivää {start}',
  'problem.duplicateId': 'tunniste ”{id}” on käytössä jo toisaalla',
  'problem.unknownRow': 'riviä ”{id}” ei ole',
  'problem.checkpointsOutOfOrder': 'tarkistuspisteet eivät ole aikajärjestyksessä',
  'problem.invalid': 'arvo ei kelpaa',
  'file.noPlanInPicture':
    'Kuvassa ei ole mukana tiekarttaa: vain Tiekartasta viedyn kuvan voi avata muokattavaksi.',
  'file.pictureUnreadable':
    'Kuvatiedosto on rikki tai rakenteeltaan kielletty (esimerkiksi kesken loppuva tai omia entiteettejä määrittelevä SVG), joten siitä ei luettu tiekarttaa.',
  'file.tooComplex':
    'Tiedoston rakenne on liian syvä tai laaja ollakseen tiekartta; sitä ei avattu.',
  'versions.heading': 'Aiemmat versiot',
  'versions.note':
    'Selain pitää tallessa enintään {count} aiempaa versiota tästä tiekartasta, muokatessa enintään yhden puolessa tunnissa. Viedyt tiedostot ovat silti varsinainen arkisto.',
  'versions.none':
    'Aiempia versioita ei vielä ole. Ensimmäinen jää talteen, kun tiekarttaa muokataan.',
  'versions.unavailable':
    'Aiempia versioita ei säilytetä, koska tämä selain ei tallenna tiekarttoja.',
  'versions.loading': 'Haetaan versioita…',
  'versions.savedAt': 'Tallennettu',
  'versions.title': 'Nimi',
  'versions.items': 'Kohteita',
  'versions.restore': 'Palauta',
  'versions.restoreLabel': 'Palauta versio {time}',
  'versions.export': 'Vie tiedostoksi',
  'versions.exportLabel': 'Vie versio {time} tiedostoksi',
  'versions.close': 'Sulje',
  'versions.restored': 'Versio {time} palautettu. Voit kumota palautuksen (Ctrl+Z).',
  'versions.unreadable': 'Tätä versiota ei voitu lukea; avoinna oleva tiekartta on ennallaan.',
  'versions.cleared': 'Aiemmat versiot poistettu tilan vapauttamiseksi.',
  'file.import': 'Tuo tiedosto…',
  'file.dropHint':
    'Pudota tiekarttatiedosto (.tiekartta.json) tähän avataksesi sen uutena tiekarttana.',
} as const;
