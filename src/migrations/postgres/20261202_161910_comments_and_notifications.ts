import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_translation_comments_collection" AS ENUM('milestones', 'events', 'enterprises', 'platforms');
  CREATE TYPE "public"."enum_translation_comments_locale" AS ENUM('zh', 'de', 'en');
  CREATE TYPE "public"."enum_users_notifications" AS ENUM('immediately', 'daily', 'off');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendWorkflowMail';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMailDigests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendWorkflowMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMailDigests';
  CREATE TABLE "translation_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_translation_comments_collection" NOT NULL,
  	"record_id" varchar NOT NULL,
  	"field" varchar NOT NULL,
  	"locale" "enum_translation_comments_locale" NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer NOT NULL,
  	"thread_id" integer,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "notifications" "enum_users_notifications" DEFAULT 'immediately';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_comments_id" integer;
  ALTER TABLE "translation_comments" ADD CONSTRAINT "translation_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_comments" ADD CONSTRAINT "translation_comments_thread_id_translation_comments_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."translation_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_comments" ADD CONSTRAINT "translation_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "translation_comments_collection_idx" ON "translation_comments" USING btree ("collection");
  CREATE INDEX "translation_comments_record_id_idx" ON "translation_comments" USING btree ("record_id");
  CREATE INDEX "translation_comments_locale_idx" ON "translation_comments" USING btree ("locale");
  CREATE INDEX "translation_comments_author_idx" ON "translation_comments" USING btree ("author_id");
  CREATE INDEX "translation_comments_thread_idx" ON "translation_comments" USING btree ("thread_id");
  CREATE INDEX "translation_comments_resolved_idx" ON "translation_comments" USING btree ("resolved");
  CREATE INDEX "translation_comments_resolved_by_idx" ON "translation_comments" USING btree ("resolved_by_id");
  CREATE INDEX "translation_comments_updated_at_idx" ON "translation_comments" USING btree ("updated_at");
  CREATE INDEX "translation_comments_created_at_idx" ON "translation_comments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_comments_fk" FOREIGN KEY ("translation_comments_id") REFERENCES "public"."translation_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_comments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_comments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_comments_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishLocale', 'withdrawEndedEvents');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishLocale', 'withdrawEndedEvents');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_translation_comments_id_idx";
  ALTER TABLE "users" DROP COLUMN "notifications";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_comments_id";
  DROP TYPE "public"."enum_translation_comments_collection";
  DROP TYPE "public"."enum_translation_comments_locale";
  DROP TYPE "public"."enum_users_notifications";`)
}
