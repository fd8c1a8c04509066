// The body of the CouchDB validate_doc_update function, as ES5 text (CouchDB 3 may run
// SpiderMonkey 1.8.5: no arrow functions, let/const, template literals or ES2015 methods).
// It reads RULES, REFUSALS and ROLES, which validate-doc-update.ts writes in front of it.

export const validateDocUpdateBody = String.raw`
	function deny(reason) {
		throw ({ forbidden: reason });
	}
	function hasOwn(object, key) {
		return Object.prototype.hasOwnProperty.call(object, key);
	}
	function isArray(value) {
		return Object.prototype.toString.call(value) === '[object Array]';
	}
	function has(list, value) {
		if (!isArray(list)) return false;
		for (var i = 0; i < list.length; i++) if (list[i] === value) return true;
		return false;
	}
	function hasAny(list, wanted) {
		for (var i = 0; i < wanted.length; i++) if (has(list, wanted[i])) return true;
		return false;
	}
	function show(value) {
		var text = JSON.stringify(value);
		return text === undefined ? String(value) : text.length > 40 ? text.slice(0, 40) + '...' : text;
	}
	function sameJson(a, b) {
		return JSON.stringify(a) === JSON.stringify(b);
	}

	// --- A checker for the JSON Schema subset the zod schemas generate -------------------------
	var TYPE_WORDS = {
		string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false',
		array: 'a list', object: 'an object', 'null': 'empty'
	};
	var patterns = {};
	function matchesType(value, type) {
		if (type === 'string') return typeof value === 'string';
		if (type === 'number') return typeof value === 'number' && isFinite(value);
		if (type === 'integer') return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
		if (type === 'boolean') return typeof value === 'boolean';
		if (type === 'null') return value === null;
		if (type === 'array') return isArray(value);
		if (type === 'object') return typeof value === 'object' && value !== null && !isArray(value);
		return false;
	}
	function problem(path, message, byConst) {
		return {
			path: path, message: message, byConst: byConst === true, expected: [], progress: 0,
			depth: path === '' ? 0 : path.split('.').length
		};
	}
	function join(path, key) {
		return path === '' ? String(key) : path + '.' + key;
	}
	// Like zod's unions: the first alternative that fits wins. When none fits, report the failure
	// of the alternative whose discriminators matched (it names the real fault); if none matched,
	// list the discriminator values that would have.
	function checkAlternatives(alternatives, value, path) {
		var best = null, nearest = null, expected = [], i, j, found;
		for (i = 0; i < alternatives.length; i++) {
			found = check(alternatives[i], value, path);
			if (found === null) return null;
			if (!found.byConst) {
				if (best === null || found.depth > best.depth) best = found;
			} else if (nearest === null || found.progress > nearest.progress) {
				nearest = found;
				expected = found.expected.slice(0);
			} else if (found.progress === nearest.progress && found.path === nearest.path) {
				for (j = 0; j < found.expected.length; j++) if (!has(expected, found.expected[j])) expected.push(found.expected[j]);
			}
		}
		if (best !== null) return best;
		var merged = problem(nearest.path, 'must be one of ' + expected.join(', '), true);
		merged.expected = expected;
		merged.progress = nearest.progress;
		return merged;
	}
	function checkObject(schema, value, path) {
		var properties = schema.properties || {}, passed = 0, key, found, i;
		function after(failure) {
			failure.progress += passed;
			return failure;
		}
		// Discriminators first, so a union reports "wrong kind" before "missing field"; 'progress'
		// counts how many matched, to tell which alternative of a union was meant.
		for (key in properties) {
			if (hasOwn(properties, key) && hasOwn(properties[key], 'const')) {
				found = check(properties[key], value[key], join(path, key));
				if (found !== null) return after(found);
				passed++;
			}
		}
		var required = schema.required || [];
		for (i = 0; i < required.length; i++) {
			if (value[required[i]] === undefined) return after(problem(join(path, required[i]), 'is missing'));
		}
		for (key in properties) {
			if (hasOwn(properties, key) && value[key] !== undefined) {
				found = check(properties[key], value[key], join(path, key));
				if (found !== null) return after(found);
			}
		}
		for (key in value) {
			if (!hasOwn(value, key) || value[key] === undefined) continue;
			if (schema.propertyNames !== undefined) {
				found = check(schema.propertyNames, key, join(path, key));
				if (found !== null) return after(found);
			}
			if (!hasOwn(properties, key) && schema.additionalProperties !== undefined) {
				found = check(schema.additionalProperties, value[key], join(path, key));
				if (found !== null) return after(found);
			}
		}
		return null;
	}
	function checkArray(schema, value, path) {
		var i, found, prefix = schema.prefixItems || [];
		if (schema.minItems !== undefined && value.length < schema.minItems) return problem(path, 'must have at least ' + schema.minItems + ' entries');
		if (schema.maxItems !== undefined && value.length > schema.maxItems) return problem(path, 'must have at most ' + schema.maxItems + ' entries');
		for (i = 0; i < value.length; i++) {
			found = check(i < prefix.length ? prefix[i] : schema.items, value[i], join(path, i));
			if (found !== null) return found;
		}
		return null;
	}
	// Lengths in code points, as zod and JSON Schema count them: an emoji is one character.
	function codePointLength(text) {
		var count = text.length, i, unit;
		for (i = 0; i < text.length - 1; i++) {
			unit = text.charCodeAt(i);
			if (unit >= 0xd800 && unit <= 0xdbff) {
				unit = text.charCodeAt(i + 1);
				if (unit >= 0xdc00 && unit <= 0xdfff) {
					count--;
					i++;
				}
			}
		}
		return count;
	}
	function checkString(schema, value, path) {
		var length = codePointLength(value);
		if (schema.minLength !== undefined && length < schema.minLength) {
			return problem(path, schema.minLength === 1 ? 'must not be empty' : 'must be at least ' + schema.minLength + ' characters');
		}
		if (schema.maxLength !== undefined && length > schema.maxLength) return problem(path, 'must be at most ' + schema.maxLength + ' characters');
		if (schema.pattern !== undefined) {
			if (!hasOwn(patterns, schema.pattern)) patterns[schema.pattern] = new RegExp(schema.pattern);
			if (!patterns[schema.pattern].test(value)) return problem(path, schema.errorMessage || 'has the wrong format');
		}
		return null;
	}
	function checkNumber(schema, value, path) {
		if (schema.minimum !== undefined && value < schema.minimum) return problem(path, 'must be at least ' + schema.minimum);
		if (schema.maximum !== undefined && value > schema.maximum) return problem(path, 'must be at most ' + schema.maximum);
		if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return problem(path, 'must be more than ' + schema.exclusiveMinimum);
		if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return problem(path, 'must be less than ' + schema.exclusiveMaximum);
		return null;
	}
	function check(schema, value, path) {
		var found, i, types, p;
		if (schema === true || schema === undefined) return null;
		if (schema === false) return problem(path, 'is not allowed');
		if (value === undefined) return problem(path, 'is missing');
		if (schema.not !== undefined && check(schema.not, value, path) === null) return problem(path, 'is not allowed here');
		if (schema.anyOf !== undefined || schema.oneOf !== undefined) {
			found = checkAlternatives(schema.anyOf || schema.oneOf, value, path);
			if (found !== null) return found;
		}
		if (schema.allOf !== undefined) {
			for (i = 0; i < schema.allOf.length; i++) {
				found = check(schema.allOf[i], value, path);
				if (found !== null) return found;
			}
		}
		if (schema.type !== undefined) {
			types = isArray(schema.type) ? schema.type : [schema.type];
			var fits = false, words = [];
			for (i = 0; i < types.length; i++) {
				if (matchesType(value, types[i])) fits = true;
				words.push(TYPE_WORDS[types[i]] || types[i]);
			}
			if (!fits) return problem(path, 'must be ' + words.join(' or '));
		}
		if (hasOwn(schema, 'const') && !sameJson(value, schema['const'])) {
			p = problem(path, 'must be ' + show(schema['const']), true);
			p.expected = [show(schema['const'])];
			return p;
		}
		if (schema['enum'] !== undefined && !has(schema['enum'], value)) {
			return problem(path, 'must be one of ' + schema['enum'].join(', '));
		}
		if (typeof value === 'string') return checkString(schema, value, path);
		if (typeof value === 'number') return checkNumber(schema, value, path);
		if (isArray(value)) return checkArray(schema, value, path);
		if (typeof value === 'object' && value !== null) return checkObject(schema, value, path);
		return null;
	}

	// --- Who may write -------------------------------------------------------------------------
	var roles = (userCtx && isArray(userCtx.roles)) ? userCtx.roles : [];
	var name = userCtx ? userCtx.name : null;
	var serverAdmin = has(roles, ROLES.serverAdmin);
	var appAdmin = serverAdmin || has(roles, ROLES.appAdmin);
	if (!serverAdmin && (typeof name !== 'string' || name === '')) deny(REFUSALS.notLoggedIn);
	if (typeof newDoc._id === 'string' && newDoc._id.indexOf('_design/') === 0) {
		if (!appAdmin) deny(REFUSALS.designAdminsOnly);
		return;
	}
	// A person resolving a conflict deletes the losing revision: the only delete staff may make.
	// The tombstone names its author, and its record must be one that person could write.
	var resolving = newDoc._deleted === true && newDoc.resolvesConflict === true && !!oldDoc && oldDoc._deleted !== true;
	if (newDoc._deleted === true) {
		if (appAdmin) return;
		if (!resolving) deny(REFUSALS.deleteAdminsOnly);
		if (newDoc.updatedBy !== name) deny(REFUSALS.updatedByOther);
	}
	var subject = resolving ? oldDoc : newDoc;

	var type = subject.type;
	if (typeof type !== 'string' || !hasOwn(RULES.current, type)) deny('Unknown record type: ' + show(type) + '.');
	if (!serverAdmin) {
		if (type === 'review') {
			if (!hasAny(roles, ROLES.reviewers)) deny(REFUSALS.reviewersOnly);
		} else if (type === 'alert') {
			if (!hasAny(roles, ROLES.reviewers)) deny(REFUSALS.alertsReviewersOnly);
		} else if (type === 'plan' && !appAdmin) {
			// Made by the coordinator and the district nurse with the mother (DOMAIN.md section 5).
			if (!hasAny(roles, ROLES.reviewers)) deny(hasAny(roles, ROLES.clinical) ? REFUSALS.plansKeepersOnly : has(roles, ROLES.promoter) ? REFUSALS.promoterCompanionOnly : REFUSALS.noStaffRole);
		} else if (!hasAny(roles, ROLES.clinical)) {
			if (!has(roles, ROLES.promoter)) deny(REFUSALS.noStaffRole);
			if (type !== 'visit' || subject.kind !== 'companion') deny(REFUSALS.promoterCompanionOnly);
		}
	}
	if (resolving) return;

	// --- What the record must look like (everyone, admins included) ---------------------------
	var version = newDoc.schemaVersion;
	var invalid = 'Invalid ' + type + ' record: ';
	if (typeof version !== 'number' || Math.floor(version) !== version || version < 1) deny(invalid + 'schemaVersion must be a whole number from 1.');
	if (version > RULES.current[type]) deny('This ' + type + ' record comes from a newer app (schemaVersion ' + version + ') than the server knows. The server must be updated.');
	var schema = RULES.schemas[type][String(version)];
	if (!schema) deny(invalid + 'schema version ' + version + ' is no longer accepted.');
	var found = check(schema, newDoc, '');
	if (found !== null) deny(invalid + (found.path === '' ? 'the document' : found.path) + ' ' + found.message + '.');
	// Cross-field rules JSON Schema cannot express; each mirrors a zod refinement.
	if (type === 'family' && newDoc.familyId !== newDoc._id) deny(invalid + 'familyId must equal _id on a family record.');

	if (serverAdmin) return;

	// --- Authorship and history -----------------------------------------------------------------
	var members = secObj && secObj.members && isArray(secObj.members.roles) ? secObj.members.roles : [];
	var dbTeams = [];
	for (var m = 0; m < members.length; m++) {
		if (typeof members[m] === 'string' && members[m].indexOf('team:') === 0) dbTeams.push(members[m].slice(5));
	}
	if (dbTeams.length === 1 && newDoc.team !== dbTeams[0]) deny(REFUSALS.wrongTeam + dbTeams[0] + '.');
	if (newDoc.updatedBy !== name) deny(REFUSALS.updatedByOther);
	if (!oldDoc || oldDoc._deleted === true) {
		if (newDoc.createdBy !== name) deny(REFUSALS.createdByOther);
		return;
	}
	for (var f = 0; f < IMMUTABLE.length; f++) {
		if (!sameJson(oldDoc[IMMUTABLE[f]], newDoc[IMMUTABLE[f]])) deny(REFUSALS.envelopeChanged + IMMUTABLE[f] + '.');
	}
	// A reviewer's decision is a review record, never an edit of the visit.
	if (type === 'visit' && oldDoc.createdBy !== name && !appAdmin) deny(REFUSALS.visitOthers);
	if (type === 'review' && oldDoc.createdBy !== name) deny(REFUSALS.reviewOthers);
	// Each step on an alert is its own document: the history is the documents.
	if (type === 'alert' && !appAdmin) deny(REFUSALS.alertWriteOnce);
`;
