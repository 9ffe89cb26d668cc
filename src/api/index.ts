export * from './api-error';
export * from './get-debate';
export * from './list-debates';
