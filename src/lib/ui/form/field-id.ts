// DOM ids for form fields: paths hold dots, which CSS selectors and label `for` dislike.
export function fieldId(path: string): string {
	return `field-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
