import {useEffect, useState} from 'preact/hooks';
import type {ItemPatch} from '../core/item-doc.ts';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {type ItemDraft, ItemFields, draftOf, splitNames} from '../ui/components/ItemFields.tsx';
import {useAsync} from '../ui/hooks/use-async.ts';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {Provenance} from './Provenance.tsx';
import {errorMessage, t} from '../ui/i18n.ts';

export type ItemEditorProps = {
	id: string;
	revision: string;
	knownTopics: string[];
	onClose(): void;
	onDelete(item: Item): void;
	onRestore(item: Item): void;
};

/** Only the fields the user changed, so a save never overwrites a concurrent edit of another field. */
function patchOf(item: Item, draft: ItemDraft): ItemPatch {
	const before = draftOf(item);
	const patch: ItemPatch = {};
	if (draft.title !== before.title) patch.title = draft.title;
	if (draft.kind !== before.kind) patch.kind = draft.kind;
	if (draft.status !== before.status) patch.status = draft.status;
	if (draft.notes !== before.notes) patch.notes = draft.notes;
	if (draft.rating !== before.rating) patch.rating = draft.rating;
	if (draft.authors !== before.authors) patch.authors = splitNames(draft.authors);
	if (draft.topics.join('\n') !== before.topics.join('\n')) patch.topics = draft.topics;
	return patch;
}

/** The side panel that edits one item; Ctrl/Cmd+Enter saves, Escape closes. */
export function ItemEditor({id, revision, knownTopics, onClose, onDelete, onRestore}: ItemEditorProps) {
	const api = useApi();
	const loaded = useAsync(() => api.getItem(id), [api, id, revision]);
	const item = loaded.data;
	const [draft, setDraft] = useState<ItemDraft | undefined>();
	const [dirty, setDirty] = useState(false);
	const [status, setStatus] = useState<{message: string; error?: boolean}>();
	useEffect(() => { // Changes from elsewhere show up unless the user is in the middle of an edit
		if (item && (!dirty || draft === undefined)) setDraft(draftOf(item));
	}, [item]); // Only a newly loaded item resets the draft
	useEffect(() => { setDirty(false); setStatus(undefined); }, [id]);

	if (loaded.error && !item) return <aside class="editor" aria-label={t('optEditorLabel')}><p class="error-text" role="alert">{errorMessage(loaded.error)}</p></aside>;
	if (!item || !draft) return <aside class="editor" aria-label={t('optEditorLabel')} aria-busy="true"><p>{t('optLoading')}</p></aside>;

	const save = async (event: Event) => {
		event.preventDefault();
		try {
			const patch = patchOf(item, draft);
			if (Object.keys(patch).length > 0) await api.updateItem(id, patch);
			setDirty(false);
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
				if (e.key === 'Escape') onClose();
			}}>
				<div class="editor-head">
					<a class="editor-url" href={item.url} target="_blank" rel="noopener noreferrer" title={t('optEditorOpen')}>{item.url}</a>
					<button type="button" class="link" onClick={onClose}>{t('optEditorClose')}</button>
				</div>
				{conflicts.map(text => <p key={text} class="hint">{t('optEditorConflicts', text)}</p>)}
				<ItemFields draft={draft} knownTopics={knownTopics} onEdit={patch => { setDraft({...draft, ...patch}); setDirty(true); setStatus(undefined); }}/>
				<Provenance item={item}/>
				<p class="hint">{t('optEditorAdded', new Date(item.addedAt).toLocaleDateString())}</p>
				<div class="editor-actions">
					<button type="submit" class="primary">{t('optEditorSave')}</button>
					{item.deletedAt
						? <button type="button" onClick={() => onRestore(item)}>{t('optRestore')}</button>
						: <button type="button" class="danger" data-testid="editor-delete" onClick={() => onDelete(item)}>{t('optDelete')}</button>}
				</div>
				<p class={status?.error ? 'error-text' : 'hint'} role="status">{status?.message}</p>
			</form>
		</aside>
	);
}
