import type { fiDependencies } from './fiDependencies';

export const enDependencies: Record<keyof typeof fiDependencies, string> = {
  'problem.unknownItem': 'there is no item “{id}”',
  'problem.selfDependency': '“{label}” cannot depend on itself',
  'problem.dependencyCycle': 'the dependencies run in a circle: {items}',
  'where.dependency': 'dependency {index}',
  'field.from': 'predecessor',
  'field.to': 'successor',

  'cmd.dependencyAdd': 'add dependency “{from}” → “{to}”',
  'cmd.dependencyUpdate': 'change dependency “{from}” → “{to}”',
  'cmd.dependencyDelete': 'delete dependency “{from}” → “{to}”',
};
