import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`key_figures_locales\` (
  	\`translation_sources\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`key_figures_locales_locale_parent_id_unique\` ON \`key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_locales_parent_id_idx\` ON \`key_figures_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`glossary_locales\` ADD \`translation_sources\` text;`)
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`translation_sources\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`translation_sources\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`key_figures_locales\`;`)
  await db.run(sql`ALTER TABLE \`glossary_locales\` DROP COLUMN \`translation_sources\`;`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`translation_sources\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`translation_sources\`;`)
}
