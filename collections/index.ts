import { AuditLog } from './AuditLog'
import { Enterprises } from './Enterprises'
import { Events } from './Events'
import { Glossary } from './Glossary'
import { KeyFigures } from './KeyFigures'
import { Media } from './Media'
import { Milestones } from './Milestones'
import { Platforms } from './Platforms'
import { SiteSettings } from './SiteSettings'
import { TranslationComments } from './TranslationComments'
import { TranslationTasks, WorkflowSettings } from './TranslationTasks'
import { Users } from './Users'

/** The content collections first, in the order of `contentCollections` (src/domain), which editors meet. */
export const collections = [
  Milestones,
  Events,
  Enterprises,
  Platforms,
  Glossary,
  TranslationTasks,
  TranslationComments,
  Media,
  Users,
  AuditLog,
]

export const globals = [KeyFigures, SiteSettings, WorkflowSettings]
