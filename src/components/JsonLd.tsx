import type { Thing } from '@/lib/jsonLd'

/** schema.org data; `<` is escaped so text from the CMS cannot close the script element. */
export function JsonLd({ data }: { data: Thing | Thing[] }) {
  const json = JSON.stringify(Array.isArray(data) && data.length === 1 ? data[0] : data).replace(
    /</g,
    '\\u003c',
  )
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
