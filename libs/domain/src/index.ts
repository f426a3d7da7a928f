export * from './account/role.js';
export * from './account/password-policy.js';
export * from './initiative/initiative-status.js';
export * from './initiative/lifecycle.js';
export * from './initiative/visibility.js';
export * from './text/clean-text.js';
export * from './initiative/search-terms.js';
export * from './geo/point-in-polygon.js';
