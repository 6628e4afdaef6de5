import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer NOT NULL,
  	\`thread_id\` integer,
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thread_id\`) REFERENCES \`translation_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_comments_collection_idx\` ON \`translation_comments\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_record_id_idx\` ON \`translation_comments\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_locale_idx\` ON \`translation_comments\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_author_idx\` ON \`translation_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_thread_idx\` ON \`translation_comments\` (\`thread_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_resolved_idx\` ON \`translation_comments\` (\`resolved\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_resolved_by_idx\` ON \`translation_comments\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_updated_at_idx\` ON \`translation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_comments_created_at_idx\` ON \`translation_comments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notifications\` text DEFAULT 'immediately';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_comments_id\` integer REFERENCES translation_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`glossary_id\` integer,
  	\`translation_tasks_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_tasks_id\`) REFERENCES \`translation_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "glossary_id", "translation_tasks_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "glossary_id", "translation_tasks_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notifications\`;`)
}
