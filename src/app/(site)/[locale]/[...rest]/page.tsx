import { notFound } from 'next/navigation'

/** Any path under a locale that no page matches: the locale's own 404 page. */
export default function UnknownPage() {
  notFound()
}
