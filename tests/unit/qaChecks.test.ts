import { sourceDates } from '@/qa/dates'
import { checkText, qaBlocks, severityOf } from '@/qa/checkText'
import { qaMessageKey, withMessages } from '@/qa/messages'
import { sourceNumbers, targetValues } from '@/qa/numbers'
import { qaText } from '@/qa/text'
import type { QaCode, QaGlossaryTerm } from '@/qa/types'
import { qaCodes } from '@/qa/types'
import { adminTranslations } from '@/i18n/adminTranslations'
import type { Locale } from '@/i18n/locales'

/** The codes of the findings for one translation of one Chinese text. */
function codes(
  zh: unknown,
  target: unknown,
  locale: Locale = 'de',
  extra: { maxLength?: number; glossary?: QaGlossaryTerm[] } = {},
) {
  return checkText({
    path: 'summary',
    locale,
    source: qaText(zh),
    target: qaText(target),
    ...extra,
  }).map(({ code, detail }) => `${code} ${detail}`)
}

const richText = (children: object[]) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', version: 1, children }],
  },
})

// From the seed (src/seed/content): the first German company, 1993.
const kernLiebers = {
  zh: '自1993年第一家德企克恩-里伯斯落户太仓以来,太仓对德合作以独特的“源自民间、自下而上”模式取得了较好的成效。',
  de: 'Seit sich 1993 mit Kern-Liebers das erste deutsche Unternehmen in Taicang angesiedelt hat, erzielt Taicangs Zusammenarbeit mit Deutschland nach einem eigenen Modell – „aus der Wirtschaft heraus, von unten nach oben“ – gute Ergebnisse.',
  en: 'Since Kern-Liebers became the first German company to settle in Taicang in 1993, Taicang’s cooperation with Germany has achieved good results through its distinctive “business-led, bottom-up” model.',
}

describe('QA: a correct translation from the seed has no findings', () => {
  it('in German and in English', () => {
    expect(codes(kernLiebers.zh, kernLiebers.de, 'de')).toEqual([])
    expect(codes(kernLiebers.zh, kernLiebers.en, 'en')).toEqual([])
  })

  it('an empty translation is the status’s business, not QA’s', () => {
    expect(codes(kernLiebers.zh, '', 'de')).toEqual([])
    expect(codes(kernLiebers.zh, null, 'en')).toEqual([])
  })
})

describe('QA: numbers', () => {
  it('450余家 (more than 450) needs its 450; 数十项 (dozens) carries no figure', () => {
    expect(
      codes('太仓德资企业已达450余家', 'In Taicang gibt es über 450 deutsche Unternehmen'),
    ).toEqual([])
    expect(
      codes('太仓德资企业已达450余家', 'In Taicang there are over 400 German companies', 'en'),
    ).toEqual(['numberMissing 450', 'numberExtra 400'])
    expect(
      codes(
        '打造了数十项对德合作的全国第一',
        'dozens of national firsts in cooperation with Germany',
        'en',
      ),
    ).toEqual([])
  })

  it('accepts 1,000 / 1.000 / 1 000 and a narrow no-break space as the same thousand', () => {
    expect(codes('约1,000家企业', 'etwa 1.000 Unternehmen')).toEqual([])
    expect(codes('约1,000家企业', 'etwa 1 000 Unternehmen')).toEqual([])
    expect(codes('约1,000家企业', 'about 1,000 companies', 'en')).toEqual([])
    expect(codes('约1,000家企业', 'about 1\u202f000 companies', 'en')).toEqual([])
    expect(codes('约1,000家企业', 'etwa 100 Unternehmen')).toEqual([
      'numberMissing 1,000',
      'numberExtra 100',
    ])
  })

  it('reads the decimal comma in German and the decimal point in English', () => {
    expect(codes('增长3.5%', 'ein Plus von 3,5 %')).toEqual([])
    expect(codes('增长3.5%', 'growth of 3.5%', 'en')).toEqual([])
    expect(codes('增长3.5%', 'ein Plus von 35 %')).toContain('numberMissing 3.5')
  })

  it('万 and 亿 scale the figure: the translation may name it in thousands, millions or billions', () => {
    expect(codes('投资1.2万元', 'Investition von 12.000 Yuan')).toEqual([])
    expect(codes('投资1.2万元', 'investment of 12 thousand yuan', 'en')).toEqual([])
    expect(codes('总投资5亿美元', 'a total investment of 500 million US dollars', 'en')).toEqual([])
    expect(codes('总投资1.2万亿元', 'Gesamtinvestition 1,2 Billionen Yuan')).toEqual([])
    expect(codes('总投资5亿美元', 'a total investment of 50 million US dollars', 'en')).toEqual([
      'numberMissing 5亿',
      'numberExtra 50',
    ])
  })

  it('a count up to twelve may be a word or reworded: a warning, not an error (seed: 等4部门)', () => {
    const zh = '江苏省商务厅等4部门首次联合出台支持太仓对德合作政策文件'
    expect(
      codes(zh, 'Erstes gemeinsames Grundsatzpapier von vier Provinzbehörden Jiangsus'),
    ).toEqual([])
    const reworded = checkText({
      path: 'summary',
      locale: 'en',
      source: qaText(zh),
      target: qaText(
        'The Department of Commerce and three other departments issued a policy document',
      ),
    })
    expect(reworded.map(({ code, severity }) => [code, severity])).toEqual([
      ['smallNumberMissing', 'warning'],
    ])
    expect(codes('共13个部门', 'thirteen departments', 'en')).toEqual(['numberMissing 13'])
  })

  it('values figures as written', () => {
    expect(sourceNumbers('450余家, 1,000家, 3.5%').map((n) => n.value)).toEqual([450, 1000, 3.5])
    expect(sourceNumbers('1.2万').map((n) => n.value)).toEqual([12000])
    expect(targetValues('1.000', 'de').has(1000)).toBe(true)
    expect(targetValues('1,5', 'de').has(1.5)).toBe(true)
  })

  it('a figure for a number the source writes in characters is not an addition', () => {
    expect(codes('近十年来', 'in the last 10 years', 'en')).toEqual([])
    expect(codes('近十年来', 'in the last 12 years', 'en')).toEqual(['numberExtra 12'])
  })
})

describe('QA: dates and years', () => {
  it('a year (1993年) must appear', () => {
    expect(
      codes(
        '1993年落户太仓的第一家德企。',
        'Das erste deutsche Unternehmen, das sich in Taicang ansiedelte (1993).',
      ),
    ).toEqual([])
    expect(
      codes(
        '1993年落户太仓的第一家德企。',
        'The first German company to settle in Taicang (1994).',
        'en',
      ),
    ).toEqual(['dateMissing 1993年', 'numberExtra 1994'])
  })

  it('a full date matches with the month as a name or a figure', () => {
    const zh = '2019年5月12日在太仓举办论坛'
    expect(codes(zh, 'Das Forum fand am 12. Mai 2019 in Taicang statt')).toEqual([])
    expect(codes(zh, 'The forum took place in Taicang on May 12, 2019', 'en')).toEqual([])
    expect(codes(zh, 'Forum in Taicang am 12.05.2019')).toEqual([])
    expect(codes(zh, 'The forum took place in Taicang on 12 June 2019', 'en')).toEqual([
      'dateMissing 2019年5月12日',
    ])
    expect(codes(zh, 'The forum took place in Taicang on 13 May 2019', 'en')).toEqual([
      'dateMissing 2019年5月12日',
      'numberExtra 13',
    ])
  })

  it('takes dates out of the figures', () => {
    const { dates, rest } = sourceDates('2019年5月12日和6月1日, 2020年')
    expect(dates.map(({ year, month, day }) => [year, month, day])).toEqual([
      [2019, 5, 12],
      [undefined, 6, 1],
      [2020, undefined, undefined],
    ])
    expect(rest.replace(/\s+/g, ' ').trim()).toBe('和 ,')
  })
})

describe('QA: addresses and codes', () => {
  const zh = '详见 https://www.taicang.gov.cn/de/ 或致信 info@taicang.de'
  it('URLs and e-mail addresses carry over (trailing slash, host case and full stops aside)', () => {
    expect(codes(zh, 'Siehe https://www.Taicang.gov.cn/de. Oder an info@taicang.de')).toEqual([])
    expect(codes(zh, 'See the website or write to us.', 'en')).toEqual([
      'urlMissing https://www.taicang.gov.cn/de',
      'emailMissing info@taicang.de',
    ])
    expect(
      codes(zh, 'Siehe https://www.taicang.gov.cn/de und https://example.com, info@taicang.de'),
    ).toEqual(['urlExtra https://example.com'])
  })

  it('rich-text links count by their target', () => {
    const link = (url: string) =>
      richText([
        { type: 'text', text: '见 ', version: 1 },
        {
          type: 'link',
          fields: { url },
          version: 3,
          children: [{ type: 'text', text: '网站', version: 1 }],
        },
      ])
    const en = (url: string) =>
      richText([
        {
          type: 'link',
          fields: { url },
          version: 3,
          children: [{ type: 'text', text: 'see the site', version: 1 }],
        },
      ])
    expect(codes(link('https://taicang.gov.cn'), en('https://taicang.gov.cn'), 'en')).toEqual([])
    expect(codes(link('https://taicang.gov.cn'), en('https://example.com'), 'en')).toEqual([
      'urlMissing https://taicang.gov.cn',
      'urlExtra https://example.com',
    ])
  })

  it('placeholders and code spans stay exactly as written', () => {
    expect(codes('您好 {name}，共 %d 项', 'Hallo {name}, insgesamt %d Punkte')).toEqual([])
    expect(codes('您好 {name}，共 %d 项', 'Hallo {Name}, insgesamt %d Punkte')).toEqual([
      'codeMissing {name}',
      'codeExtra {Name}',
    ])
    const code = (text: string, rest: string) =>
      richText([
        { type: 'text', text: rest, version: 1 },
        { type: 'text', text, format: 16, version: 1 },
      ])
    expect(codes(code('TC-2019', '编号 '), code('TC-2019', 'Number '), 'en')).toEqual([])
    expect(codes(code('TC-2019', '编号 '), code('TC 2019', 'Number '), 'en')).toEqual([
      'codeMissing TC-2019',
      'codeExtra TC 2019',
    ])
  })
})

describe('QA: glossary', () => {
  const glossary: QaGlossaryTerm[] = [
    {
      term: '县级市',
      renderings: { de: 'Stadt auf Kreisebene', en: 'county-level city' },
      forbidden: { de: ['kreisfreie Stadt'] },
    },
  ]
  const zh = '太仓作为全国唯一一个县级市出席论坛。'
  it('the agreed rendering is used (a warning: German inflects it)', () => {
    expect(
      codes(zh, 'Taicang nahm als einzige Stadt auf Kreisebene teil.', 'de', { glossary }),
    ).toEqual([])
    expect(
      codes(zh, 'Taicang attended as the only County-Level City.', 'en', { glossary }),
    ).toEqual([])
    expect(codes(zh, 'Taicang attended as the only county town.', 'en', { glossary })).toEqual([
      'glossaryMissing 县级市 → county-level city',
    ])
  })

  it('a forbidden rendering is an error, where the source has the term', () => {
    const found = checkText({
      path: 'summary',
      locale: 'de',
      source: qaText(zh),
      target: qaText('Taicang nahm als einzige kreisfreie Stadt teil.'),
      glossary,
    })
    expect(found.map(({ code, severity }) => [code, severity])).toEqual([
      ['glossaryMissing', 'warning'],
      ['forbiddenTerm', 'error'],
    ])
    expect(
      codes('太仓出席论坛。', 'Die kreisfreie Stadt Taicang nahm teil.', 'de', { glossary }),
    ).toEqual([])
  })
})

describe('QA: Chinese left in a translation', () => {
  it('a copy of the source is an error', () => {
    expect(codes('太仓对德合作', '太仓对德合作')).toEqual(['copyOfSource 太仓对德合作'])
    // Names written the same in every language are no copy.
    expect(codes('BMW', 'BMW', 'en')).toEqual([])
  })

  it('a run of five Chinese characters is untranslated; a name in brackets is not', () => {
    expect(codes('太仓对德合作', 'Taicang (太仓) arbeitet mit Deutschland zusammen')).toEqual([])
    expect(codes('太仓对德合作打造了', 'Taicang 对德合作打造 together', 'en')).toEqual([
      'untranslatedChinese 对德合作打造',
    ])
  })

  it('a quoted Chinese term is a citation, not untranslated text (seed: the glossary’s notes)', () => {
    expect(
      codes(
        '下一步部分写作“中德(太仓)中小企业合作示范区”。',
        'Im Abschnitt zu den nächsten Schritten als „中德(太仓)中小企业合作示范区“, d. h. Deutsch-Chinesische Modellzone (Taicang) für KMU-Kooperation.',
      ),
    ).toEqual([])
  })

  it('Chinese full-width punctuation in a translation is a warning', () => {
    expect(codes('太仓，德国', 'Taicang，Deutschland')).toEqual(['fullWidthPunctuation ，'])
  })
})

describe('QA: length and Chinese punctuation', () => {
  it('counts characters, not bytes, against the field’s maxLength', () => {
    expect(codes('德国中心', 'Deutsches Zentrum', 'de', { maxLength: 17 })).toEqual([])
    expect(codes('德国中心', 'Deutsches Zentrum!', 'de', { maxLength: 17 })).toEqual([
      'tooLong 18/17',
    ])
    expect(codes('德国中心落户太仓', '德国中心落户太仓', 'zh', { maxLength: 8 })).toEqual([])
    expect(codes('德国中心落户太仓', '德国中心落户太仓了', 'zh', { maxLength: 8 })).toEqual([
      'tooLong 9/8',
    ])
  })

  it('half-width , ; : ? ! ( ) between Chinese characters in zh is a warning (the article itself writes 太仓,太仓)', () => {
    const zh = '自1993年以来,太仓对德合作取得成效'
    const found = checkText({
      path: 'summary',
      locale: 'zh',
      source: qaText(zh),
      target: qaText(zh),
    })
    expect(found.map(({ code, severity, detail }) => [code, severity, detail])).toEqual([
      ['halfWidthPunctuation', 'warning', ', → ，'],
    ])
    expect(codes('德国中小企业(太仓)孵化中心', '德国中小企业(太仓)孵化中心', 'zh')).toEqual([
      'halfWidthPunctuation ( → （',
      'halfWidthPunctuation ) → ）',
    ])
    expect(codes('太仓，德国', '太仓，德国', 'zh')).toEqual([])
    // Between a figure and a character is not between characters.
    expect(codes('共3,5家', '共3,5家', 'zh')).toEqual([])
  })
})

describe('QA: severities and messages', () => {
  it('errors block, warnings do not', () => {
    const [warning] = checkText({
      path: 'p',
      locale: 'zh',
      source: qaText('太仓,德国'),
      target: qaText('太仓,德国'),
    })
    expect(qaBlocks([warning!])).toBe(false)
    const [error] = checkText({
      path: 'p',
      locale: 'de',
      source: qaText('太仓对德合作'),
      target: qaText('太仓对德合作'),
    })
    expect(qaBlocks([warning!, error!])).toBe(true)
  })

  it('every code has a severity and a message in zh, de and en', () => {
    for (const code of qaCodes) {
      expect(['error', 'warning']).toContain(severityOf[code as QaCode])
      const key = qaMessageKey(code).replace(
        'translator:',
        '',
      ) as keyof (typeof adminTranslations)['en']['translator']
      for (const language of ['zh', 'de', 'en'] as const)
        expect(adminTranslations[language].translator[key]).toMatch(/\S/)
    }
  })

  it('messages name the detail', () => {
    const t = (key: string, vars?: Record<string, unknown>) =>
      (adminTranslations.en.translator as Record<string, string>)[
        key.replace('translator:', '')
      ]!.replace('{{detail}}', String(vars?.detail))
    const [finding] = withMessages(
      checkText({ path: 'p', locale: 'en', source: qaText('450余家'), target: qaText('over 400') }),
      t,
    )
    expect(finding?.message).toBe('The figure 450 from the source is missing.')
  })
})
