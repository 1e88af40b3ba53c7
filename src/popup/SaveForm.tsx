import type {ComponentChildren, TargetedKeyboardEvent} from 'preact';
import {ItemForm} from '../ui/components/ItemForm.tsx';
import {t} from '../ui/i18n.ts';
import type {Draft} from './draft.ts';

export type SaveFormProps = {
	/** The values shown. */
	draft: Draft;
	/** Topics the user already has, for autocomplete. */
	knownTopics: string[];
	/** The item exists already: the button says Update. */
	existing: boolean;
	busy: boolean;
	/** A save was tried: show every error. */
	submitted?: boolean;
	/** Shown under the title and authors (e.g. "Fill in from Open Library"). */
	extra?: ComponentChildren;
	onEdit(draft: Draft): void;
	onSubmit(): void;
};

/** The popup's form: the shared item form and a Save button. Ctrl/Cmd+Enter saves from anywhere in the form. */
export function SaveForm({draft, knownTopics, existing, busy, submitted, extra, onEdit, onSubmit}: SaveFormProps) {
	const submit = (event: Event) => {
		event.preventDefault();
		if (!busy) onSubmit();
	};
	const onKeyDown = (event: TargetedKeyboardEvent<HTMLFormElement>) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
	};
	return (
		<form class="save-form" onSubmit={submit} onKeyDown={onKeyDown}>
			<ItemForm values={draft} onChange={onEdit} knownTopics={knownTopics} submitted={submitted} extra={extra}/>
			<div class="actions">
				<span class="hint">{t('popupShortcutHint')}</span>
				<button type="submit" class="primary" disabled={busy}>
					{busy ? t('actionSaving') : existing ? t('actionUpdate') : t('actionSave')}
				</button>
			</div>
		</form>
	);
}
