import * as migration_20261127_164828_initial from './20261127_164828_initial';

export const migrations = [
  {
    up: migration_20261127_164828_initial.up,
    down: migration_20261127_164828_initial.down,
    name: '20261127_164828_initial'
  },
];
