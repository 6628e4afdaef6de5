import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_record_locales" AS ENUM('zh', 'de', 'en');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'save', 'save-draft', 'publish', 'withdraw', 'delete', 'import-xliff', 'import-sheet', 'schedule', 'role-change', 'locale-change', 'login', 'approve', 'return');
  CREATE TABLE "audit_log_record_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_audit_log_record_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer,
  	"user_email" varchar,
  	"user_roles" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"record_collection" varchar,
  	"record_id" varchar,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "audit_log_record_locales" ADD CONSTRAINT "audit_log_record_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_record_locales_order_idx" ON "audit_log_record_locales" USING btree ("order");
  CREATE INDEX "audit_log_record_locales_parent_idx" ON "audit_log_record_locales" USING btree ("parent_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_user_email_idx" ON "audit_log" USING btree ("user_email");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_record_collection_idx" ON "audit_log" USING btree ("record_collection");
  CREATE INDEX "audit_log_record_id_idx" ON "audit_log" USING btree ("record_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "audit_log_record_locales" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TYPE "public"."enum_audit_log_record_locales";
  DROP TYPE "public"."enum_audit_log_action";`)
}
