export * from './account-store';
export * from './account-store-provider';
export * from './hooks';
export * from './view-store';
export * from './view-store-provider';
