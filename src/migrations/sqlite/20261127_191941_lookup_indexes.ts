import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`milestones_locales_parent_id_idx\` ON \`milestones_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_milestones_v_parent_latest_idx\` ON \`_milestones_v\` (\`parent_id\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_milestones_v_locales_parent_id_idx\` ON \`_milestones_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_latest_idx\` ON \`_events_v\` (\`parent_id\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`enterprises_locales_parent_id_idx\` ON \`enterprises_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_parent_latest_idx\` ON \`_enterprises_v\` (\`parent_id\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_enterprises_v_locales_parent_id_idx\` ON \`_enterprises_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`platforms_locales_parent_id_idx\` ON \`platforms_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_platforms_v_parent_latest_idx\` ON \`_platforms_v\` (\`parent_id\`,\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_platforms_v_locales_parent_id_idx\` ON \`_platforms_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_locales_parent_id_idx\` ON \`glossary_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_figures_locales_parent_id_idx\` ON \`key_figures_figures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_id_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`milestones_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_milestones_v_parent_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_milestones_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_parent_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`enterprises_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_enterprises_v_parent_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_enterprises_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`platforms_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_platforms_v_parent_latest_idx\`;`)
  await db.run(sql`DROP INDEX \`_platforms_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`glossary_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`key_figures_figures_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_locales_parent_id_idx\`;`)
}
