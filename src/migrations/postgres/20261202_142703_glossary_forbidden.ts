import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_glossary_forbidden_locale" AS ENUM('de', 'en');
  CREATE TABLE "glossary_forbidden" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"locale" "enum_glossary_forbidden_locale" NOT NULL,
  	"rendering" varchar NOT NULL
  );
  
  ALTER TABLE "glossary_forbidden" ADD CONSTRAINT "glossary_forbidden_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "glossary_forbidden_order_idx" ON "glossary_forbidden" USING btree ("_order");
  CREATE INDEX "glossary_forbidden_parent_id_idx" ON "glossary_forbidden" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "glossary_forbidden" CASCADE;
  DROP TYPE "public"."enum_glossary_forbidden_locale";`)
}
