import * as migration_20261127_164823_initial from './20261127_164823_initial';
import * as migration_20261127_170552_translation_sources from './20261127_170552_translation_sources';
import * as migration_20261127_171238_per_locale_publishing from './20261127_171238_per_locale_publishing';

export const migrations = [
  {
    up: migration_20261127_164823_initial.up,
    down: migration_20261127_164823_initial.down,
    name: '20261127_164823_initial',
  },
  {
    up: migration_20261127_170552_translation_sources.up,
    down: migration_20261127_170552_translation_sources.down,
    name: '20261127_170552_translation_sources',
  },
  {
    up: migration_20261127_171238_per_locale_publishing.up,
    down: migration_20261127_171238_per_locale_publishing.down,
    name: '20261127_171238_per_locale_publishing'
  },
];
