// Reading stored documents: old `schemaVersion`s are checked against their frozen schema, upgraded
// step by step through the migration table, then parsed with the current schema. Documents on the
// server are never rewritten in bulk; they are upgraded when read and saved at the new version
// when next edited.

import type { z } from 'zod';
import { familySchemaV1, migrateFamilyV1ToV2 } from './family.ts';
import { recordSchemas, type YorisoiRecord } from './record.ts';
import { CURRENT_SCHEMA_VERSION, isRecordType, type RecordType } from './record-types.ts';

export interface MigrationStep {
	/** the frozen schema of the version this step upgrades from */
	schema: z.ZodType;
	/** upgrades a document valid under `schema` to the next version */
	up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/** `recordMigrations[type][v]` upgrades a `type` document from version v to v + 1. */
export const recordMigrations: { readonly [T in RecordType]?: Readonly<Record<number, MigrationStep>> } = {
	family: { 1: { schema: familySchemaV1, up: migrateFamilyV1ToV2 } }
};

/** Every schema a stored document may be valid under: current and frozen, per type and version. */
export function schemasByVersion(): Record<RecordType, Record<number, z.ZodType>> {
	const result = {} as Record<RecordType, Record<number, z.ZodType>>;
	for (const type of Object.keys(recordSchemas) as RecordType[]) {
		const versions: Record<number, z.ZodType> = { [CURRENT_SCHEMA_VERSION[type]]: recordSchemas[type] };
		for (const [version, step] of Object.entries(recordMigrations[type] ?? {})) {
			versions[Number(version)] = step.schema;
		}
		result[type] = versions;
	}
	return result;
}

export interface RecordIssue {
	/** dotted path to the field, e.g. `mother.exam.weightKg` or `entries.0.date`; empty for the whole document */
	path: string;
	message: string;
}

export type ParseRecordResult =
	| { ok: true; record: YorisoiRecord; /** the version the document was stored at, when it was upgraded */ migratedFrom?: number }
	| { ok: false; issues: RecordIssue[] };

function issuesOf(error: z.ZodError, prefix = ''): RecordIssue[] {
	return error.issues.map((issue) => ({
		path: issue.path.map(String).join('.'),
		message: prefix + issue.message
	}));
}

function failure(path: string, message: string): ParseRecordResult {
	return { ok: false, issues: [{ path, message }] };
}

/** Checks and upgrades a stored document; the record is typed by its `type` on success. */
export function parseRecord(doc: unknown): ParseRecordResult {
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
		return failure('', 'a record must be an object');
	}
	let current = doc as Record<string, unknown>;
	const type = current['type'];
	if (!isRecordType(type)) return failure('type', `unknown record type: ${String(type)}`);
	const stored = current['schemaVersion'];
	const target = CURRENT_SCHEMA_VERSION[type];
	if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
		return failure('schemaVersion', 'schemaVersion must be a whole number from 1');
	}
	let version: number = stored;
	if (version > target) {
		return failure('schemaVersion', `written by a newer version of the app (v${version}); update the app`);
	}
	while (version < target) {
		const step: MigrationStep | undefined = recordMigrations[type]?.[version];
		if (step === undefined) return failure('schemaVersion', `no migration for ${type} v${version}`);
		const old = step.schema.safeParse(current);
		if (!old.success) return { ok: false, issues: issuesOf(old.error, `(as stored, v${version}) `) };
		current = step.up(current);
		version = current['schemaVersion'] as number;
	}
	const parsed = recordSchemas[type].safeParse(current);
	if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
	const record = parsed.data as YorisoiRecord;
	return stored === target ? { ok: true, record } : { ok: true, record, migratedFrom: stored };
}
