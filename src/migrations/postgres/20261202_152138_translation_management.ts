import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_glossary_forbidden_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_translation_tasks_collection" AS ENUM('milestones', 'events', 'enterprises', 'platforms');
  CREATE TYPE "public"."enum_translation_tasks_locale" AS ENUM('de', 'en');
  CREATE TYPE "public"."enum_translation_tasks_state" AS ENUM('to-do', 'in-translation', 'machine-draft', 'in-review', 'approved', 'published', 'needs-review');
  CREATE TYPE "public"."enum_audit_log_record_locales" AS ENUM('zh', 'de', 'en');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'save', 'save-draft', 'publish', 'withdraw', 'delete', 'import-xliff', 'import-sheet', 'machine-translate', 'schedule', 'role-change', 'locale-change', 'login', 'assign', 'approve', 'return');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'reviewer';
  CREATE TABLE "glossary_forbidden" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"locale" "enum_glossary_forbidden_locale" NOT NULL,
  	"rendering" varchar NOT NULL
  );
  
  CREATE TABLE "translation_tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"collection" "enum_translation_tasks_collection" NOT NULL,
  	"record_id" varchar NOT NULL,
  	"locale" "enum_translation_tasks_locale" NOT NULL,
  	"state" "enum_translation_tasks_state" DEFAULT 'to-do' NOT NULL,
  	"assignee_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"last_translator_id" integer,
  	"reviewer_id" integer,
  	"return_comment" varchar,
  	"approved_sources" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "workflow_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"allow_self_review" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_tasks_id" integer;
  ALTER TABLE "glossary_forbidden" ADD CONSTRAINT "glossary_forbidden_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_tasks" ADD CONSTRAINT "translation_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_tasks" ADD CONSTRAINT "translation_tasks_last_translator_id_users_id_fk" FOREIGN KEY ("last_translator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_tasks" ADD CONSTRAINT "translation_tasks_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log_record_locales" ADD CONSTRAINT "audit_log_record_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "glossary_forbidden_order_idx" ON "glossary_forbidden" USING btree ("_order");
  CREATE INDEX "glossary_forbidden_parent_id_idx" ON "glossary_forbidden" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "translation_tasks_key_idx" ON "translation_tasks" USING btree ("key");
  CREATE INDEX "translation_tasks_record_id_idx" ON "translation_tasks" USING btree ("record_id");
  CREATE INDEX "translation_tasks_locale_idx" ON "translation_tasks" USING btree ("locale");
  CREATE INDEX "translation_tasks_state_idx" ON "translation_tasks" USING btree ("state");
  CREATE INDEX "translation_tasks_assignee_idx" ON "translation_tasks" USING btree ("assignee_id");
  CREATE INDEX "translation_tasks_last_translator_idx" ON "translation_tasks" USING btree ("last_translator_id");
  CREATE INDEX "translation_tasks_reviewer_idx" ON "translation_tasks" USING btree ("reviewer_id");
  CREATE INDEX "translation_tasks_updated_at_idx" ON "translation_tasks" USING btree ("updated_at");
  CREATE INDEX "translation_tasks_created_at_idx" ON "translation_tasks" USING btree ("created_at");
  CREATE INDEX "audit_log_record_locales_order_idx" ON "audit_log_record_locales" USING btree ("order");
  CREATE INDEX "audit_log_record_locales_parent_idx" ON "audit_log_record_locales" USING btree ("parent_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_user_email_idx" ON "audit_log" USING btree ("user_email");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_record_collection_idx" ON "audit_log" USING btree ("record_collection");
  CREATE INDEX "audit_log_record_id_idx" ON "audit_log" USING btree ("record_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_tasks_fk" FOREIGN KEY ("translation_tasks_id") REFERENCES "public"."translation_tasks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_tasks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "glossary_forbidden" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "translation_tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log_record_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "glossary_forbidden" CASCADE;
  DROP TABLE "translation_tasks" CASCADE;
  DROP TABLE "audit_log_record_locales" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "workflow_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_tasks_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "payload_locked_documents_rels_translation_tasks_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_tasks_id";
  DROP TYPE "public"."enum_glossary_forbidden_locale";
  DROP TYPE "public"."enum_translation_tasks_collection";
  DROP TYPE "public"."enum_translation_tasks_locale";
  DROP TYPE "public"."enum_translation_tasks_state";
  DROP TYPE "public"."enum_audit_log_record_locales";
  DROP TYPE "public"."enum_audit_log_action";`)
}
