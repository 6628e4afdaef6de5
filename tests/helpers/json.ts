/**
 * A JSON object read back from the API or a page, in a test. Tests read such answers by path
 * (`json.errors[0].data.errors[0].path`) and assert on the value; typing every answer would add
 * nothing the assertion does not already check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: read by path, checked by assertions
export type JsonObject = Record<string, any>
