import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestones\` ADD \`date_precision\` text DEFAULT 'day';`)
  await db.run(sql`ALTER TABLE \`_milestones_v\` ADD \`version_date_precision\` text DEFAULT 'day';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`schedule\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_schedule\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`overview\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`outlook\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestones\` DROP COLUMN \`date_precision\`;`)
  await db.run(sql`ALTER TABLE \`_milestones_v\` DROP COLUMN \`version_date_precision\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`schedule\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_schedule\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`source\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`overview\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`outlook\`;`)
}
