export type FilterField =
  | {
      name: string
      label: string
      value: string | undefined
      options: { value: string; label: string }[]
      type?: 'select'
    }
  | { name: string; label: string; checked: boolean; type: 'checkbox' }

/**
 * Filters as a plain GET form: the filters end up in the URL (shareable, bookmarkable, crawlable)
 * and it works without JavaScript.
 */
export function FilterForm({
  action,
  legend,
  submit,
  reset,
  fields,
  hidden = {},
}: {
  action: string
  legend: string
  submit: string
  reset?: { label: string; href: string }
  fields: FilterField[]
  hidden?: Record<string, string>
}) {
  return (
    <form className="filters" method="get" action={action}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="filters__fields">
          {fields.map((field) =>
            field.type === 'checkbox' ? (
              <label key={field.name} className="filters__check">
                <input type="checkbox" name={field.name} value="1" defaultChecked={field.checked} />{' '}
                {field.label}
              </label>
            ) : (
              <label key={field.name} className="filters__field">
                <span>{field.label}</span>
                <select name={field.name} defaultValue={field.value ?? ''}>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            ),
          )}
        </div>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="filters__actions">
          <button type="submit" className="button">
            {submit}
          </button>
          {reset ? <a href={reset.href}>{reset.label}</a> : null}
        </div>
      </fieldset>
    </form>
  )
}
