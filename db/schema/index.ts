export * from './reference';
export * from './users';
export * from './audit';
export * from './settings';
export * from './checkpoints';
export * from './passages';
export * from './rules';
export * from './rate-limits';
