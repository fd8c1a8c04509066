// The mother's name as screens, lists and exports write it. Its own module, free of the schemas,
// so the first screen (Today's worklist and drafts) can use it without loading zod.

/** Family name, then given name (which may be empty). */
export function familyDisplayName(family: { familyName: string; givenName: string }): string {
	return `${family.familyName} ${family.givenName}`.trim();
}
