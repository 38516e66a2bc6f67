import type { fiDependencies } from './fiDependencies';

export const svDependencies: Record<keyof typeof fiDependencies, string> = {
  'problem.unknownItem': 'objektet ”{id}” finns inte',
  'problem.selfDependency': '”{label}” kan inte bero på sig självt',
  'problem.dependencyCycle': 'beroendena går i en cirkel: {items}',
  'where.dependency': 'beroende {index}',
  'field.from': 'föregångare',
  'field.to': 'efterföljare',

  'cmd.dependencyAdd': 'lägg till beroende ”{from}” → ”{to}”',
  'cmd.dependencyUpdate': 'ändra beroende ”{from}” → ”{to}”',
  'cmd.dependencyDelete': 'ta bort beroende ”{from}” → ”{to}”',
};
