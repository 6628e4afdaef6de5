import * as migration_20261127_164828_initial from './20261127_164828_initial';
import * as migration_20261127_170558_translation_sources from './20261127_170558_translation_sources';

export const migrations = [
  {
    up: migration_20261127_164828_initial.up,
    down: migration_20261127_164828_initial.down,
    name: '20261127_164828_initial',
  },
  {
    up: migration_20261127_170558_translation_sources.up,
    down: migration_20261127_170558_translation_sources.down,
    name: '20261127_170558_translation_sources'
  },
];
