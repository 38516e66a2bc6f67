/** Finnish messages of dependencies between items; they load with the parts that show them. */
export const fiDependencies = {
  'problem.unknownItem': 'kohdetta ”{id}” ei ole',
  'problem.selfDependency': '”{label}” ei voi riippua itsestään',
  'problem.dependencyCycle': 'riippuvuudet kulkevat kehässä: {items}',
  'where.dependency': 'riippuvuus {index}',
  'field.from': 'edeltäjä',
  'field.to': 'seuraaja',

  'cmd.dependencyAdd': 'lisää riippuvuus ”{from}” → ”{to}”',
  'cmd.dependencyUpdate': 'muuta riippuvuutta ”{from}” → ”{to}”',
  'cmd.dependencyDelete': 'poista riippuvuus ”{from}” → ”{to}”',
} as const;
