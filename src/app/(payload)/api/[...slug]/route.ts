/* Payload's REST API under /api; access rules live with the collections. */
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withBodyCap } from '@/http/bodyCap'
import { withRateLimits } from '@/http/rateLimit'
import { withUploadPermission } from '@/http/uploadPermission'
import { guardRest } from '@/http/requestGuards'

// Every handler that reads ids, queries or bodies first passes the request guards (src/http/).
export const GET = guardRest(config, REST_GET(config))
// Rate limits come first, so a refused request costs nothing; then no body is read past the cap,
// and none at all for a new file its sender may not upload.
export const POST = withRateLimits(
  withBodyCap(withUploadPermission(config, guardRest(config, REST_POST(config)))),
)
export const DELETE = guardRest(config, REST_DELETE(config))
export const PATCH = withBodyCap(guardRest(config, REST_PATCH(config)))
export const PUT = withBodyCap(guardRest(config, REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
