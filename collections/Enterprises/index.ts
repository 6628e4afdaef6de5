import type { CollectionConfig } from 'payload'

import { label } from '@/fields/label'
import { safeLinksValidate } from '@/fields/safeUrl'
import { slugField } from '@/fields/slug'
import { nonNegativeValidate, urlValidate, yearValidate } from '@/fields/validators'

import { contentCollection } from '../content'
import { germanStates, industries } from './options'

export const Enterprises: CollectionConfig = contentCollection({
  slug: 'enterprises',
  labels: {
    singular: label('德资企业', 'Deutsches Unternehmen', 'German enterprise'),
    plural: label('德资企业', 'Deutsche Unternehmen', 'German enterprises'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'industry', 'yearArrived', 'hiddenChampion', 'published'],
  },
  defaultSort: 'yearArrived',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('企业名称', 'Name', 'Name'),
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'germanHeadquarters',
          type: 'text',
          localized: true,
          label: label('德国总部所在城市', 'Stammsitz in Deutschland', 'Headquarters in Germany'),
        },
        {
          name: 'germanState',
          type: 'select',
          options: [...germanStates],
          label: label('所在联邦州', 'Bundesland', 'German state'),
        },
        {
          name: 'industry',
          type: 'select',
          options: [...industries],
          index: true,
          label: label('行业', 'Branche', 'Industry'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'yearArrived',
          type: 'number',
          label: label('落户太仓年份', 'In Taicang seit', 'In Taicang since'),
          validate: yearValidate(),
        },
        {
          name: 'hiddenChampion',
          type: 'checkbox',
          defaultValue: false,
          label: label('隐形冠军', 'Hidden Champion', 'Hidden champion'),
        },
        {
          name: 'chinaHeadquarters',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            '中国区总部设在太仓',
            'China-Zentrale in Taicang',
            'China headquarters in Taicang',
          ),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'investmentUsd',
          type: 'number',
          label: label('投资额（美元）', 'Investition (USD)', 'Investment (USD)'),
          validate: nonNegativeValidate,
        },
        {
          name: 'employees',
          type: 'number',
          label: label('员工人数', 'Beschäftigte', 'Employees'),
          validate: nonNegativeValidate,
        },
        {
          name: 'website',
          type: 'text',
          label: label('网站', 'Website', 'Website'),
          validate: urlValidate,
        },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('标志', 'Logo', 'Logo') },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('简介', 'Beschreibung', 'Description'),
      validate: safeLinksValidate,
    },
    {
      name: 'platform',
      type: 'relationship',
      relationTo: 'platforms',
      label: label('所在载体', 'Standort (Plattform)', 'Platform'),
    },
  ],
})
