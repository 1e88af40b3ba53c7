import {useContext, useEffect, useRef, useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {ItemForm} from '../ui/components/ItemForm.tsx';
import {type FormValues, patchBetween, readValues, valuesOf} from '../ui/form/work-values.ts';
import {useAsync} from '../ui/hooks/use-async.ts';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {ShowRecommended} from './show-recommended.ts';
import {errorMessage, t} from '../ui/i18n.ts';

export type ItemEditorProps = {
	id: string;
	revision: string;
	knownTopics: string[];
	onClose(): void;
	onDelete(item: Item): void;
	onRestore(item: Item): void;
};

/** The side panel that edits one item with the shared form; Ctrl/Cmd+Enter saves, Escape (from anywhere) closes. */
export function ItemEditor({id, revision, knownTopics, onClose, onDelete, onRestore}: ItemEditorProps) {
	const api = useApi();
	const showRecommended = useContext(ShowRecommended);
	const loaded = useAsync(() => api.getItem(id), [api, id, revision]);
	const item = loaded.data;
	const [draft, setDraft] = useState<FormValues | undefined>();
	// A ref, not state: the reload after a save must see an edit made since, even one made before its effect runs.
	const dirty = useRef(false);
	const [submitted, setSubmitted] = useState(false);
	const [status, setStatus] = useState<{message: string; error?: boolean}>();
	useEffect(() => { // Changes from elsewhere show up unless the user is in the middle of an edit
		if (item && (!dirty.current || draft === undefined)) setDraft(valuesOf(item));
	}, [item]); // Only a newly loaded item resets the draft
	useEffect(() => { dirty.current = false; setSubmitted(false); setStatus(undefined); }, [id]);
	useEffect(() => { // Escape closes the editor wherever the focus is, unless a dialog, menu or field took it first
		const onKey = (event: KeyboardEvent) => {
			if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('[role="dialog"], [role="menu"]')) {
				return;
			}
			onClose();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [onClose]);

	if (loaded.error && !item) {
		return (
			<aside class="editor" aria-label={t('optEditorLabel')}>
				<p class="error-text" role="alert">{errorMessage(loaded.error)}</p>
			</aside>
		);
	}
	if (!item || !draft) {
		return (
			<aside class="editor" aria-label={t('optEditorLabel')} aria-busy="true">
				<p>{t('optLoading')}</p>
			</aside>
		);
	}

	const save = async (event: Event) => {
		event.preventDefault();
		const {fields, errors} = readValues(draft);
		if (errors.length > 0) {
			setSubmitted(true);
			return setStatus({message: t('formHasErrors'), error: true});
		}
		try {
			// Only the fields the user changed, so a save never overwrites a concurrent edit of another field.
			const patch = patchBetween(readValues(valuesOf(item)).fields, fields);
			if (Object.keys(patch).length > 0) await api.updateItem(id, patch);
			dirty.current = false;
			setSubmitted(false);
			setStatus({message: t('optEditorSaved')});
			invalidate();
		} catch (error) {
			setStatus({message: errorMessage(error), error: true});
		}
	};
	const conflicts = [...item.conflicts?.title ?? [], ...item.conflicts?.notes ?? []];
	return (
		<aside class="editor" aria-label={t('optEditorLabel')}>
			<form onSubmit={save} onKeyDown={e => {
				if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
			}}>
				<div class="editor-head">
					{item.url
						? <a class="editor-url" href={item.url} target="_blank" rel="noopener noreferrer"
							title={t('optEditorOpen')}>{item.url}</a>
						: <span/>}
					<button type="button" class="link" onClick={onClose}>{t('optEditorClose')}</button>
				</div>
				{conflicts.map(text => <p key={text} class="hint">{t('optEditorConflicts', text)}</p>)}
				<ItemForm values={draft} knownTopics={knownTopics} submitted={submitted} detailsOpen
					onShowRecommended={showRecommended}
					onChange={values => { setDraft(values); dirty.current = true; setStatus(undefined); }}/>
				<p class="hint">{t('optEditorAdded', new Date(item.addedAt).toLocaleDateString())}</p>
				<div class="editor-actions">
					<button type="submit" class="primary">{t('optEditorSave')}</button>
					{item.deletedAt
						? <button type="button" onClick={() => onRestore(item)}>{t('optRestore')}</button>
						: <button type="button" class="danger" data-testid="editor-delete"
							onClick={() => onDelete(item)}>{t('optDelete')}</button>}
				</div>
				<p class={status?.error ? 'error-text' : 'hint'} role="status">{status?.message}</p>
			</form>
		</aside>
	);
}
