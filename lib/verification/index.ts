// The verification rule engine: pure, so the console judges offline exactly as the server does.
export * from './rule';
export * from './judge';
export * from './local-date';
export * from './vaccines';
