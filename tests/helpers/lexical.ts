/** Lexical rich text as the admin's editor stores it, built node by node. */
export const paragraph = <Children extends object[]>(...children: Children) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
})

/** A run of text; `format` is Lexical's bit set (1 bold, 2 italic…). */
export const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  version: 1,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
})

/** A link (or autolink) to a custom URL around `label`. */
export const link = (url: string, label: string, type = 'link') => ({
  type,
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
})

export const richText = <Children extends object[]>(...children: Children) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})
