// A form issue in the worker's language, saying what to do.
import type { FormIssue } from '$lib/domain/forms/checks';
import { translate, type Locale } from '$lib/i18n/translate';
import { fieldMessage } from '$lib/ui/validation-message';

export function formIssueText(locale: Locale, issue: FormIssue): string {
	if (issue.code === 'schema' && issue.schemaIssue) {
		const message = fieldMessage(issue.schemaIssue);
		return translate(locale, message.key, message.params);
	}
	switch (issue.code) {
		case 'required':
			return translate(locale, 'validation.required');
		case 'tooLong':
			return translate(locale, 'validation.tooLong', issue.params);
		case 'futureDate':
			return translate(locale, 'validation.futureDate');
		case 'date':
			return translate(locale, 'validation.date');
		case 'choice':
			return translate(locale, 'validation.choice');
		case 'number':
			return translate(locale, 'form.number');
		case 'integer':
			return translate(locale, 'form.integer');
		case 'range':
			return translate(locale, 'form.range', issue.params);
		case 'time':
			return translate(locale, 'form.time');
		case 'incomplete':
			return translate(locale, 'form.incomplete', issue.params);
		case 'noReasons':
			return translate(locale, 'form.noReasons');
		default:
			return translate(locale, 'validation.invalid');
	}
}

/** The first issue per path, as the form shows one message under each field. */
export function issuesByPath(issues: readonly FormIssue[]): Record<string, FormIssue> {
	const byPath: Record<string, FormIssue> = {};
	for (const issue of issues) byPath[issue.path] ??= issue;
	return byPath;
}
