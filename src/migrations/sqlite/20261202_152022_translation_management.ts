import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`glossary_forbidden\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`locale\` text NOT NULL,
  	\`rendering\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_forbidden_order_idx\` ON \`glossary_forbidden\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_forbidden_parent_id_idx\` ON \`glossary_forbidden\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`translation_tasks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`state\` text DEFAULT 'to-do' NOT NULL,
  	\`assignee_id\` integer,
  	\`due_date\` text,
  	\`last_translator_id\` integer,
  	\`reviewer_id\` integer,
  	\`return_comment\` text,
  	\`approved_sources\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_translator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`translation_tasks_key_idx\` ON \`translation_tasks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_record_id_idx\` ON \`translation_tasks\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_locale_idx\` ON \`translation_tasks\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_state_idx\` ON \`translation_tasks\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_assignee_idx\` ON \`translation_tasks\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_last_translator_idx\` ON \`translation_tasks\` (\`last_translator_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_reviewer_idx\` ON \`translation_tasks\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_updated_at_idx\` ON \`translation_tasks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_tasks_created_at_idx\` ON \`translation_tasks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log_record_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_record_locales_order_idx\` ON \`audit_log_record_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_record_locales_parent_idx\` ON \`audit_log_record_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`user_roles\` text,
  	\`action\` text NOT NULL,
  	\`record_collection\` text,
  	\`record_id\` text,
  	\`detail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_email_idx\` ON \`audit_log\` (\`user_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_record_collection_idx\` ON \`audit_log\` (\`record_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_record_id_idx\` ON \`audit_log\` (\`record_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`allow_self_review\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_tasks_id\` integer REFERENCES translation_tasks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_tasks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`glossary_forbidden\`;`)
  await db.run(sql`DROP TABLE \`translation_tasks\`;`)
  await db.run(sql`DROP TABLE \`audit_log_record_locales\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`glossary_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "glossary_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "glossary_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
