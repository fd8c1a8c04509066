// Logging without health data. The console of a shared tablet is readable by the next person, and
// whatever a browser logs may end up in a support screenshot: an error is logged by what kind it is
// and where it came from, never with a record, a typed value or a server reply's body.

/** A short words-only account of an error: its name, status or code, a message when safe, stack frames. */
export function errorSummary(error: unknown): string {
	if (typeof error !== 'object' || error === null) return `a thrown ${typeof error}`;
	const fields = error as Record<string, unknown>;
	// Only an Error's fields are read: any other object may be a record that was thrown or passed on.
	if (!(error instanceof Error)) return typeof fields['status'] === 'number' ? `${constructorName(error)} · status ${fields['status']}` : constructorName(error);
	const parts = [/^[\w$.-]{1,60}$/.test(error.name) ? error.name : constructorName(error)];
	if (typeof fields['status'] === 'number') parts.push(`status ${fields['status']}`);
	const code = fields['code'];
	if (typeof code === 'number' || (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,39}$/.test(code))) parts.push(`code ${code}`);
	const message = safeMessage(error);
	if (message) parts.push(message);
	const frames = typeof error.stack === 'string' ? stackFrames(error.stack) : [];
	return [parts.join(' · '), ...frames].join('\n');
}

function constructorName(value: object): string {
	const name = (value.constructor as { name?: unknown } | undefined)?.name;
	return typeof name === 'string' && /^[\w$]{1,60}$/.test(name) ? name : 'Object';
}

/** Logs `what` (a fixed phrase naming the failed operation) and a summary of the error. */
export function logError(what: string, error: unknown): void {
	console.error(`${what}: ${errorSummary(error)}`);
}

export function logWarning(what: string, error: unknown): void {
	console.warn(`${what}: ${errorSummary(error)}`);
}

// JSON.parse quotes the text it failed on ("… is not valid JSON"), and that text may be a record.
// A ZodError's message lists its issues: paths and codes are kept, nothing else.
function safeMessage(error: Error): string | undefined {
	if (error.name === 'SyntaxError') return undefined;
	const issues = (error as { issues?: unknown }).issues;
	if (error.name === 'ZodError' && Array.isArray(issues)) {
		return (issues as Array<{ code?: unknown; path?: unknown }>)
			.slice(0, 5)
			.map((issue) => `${Array.isArray(issue.path) ? issue.path.map(String).join('.') : '?'}: ${String(issue.code)}`)
			.join(', ');
	}
	if (typeof error.message !== 'string' || error.message === '') return undefined;
	// Quoted text in a message is where a library puts the value it choked on.
	const unquoted = error.message.replace(/"[^"]*"|'[^']*'|`[^`]*`|「[^」]*」/g, '…');
	return unquoted.length > 160 ? `${unquoted.slice(0, 160)}…` : unquoted;
}

/** The call sites, without the first line (which repeats the message). */
function stackFrames(stack: string): string[] {
	return stack
		.split('\n')
		// V8: "    at fn (url:1:2)"; Firefox and Safari: "fn@url:1:2".
		.filter((line) => /^\s+at\s/.test(line) || /^\S*@\S+:\d+:\d+$/.test(line))
		.slice(0, 6)
		.map((line) => `    ${line.trim()}`);
}
