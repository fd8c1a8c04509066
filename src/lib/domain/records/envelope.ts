// The envelope every record carries (id, type, version, team, family, who wrote it and when), and
// the helpers that stamp a new one.

import { z } from 'zod';
import { recordIdPattern, newRecordId } from './record-id.ts';
import { CURRENT_SCHEMA_VERSION, type RecordType } from './record-types.ts';
import { isoTimestamp, lineText } from './text.ts';

/** A care team's id, as in the database name `yorisoi-team-<id>`. */
export const teamId = z
	.string()
	.regex(/^[a-z][a-z0-9_-]{0,31}$/, { error: 'must be a team id such as chuo' })
	.meta({ errorMessage: 'must be a team id such as chuo' });

/** A CouchDB user name (`midwife1`); the person behind it is in `_users`. */
export const userName = lineText({ min: 1, max: 64 });

/** A reference to another record by its `_id`. */
export function recordRef(type: RecordType) {
	const message = `must be the id of a ${type} record`;
	return z.string().regex(recordIdPattern(type), { error: message }).meta({ errorMessage: message });
}

/** Envelope fields for `type` at `schemaVersion`: spread into each record's object schema. */
export function envelopeShape<T extends RecordType, V extends number>(type: T, schemaVersion: V) {
	return {
		_id: recordRef(type),
		// CouchDB owns revisions; declared so typed records can carry them back on update.
		_rev: z.string().optional(),
		type: z.literal(type),
		schemaVersion: z.literal(schemaVersion),
		team: teamId,
		// Every record belongs to one family; a family record points at itself, so one field
		// groups a family's whole file for filters, indexes and replication.
		familyId: recordRef('family'),
		createdAt: isoTimestamp,
		createdBy: userName,
		updatedAt: isoTimestamp,
		updatedBy: userName
	};
}

export interface NewEnvelopeOptions {
	team: string;
	/** the family the record belongs to; omit for a family record (it points at itself) */
	familyId?: string;
	/** the author's user name */
	by: string;
	at?: Date;
	/** random source for the id; default the platform's CSPRNG */
	random?: () => number;
	/** use this id instead of making one */
	id?: string;
}

/** A fresh envelope for a record created by `by` at `at`, at the current schema version. */
export function newEnvelope<T extends RecordType>(type: T, options: NewEnvelopeOptions) {
	const at = options.at ?? new Date();
	const _id = options.id ?? newRecordId(type, at, options.random);
	const familyId = type === 'family' ? _id : options.familyId;
	if (familyId === undefined) throw new TypeError(`newEnvelope: a ${type} record needs a familyId`);
	const stamp = at.toISOString();
	return {
		_id,
		type,
		schemaVersion: CURRENT_SCHEMA_VERSION[type] as (typeof CURRENT_SCHEMA_VERSION)[T],
		team: options.team,
		familyId,
		createdAt: stamp,
		createdBy: options.by,
		updatedAt: stamp,
		updatedBy: options.by
	};
}

/**
 * Oldest first by when each record was written, then by id: two records written in the same
 * millisecond on two devices come out in the same order everywhere (reviews, alert steps).
 */
export function compareByCreation(a: { createdAt: string; _id: string }, b: { createdAt: string; _id: string }): number {
	if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
	return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}

/** The envelope fields no one may change after creation (the server refuses it too). */
export const IMMUTABLE_ENVELOPE_FIELDS = ['type', 'team', 'familyId', 'createdAt', 'createdBy'] as const;
