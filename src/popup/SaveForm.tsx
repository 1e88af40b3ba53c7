import type {TargetedKeyboardEvent} from 'preact';
import {KindSelect} from '../ui/components/KindSelect.tsx';
import {StatusSelect} from '../ui/components/StatusSelect.tsx';
import {TopicInput} from '../ui/components/TopicInput.tsx';
import {t} from '../ui/i18n.ts';
import {DetailsFields} from './DetailsFields.tsx';
import type {Draft} from './draft.ts';

export type SaveFormProps = {
	/** The values shown. */
	draft: Draft;
	/** Topics the user already has, for autocomplete. */
	knownTopics: string[];
	/** The item exists already: the button says Update. */
	existing: boolean;
	busy: boolean;
	onEdit(patch: Partial<Draft>): void;
	onSubmit(): void;
};

const splitNames = (text: string) => text.split(/[,，、;；]/).map(name => name.trim()).filter(Boolean);

/** The popup's editable fields. Ctrl/Cmd+Enter saves from anywhere in the form. */
export function SaveForm({draft, knownTopics, existing, busy, onEdit, onSubmit}: SaveFormProps) {
	const submit = (event: Event) => {
		event.preventDefault();
		if (!busy) onSubmit();
	};
	const onKeyDown = (event: TargetedKeyboardEvent<HTMLFormElement>) => {
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
	};
	return (
		<form class="save-form" onSubmit={submit} onKeyDown={onKeyDown}>
			<label class="field">
				<span>{t('fieldTitle')}</span>
				<textarea name="title" rows={2} required value={draft.title} onInput={e => onEdit({title: e.currentTarget.value})}/>
			</label>
			<div class="field-row">
				<KindSelect value={draft.kind} onChange={kind => kind && onEdit({kind})}/>
				<StatusSelect value={draft.status} onChange={status => status && onEdit({status})}/>
			</div>
			<label class="field">
				<span>{t('fieldAuthors')}</span>
				<input name="authors" value={draft.authors.join(', ')} placeholder={t('fieldAuthorsHint')}
					onChange={e => onEdit({authors: splitNames(e.currentTarget.value)})}/>
			</label>
			<DetailsFields value={draft} onEdit={onEdit}/>
			<TopicInput value={draft.topics} suggestions={knownTopics} onChange={topics => onEdit({topics})}/>
			<label class="field">
				<span>{t('fieldNotes')}</span>
				<textarea name="notes" rows={2} value={draft.notes} onInput={e => onEdit({notes: e.currentTarget.value})}/>
			</label>
			<div class="actions">
				<span class="hint">{t('popupShortcutHint')}</span>
				<button type="submit" class="primary" disabled={busy}>
					{busy ? t('actionSaving') : existing ? t('actionUpdate') : t('actionSave')}
				</button>
			</div>
		</form>
	);
}
