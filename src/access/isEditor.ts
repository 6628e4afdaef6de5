import type { Access } from 'payload'

import { isEditorUser } from './roles'

/** Creating and deleting content is editors' work; translators only fill in their locales. */
export const isEditor: Access = ({ req: { user } }) => isEditorUser(user)
