import * as migration_20261127_164828_initial from './20261127_164828_initial';
import * as migration_20261127_170558_translation_sources from './20261127_170558_translation_sources';
import * as migration_20261127_171243_per_locale_publishing from './20261127_171243_per_locale_publishing';

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
    name: '20261127_171243_per_locale_publishing'
  },
];
