import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { Facts, websiteFact } from '@/components/Facts'
import { LocalizedRichText } from '@/components/LocalizedText'
import { isSafeHref, unsafeLinkIn } from '@/fields/safeUrl'
import type { RichText } from '@/lib/localized'

import { link, paragraph, richText, text } from '../helpers/lexical'

const doc = (...children: object[]) => richText(...children) as unknown as RichText

describe('safe link targets (issue #12, item 5)', () => {
  it.each([
    'https://www.taicang.gov.cn/',
    'http://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG',
    'mailto:office@example.org',
    'tel:+86-512-5320-0000',
    '/de/events/forum',
    '/',
    '#kontakt',
    '?page=2',
  ])('allows %j', (url) => {
    expect(isSafeHref(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'mailto:',
    'https://',
    'events/forum',
    '',
    '   ',
    null,
    42,
  ])('refuses %j', (url) => {
    expect(isSafeHref(url)).toBe(false)
  })
})

describe('links inside rich text', () => {
  it('finds an unsafe link or autolink at any depth, and ignores internal links', () => {
    expect(unsafeLinkIn(doc(paragraph(text('a'), link('https://example.org', 'b'))))).toBeNull()
    expect(unsafeLinkIn(doc(paragraph(link('data:text/html,x', 'b'))))).toBe('data:text/html,x')
    expect(unsafeLinkIn(doc(paragraph(link('vbscript:x', 'b', 'autolink'))))).toBe('vbscript:x')
    const internal = {
      ...link('', 'b'),
      fields: { linkType: 'internal', doc: { relationTo: 'events', value: 1 } },
    }
    expect(unsafeLinkIn(doc(paragraph(internal)))).toBeNull()
    let deep: object = link('javascript:alert(1)', 'deep')
    for (let i = 0; i < 20_000; i += 1) deep = paragraph(deep)
    expect(unsafeLinkIn(doc(deep))).toBe('javascript:alert(1)')
    expect(unsafeLinkIn(null)).toBeNull()
    expect(unsafeLinkIn({ root: 'x' })).toBeNull()
  })

  it('renders an unsafe link as its text and a safe one as a link', () => {
    const html = renderToStaticMarkup(
      createElement(LocalizedRichText, {
        locale: 'de',
        shown: {
          lang: 'de',
          value: doc(
            paragraph(
              link('https://example.org/', 'web'),
              link('data:text/html,<script>alert(1)</script>', 'data'),
              link('VBScript:msgbox(1)', 'vb'),
              link(' java\tscript:alert(1)', 'js', 'autolink'),
              link('mailto:office@example.org', 'mail'),
              link('/de/events', 'site'),
            ),
          ),
        },
      }),
    )
    expect(html).toContain('<a href="https://example.org/">web</a>')
    expect(html).toContain('<a href="mailto:office@example.org">mail</a>')
    expect(html).toContain('<a href="/de/events">site</a>')
    expect(html).toContain('<span>data</span>')
    expect(html).toContain('<span>vb</span>')
    expect(html).toContain('<span>js</span>')
    expect(html).not.toMatch(/data:|vbscript|javascript/i)
  })

  it('shows a website that is not a safe link as text', () => {
    const render = (website: string) =>
      renderToStaticMarkup(createElement(Facts, { items: [websiteFact('Website', website)] }))
    expect(render('https://www.kern-liebers.com')).toContain(
      '<a href="https://www.kern-liebers.com" rel="external">www.kern-liebers.com</a>',
    )
    expect(render('data:text/html,x')).not.toContain('<a')
    expect(render('data:text/html,x')).toContain('<dd>data:text/html,x</dd>')
  })
})
