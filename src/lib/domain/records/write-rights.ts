// Who may write which record, by CouchDB role, and the words used to refuse. The server's
// validate_doc_update embeds these same lists and messages; the UI can ask before offering a form.

/** CouchDB's server-admin role: replications and provisioning run with it. */
export const SERVER_ADMIN_ROLE = '_admin';
/** The app's own administrator role: may delete records and write design documents. */
export const APP_ADMIN_ROLE = 'admin';
export const PROMOTER_ROLE = 'promoter';
/** Roles that may record reviews of visits and act on risk alerts. */
export const REVIEWER_ROLES = ['coordinator', 'supervisor', 'phn'] as const;
/** Roles that may write clinical records (everything except reviews, which need a reviewer). */
export const CLINICAL_ROLES = ['midwife', 'phn', 'coordinator', 'supervisor', 'admin'] as const;

/** Reasons the server gives when it refuses a write; stable text the app can map to Japanese. */
export const WRITE_REFUSALS = {
	notLoggedIn: 'You are not logged in. Log in again and retry.',
	designAdminsOnly: 'Only an administrator may change design documents.',
	deleteAdminsOnly: 'Records cannot be deleted. Ask an administrator.',
	noStaffRole: 'Your account has no staff role that may write records. Ask an administrator.',
	promoterCompanionOnly: 'A promoter may record companion visits only.',
	reviewersOnly: 'Only a coordinator, supervisor or public health nurse may record a review.',
	alertsReviewersOnly: 'Only a coordinator, supervisor or public health nurse may act on a risk alert.',
	plansKeepersOnly: 'Only a coordinator, supervisor or public health nurse may make or change a support plan.',
	alertWriteOnce: 'A step on an alert cannot be changed. Record a new step instead.',
	createdByOther: 'A new record must be created in your own name (createdBy).',
	updatedByOther: 'A record must be saved in your own name (updatedBy).',
	envelopeChanged: 'This field cannot be changed after the record is created: ',
	visitOthers: 'Only the visitor who wrote this visit may change it. A reviewer records a review instead.',
	reviewOthers: 'Only the reviewer who wrote this review may change it.',
	wrongTeam: 'This record belongs to another team than this database: '
} as const;

export type WriteRight = { allowed: true } | { allowed: false; reason: string };

function hasAny(roles: readonly string[], wanted: readonly string[]): boolean {
	return roles.some((role) => wanted.includes(role));
}

/**
 * Whether a user with `roles` may write a record of this type (and visit kind), before any
 * question of authorship. Mirrors validate_doc_update's role rule; tested against it.
 */
export function writeRightFor(roles: readonly string[], record: { type: string; kind?: unknown }): WriteRight {
	if (roles.includes(SERVER_ADMIN_ROLE)) return { allowed: true };
	if (record.type === 'review') {
		return hasAny(roles, REVIEWER_ROLES) ? { allowed: true } : { allowed: false, reason: WRITE_REFUSALS.reviewersOnly };
	}
	if (record.type === 'alert') {
		return hasAny(roles, REVIEWER_ROLES) ? { allowed: true } : { allowed: false, reason: WRITE_REFUSALS.alertsReviewersOnly };
	}
	if (record.type === 'plan' && hasAny(roles, CLINICAL_ROLES) && !hasAny(roles, [...REVIEWER_ROLES, APP_ADMIN_ROLE])) {
		return { allowed: false, reason: WRITE_REFUSALS.plansKeepersOnly };
	}
	if (hasAny(roles, CLINICAL_ROLES)) return { allowed: true };
	if (roles.includes(PROMOTER_ROLE)) {
		return record.type === 'visit' && record.kind === 'companion'
			? { allowed: true }
			: { allowed: false, reason: WRITE_REFUSALS.promoterCompanionOnly };
	}
	return { allowed: false, reason: WRITE_REFUSALS.noStaffRole };
}
