// The family record: who the mother is and how to reach her — identity and contact only. It is
// replicated to promoters, so it must never hold clinical data (that lives in the other records).

import { z } from 'zod';
import { envelopeShape, userName } from './envelope.ts';
import { isoDate, kanaText, lineText, phoneNumber, postalCode } from './text.ts';

export const FAMILY_STATUSES = ['active', 'closed', 'moved-out'] as const;

/** A family record is its own family: validate_doc_update mirrors this (JSON Schema cannot say it). */
function pointsAtItself(doc: { _id: string; familyId: string }): boolean {
	return doc.familyId === doc._id;
}
const pointsAtItselfIssue = { message: 'familyId must equal _id on a family record', path: ['familyId'] };

const contactShape = {
	/** the mother's birth date */
	birthDate: isoDate.optional(),
	phone: phoneNumber.optional(),
	postalCode: postalCode.optional(),
	/** `長岡市大手通2丁目3-4 …` as the family writes it */
	address: lineText({ max: 200 }).optional(),
	/** the community district (地区) the family lives in, e.g. 阪之上 */
	district: lineText({ min: 1, max: 40 }),
	/** staff responsible for the family, by user name */
	assignedTo: z.looseObject({
		midwife: userName.optional(),
		phn: userName.optional(),
		promoter: userName.optional()
	}),
	status: z.enum(FAMILY_STATUSES),
	closedOn: isoDate.optional()
};

/** Frozen: the first shape, with the mother's name in one field. Read through migrations.ts. */
export const familySchemaV1 = z.looseObject({
	...envelopeShape('family', 1),
	// No longer than either v2 part, so every v1 name fits after the split.
	name: lineText({ min: 1, max: 40 }),
	nameKana: kanaText({ max: 40 }),
	...contactShape
}).refine(pointsAtItself, pointsAtItselfIssue);

export const familySchema = z.looseObject({
	...envelopeShape('family', 2),
	// The mother's name, split because registers sort and search by family name.
	familyName: lineText({ min: 1, max: 40 }),
	/** may be empty only in records migrated from a single-field name that could not be split */
	givenName: lineText({ max: 40 }),
	familyNameKana: kanaText({ max: 40 }),
	givenNameKana: kanaText({ max: 40 }),
	...contactShape
}).refine(pointsAtItself, pointsAtItselfIssue);

export type FamilyRecordV1 = z.infer<typeof familySchemaV1>;
export type FamilyRecord = z.infer<typeof familySchema>;

/** Splits at the first space (full- or half-width), as names are written in Japanese registers. */
function splitName(name: string): [string, string] {
	const match = /^(\S+)[\s\u3000]+(.+)$/.exec(name.trim());
	return match?.[1] !== undefined && match[2] !== undefined ? [match[1], match[2].trim()] : [name.trim(), ''];
}

/** v1 → v2: one `name` field becomes family and given names (kana likewise). */
export function migrateFamilyV1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
	const { name, nameKana, ...rest } = doc;
	const [familyName, givenName] = splitName(typeof name === 'string' ? name : '');
	const [familyNameKana, givenNameKana] = splitName(typeof nameKana === 'string' ? nameKana : '');
	return { ...rest, schemaVersion: 2, familyName, givenName, familyNameKana, givenNameKana };
}
