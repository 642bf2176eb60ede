export * from './contract';
export * from './errors';
export * from './bridge';
export type * from './types';
export type * from './client-file.types';
export type * from './imports.types';
export type * from './reminders.types';
export type * from './calls.types';
