// A form that makes one record, backed by a draft: every change saved to the device, the draft
// offered again on reopening, checked as the worker goes once submitted, and written on submit.
// The family, pregnancy and child forms share it; visit forms have their own engine.
import { tick } from 'svelte';
import { discardDraft, loadDraft, saveDraft } from '$lib/data/drafts';
import { ChangedElsewhereError, type Workspace } from '$lib/data/workspace';
import type { YorisoiRecord } from '$lib/domain/records';
import { t } from '$lib/i18n/index.svelte';
import { onBeforeReload } from '$lib/state/before-reload';
import type { FieldMessage } from '$lib/ui/validation-message';

export type RecordFormResult<R> = { ok: true; record: R } | { ok: false; errors: Record<string, FieldMessage> };

export interface RecordFormOptions<V, R extends YorisoiRecord> {
	workspace: Workspace;
	draft: { id: string; form: string; familyId?: string; recordId?: string };
	initial: V;
	/** the record the form amends, as it was when the form opened */
	existing?: R;
	build: (values: V) => RecordFormResult<R>;
	/** after the record is written and the draft discarded */
	done: (record: R) => Promise<void>;
	/** a field's name in the worker's language, for "changed elsewhere" messages */
	fieldLabel: (field: string) => string;
}

export class RecordForm<V extends Record<string, unknown>, R extends YorisoiRecord> {
	values: V;
	errors = $state<Record<string, FieldMessage>>({});
	submitted = $state(false);
	restored = $state(false);
	saving = $state(false);
	saveError = $state<string>();
	readonly #options: RecordFormOptions<V, R>;

	constructor(options: RecordFormOptions<V, R>) {
		this.#options = options;
		this.values = $state(options.initial);
	}

	get errorCount(): number {
		return Object.keys(this.errors).length;
	}

	/** Call from onMount: offers the draft as it was left, and saves before an app update reloads. */
	start(): () => void {
		const { workspace, draft } = this.#options;
		loadDraft(workspace.userDb, draft.id).then(
			(saved) => {
				if (!saved) return;
				this.values = { ...this.values, ...(saved.values as Partial<V>) };
				this.restored = true;
			},
			// A draft that will not open (tampered with on disk) is refused, never half-read.
			() => (this.saveError = t('form.draftUnreadable'))
		);
		return onBeforeReload(() => this.persist());
	}

	persist(): Promise<void> {
		const { workspace, draft } = this.#options;
		return saveDraft(workspace.userDb, { ...draft, values: $state.snapshot(this.values) as Record<string, unknown> });
	}

	validate(): RecordFormResult<R> {
		const result = this.#options.build(this.values);
		this.errors = result.ok ? {} : result.errors;
		return result;
	}

	/** Every change: saved at once, and checked again once the worker has tried to submit. */
	changed = (): void => {
		void this.persist();
		if (this.submitted) this.validate();
	};

	submit = async (event: SubmitEvent): Promise<void> => {
		event.preventDefault();
		this.submitted = true;
		this.saveError = undefined;
		const result = this.validate();
		if (!result.ok) {
			// After the messages are on screen, so the field is announced with its message.
			await tick();
			(document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
			return;
		}
		const { workspace, draft, existing, done, fieldLabel } = this.#options;
		this.saving = true;
		try {
			await this.persist();
			await workspace.saveRecord(result.record, existing);
			await discardDraft(workspace.userDb, draft.id);
			await done(result.record);
		} catch (error) {
			this.saveError =
				error instanceof ChangedElsewhereError
					? t('family.changedElsewhere', { fields: error.fields.map(fieldLabel).join('、') })
					: t('family.saveFailed', { reason: error instanceof Error ? error.message : String(error) });
		} finally {
			this.saving = false;
		}
	};
}
