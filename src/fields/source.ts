import type { Field } from 'payload'

import { label } from './label'

/**
 * Where the facts of a record come from. Shared across locales: a citation is the same in every
 * language, and the seed writes the article's section and the quoted Chinese sentence here.
 */
export const sourceField: Field = {
  name: 'source',
  type: 'textarea',
  label: label({ zh: '来源', de: 'Quelle', en: 'Source' }),
  admin: {
    description: label({
      zh: '信息出处，例如文章章节及原文引语。',
      de: 'Herkunft der Angaben, etwa Abschnitt und Zitat aus dem Ausgangstext.',
      en: 'Where the facts come from, e.g. the article section and quoted sentence.',
    }),
  },
}
