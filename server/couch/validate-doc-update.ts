// The validate_doc_update function every Yorisoi database carries, as source text for a design
// document, and a way to run that same text in Node for tests. Shapes come from the zod record
// schemas (as JSON Schema); roles and refusal messages from the domain's write rights.

import { IMMUTABLE_ENVELOPE_FIELDS } from '../../src/lib/domain/records/envelope.ts';
import { recordRules } from '../../src/lib/domain/records/record-rules.ts';
import {
	APP_ADMIN_ROLE,
	CLINICAL_ROLES,
	PROMOTER_ROLE,
	REVIEWER_ROLES,
	SERVER_ADMIN_ROLE,
	WRITE_REFUSALS
} from '../../src/lib/domain/records/write-rights.ts';
import { validateDocUpdateBody } from './validate-doc-update.es5.ts';

/** JSON as an ES5 literal in pure ASCII, so no engine or encoding step can misread it. */
function es5Literal(value: unknown): string {
	return JSON.stringify(value).replace(
		/[\u007f-\uffff]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

function buildSource(): string {
	const roles = {
		serverAdmin: SERVER_ADMIN_ROLE,
		appAdmin: APP_ADMIN_ROLE,
		promoter: PROMOTER_ROLE,
		reviewers: REVIEWER_ROLES,
		clinical: CLINICAL_ROLES
	};
	return [
		'function (newDoc, oldDoc, userCtx, secObj) {',
		`\tvar RULES = ${es5Literal(recordRules())};`,
		`\tvar REFUSALS = ${es5Literal(WRITE_REFUSALS)};`,
		`\tvar ROLES = ${es5Literal(roles)};`,
		`\tvar IMMUTABLE = ${es5Literal(IMMUTABLE_ENVELOPE_FIELDS)};`,
		validateDocUpdateBody,
		'}'
	].join('\n');
}

/** Source of `validate_doc_update(newDoc, oldDoc, userCtx, secObj)`, plain ES5, for a design document. */
export const validateDocUpdateSource: string = buildSource();

export interface UserCtx {
	db?: string;
	name: string | null;
	roles: string[];
}

export interface SecurityObject {
	admins?: { names?: string[]; roles?: string[] };
	members?: { names?: string[]; roles?: string[] };
}

export type ValidateDocUpdate = (
	newDoc: unknown,
	oldDoc: unknown,
	userCtx: UserCtx,
	secObj: SecurityObject
) => void;

/** Compiles the design document's function text as CouchDB would (sloppy-mode function expression). */
export function compileValidateDocUpdate(source: string = validateDocUpdateSource): ValidateDocUpdate {
	// Evaluating the shipped text, not a copy, is what makes the tests mean something.
	return new Function(`return (${source});`)() as ValidateDocUpdate;
}

export type DocUpdateVerdict = { ok: true } | { ok: false; forbidden: string };

let compiled: ValidateDocUpdate | undefined;

/**
 * Runs a write through the function the way CouchDB does: documents as JSON, a thrown
 * `{forbidden}` as refusal. Any other exception is a bug in the function and is rethrown.
 */
export function checkDocUpdate(
	newDoc: unknown,
	oldDoc: unknown,
	userCtx: UserCtx,
	secObj: SecurityObject = {},
	validate: ValidateDocUpdate = (compiled ??= compileValidateDocUpdate())
): DocUpdateVerdict {
	const asJson = (value: unknown): unknown => (value == null ? null : JSON.parse(JSON.stringify(value)));
	try {
		validate(asJson(newDoc), asJson(oldDoc), userCtx, secObj);
		return { ok: true };
	} catch (error) {
		if (typeof error === 'object' && error !== null && typeof (error as { forbidden?: unknown }).forbidden === 'string') {
			return { ok: false, forbidden: (error as { forbidden: string }).forbidden };
		}
		throw error;
	}
}
