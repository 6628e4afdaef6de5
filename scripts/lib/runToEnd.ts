/**
 * Run by `payload run` (see payloadScript.mjs): imports the script named next on the command line,
 * which runs it, then prints the marker that tells the caller it ran to its end.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [script] = process.argv.slice(2)
if (!script) throw new Error('Name the script to run.')
await import(pathToFileURL(path.resolve(script)).href)
process.stdout.write(`\n${process.env.PAYLOAD_SCRIPT_FINISHED}\n`)
