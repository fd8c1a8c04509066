// What the login and lock screens say after an attempt: the same outcomes, the same words.
import type { SignInResult } from '$lib/data/session/sign-in';
import { warnsOfWipe } from '$lib/domain/unlock-delay';
import type { MessageKey } from '$lib/i18n/index.svelte';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The message for `result`, or undefined when there is none (signed in, or handled elsewhere).
 * `name` is whose data a warning is about; `waitSeconds` is what is left of the wait.
 */
export function attemptMessage(t: Translate, result: SignInResult | undefined, context: { name: string; waitSeconds: number; wrongPassword: MessageKey }): string | undefined {
	const wait = context.waitSeconds ? t('login.wait', { seconds: context.waitSeconds }) : undefined;
	switch (result?.kind) {
		case 'wrong-password': {
			const warning = warnsOfWipe(result.failedAttempts) ? t('security.wipeWarning', { count: result.attemptsLeft, name: context.name }) : undefined;
			return [t(context.wrongPassword), warning, wait].filter(Boolean).join(' ');
		}
		case 'wait':
			return wait ?? t('login.wait', { seconds: 0 });
		case 'needs-network':
			return t('login.needsNetwork');
		case 'no-databases':
			return t('login.noDatabases');
		case 'server-error':
			return t('login.serverError', { status: result.status });
		default:
			return undefined;
	}
}

/** When the next attempt may be made, for a countdown. */
export function retryAtOf(result: SignInResult | undefined): Date | undefined {
	return result?.kind === 'wait' || result?.kind === 'wrong-password' ? result.retryAt : undefined;
}
