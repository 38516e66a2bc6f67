import { createBlankPlan, createTemplatePlan } from '../domain/planFactory';
import type { Plan } from '../domain/planSchema';
import './laterMessages';
import { locale } from './locale.svelte';

/** A new plan titled in the user's language: the four-lane template, or blank. */
export function newPlan(kind: 'template' | 'blank'): Plan {
  const t = locale.t;
  const title = t('library.newTitle');
  if (kind === 'blank') return createBlankPlan({ title });
  return createTemplatePlan(
    { title },
    {
      hallinto: t('template.hallinto'),
      tori: t('template.tori'),
      tosi: t('template.tosi'),
      infra: t('template.infra'),
    },
  );
}
