import type { Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { bcp47, isLocale } from '@/i18n/locales'

import './site.css'

/**
 * The public site's root layout, beside the admin's (`app/(payload)`): each has its own `<html>`,
 * so this one can carry the reader's language. No locale is rendered at build time (the database
 * is the server's, not the build machine's); each page is rendered on its first visit and then
 * served from the cache until an editor's change revalidates it.
 */
export function generateStaticParams() {
  return []
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b3a66',
}

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  // The proxy already answers unknown locales; this guards direct renders.
  if (!isLocale(locale)) notFound()
  return (
    <html lang={bcp47[locale]} dir="ltr">
      <body>{children}</body>
    </html>
  )
}
