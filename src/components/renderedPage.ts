import type { ReactElement } from 'react'

import type { PageHead } from '@/lib/head'

/** What a page function returns: its head, its body and its HTTP status. */
export type RenderedPage = { head: PageHead; body: ReactElement; status?: number }
