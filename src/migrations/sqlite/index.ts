import * as migration_20261127_164823_initial from './20261127_164823_initial';
import * as migration_20261127_170552_translation_sources from './20261127_170552_translation_sources';

export const migrations = [
  {
    up: migration_20261127_164823_initial.up,
    down: migration_20261127_164823_initial.down,
    name: '20261127_164823_initial',
  },
  {
    up: migration_20261127_170552_translation_sources.up,
    down: migration_20261127_170552_translation_sources.down,
    name: '20261127_170552_translation_sources'
  },
];
