import {useMemo, useRef, useState} from 'preact/hooks';
import type {ItemQuery} from '../core/query.ts';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import type {Filters, View} from './filters.ts';
import {ItemEditor} from './ItemEditor.tsx';
import {type GridHandle, ItemGrid} from './ItemGrid.tsx';
import {KeysDialog} from './KeysDialog.tsx';
import {ProgressDialog} from './ProgressDialog.tsx';
import {Toolbar} from './Toolbar.tsx';
import type {listActions} from './use-list-actions.ts';
import {useItemPages} from './use-item-pages.ts';
import {useListKeys} from './use-list-keys.ts';

export type ListViewProps = {
	view: View;
	filters: Filters;
	/** The search text, debounced. */
	text: string;
	revision: string;
	recommenders: {url: string; title?: string; count: number}[];
	selected: ReadonlySet<string>;
	editing: string | undefined;
	knownTopics: string[];
	onFilters(patch: Partial<Filters>): void;
	onSelect(ids: ReadonlySet<string>): void;
	onToggle(item: Item): void;
	onEdit(id: string | undefined): void;
	actions: ReturnType<typeof listActions>;
	/** Cover images from the web may load (the remoteCovers setting). */
	covers: boolean;
	/** Open the merge dialog for these items ("Merge with…" passes one: the dialog asks for the other). */
	onMerge(ids: string[]): void;
	/** The "t" key: add a topic to the selection, or to `active` (the active row) when nothing is selected. */
	onTopicKey(active: Item | undefined): void;
};

/** Toolbar, the result grid (or its empty / error state), the editor beside it, and the progress dialog. */
export function ListView(props: ListViewProps) {
	const {view, filters, text, revision, selected, editing, actions} = props;
	const api = useApi();
	const [progressOf, setProgressOf] = useState<Item>();
	const [keysShown, setKeysShown] = useState(false);
	const trash = view.name === 'trash';
	const grid = useRef<GridHandle>(null);
	const root = useRef<HTMLDivElement>(null);
	useListKeys({trash, grid, root, onOpen: item => props.onEdit(item.id), onToggle: props.onToggle,
		onTopic: props.onTopicKey, onHelp: () => setKeysShown(true)});
	const query = useMemo<ItemQuery>(() => ({
		...(text.trim() ? {text: text.trim()} : {}),
		...(view.name === 'list' && view.status ? {status: view.status} : {}),
		...(filters.kind ? {kind: filters.kind} : {}),
		...(filters.topic ? {topics: [filters.topic]} : {}),
		...(filters.recommendedBy ? {recommendedBy: filters.recommendedBy} : {}),
		...(trash ? {trash} : {}),
		sort: filters.sort,
	}), [text, view, filters.kind, filters.topic, filters.recommendedBy, filters.sort, trash]);
	const pages = useItemPages(query, revision);
	const queryKey = JSON.stringify(query);
	const filtered = Boolean(query.text || query.kind || query.topics || query.recommendedBy);
	const selectAll = async () => {
		const all = await api.queryItems({...query, offset: 0, limit: pages.total});
		props.onSelect(new Set(all.items.map(item => item.id)));
	};

	let body;
	if (pages.error && pages.total === 0) {
		body = (
			<div class="state" role="alert">
				<p>{errorMessage(pages.error)}</p>
				<button type="button" onClick={pages.retry}>{t('optRetry')}</button>
			</div>
		);
	} else if (!pages.loading && pages.total === 0) {
		body = (
			<p class="state empty">
				{trash
					? t('optEmptyTrash')
					: filtered || view.name === 'list' && view.status ? t('optEmptyResults') : t('optEmptyList')}
			</p>
		);
	} else {
		body = <ItemGrid pages={pages} queryKey={queryKey}
			label={trash ? t('optTrashListLabel') : t('optListLabel')} trash={trash}
			selected={selected} currentId={editing} onToggle={props.onToggle} onOpen={item => props.onEdit(item.id)}
			onDelete={actions.deleteItem} onRestore={actions.restoreItem} covers={props.covers}
			onBump={item => void actions.bump(item)} onProgress={setProgressOf}
			onMerge={item => props.onMerge([item.id])} handle={grid}/>;
	}
	return (
		<div class="list-view" ref={root}>
			<div class="list-column">
				<Toolbar filters={filters} onChange={props.onFilters} recommenders={props.recommenders}
					total={pages.loading ? undefined : pages.total}/>
				{pages.total > 0 && (
					<div class="list-tools">
						<button type="button" class="link" onClick={() => void selectAll()}>{t('optSelectAll')}</button>
						<button type="button" class="link" aria-keyshortcuts="?" onClick={() => setKeysShown(true)}>
							{t('keysShow')}
						</button>
					</div>
				)}
				{body}
			</div>
			{editing && (
				<ItemEditor id={editing} revision={revision} knownTopics={props.knownTopics}
					onClose={() => props.onEdit(undefined)} onDelete={actions.deleteItem}
					onRestore={actions.restoreItem}/>
			)}
			{progressOf && (
				<ProgressDialog item={progressOf} onSave={(item, progress) => void actions.setProgress(item, progress)}
					onClose={() => setProgressOf(undefined)}/>
			)}
			{keysShown && <KeysDialog onClose={() => setKeysShown(false)}/>}
		</div>
	);
}
