/** Deeper bodies are refused before parsing: nothing the CMS stores nests this far, and Payload's field traversal recurses. */
export const maxJsonDepth = 64

/** How deeply the JSON text nests objects and arrays, counted without parsing (and so without recursion). */
function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

/**
 * Why a JSON request body cannot be an operation's data, or null when it is one JSON object.
 * Payload would otherwise hand `null`, a number or an array to its field hooks (500), or answer a
 * syntax error from deep inside its request parsing.
 */
export function jsonBodyProblem(text: string, subject = 'The request body'): string | null {
  if (text.trim() === '') return null
  if (exceedsDepth(text, maxJsonDepth)) {
    return `${subject} is nested too deeply (more than ${maxJsonDepth} levels of objects and arrays).`
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `${subject} is not valid JSON: ${(error as Error).message}`
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`
    return `${subject} must be a JSON object, not ${kind}.`
  }
  return null
}
