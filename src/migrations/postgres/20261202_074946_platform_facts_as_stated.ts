import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_platforms_year_event" AS ENUM('founded', 'settled', 'approved', 'opened', 'inaugurated', 'launched', 'classes-began', 'first-arrival');
  CREATE TYPE "public"."enum__platforms_v_version_year_event" AS ENUM('founded', 'settled', 'approved', 'opened', 'inaugurated', 'launched', 'classes-began', 'first-arrival');
  ALTER TABLE "platforms" ALTER COLUMN "status" DROP DEFAULT;
  ALTER TABLE "_platforms_v" ALTER COLUMN "version_status" DROP DEFAULT;
  ALTER TABLE "platforms" ADD COLUMN "year_event" "enum_platforms_year_event";
  ALTER TABLE "_platforms_v" ADD COLUMN "version_year_event" "enum__platforms_v_version_year_event";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "platforms" ALTER COLUMN "status" SET DEFAULT 'operating';
  ALTER TABLE "_platforms_v" ALTER COLUMN "version_status" SET DEFAULT 'operating';
  ALTER TABLE "platforms" DROP COLUMN "year_event";
  ALTER TABLE "_platforms_v" DROP COLUMN "version_year_event";
  DROP TYPE "public"."enum_platforms_year_event";
  DROP TYPE "public"."enum__platforms_v_version_year_event";`)
}
