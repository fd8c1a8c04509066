// Shared sample documents for tests: valid ones, malformed ones and forbidden writes. The same
// fixtures run through the zod schemas and the server's validate function (server/couch).

export * from './fixtures-base.ts';
export * from './fixtures-valid.ts';
export * from './fixtures-visits.ts';
export * from './fixtures-refused.ts';
