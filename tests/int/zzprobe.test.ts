import { describeBadInput, type BadInputCase } from '../helpers/badInput'
const g = (query: string): BadInputCase => ({ method: 'POST', path: '/api/graphql', body: { query }, as: 'editor', expect: { status: 999 } })
describeBadInput('probe', [
  g('{ versionsEvents(where: { parent: { equals: "abc" } }) { docs { id } } }'),
  g('{ versionsEvents(where: { version__platforms: { equals: "abc" } }) { docs { id } } }'),
  g('{ versionsEvents(page: -1) { docs { id } } }'),
  g('{ versionsEvents(sort: "nope") { docs { id } } }'),
  g('{ versionEvent(id: 999999) { id } }'),
  g('{ Users(where: { roles: { equals: superuser } }) { docs { id } } }'),
  g('{ Media(where: { id: { equals: 1 } }) { docs { id } } }'),
  g('{ allMedia(where: { width: { greater_than: "x" } }) { docs { id } } }'),
  g('mutation { restoreVersionEvent(id: 999999) { id } }'),
  g('{ docAccessEvent(id: 99999) { update { permission } } }'),
  g('{ Glossaries(where: { term: { near: "1,2" } }) { docs { id } } }'),
  g('{ Events(where: { platforms: { in: ["1", "abc"] } }) { docs { id } } }'),
  g('{ Events(where: { platforms: { all: [1.5] } }) { docs { id } } }'),
  g('{ Events(where: { cover: { not_equals: "-1" } }) { docs { id } } }'),
], 'probe')
