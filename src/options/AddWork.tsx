import {createContext} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {ItemForm} from '../ui/components/ItemForm.tsx';
import {OpenLibraryFill} from '../ui/components/OpenLibraryFill.tsx';
import {type FormValues, newWorkFields, readValues, valuesOf} from '../ui/form/work-values.ts';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import './add-work.css';

/** Opens "Add a work" (provided by OptionsApp, used by the toolbar's Add button). */
export const OpenAddWork = createContext<(() => void) | undefined>(undefined);

export type AddWorkProps = {
	knownTopics: string[];
	/** The settings a new work starts from. */
	defaults: {kind?: Item['kind']; status?: Item['status']};
	onClose(): void;
	onSaved(item: Item): void;
	/** Opens a saved item in the editor. */
	onOpen(id: string): void;
};

/** A panel with the shared form, empty, to add a work that has no page: saved with no address. */
export function AddWork({knownTopics, defaults, onClose, onSaved, onOpen}: AddWorkProps) {
	const api = useApi();
	const [values, setValues] = useState<FormValues>(() => valuesOf({}, defaults));
	const [submitted, setSubmitted] = useState(false);
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string>();
	const [found, setFound] = useState<Item>();
	const panel = useRef<HTMLDivElement>(null);
	// Type the title straight away
	useEffect(() => panel.current?.querySelector<HTMLElement>('textarea[name="title"]')?.focus(), []);
	const save = async (event: Event) => {
		event.preventDefault();
		const {fields, errors} = readValues(values);
		if (errors.length > 0) {
			setSubmitted(true);
			return setError(t('formHasErrors'));
		}
		setBusy(true);
		try {
			// Saving a work that shares an ISBN, id or link with a saved one would write over that one:
			// offer it instead.
			const same = fields.isbn.length + fields.ids.length + (fields.url ? 1 : 0) === 0 ? null
				: await api.findItem({...(fields.url ? {url: fields.url} : {}), aliases: fields.aliases,
					isbn: fields.isbn, ids: fields.ids});
			if (same) return setFound(same);
			const saved = await api.saveItem(newWorkFields(fields));
			invalidate();
			onSaved(saved);
		} catch (caught) {
			setError(errorMessage(caught));
		} finally {
			setBusy(false);
		}
	};
	return (
		<div ref={panel} class="editor add-work" role="dialog" aria-label={t('addWorkHeading')}>
			<form onSubmit={save} onKeyDown={e => {
				if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
				if (e.key === 'Escape') onClose();
			}}>
				<div class="editor-head">
					<h2>{t('addWorkHeading')}</h2>
					<button type="button" class="link" onClick={onClose}>{t('optEditorClose')}</button>
				</div>
				<ItemForm values={values} onChange={next => { setValues(next); setFound(undefined); }}
					knownTopics={knownTopics} submitted={submitted} detailsOpen
					extra={<OpenLibraryFill values={values} onFill={fill => setValues(fill)}/>}/>
				<div class="editor-actions">
					<button type="submit" class="primary" disabled={busy}>
						{busy ? t('actionSaving') : t('actionSave')}
					</button>
					<button type="button" onClick={onClose}>{t('optCancel')}</button>
				</div>
				<p class={error ? 'error-text' : 'hint'} role="status">
					{found
						? <>{t('addWorkExists', found.title)} <button type="button" class="link"
							onClick={() => onOpen(found.id)}>{t('addWorkOpen')}</button></>
						: error}
				</p>
			</form>
		</div>
	);
}
