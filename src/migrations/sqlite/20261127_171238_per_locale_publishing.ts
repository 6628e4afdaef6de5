import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestones_locales\` ADD \`published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_milestones_v_locales\` ADD \`version_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`enterprises_locales\` ADD \`published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v_locales\` ADD \`version_published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`platforms_locales\` ADD \`published\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_platforms_v_locales\` ADD \`version_published\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`milestones_locales\` DROP COLUMN \`published\`;`)
  await db.run(sql`ALTER TABLE \`_milestones_v_locales\` DROP COLUMN \`version_published\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`published\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_published\`;`)
  await db.run(sql`ALTER TABLE \`enterprises_locales\` DROP COLUMN \`published\`;`)
  await db.run(sql`ALTER TABLE \`_enterprises_v_locales\` DROP COLUMN \`version_published\`;`)
  await db.run(sql`ALTER TABLE \`platforms_locales\` DROP COLUMN \`published\`;`)
  await db.run(sql`ALTER TABLE \`_platforms_v_locales\` DROP COLUMN \`version_published\`;`)
}
