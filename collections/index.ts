import { Enterprises } from './Enterprises'
import { Events } from './Events'
import { Glossary } from './Glossary'
import { KeyFigures } from './KeyFigures'
import { Media } from './Media'
import { Milestones } from './Milestones'
import { Platforms } from './Platforms'
import { SiteSettings } from './SiteSettings'
import { Users } from './Users'

/** The four content collections, in the order editors meet them. */
export const contentCollections = [Milestones, Events, Enterprises, Platforms]

export const collections = [...contentCollections, Glossary, Media, Users]

export const globals = [KeyFigures, SiteSettings]
