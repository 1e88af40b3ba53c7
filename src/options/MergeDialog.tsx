import {useEffect, useId, useRef, useState} from 'preact/hooks';
import {errorCode} from '../core/errors.ts';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {useAsync} from '../ui/hooks/use-async.ts';
import {useDebounced} from '../ui/hooks/use-debounced.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {selectedItems} from './bulk.ts';
import {Dialog} from './Dialog.tsx';
import {tn} from '../ui/plural.ts';

export type MergeDialogProps = {
	/** The items to merge; with one, the dialog first asks which item it is the same work as. */
	ids: string[];
	/** After the merge: the surviving item, and every id that was merged (survivor included). */
	onMerged(survivor: Item, ids: string[]): void;
	onClose(): void;
};

/** Picking results shown while searching for the other item. */
const PICK_LIMIT = 8;

/** What a failed preview or merge says: a merge the model refuses (itself, already merged) in words for this dialog. */
const mergeError = (error: unknown) =>
	(errorCode(error) === 'INVALID_ITEM' ? t('optMergeInvalid') : errorMessage(error));

function Pick({first, chosen, onPick}: {first: Item | undefined; chosen: string[]; onPick(id: string): void}) {
	const api = useApi();
	const id = useId();
	const [text, setText] = useState(first?.title ?? '');
	const input = useRef<HTMLInputElement>(null);
	useEffect(() => input.current?.focus(), []); // The dialog opened before this step could render
	const query = useDebounced(text, 120);
	const results = useAsync(async () => {
		const found = await api.queryItems({...(query.trim() ? {text: query.trim()} : {}),
			limit: PICK_LIMIT + chosen.length});
		return found.items.filter(item => !chosen.includes(item.id)).slice(0, PICK_LIMIT);
	}, [api, query, chosen.join()]);
	return (
		<div class="merge-pick">
			<div class="field">
				<label for={`${id}-search`}>{t('optMergeSearch')}</label>
				<input ref={input} id={`${id}-search`} type="search" value={text} autocomplete="off"
					onInput={e => setText(e.currentTarget.value)}/>
			</div>
			{results.data?.length === 0 && <p class="hint">{t('optMergeNoMatch')}</p>}
			<ul class="pick-list">
				{results.data?.map(item => (
					<li key={item.id}>
						<button type="button" onClick={() => onPick(item.id)}>
							<span class="title">{item.title}</span>
							<span class="details">
								{[item.authors.join(', '), t(`kind_${item.kind}`), item.url ?? t('optNoLink')]
									.filter(Boolean).join(' · ')}
							</span>
						</button>
					</li>
				))}
			</ul>
		</div>
	);
}

function Preview({result, items}: {result: Item; items: Item[]}) {
	const links = [result.url, ...result.aliases].filter((url): url is string => Boolean(url));
	const ids = [...result.isbn.map(isbn => `ISBN ${isbn}`), ...result.ids];
	return (
		<div class="merge-preview">
			<ul class="merge-sources">{items.map(item => <li key={item.id}>{item.title}</li>)}</ul>
			<h3>{t('optMergeResult')}</h3>
			<dl>
				<dt class="visually-hidden">{t('optColTitle')}</dt>
				<dd class="title">{result.title}</dd>
				{result.authors.length > 0 && <><dt>{t('optMergeAuthors')}</dt><dd>{result.authors.join(', ')}</dd></>}
				<dt>{t('optMergeLinks')}</dt>
				<dd>{links.length === 0
					? t('optNoLink')
					: <ul>{links.map(url => <li key={url} class="merge-link">{url}</li>)}</ul>}</dd>
				{ids.length > 0 && <><dt>{t('optMergeIds')}</dt><dd>{ids.join(', ')}</dd></>}
				{result.topics.length > 0 && <>
					<dt>{t('optMergeTopics')}</dt>
					<dd>{result.topics.map(topic => <span key={topic} class="tag">{topic}</span>)}</dd>
				</>}
				<dt>{t('optColStatus')}</dt><dd>{t(`status_${result.status}`)}</dd>
			</dl>
		</div>
	);
}

/**
 * "Merge into one": a preview of the item that results (previewMerge writes nothing), then mergeWorks. Items the model
 * will not merge (an item with itself, an item already merged into another) get a clear message and no Merge button.
 */
export function MergeDialog({ids, onMerged, onClose}: MergeDialogProps) {
	const api = useApi();
	const [chosen, setChosen] = useState(ids);
	const [busy, setBusy] = useState(false);
	const [failure, setFailure] = useState<string>();
	const picking = chosen.length < 2;
	const items = useAsync(() => selectedItems(api, chosen), [api, chosen.join()]);
	const preview = useAsync(async () => (picking ? undefined : api.previewMerge(chosen)), [api, chosen.join()]);
	const merge = async () => {
		setBusy(true);
		try {
			onMerged(await api.mergeWorks(chosen), chosen);
			onClose();
		} catch (error) {
			setFailure(mergeError(error));
			setBusy(false);
		}
	};
	const problem = failure ?? (preview.error === undefined ? undefined : mergeError(preview.error));
	const title = picking ? t('optMergePick', items.data?.[0]?.title ?? '') : tn('optMergeTitle', chosen.length);
	return (
		<Dialog title={title} onClose={onClose} class="merge-dialog">
			{picking
				? (items.data && (
					<Pick first={items.data[0]} chosen={chosen} onPick={id => setChosen([...chosen, id])}/>
				))
				: <>
					<p class="hint">{t('optMergeIntro')}</p>
					{problem && <p class="error-text" role="alert">{problem}</p>}
					{preview.loading && !preview.data && !problem && <p aria-busy="true">{t('optLoading')}</p>}
					{preview.data && !problem && <Preview result={preview.data} items={items.data ?? []}/>}
				</>}
			<div class="dialog-actions">
				<button type="button" onClick={onClose}>{t('optCancel')}</button>
				{!picking && (
					<button type="button" class="primary" disabled={busy || !preview.data || Boolean(problem)}
						onClick={() => void merge()}>
						{t('optMergeConfirm')}
					</button>
				)}
			</div>
		</Dialog>
	);
}
