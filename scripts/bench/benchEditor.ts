import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/** A request by a fresh editor account, as the benchmarked endpoints receive it. */
export async function benchEditorRequest(payload: Payload, email: string): Promise<PayloadRequest> {
  const editor = await payload.create({
    collection: 'users',
    data: { email, password: 'correct horse battery', roles: ['editor'] } as never,
    overrideAccess: true,
  })
  return createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
}
