export * from './hooks';
export * from './view-store';
export * from './view-store-provider';
