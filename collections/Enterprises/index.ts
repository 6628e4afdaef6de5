import type { CollectionConfig } from 'payload'

import { descriptionField, imageField, websiteField } from '@/fields/common'
import { label } from '@/fields/label'
import { slugField } from '@/fields/slug'
import { nonNegativeValidate, yearValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { germanStates, industries } from '@/domain/enterpriseOptions'

export const Enterprises: CollectionConfig = contentCollection({
  slug: 'enterprises',
  labels: {
    singular: label({ zh: '德资企业', de: 'Deutsches Unternehmen', en: 'German enterprise' }),
    plural: label({ zh: '德资企业', de: 'Deutsche Unternehmen', en: 'German enterprises' }),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'industry', 'yearArrived', 'hiddenChampion', 'published'],
  },
  spreadsheet: true,
  defaultSort: 'yearArrived',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label({ zh: '企业名称', de: 'Name', en: 'Name' }),
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'germanHeadquarters',
          type: 'text',
          localized: true,
          label: label({
            zh: '德国总部所在城市',
            de: 'Stammsitz in Deutschland',
            en: 'Headquarters in Germany',
          }),
        },
        {
          name: 'germanState',
          type: 'select',
          options: [...germanStates],
          label: label({ zh: '所在联邦州', de: 'Bundesland', en: 'German state' }),
        },
        {
          name: 'industry',
          type: 'select',
          options: [...industries],
          index: true,
          label: label({ zh: '行业', de: 'Branche', en: 'Industry' }),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'yearArrived',
          type: 'number',
          label: label({ zh: '落户太仓年份', de: 'In Taicang seit', en: 'In Taicang since' }),
          validate: yearValidate(),
        },
        {
          name: 'hiddenChampion',
          type: 'checkbox',
          defaultValue: false,
          label: label({ zh: '隐形冠军', de: 'Hidden Champion', en: 'Hidden champion' }),
        },
        {
          name: 'chinaHeadquarters',
          type: 'checkbox',
          defaultValue: false,
          label: label({
            zh: '中国区总部设在太仓',
            de: 'China-Zentrale in Taicang',
            en: 'China headquarters in Taicang',
          }),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'investmentUsd',
          type: 'number',
          label: label({ zh: '投资额（美元）', de: 'Investition (USD)', en: 'Investment (USD)' }),
          validate: nonNegativeValidate,
        },
        {
          name: 'employees',
          type: 'number',
          label: label({ zh: '员工人数', de: 'Beschäftigte', en: 'Employees' }),
          validate: nonNegativeValidate,
        },
        websiteField,
      ],
    },
    imageField('logo', { zh: '标志', de: 'Logo', en: 'Logo' }),
    descriptionField,
    {
      name: 'platform',
      type: 'relationship',
      relationTo: 'platforms',
      label: label({ zh: '所在载体', de: 'Standort (Plattform)', en: 'Platform' }),
    },
  ],
})
