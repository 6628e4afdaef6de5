import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** Plain paragraphs (separated by blank lines) as a Lexical document, the shape richText fields store. */
export function paragraphsToRichText(text: string): SerializedEditorState {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            text: paragraph,
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            version: 1,
          },
        ],
      })),
    },
  } as SerializedEditorState
}
