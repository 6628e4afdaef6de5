import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withBodyCap } from '@/http/bodyCap'
import { guardGraphQL } from '@/http/requestGuards'

export const POST = withBodyCap(guardGraphQL(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
