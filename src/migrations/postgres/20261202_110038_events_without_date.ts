import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_milestones_date_precision" AS ENUM('day', 'month');
  CREATE TYPE "public"."enum__milestones_v_version_date_precision" AS ENUM('day', 'month');
  CREATE TYPE "public"."enum_events_schedule" AS ENUM('regular', 'undated');
  CREATE TYPE "public"."enum__events_v_version_schedule" AS ENUM('regular', 'undated');
  ALTER TABLE "milestones" ADD COLUMN "date_precision" "enum_milestones_date_precision" DEFAULT 'day';
  ALTER TABLE "_milestones_v" ADD COLUMN "version_date_precision" "enum__milestones_v_version_date_precision" DEFAULT 'day';
  ALTER TABLE "events" ADD COLUMN "schedule" "enum_events_schedule";
  ALTER TABLE "_events_v" ADD COLUMN "version_schedule" "enum__events_v_version_schedule";
  ALTER TABLE "site_settings" ADD COLUMN "source" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "overview" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "outlook" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "milestones" DROP COLUMN "date_precision";
  ALTER TABLE "_milestones_v" DROP COLUMN "version_date_precision";
  ALTER TABLE "events" DROP COLUMN "schedule";
  ALTER TABLE "_events_v" DROP COLUMN "version_schedule";
  ALTER TABLE "site_settings" DROP COLUMN "source";
  ALTER TABLE "site_settings_locales" DROP COLUMN "overview";
  ALTER TABLE "site_settings_locales" DROP COLUMN "outlook";
  DROP TYPE "public"."enum_milestones_date_precision";
  DROP TYPE "public"."enum__milestones_v_version_date_precision";
  DROP TYPE "public"."enum_events_schedule";
  DROP TYPE "public"."enum__events_v_version_schedule";`)
}
