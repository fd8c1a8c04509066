// Three-way merge of two revisions of a record against their common ancestor, field by field:
// what lets two workers' offline edits to different fields both survive.

/** A dotted path to a field: `status`, `mother.exam.weightKg`. Arrays are values, never entered. */
export type FieldPath = string;

export type JsonObject = { [key: string]: unknown };

export interface MergeOptions {
	/** paths that never conflict and are taken from `ours` (or `theirs` when ours lacks them) */
	ignore?: readonly FieldPath[];
}

export type MergeResult =
	| { ok: true; merged: JsonObject }
	| {
			ok: false;
			/** the overlapping changes, sorted */
			conflicts: FieldPath[];
			/** everything that did merge, with `ours` at each conflicting path */
			partial: JsonObject;
	  };

/** Absent and present-but-undefined are the same thing in JSON. */
const MISSING = Symbol('missing');
type Slot = unknown;

export function isPlainObject(value: unknown): value is JsonObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}

function slot(object: JsonObject, key: string): Slot {
	return Object.hasOwn(object, key) && object[key] !== undefined ? object[key] : MISSING;
}

/** Structural equality of JSON values; key order does not matter, array order does. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
	}
	if (!isPlainObject(a) || !isPlainObject(b)) return false;
	const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
	const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
	return keysA.length === keysB.length && keysA.every((key) => sameValue(a[key], slot(b, key)));
}

function join(prefix: string, key: string): FieldPath {
	return prefix === '' ? key : `${prefix}.${key}`;
}

function mergeObjects(
	ancestor: JsonObject,
	ours: JsonObject,
	theirs: JsonObject,
	prefix: string,
	ignore: ReadonlySet<string>,
	conflicts: FieldPath[]
): JsonObject {
	const merged: JsonObject = {};
	const keys = new Set([...Object.keys(ancestor), ...Object.keys(ours), ...Object.keys(theirs)]);
	for (const key of keys) {
		const path = join(prefix, key);
		const [a, o, t] = [slot(ancestor, key), slot(ours, key), slot(theirs, key)];
		let value: Slot;
		if (ignore.has(path)) value = o !== MISSING ? o : t;
		else if (sameValue(o, t) || sameValue(a, t)) value = o;
		else if (sameValue(a, o)) value = t;
		else if (isPlainObject(o) && isPlainObject(t)) {
			// Both sides added or changed the same group: merge inside it, field by field.
			value = mergeObjects(isPlainObject(a) ? a : {}, o, t, path, ignore, conflicts);
		} else {
			conflicts.push(path);
			value = o;
		}
		if (value !== MISSING) merged[key] = value;
	}
	return merged;
}

/**
 * Merges `ours` and `theirs`, both descended from `ancestor`. A field changed on one side takes that
 * side's value; changed on both to the same value, that value; changed on both differently, a
 * conflict. Plain objects merge recursively; arrays are single values.
 */
export function threeWayMerge(ancestor: JsonObject, ours: JsonObject, theirs: JsonObject, options: MergeOptions = {}): MergeResult {
	const conflicts: FieldPath[] = [];
	const merged = mergeObjects(ancestor, ours, theirs, '', new Set(options.ignore ?? []), conflicts);
	return conflicts.length === 0 ? { ok: true, merged } : { ok: false, conflicts: conflicts.sort(), partial: merged };
}

/** Paths where `a` and `b` differ (deepest differing plain-object fields), for when no ancestor is known. */
export function differingFields(a: JsonObject, b: JsonObject, options: MergeOptions = {}): FieldPath[] {
	const ignore = new Set(options.ignore ?? []);
	const paths: FieldPath[] = [];
	const walk = (x: JsonObject, y: JsonObject, prefix: string) => {
		for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
			const path = join(prefix, key);
			const [vx, vy] = [slot(x, key), slot(y, key)];
			if (ignore.has(path) || sameValue(vx, vy)) continue;
			if (isPlainObject(vx) && isPlainObject(vy)) walk(vx, vy, path);
			else paths.push(path);
		}
	};
	walk(a, b, '');
	return paths.sort();
}

/** The value at a dotted path, or undefined. */
export function valueAt(object: JsonObject, path: FieldPath): unknown {
	let current: unknown = object;
	for (const key of path.split('.')) {
		if (!isPlainObject(current)) return undefined;
		current = current[key];
	}
	return current;
}

/** A copy of `object` with `value` at `path` (undefined removes it), creating groups on the way. */
export function withValueAt(object: JsonObject, path: FieldPath, value: unknown): JsonObject {
	const [key, ...rest] = path.split('.') as [string, ...string[]];
	const copy: JsonObject = { ...object };
	if (rest.length === 0) {
		if (value === undefined) delete copy[key];
		else copy[key] = value;
		return copy;
	}
	const inner = isPlainObject(copy[key]) ? copy[key] : {};
	copy[key] = withValueAt(inner, rest.join('.'), value);
	return copy;
}
