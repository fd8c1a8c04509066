// The list of record types and the schema version each is written at today: the one table that
// the schemas, the migrations and the server's validate function all read.

export const RECORD_TYPES = [
	'family',
	'pregnancy',
	'child',
	'visit',
	'screening',
	'risk',
	'plan',
	'review',
	'alert'
] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * The version new documents are written at. Bump it together with a migration step in
 * migrations.ts and a frozen copy of the old schema, so old documents stay readable and writable.
 */
export const CURRENT_SCHEMA_VERSION = {
	family: 2,
	pregnancy: 1,
	child: 1,
	visit: 1,
	screening: 1,
	risk: 1,
	plan: 1,
	review: 1,
	alert: 1
} as const satisfies Record<RecordType, number>;

export function isRecordType(value: unknown): value is RecordType {
	return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}
