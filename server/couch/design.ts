// The design document `_design/yorisoi` that every team and promoter database carries: the
// filters of the promoters' server-side replications and the validation of every write.

import { validateDocUpdateSource } from './validate-doc-update.ts';

export const designDocId = '_design/yorisoi';

/**
 * Team database → promoter database: the families assigned to the promoter, the promoter's own
 * companion visits, and reviews of them (a returned visit's comment is for its author). Nothing
 * clinical matches. ES5 source, since CouchDB 3 may run
 * SpiderMonkey 1.8.5; `String()` because pouchdb-server JSON-parses query parameters (a name of
 * digits would arrive as a number).
 */
export const forPromoterFilterSource = `function (doc, req) {
	var promoter = req.query.promoter;
	if (promoter === undefined || promoter === null || promoter === '') return false;
	promoter = String(promoter);
	if (doc.type === 'family') {
		return !!(doc.assignedTo && doc.assignedTo.promoter === promoter);
	}
	if (doc.type === 'visit') {
		return doc.kind === 'companion' && doc.createdBy === promoter;
	}
	if (doc.type === 'review') {
		return doc.visitBy === promoter;
	}
	return false;
}`;

/**
 * Promoter database → team database: only companion visits the promoter created. When a promoter
 * works for several teams, `team` sends each visit to its own team's database.
 */
export const fromPromoterFilterSource = `function (doc, req) {
	var promoter = req.query.promoter;
	if (promoter === undefined || promoter === null || promoter === '') return false;
	if (doc.type !== 'visit' || doc.kind !== 'companion' || doc.createdBy !== String(promoter)) return false;
	var team = req.query.team;
	return team === undefined || team === null || team === '' || doc.team === String(team);
}`;

/** Names of the filters as `_replicator` documents give them. */
export const promoterFilters = {
	in: 'yorisoi/forPromoter',
	out: 'yorisoi/fromPromoter'
} as const;

export interface DesignDocument {
	_id: typeof designDocId;
	language: 'javascript';
	filters: Record<string, string>;
	validate_doc_update: string;
}

/** `validateDocUpdate` replaces the real validation only in tests of the server's plumbing. */
export function designDocument(validateDocUpdate: string = validateDocUpdateSource): DesignDocument {
	return {
		_id: designDocId,
		language: 'javascript',
		filters: {
			forPromoter: forPromoterFilterSource,
			fromPromoter: fromPromoterFilterSource
		},
		validate_doc_update: validateDocUpdate
	};
}
