// Turns a schema's complaint about a field into a message in the worker's language that says
// what to do. The schemas speak English to developers; workers read these.
import type { MessageKey } from '$lib/i18n/messages/ja';
import { TEXT_MESSAGES } from '$lib/domain/records/text';

export interface FieldIssue {
	code: string;
	message: string;
	path: PropertyKey[];
	minimum?: number | bigint;
	maximum?: number | bigint;
	origin?: string;
}

export interface FieldMessage {
	key: MessageKey;
	params?: Record<string, string | number>;
}

const byText = new Map<string, MessageKey>([
	[TEXT_MESSAGES.line, 'validation.line'],
	[TEXT_MESSAGES.note, 'validation.note'],
	[TEXT_MESSAGES.kana, 'validation.kana'],
	[TEXT_MESSAGES.date, 'validation.date'],
	[TEXT_MESSAGES.phone, 'validation.phone'],
	[TEXT_MESSAGES.postalCode, 'validation.postalCode']
]);

export function fieldMessage(issue: FieldIssue): FieldMessage {
	if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'validation.required' };
	if (issue.code === 'too_big' && issue.origin === 'string') return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
	if (issue.code === 'invalid_value') return { key: 'validation.choice' };
	if (issue.code === 'invalid_type' && /undefined/.test(issue.message)) return { key: 'validation.required' };
	return { key: byText.get(issue.message) ?? 'validation.invalid' };
}

/** The first message for each top-level field, keyed by the field's path joined with dots. */
export function fieldMessages(issues: readonly FieldIssue[]): Record<string, FieldMessage> {
	const messages: Record<string, FieldMessage> = {};
	for (const issue of issues) {
		const field = issue.path.map(String).join('.');
		messages[field] ??= fieldMessage(issue);
	}
	return messages;
}
