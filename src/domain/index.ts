// The pure domain core: one import for the client, the server, the seed and the tests.
export * from './anchoring';
export * from './build-map';
export * from './build-thread';
export * from './claim-search';
export * from './graph';
export * from './grounded';
export * from './highlight';
export * from './layout';
export * from './map-filter';
export * from './map-navigation';
export * from './model';
export * from './outline';
export * from './rules';
export * from './spatial-index';
export * from './text';
export * from './viewport';
