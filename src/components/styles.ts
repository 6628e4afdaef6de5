/**
 * The public site's styles: system fonts only (no web-font download; Chinese readers get their
 * platform's CJK face), no framework. Inlined into every page's <head> (about 4 KB gzip) so the
 * first paint needs no second request; pages are route handlers, which cannot import .css files.
 * Colours meet WCAG AA on their backgrounds.
 */
const source = /* css */ `
:root {
  color-scheme: light;
  --ink: #1b1f24;
  --muted: #4a5561;
  --line: #d3dae2;
  --panel: #f2f5f8;
  --brand: #0b3a66;
  --brand-dark: #072a4b;
  --link: #0a4f8c;
  --accent: #a3161c;
  --focus: #f2b705;
  --radius: 6px;
  --latin: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif;
  --cjk: 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei',
    'WenQuanYi Micro Hei', sans-serif;
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  display: flex;
  flex-direction: column;
  min-height: 100vh;
  margin: 0;
  font-family: var(--latin);
  font-size: 1.0625rem;
  line-height: 1.6;
  color: var(--ink);
  background: #fff;
  overflow-wrap: break-word;
}

/* Chinese: a CJK face first (its Latin glyphs are fine), more leading, no synthetic italics. */
:lang(zh) {
  font-family: var(--cjk);
}
:lang(de),
:lang(en) {
  font-family: var(--latin);
}
html:lang(zh) body {
  line-height: 1.8;
}
:lang(zh) em,
:lang(zh) i {
  font-style: normal;
  font-weight: 600;
}
:lang(de) {
  hyphens: auto;
}

h1,
h2,
h3,
h4 {
  line-height: 1.3;
  margin: 1.6em 0 0.5em;
  font-weight: 700;
}
h1 {
  font-size: clamp(1.75rem, 1.3rem + 2vw, 2.4rem);
  margin-top: 0.6em;
  color: var(--brand-dark);
}
h2 {
  font-size: 1.45rem;
}
h3 {
  font-size: 1.15rem;
}
p {
  margin: 0 0 1em;
}

a {
  color: var(--link);
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
}
a:hover {
  color: var(--brand-dark);
  text-decoration-thickness: 2px;
}
:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  box-shadow: 0 0 0 5px var(--brand-dark);
}
main:focus {
  outline: none;
}

.wrap {
  max-width: 72rem;
  margin: 0 auto;
  padding: 0 1.25rem;
}

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.skip-link {
  position: absolute;
  left: 1rem;
  top: -4rem;
  z-index: 10;
  padding: 0.6rem 1rem;
  background: #fff;
  color: var(--brand-dark);
  font-weight: 700;
  border-radius: var(--radius);
}
.skip-link:focus {
  top: 1rem;
}

/* Header */
.site-header {
  background: var(--brand);
  color: #fff;
}
.site-header__bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.75rem 1.5rem;
  padding-top: 1rem;
  padding-bottom: 1rem;
}
.brand {
  display: flex;
  flex-direction: column;
  color: #fff;
  text-decoration: none;
}
.brand:hover {
  color: #fff;
}
.brand__name {
  font-size: 1.3rem;
  font-weight: 700;
  line-height: 1.25;
}
.brand__tagline {
  font-size: 0.95rem;
  opacity: 0.9;
}
.language-switcher ul {
  display: flex;
  gap: 0.25rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.language-switcher a {
  display: inline-block;
  padding: 0.3rem 0.7rem;
  color: #fff;
  text-decoration: none;
  border: 1px solid rgba(255, 255, 255, 0.55);
  border-radius: 999px;
  font-size: 0.95rem;
}
.language-switcher a:hover {
  background: rgba(255, 255, 255, 0.15);
  color: #fff;
}
.language-switcher a[aria-current] {
  background: #fff;
  color: var(--brand-dark);
  font-weight: 700;
}

.site-nav {
  background: var(--brand-dark);
}
.site-nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0 0.25rem;
  margin: 0 auto;
  /* Link padding included, the text lines up with the page's left edge. */
  padding-left: 0.45rem;
  padding-right: 0.45rem;
  list-style: none;
}
.site-nav a {
  display: block;
  padding: 0.65rem 0.8rem;
  color: #fff;
  text-decoration: none;
  border-bottom: 3px solid transparent;
}
.site-nav a:hover {
  color: #fff;
  border-bottom-color: rgba(255, 255, 255, 0.6);
}
.site-nav a[aria-current] {
  border-bottom-color: #fff;
  font-weight: 700;
}

.draft-banner {
  background: var(--focus);
  color: #111;
  padding: 0.5rem 1.25rem;
  text-align: center;
  font-weight: 600;
}
.draft-banner a {
  color: #111;
}

/* Page furniture */
.breadcrumbs ol {
  display: flex;
  flex-wrap: wrap;
  margin: 1rem 0 0;
  padding: 0;
  list-style: none;
  font-size: 0.92rem;
  color: var(--muted);
}
.breadcrumbs li + li::before {
  content: '›';
  margin: 0 0.5rem;
  color: var(--muted);
}
.notice {
  margin: 1rem 0 0;
  padding: 0.75rem 1rem;
  background: #fff8e1;
  border-left: 4px solid #b58100;
  border-radius: 0 var(--radius) var(--radius) 0;
}
main {
  flex: 1 0 auto;
  width: 100%;
  padding-bottom: 3rem;
}
.lead {
  font-size: 1.15rem;
  color: var(--muted);
  max-width: 48rem;
}
.eyebrow {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem;
  margin: 1.5rem 0 0;
  color: var(--accent);
  font-weight: 700;
  font-size: 0.95rem;
  text-transform: uppercase;
  letter-spacing: 0.03em;
}
:lang(zh) .eyebrow {
  text-transform: none;
  letter-spacing: 0.08em;
}
.hint {
  color: var(--muted);
  font-size: 0.95rem;
}
.empty {
  color: var(--muted);
  font-style: italic;
}
:lang(zh) .empty {
  font-style: normal;
}
.more {
  margin-top: 1rem;
  font-weight: 600;
}
.section {
  margin-top: 2.5rem;
}
.result-count {
  color: var(--muted);
  font-weight: 600;
}

.tag {
  display: inline-block;
  padding: 0.05rem 0.55rem;
  border-radius: 999px;
  background: var(--panel);
  border: 1px solid var(--line);
  color: var(--ink);
  font-size: 0.82rem;
  font-weight: 600;
  letter-spacing: 0;
  text-transform: none;
  line-height: 1.6;
}
.tag--cancelled,
.tag--postponed {
  background: #fdecea;
  border-color: #e7b3ae;
  color: #7a1410;
}
.tag--planned,
.tag--under-construction {
  background: #eef4fb;
  border-color: #b9cde4;
  color: #0a3a6b;
}
.tag--champion {
  margin-left: 0.5rem;
  background: #fff4d6;
  border-color: #e2c36b;
  color: #5c4300;
}

.button {
  display: inline-block;
  padding: 0.55rem 1.1rem;
  border: 2px solid var(--brand);
  border-radius: var(--radius);
  background: var(--brand);
  color: #fff;
  font: inherit;
  font-weight: 600;
  text-decoration: none;
  cursor: pointer;
}
.button:hover {
  background: var(--brand-dark);
  color: #fff;
}
.button--secondary {
  background: #fff;
  color: var(--brand);
}
.button--secondary:hover {
  background: var(--panel);
  color: var(--brand-dark);
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  margin: 1.5rem 0;
}

/* Home */
.hero {
  margin: 1.5rem 0 0;
  padding: 2rem 1.5rem;
  background: var(--panel);
  border-radius: var(--radius);
  border-top: 4px solid var(--accent);
}
.hero h1 {
  margin-top: 0;
}
.hero__tagline {
  display: block;
  margin-top: 0.35rem;
  font-size: 0.6em;
  font-weight: 600;
  color: var(--muted);
}
.quick-links {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
  margin: 1.25rem 0 0;
  padding: 0;
  list-style: none;
  font-weight: 600;
}
.quick-links a::after {
  content: ' →';
}
.columns {
  display: grid;
  gap: 0 3rem;
}
@media (min-width: 56rem) {
  .columns {
    grid-template-columns: 1fr 1fr;
  }
}

.figures {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
  gap: 1rem;
  margin: 0;
}
.figure {
  display: flex;
  flex-direction: column;
  padding: 1rem 1.1rem;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  background: #fff;
}
.figure dt {
  color: var(--ink);
  font-size: 0.95rem;
}
.figure dd {
  margin: 0;
}
/* The number reads first on screen; in the markup the label comes first, as a <dl> wants. */
.figure__value {
  order: -1;
  margin-bottom: 0.3rem !important;
  font-size: 1.55rem;
  font-weight: 700;
  line-height: 1.25;
  color: var(--brand-dark);
}
.figure__meta {
  margin-top: 0.4rem !important;
  font-size: 0.85rem;
  color: var(--muted);
}

/* Source references */
.source {
  margin-top: 0.4rem;
  font-size: 0.88rem;
  color: var(--muted);
}
.source summary {
  cursor: pointer;
  color: var(--link);
}
.source q,
.source-note q {
  quotes: none;
}
.source-note {
  margin-top: 2.5rem;
  padding: 1rem 1.25rem;
  border-left: 4px solid var(--line);
  background: var(--panel);
  font-size: 0.95rem;
}
.source-note h2 {
  margin: 0 0 0.4rem;
  font-size: 1rem;
}
.source-note p {
  margin: 0;
}
.source-note .hint {
  margin-top: 0.4rem;
  font-size: 0.88rem;
}

/* Timeline */
.timeline {
  margin: 0;
  padding: 0;
  list-style: none;
  border-left: 3px solid var(--line);
}
.timeline__item {
  position: relative;
  margin: 0 0 1.5rem;
  padding-left: 1.4rem;
  scroll-margin-top: 1rem;
}
.timeline__item::before {
  content: '';
  position: absolute;
  left: -0.56rem;
  top: 0.45rem;
  width: 0.8rem;
  height: 0.8rem;
  border-radius: 50%;
  background: #fff;
  border: 3px solid var(--brand);
}
.timeline__item:target {
  background: #fff8e1;
}
.timeline__meta,
.timeline__title {
  margin: 0.2rem 0 0.35rem;
  font-size: 1.1rem;
}
.timeline--compact .timeline__item {
  margin-bottom: 1rem;
}
.year__heading {
  color: var(--brand);
  border-bottom: 2px solid var(--line);
  padding-bottom: 0.25rem;
  scroll-margin-top: 1rem;
}
.year-nav ul,
.toc ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.35rem;
  margin: 1rem 0;
  padding: 0;
  list-style: none;
}
.year-nav a,
.toc a {
  display: inline-block;
  padding: 0.15rem 0.6rem;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  text-decoration: none;
}
.toc .count {
  color: var(--muted);
}
.related-inline {
  font-size: 0.95rem;
}
.related-inline > span:first-child {
  color: var(--muted);
}

/* Filters */
.filter-links {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.5rem;
  margin: 1.5rem 0 0.5rem;
}
.filter-links__label {
  font-weight: 700;
}
.filter-links ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.4rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.filter-links a {
  display: inline-block;
  padding: 0.2rem 0.75rem;
  border: 1px solid var(--link);
  border-radius: 999px;
  text-decoration: none;
  font-size: 0.95rem;
}
.filter-links a[aria-current] {
  background: var(--brand);
  border-color: var(--brand);
  color: #fff;
}
.filters fieldset {
  margin: 1.5rem 0 1rem;
  padding: 1rem 1.25rem 1.25rem;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  background: var(--panel);
}
.filters legend {
  padding: 0 0.4rem;
  font-weight: 700;
}
.filters__fields {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
  gap: 0.9rem 1.25rem;
  align-items: end;
}
.filters__field span {
  display: block;
  margin-bottom: 0.25rem;
  font-weight: 600;
  font-size: 0.95rem;
}
.filters select,
.search-form input {
  width: 100%;
  min-height: 2.6rem;
  padding: 0.4rem 0.6rem;
  border: 1px solid #7b8794;
  border-radius: var(--radius);
  background: #fff;
  color: var(--ink);
  font: inherit;
}
.filters__check {
  display: flex;
  gap: 0.5rem;
  align-items: center;
  min-height: 2.6rem;
  font-weight: 600;
}
.filters__check input {
  width: 1.2rem;
  height: 1.2rem;
}
.filters__actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 1rem;
  margin-top: 1rem;
}

/* Lists */
.event-list {
  margin: 0;
  padding: 0;
  list-style: none;
}
.event-list__item {
  padding: 0.9rem 0;
  border-bottom: 1px solid var(--line);
}
.event-list__item:first-child {
  border-top: 1px solid var(--line);
}
.event-list__title {
  margin: 0.25rem 0;
  font-size: 1.1rem;
}
.event-list__place {
  margin: 0;
  color: var(--muted);
}

.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
  gap: 1rem;
  margin: 1rem 0 0;
  padding: 0;
  list-style: none;
}
.card {
  height: 100%;
  padding: 1rem 1.1rem;
  border: 1px solid var(--line);
  border-top: 4px solid var(--brand);
  border-radius: var(--radius);
  background: #fff;
}
.card__title {
  margin: 0 0 0.5rem;
  font-size: 1.1rem;
}
.card__meta {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.4rem;
  margin: 0 0 0.4rem;
  color: var(--muted);
  font-size: 0.92rem;
}
.card__place {
  margin: 0;
  color: var(--muted);
}

.table-wrap {
  overflow-x: auto;
}
.directory {
  width: 100%;
  border-collapse: collapse;
}
.directory th,
.directory td {
  padding: 0.7rem 0.75rem;
  border-bottom: 1px solid var(--line);
  text-align: left;
  vertical-align: top;
}
.directory thead th {
  background: var(--panel);
  font-size: 0.95rem;
}
.directory tbody th {
  font-weight: 600;
}

.pagination ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.35rem;
  margin: 1.5rem 0 0;
  padding: 0;
  list-style: none;
}
.pagination a {
  display: inline-block;
  min-width: 2.5rem;
  padding: 0.35rem 0.7rem;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  text-align: center;
  text-decoration: none;
}
.pagination a[aria-current] {
  background: var(--brand);
  border-color: var(--brand);
  color: #fff;
}

/* Detail pages */
.detail {
  max-width: 50rem;
}
.detail__header h1 {
  margin-top: 0.4rem;
}
.facts {
  display: grid;
  grid-template-columns: minmax(8rem, max-content) 1fr;
  gap: 0;
  margin: 1.5rem 0;
  border-top: 1px solid var(--line);
}
.facts > div {
  display: contents;
}
.facts dt,
.facts dd {
  margin: 0;
  padding: 0.55rem 0;
  border-bottom: 1px solid var(--line);
}
.facts dt {
  padding-right: 1.5rem;
  color: var(--muted);
  font-weight: 600;
}
.prose {
  max-width: 46rem;
}
.related {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  gap: 0 2rem;
}
.related h2 {
  font-size: 1.1rem;
}
.related ul {
  margin: 0;
  padding-left: 1.1rem;
}
.related li {
  margin-bottom: 0.35rem;
}
.back {
  margin-top: 2rem;
}
.back a::before {
  content: '← ';
}

/* Search */
.search-form {
  max-width: 40rem;
  margin: 1rem 0;
}
.search-form label {
  display: block;
  margin-bottom: 0.35rem;
  font-weight: 600;
}
.search-form__row {
  display: flex;
  gap: 0.5rem;
}
.search-form__row input {
  flex: 1;
}
.search-form .hint {
  margin-top: 0.5rem;
}
.results {
  margin: 0;
  padding: 0;
  list-style: none;
}
.result {
  padding: 1rem 0;
  border-bottom: 1px solid var(--line);
}
.result__kind {
  margin: 0;
  color: var(--accent);
  font-size: 0.88rem;
  font-weight: 700;
}
.result__title {
  margin: 0.2rem 0;
}
.result__snippet {
  margin: 0;
  color: var(--muted);
}
mark {
  background: #ffe58a;
  color: inherit;
  padding: 0 0.1em;
}

.not-found {
  padding: 2rem 0;
}
.link-list {
  padding-left: 1.2rem;
}

/* Footer */
.site-footer {
  margin-top: 2rem;
  padding: 2rem 0;
  background: var(--brand-dark);
  color: #fff;
  font-size: 0.95rem;
}
.site-footer__grid {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  gap: 1.5rem 2.5rem;
}
.site-footer h2 {
  margin: 0 0 0.6rem;
  font-size: 1.05rem;
}
.site-footer ul {
  margin: 0;
  padding: 0;
  list-style: none;
}
.site-footer li {
  margin-bottom: 0.3rem;
}
.site-footer a {
  color: #fff;
}
.site-footer .address {
  white-space: pre-line;
}

@media (max-width: 40rem) {
  body {
    font-size: 1rem;
  }
  .hero {
    padding: 1.25rem 1rem;
  }
  /* One row that scrolls sideways rather than three rows of links above the content. */
  .site-nav ul {
    flex-wrap: nowrap;
    overflow-x: auto;
    padding-left: 0.65rem;
    padding-right: 0.65rem;
    scrollbar-width: none;
  }
  .site-nav li {
    flex: none;
  }
  .figures {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.6rem;
  }
  .figure {
    padding: 0.75rem;
  }
  .figure__value {
    font-size: 1.2rem;
  }
  .site-nav a {
    padding: 0.5rem 0.6rem;
    font-size: 0.95rem;
  }
  .facts {
    grid-template-columns: 1fr;
  }
  .facts dt {
    padding-bottom: 0;
    border-bottom: 0;
  }
  .search-form__row {
    flex-direction: column;
  }
}

@media print {
  body {
    font-size: 11pt;
    color: #000;
  }
  .skip-link,
  .site-nav,
  .language-switcher,
  .breadcrumbs,
  .filters,
  .filter-links,
  .year-nav,
  .toc,
  .pagination,
  .actions,
  .search-form,
  .draft-banner,
  .quick-links,
  .more,
  .back,
  .site-footer nav {
    display: none !important;
  }
  .site-header,
  .site-footer {
    background: none;
    color: #000;
  }
  .brand,
  .site-footer a {
    color: #000;
  }
  .site-header {
    border-bottom: 2px solid #000;
  }
  a {
    color: #000;
  }
  .detail a[href^='http']::after,
  .prose a[href^='http']::after {
    content: ' (' attr(href) ')';
    font-size: 0.9em;
  }
  .hero,
  .card,
  .figure,
  .source-note,
  .filters fieldset {
    background: none;
    border-color: #999;
  }
  .figures,
  .cards {
    grid-template-columns: repeat(2, 1fr);
  }
  .card,
  .figure,
  .timeline__item,
  .event-list__item {
    break-inside: avoid;
  }
  .source[open] summary,
  .source summary {
    color: #000;
  }
  h1,
  h2,
  h3 {
    break-after: avoid;
  }
  .site-footer {
    margin-top: 1rem;
    padding: 1rem 0 0;
    border-top: 1px solid #000;
  }
}
`

/** Comments and indentation removed once, at module load. */
export const siteStyles = source
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim()
