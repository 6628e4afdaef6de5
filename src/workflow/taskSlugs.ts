/** The slugs of the review workflow's collection and settings, named once for config and code. */
export const taskCollection = 'translation-tasks' as const
export const workflowSettingsGlobal = 'workflow-settings' as const
