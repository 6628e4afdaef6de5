/** How a user wants to hear about workflow events: each at once, one digest a day, or not at all. */
export const notificationModes = ['immediately', 'daily', 'off'] as const

export type NotificationMode = (typeof notificationModes)[number]

export const defaultNotificationMode: NotificationMode = 'immediately'

export const isNotificationMode = (value: unknown): value is NotificationMode =>
  (notificationModes as readonly unknown[]).includes(value)
