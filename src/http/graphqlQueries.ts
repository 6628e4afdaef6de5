import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
} from 'payload'

import { collectionQueryProblem, pagingNumbersProblem } from './queryParams'

/** Hook operations whose arguments carry a collection query ('read' includes findVersions). */
const queryOperations = new Set(['read', 'count', 'update', 'delete'])

/**
 * GraphQL types most query values, but relationship operands are free JSON and page is any Int:
 * `where: { platforms: { equals: "abc" } }` or `page: -5` failed in the database as a 500 inside the
 * GraphQL answer. GraphQL queries reach Payload's operations without passing the REST guards, so the
 * same checks run here, for GraphQL requests only (Local API callers pass typed values, Dates included).
 */
const refuseUnusableGraphQLQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI !== 'GraphQL' || !queryOperations.has(operation)) return
  const { where, sort, limit, page } = args as {
    where?: unknown
    sort?: unknown
    limit?: unknown
    page?: unknown
  }
  const query: Record<string, unknown> = {}
  if (where !== undefined && where !== null) query.where = where
  if (sort !== undefined && sort !== null) query.sort = sort
  // Payload hands this hook 'read' for version queries too: paths are read as a document's, else a version's.
  const problem =
    pagingNumbersProblem({ limit, page }) ??
    collectionQueryProblem(req.payload, collection.slug as CollectionSlug, query, { graphQL: true })
  if (problem) throw new APIError(problem, 400, undefined, true)
}

/** The collection with the GraphQL query checks running before its own beforeOperation hooks. */
export function withGraphQLQueryChecks(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseUnusableGraphQLQueries, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
