// A flat list of every shipped field per record variant, derived from the JSON Schema of the
// records: the schema snapshot compares it with the committed list, because a shipped field may
// never be renamed, removed or repurposed (old documents and old app versions still use it).

import { recordRules, type JsonSchema, type RecordRules } from './record-rules.ts';
import { RECORD_TYPES } from './record-types.ts';

/** `variant → entries`; an entry is `path: type` or `path = "enum value"`. */
export type FieldList = Record<string, string[]>;

function alternatives(schema: JsonSchema): JsonSchema[] | undefined {
	return schema.anyOf ?? schema.oneOf;
}

function typeName(schema: JsonSchema): string {
	if (schema.not !== undefined) return 'never';
	const type = schema.type;
	return Array.isArray(type) ? type.join('|') : (type ?? 'any');
}

/** Entries of one field and everything under it. */
function fieldEntries(schema: JsonSchema, path: string, into: Set<string>): void {
	const alts = alternatives(schema);
	if (alts) {
		for (const alt of alts) fieldEntries(alt, path, into);
		return;
	}
	into.add(`${path}: ${typeName(schema)}`);
	// A string const is a discriminator or fixed value: renaming it breaks stored documents.
	if (typeof schema.const === 'string') into.add(`${path} = ${JSON.stringify(schema.const)}`);
	for (const value of schema.enum ?? []) into.add(`${path} = ${JSON.stringify(value)}`);
	for (const [key, property] of Object.entries(schema.properties ?? {})) {
		fieldEntries(property, path === '' ? key : `${path}.${key}`, into);
	}
	if (typeof schema.items === 'object') fieldEntries(schema.items, `${path}[]`, into);
	for (const item of schema.prefixItems ?? []) fieldEntries(item, `${path}[]`, into);
}

/** The string consts that tell alternatives apart, as `[kind=companion]`. */
function discriminatorLabel(alt: JsonSchema, siblings: JsonSchema[]): string {
	const labels: string[] = [];
	for (const [key, property] of Object.entries(alt.properties ?? {})) {
		if (typeof property.const !== 'string') continue;
		const differs = siblings.some((other) => other.properties?.[key]?.const !== property.const);
		if (differs) labels.push(`[${key}=${property.const}]`);
	}
	return labels.join('');
}

/** Top-level unions (visit kinds, screening instruments and sources) become separate variants. */
function variants(schema: JsonSchema, name: string, into: FieldList): void {
	const alts = alternatives(schema);
	if (alts) {
		for (const alt of alts) variants(alt, name + discriminatorLabel(flatten(alt), alts.map(flatten)), into);
		return;
	}
	const entries = new Set<string>();
	fieldEntries(schema, '', entries);
	entries.delete(': object');
	into[name] = [...entries].sort();
}

/** A union's first alternative stands for it when labelling (its members share the outer discriminator). */
function flatten(schema: JsonSchema): JsonSchema {
	const alts = alternatives(schema);
	return alts?.[0] ? flatten(alts[0]) : schema;
}

export function schemaFieldList(rules: RecordRules = recordRules()): FieldList {
	const list: FieldList = {};
	for (const type of RECORD_TYPES) {
		for (const [version, schema] of Object.entries(rules.schemas[type])) {
			const current = Number(version) === rules.current[type];
			variants(schema, current ? type : `${type}@v${version}`, list);
		}
	}
	return list;
}

export interface FieldListChanges {
	/** entries shipped before and gone now: renamed, removed or retyped fields, dropped enum values */
	removed: string[];
	/** new entries: allowed, they only need the snapshot updated */
	added: string[];
}

export function compareFieldLists(shipped: FieldList, current: FieldList): FieldListChanges {
	const removed: string[] = [];
	const added: string[] = [];
	for (const [variant, entries] of Object.entries(shipped)) {
		const now = new Set(current[variant] ?? []);
		if (!(variant in current)) removed.push(`${variant} (the whole variant)`);
		else for (const entry of entries) if (!now.has(entry)) removed.push(`${variant}: ${entry}`);
	}
	for (const [variant, entries] of Object.entries(current)) {
		const before = new Set(shipped[variant] ?? []);
		for (const entry of entries) if (!before.has(entry)) added.push(`${variant}: ${entry}`);
	}
	return { removed, added };
}
