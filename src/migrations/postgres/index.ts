import * as migration_20261127_164828_initial from './20261127_164828_initial';
import * as migration_20261127_170558_translation_sources from './20261127_170558_translation_sources';
import * as migration_20261127_171243_per_locale_publishing from './20261127_171243_per_locale_publishing';
import * as migration_20261127_191944_lookup_indexes from './20261127_191944_lookup_indexes';
import * as migration_20261127_193043_content_without_edit_locks from './20261127_193043_content_without_edit_locks';
import * as migration_20261202_074946_platform_facts_as_stated from './20261202_074946_platform_facts_as_stated';
import * as migration_20261202_085756_reset_interval_in_endpoint from './20261202_085756_reset_interval_in_endpoint';
import * as migration_20261202_110038_events_without_date from './20261202_110038_events_without_date';
import * as migration_20261202_123527_translation_sources_everywhere from './20261202_123527_translation_sources_everywhere';
import * as migration_20261202_123949_scheduled_publishing from './20261202_123949_scheduled_publishing';
import * as migration_20261202_152138_translation_management from './20261202_152138_translation_management';
import * as migration_20261202_161910_comments_and_notifications from './20261202_161910_comments_and_notifications';

export const migrations = [
  {
    up: migration_20261127_164828_initial.up,
    down: migration_20261127_164828_initial.down,
    name: '20261127_164828_initial',
  },
  {
    up: migration_20261127_170558_translation_sources.up,
    down: migration_20261127_170558_translation_sources.down,
    name: '20261127_170558_translation_sources',
  },
  {
    up: migration_20261127_171243_per_locale_publishing.up,
    down: migration_20261127_171243_per_locale_publishing.down,
    name: '20261127_171243_per_locale_publishing',
  },
  {
    up: migration_20261127_191944_lookup_indexes.up,
    down: migration_20261127_191944_lookup_indexes.down,
    name: '20261127_191944_lookup_indexes',
  },
  {
    up: migration_20261127_193043_content_without_edit_locks.up,
    down: migration_20261127_193043_content_without_edit_locks.down,
    name: '20261127_193043_content_without_edit_locks',
  },
  {
    up: migration_20261202_074946_platform_facts_as_stated.up,
    down: migration_20261202_074946_platform_facts_as_stated.down,
    name: '20261202_074946_platform_facts_as_stated',
  },
  {
    up: migration_20261202_085756_reset_interval_in_endpoint.up,
    down: migration_20261202_085756_reset_interval_in_endpoint.down,
    name: '20261202_085756_reset_interval_in_endpoint',
  },
  {
    up: migration_20261202_110038_events_without_date.up,
    down: migration_20261202_110038_events_without_date.down,
    name: '20261202_110038_events_without_date',
  },
  {
    up: migration_20261202_123527_translation_sources_everywhere.up,
    down: migration_20261202_123527_translation_sources_everywhere.down,
    name: '20261202_123527_translation_sources_everywhere',
  },
  {
    up: migration_20261202_123949_scheduled_publishing.up,
    down: migration_20261202_123949_scheduled_publishing.down,
    name: '20261202_123949_scheduled_publishing',
  },
  {
    up: migration_20261202_152138_translation_management.up,
    down: migration_20261202_152138_translation_management.down,
    name: '20261202_152138_translation_management',
  },
  {
    up: migration_20261202_161910_comments_and_notifications.up,
    down: migration_20261202_161910_comments_and_notifications.down,
    name: '20261202_161910_comments_and_notifications'
  },
];
