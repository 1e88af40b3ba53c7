import {useMemo, useState} from 'preact/hooks';
import {STATUSES, type Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {type Toast, Toasts, useToasts} from '../ui/components/Toasts.tsx';
import {useAsync} from '../ui/hooks/use-async.ts';
import {t} from '../ui/i18n.ts';
import {useDebounced} from '../ui/hooks/use-debounced.ts';
import {invalidate, useRevision} from '../ui/hooks/use-revision.ts';
import {useSettings, useThemeAttribute} from '../ui/hooks/use-settings.ts';
import {AddWork, OpenAddWork} from './AddWork.tsx';
import {BulkBar} from './BulkBar.tsx';
import {DuplicatesView} from './DuplicatesView.tsx';
import {type Filters, NO_FILTERS, narrows, type View} from './filters.ts';
import {ImportExportView} from './ImportExportView.tsx';
import {ListView} from './ListView.tsx';
import {MergeDialog} from './MergeDialog.tsx';
import {tn} from '../ui/plural.ts';
import {ShowRecommended} from './show-recommended.ts';
import {RecommenderChip} from './RecommenderChip.tsx';
import {type Counts, Sidebar} from './Sidebar.tsx';
import {SettingsView} from './SettingsView.tsx';
import {SyncView} from './SyncView.tsx';
import {TopicManager} from './TopicManager.tsx';
import {useRemoteCovers} from '../ui/hooks/use-remote-covers.ts';
import {itemFromHash, searchFromHash} from '../ui/options-url.ts';
import {useDuplicates} from './use-duplicates.ts';
import {useHashTarget} from './use-hash-target.ts';
import {listActions} from './use-list-actions.ts';
import {useSelection} from './use-selection.ts';

/** Search waits for a pause this long: one query per burst of typing, still feeling instant. */
const SEARCH_DEBOUNCE_MS = 60;

/** The options page: sidebar of views, then the list (with editor and bulk bar), the topic manager or settings. */
export function OptionsApp() {
	const api = useApi();
	const revision = useRevision();
	const settings = useSettings();
	useThemeAttribute(settings.theme);
	const {toasts, show, dismiss} = useToasts();
	// The popup's "Open Sync"
	const [view, setView] = useState<View>(() => (location.hash === '#sync' ? {name: 'sync'} : {name: 'list'}));
	// The address bar's `sm`
	const [filters, setFilters] = useState<Filters>(() => ({...NO_FILTERS, text: searchFromHash(location.hash) ?? ''}));
	const {selected, setSelected, toggle, drop} = useSelection();
	const [editing, setEditing] = useState(() => itemFromHash(location.hash)); // The popup's "Saved" link
	useHashTarget(target => {
		setView({name: 'list'});
		if ('item' in target) setEditing(target.item);
		else setFilters({...NO_FILTERS, text: target.search});
	});
	const [adding, setAdding] = useState(false);
	const [merging, setMerging] = useState<string[]>();
	const [topicWanted, setTopicWanted] = useState(false); // The "t" key asked for the bulk bar's topic field
	const covers = useRemoteCovers();
	const text = useDebounced(filters.text, SEARCH_DEBOUNCE_MS);

	const facets = useAsync(async () => {
		const [all, trash, topics, recommenders, ...byStatus] = await Promise.all([
			api.queryItems({limit: 0}), api.queryItems({trash: true, limit: 0}),
			api.listTopics(), api.listRecommenders(),
			...STATUSES.map(status => api.queryItems({status, limit: 0})),
		]);
		const counts: Counts = {all: all.total, trash: trash.total,
			status: Object.fromEntries(STATUSES.map((s, i) => [s, byStatus[i]!.total]))};
		return {counts, topics, recommenders};
	}, [api, revision]);
	const duplicates = useDuplicates(revision, facets.data !== undefined);
	const topics = facets.data?.topics ?? [];
	const knownTopics = useMemo(() => topics.map(topic => topic.name), [topics]);

	const unselect = (ids: string[]) => {
		drop(ids);
		if (editing && ids.includes(editing)) setEditing(undefined);
	};
	const actions = listActions(api, show, unselect);
	const message = (text: string, error?: boolean, action?: Toast['action']) =>
		show({message: text, ...(error ? {error} : {}), ...(action ? {action} : {})});
	const go = (next: View) => { setView(next); setSelected(new Set()); setEditing(undefined); };
	const topicKey = (active: Item | undefined) => {
		if (selected.size === 0) {
			if (!active) return;
			setSelected(new Set([active.id]));
		}
		setTopicWanted(true);
	};
	const showRecommended = (recommendedBy: string | undefined) => {
		setFilters({...filters, recommendedBy});
		if (view.name !== 'list') go({name: 'list'});
	};
	const pickView = (next: View) => {
		if (next.name === 'list' && !next.status) setFilters({...NO_FILTERS, sort: filters.sort});
		go(next);
	};
	const openAddWork = () => { setEditing(undefined); setAdding(true); };
	const trash = view.name === 'trash';
	const ids = [...selected];

	return (
		<OpenAddWork.Provider value={openAddWork}><div class={`app ${editing ? 'editing' : ''}`}>
			<Sidebar view={view} onView={pickView}
				filtered={narrows(filters)} counts={facets.data?.counts} topics={topics} activeTopic={filters.topic}
				onTopic={topic => { setFilters({...filters, topic}); if (view.name !== 'list') go({name: 'list'}); }}
				recommenders={{list: facets.data?.recommenders ?? [], active: filters.recommendedBy,
					onPick: showRecommended}}
				duplicates={duplicates.groups?.length}/>
			<ShowRecommended.Provider value={showRecommended}><main class="main">
				{(view.name === 'list' || view.name === 'trash') && <>
					{selected.size > 0 && (
						<BulkBar count={selected.size} trash={trash} knownTopics={knownTopics}
							onClear={() => setSelected(new Set())}
							onTopic={(topic, add) => actions.setTopic(ids, topic, add)}
							onStatus={status => actions.setStatus(ids, status)} onTrash={() => actions.remove(ids)}
							onRestore={() => actions.restore(ids)} onMerge={() => setMerging(ids)}
							focusTopic={topicWanted} onTopicFocused={() => setTopicWanted(false)}/>
					)}
					{filters.recommendedBy && (
						<RecommenderChip url={filters.recommendedBy} recommenders={facets.data?.recommenders ?? []}
							onClear={() => showRecommended(undefined)}/>
					)}
					<ListView view={view} filters={filters} text={text} revision={revision}
						recommenders={facets.data?.recommenders ?? []} selected={selected} editing={editing}
						knownTopics={knownTopics} onFilters={patch => setFilters({...filters, ...patch})}
						onSelect={setSelected} onToggle={toggle} onEdit={setEditing} actions={actions} covers={covers}
						onMerge={setMerging} onTopicKey={topicKey}/>
				</>}
				{view.name === 'duplicates' && (
					<DuplicatesView duplicates={duplicates} covers={covers} onMerge={setMerging} onMessage={message}/>
				)}
				{view.name === 'topics' && (
					<TopicManager topics={topics} onMessage={message}
						onShow={topic => { setFilters({...NO_FILTERS, topic}); go({name: 'list'}); }}/>
				)}
				{view.name === 'settings' && <SettingsView settings={settings} onMessage={message}/>}
				{view.name === 'import-export' && <ImportExportView topics={topics} onMessage={message}/>}
				{view.name === 'sync' && <SyncView onMessage={message}/>}
			</main></ShowRecommended.Provider>
			{adding && (
				<AddWork knownTopics={knownTopics}
					defaults={{status: settings.defaultStatus,
						...(settings.defaultKind ? {kind: settings.defaultKind} : {})}}
					onClose={() => setAdding(false)}
					onOpen={id => { setAdding(false); if (view.name !== 'list') go({name: 'list'}); setEditing(id); }}
					onSaved={item => {
						setAdding(false);
						message(t('addWorkSaved', item.title));
						if (view.name !== 'list') go({name: 'list'});
					}}/>
			)}
			{merging && (
				<MergeDialog ids={merging} onClose={() => setMerging(undefined)} onMerged={(survivor, merged) => {
					unselect(merged);
					invalidate();
					message(tn('optMerged', merged.length, survivor.title));
				}}/>
			)}
			<Toasts toasts={toasts} dismiss={dismiss}/>
		</div></OpenAddWork.Provider>
	);
}
