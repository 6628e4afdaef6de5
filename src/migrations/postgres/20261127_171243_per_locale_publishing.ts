import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "milestones_locales" ADD COLUMN "published" boolean DEFAULT false;
  ALTER TABLE "_milestones_v_locales" ADD COLUMN "version_published" boolean DEFAULT false;
  ALTER TABLE "events_locales" ADD COLUMN "published" boolean DEFAULT false;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_published" boolean DEFAULT false;
  ALTER TABLE "enterprises_locales" ADD COLUMN "published" boolean DEFAULT false;
  ALTER TABLE "_enterprises_v_locales" ADD COLUMN "version_published" boolean DEFAULT false;
  ALTER TABLE "platforms_locales" ADD COLUMN "published" boolean DEFAULT false;
  ALTER TABLE "_platforms_v_locales" ADD COLUMN "version_published" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "milestones_locales" DROP COLUMN "published";
  ALTER TABLE "_milestones_v_locales" DROP COLUMN "version_published";
  ALTER TABLE "events_locales" DROP COLUMN "published";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_published";
  ALTER TABLE "enterprises_locales" DROP COLUMN "published";
  ALTER TABLE "_enterprises_v_locales" DROP COLUMN "version_published";
  ALTER TABLE "platforms_locales" DROP COLUMN "published";
  ALTER TABLE "_platforms_v_locales" DROP COLUMN "version_published";`)
}
