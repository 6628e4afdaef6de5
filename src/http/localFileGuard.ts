import fs from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

import { refusal } from './refusal'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

const notFound = () => refusal(404, 'File not found.')

/**
 * Runs before Payload serves an upload from disk: a name that leaves the upload folder is a 400,
 * a file that is not there a 404. Payload answered a missing file with a 500 ("Something went
 * wrong"), so every probe such as /api/media/file/%252e%252e%252fpackage.json was a server error.
 * Returning nothing lets Payload serve the file as usual.
 */
export function localFileGuard(staticDir: string): FileHandler {
  const root = path.resolve(staticDir)
  const guard = async (
    _req: unknown,
    { params: { filename } }: { params: { filename: string } },
  ): Promise<Response | undefined> => {
    const file = path.resolve(root, filename)
    if (filename.includes('\0') || !file.startsWith(root + path.sep)) {
      return refusal(400, 'Invalid file name.')
    }
    const stats = await fs.stat(file).catch(() => null)
    if (!stats?.isFile()) return notFound()
    return undefined
  }
  // Payload awaits the handler and serves the file itself unless it got a Response; its type
  // (Promise<Response> | Promise<void>) cannot say "a Promise of either".
  return guard as FileHandler
}
