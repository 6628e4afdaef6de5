import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary_locales" (
  	"term" varchar NOT NULL,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "milestones_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_milestones_v_locales" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "events_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "enterprises_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_enterprises_v_locales" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "platforms_locales" ADD COLUMN "translation_sources" jsonb;
  ALTER TABLE "_platforms_v_locales" ADD COLUMN "version_translation_sources" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_id" integer;
  ALTER TABLE "glossary_locales" ADD CONSTRAINT "glossary_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  CREATE INDEX "glossary_term_idx" ON "glossary_locales" USING btree ("term","_locale");
  CREATE UNIQUE INDEX "glossary_locales_locale_parent_id_unique" ON "glossary_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "glossary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "glossary" CASCADE;
  DROP TABLE "glossary_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_fk";
  
  DROP INDEX "payload_locked_documents_rels_glossary_id_idx";
  ALTER TABLE "milestones_locales" DROP COLUMN "translation_sources";
  ALTER TABLE "_milestones_v_locales" DROP COLUMN "version_translation_sources";
  ALTER TABLE "events_locales" DROP COLUMN "translation_sources";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_translation_sources";
  ALTER TABLE "enterprises_locales" DROP COLUMN "translation_sources";
  ALTER TABLE "_enterprises_v_locales" DROP COLUMN "version_translation_sources";
  ALTER TABLE "platforms_locales" DROP COLUMN "translation_sources";
  ALTER TABLE "_platforms_v_locales" DROP COLUMN "version_translation_sources";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_id";`)
}
