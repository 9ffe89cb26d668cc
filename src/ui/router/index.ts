export * from './link';
export * from './location-source';
export * from './route';
export * from './router-provider';
