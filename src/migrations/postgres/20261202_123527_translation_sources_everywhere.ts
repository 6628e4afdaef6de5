import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "key_figures_locales" (
  	"translation_sources" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "glossary_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "media_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "site_settings_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "key_figures_locales" ADD CONSTRAINT "key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."key_figures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "key_figures_locales_locale_parent_id_unique" ON "key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "key_figures_locales_parent_id_idx" ON "key_figures_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "key_figures_locales" CASCADE;
  ALTER TABLE "glossary_locales" DROP COLUMN "translation_sources";
  ALTER TABLE "media_locales" DROP COLUMN "translation_sources";
  ALTER TABLE "site_settings_locales" DROP COLUMN "translation_sources";`)
}
