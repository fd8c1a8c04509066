// The record schemas as JSON Schema, per type and schema version: what the server's validate
// function checks documents against, and what the schema snapshot lists fields from. Generated
// from the zod schemas, so server and app check the same shapes. zod refinements do not carry
// over: each one (so far only "a family's familyId is its _id") is mirrored by hand in the
// validate function and covered by a fixture.

import { z } from 'zod';
import { schemasByVersion } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION, RECORD_TYPES, type RecordType } from './record-types.ts';

/** The subset of JSON Schema the generated schemas use (see `JSON_SCHEMA_KEYWORDS`). */
export interface JsonSchema {
	type?: string | string[];
	const?: unknown;
	enum?: unknown[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	additionalProperties?: JsonSchema | boolean;
	propertyNames?: JsonSchema;
	items?: JsonSchema | boolean;
	prefixItems?: JsonSchema[];
	minItems?: number;
	maxItems?: number;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	oneOf?: JsonSchema[];
	anyOf?: JsonSchema[];
	allOf?: JsonSchema[];
	not?: JsonSchema;
	/** the message shown when `pattern` fails */
	errorMessage?: string;
	description?: string;
}

/** Keywords the ES5 checker in validate_doc_update understands; a test fails on any other. */
export const JSON_SCHEMA_KEYWORDS = [
	'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'propertyNames',
	'items', 'prefixItems', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'format',
	'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'oneOf', 'anyOf', 'allOf', 'not',
	'errorMessage', 'description'
] as const;

export interface RecordRules {
	current: Record<RecordType, number>;
	/** `schemas[type][version]` */
	schemas: Record<RecordType, Record<number, JsonSchema>>;
}

export function toJsonSchema(schema: z.ZodType): JsonSchema {
	const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' });
	return json as JsonSchema;
}

let cached: RecordRules | undefined;

/** All record schemas, current and frozen, as JSON Schema (computed once). */
export function recordRules(): RecordRules {
	if (cached) return cached;
	const byVersion = schemasByVersion();
	const schemas = {} as RecordRules['schemas'];
	for (const type of RECORD_TYPES) {
		schemas[type] = {};
		for (const [version, schema] of Object.entries(byVersion[type])) {
			schemas[type][Number(version)] = toJsonSchema(schema);
		}
	}
	cached = { current: { ...CURRENT_SCHEMA_VERSION }, schemas };
	return cached;
}
