import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "milestones_locales_parent_id_idx" ON "milestones_locales" USING btree ("_parent_id");
  CREATE INDEX "_milestones_v_parent_latest_idx" ON "_milestones_v" USING btree ("parent_id","latest");
  CREATE INDEX "_milestones_v_locales_parent_id_idx" ON "_milestones_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_latest_idx" ON "_events_v" USING btree ("parent_id","latest");
  CREATE INDEX "_events_v_locales_parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "enterprises_locales_parent_id_idx" ON "enterprises_locales" USING btree ("_parent_id");
  CREATE INDEX "_enterprises_v_parent_latest_idx" ON "_enterprises_v" USING btree ("parent_id","latest");
  CREATE INDEX "_enterprises_v_locales_parent_id_idx" ON "_enterprises_v_locales" USING btree ("_parent_id");
  CREATE INDEX "platforms_locales_parent_id_idx" ON "platforms_locales" USING btree ("_parent_id");
  CREATE INDEX "_platforms_v_parent_latest_idx" ON "_platforms_v" USING btree ("parent_id","latest");
  CREATE INDEX "_platforms_v_locales_parent_id_idx" ON "_platforms_v_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_locales_parent_id_idx" ON "glossary_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "key_figures_figures_locales_parent_id_idx" ON "key_figures_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_locales_parent_id_idx" ON "site_settings_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "milestones_locales_parent_id_idx";
  DROP INDEX "_milestones_v_parent_latest_idx";
  DROP INDEX "_milestones_v_locales_parent_id_idx";
  DROP INDEX "events_locales_parent_id_idx";
  DROP INDEX "_events_v_parent_latest_idx";
  DROP INDEX "_events_v_locales_parent_id_idx";
  DROP INDEX "enterprises_locales_parent_id_idx";
  DROP INDEX "_enterprises_v_parent_latest_idx";
  DROP INDEX "_enterprises_v_locales_parent_id_idx";
  DROP INDEX "platforms_locales_parent_id_idx";
  DROP INDEX "_platforms_v_parent_latest_idx";
  DROP INDEX "_platforms_v_locales_parent_id_idx";
  DROP INDEX "glossary_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "key_figures_figures_locales_parent_id_idx";
  DROP INDEX "site_settings_locales_parent_id_idx";`)
}
