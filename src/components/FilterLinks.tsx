/**
 * A filter as a row of links, one per value: works without JavaScript, one click, and each filtered
 * view has its own URL.
 */
export function FilterLinks({
  label,
  allLabel,
  allHref,
  current,
  options,
}: {
  label: string
  allLabel: string
  allHref: string
  current: string | undefined
  options: { value: string; label: string; href: string }[]
}) {
  return (
    <nav className="filter-links" aria-label={label}>
      <span className="filter-links__label" aria-hidden="true">
        {label}
      </span>
      <ul>
        <li>
          <a href={allHref} aria-current={current === undefined ? 'true' : undefined}>
            {allLabel}
          </a>
        </li>
        {options.map((option) => (
          <li key={option.value}>
            <a href={option.href} aria-current={current === option.value ? 'true' : undefined}>
              {option.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
