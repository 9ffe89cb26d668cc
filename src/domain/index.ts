// The pure domain core: one import for the client, the server, the seed and the tests.
export * from './anchoring';
export * from './build-map';
export * from './build-thread';
export * from './graph';
export * from './grounded';
export * from './highlight';
export * from './layout';
export * from './model';
export * from './rules';
export * from './text';
