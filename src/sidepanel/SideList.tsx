import {useMemo, useState} from 'preact/hooks';
import {useApi} from '../ui/api-context.ts';
import {Toasts, useToasts} from '../ui/components/Toasts.tsx';
import {useAsync} from '../ui/hooks/use-async.ts';
import {useDebounced} from '../ui/hooks/use-debounced.ts';
import {invalidate, useRevision} from '../ui/hooks/use-revision.ts';
import {useRemoteCovers} from '../ui/hooks/use-remote-covers.ts';
import {t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {BulkBar} from '../options/BulkBar.tsx';
import {type Filters, NO_FILTERS} from '../options/filters.ts';
import {ListView} from '../options/ListView.tsx';
import {MergeDialog} from '../options/MergeDialog.tsx';
import {listActions} from '../options/use-list-actions.ts';
import {useSelection} from '../options/use-selection.ts';

const LIST = {name: 'list'} as const;

/** The list as the options page shows it (search, filters, virtualised rows, editor, bulk edits), in a narrow pane. */
export function SideList() {
	const api = useApi();
	const revision = useRevision();
	const {toasts, show, dismiss} = useToasts();
	const [filters, setFilters] = useState<Filters>(NO_FILTERS);
	const text = useDebounced(filters.text, 60);
	const {selected, setSelected, toggle, drop} = useSelection();
	const [editing, setEditing] = useState<string>();
	const [merging, setMerging] = useState<string[]>();
	const [topicWanted, setTopicWanted] = useState(false);
	const covers = useRemoteCovers();
	const facets = useAsync(async () => {
		const [topics, recommenders] = await Promise.all([api.listTopics(), api.listRecommenders()]);
		return {topics: topics.map(topic => topic.name), recommenders};
	}, [api, revision]);
	const knownTopics = useMemo(() => facets.data?.topics ?? [], [facets.data]);
	const actions = listActions(api, show, ids => {
		drop(ids);
		if (editing && ids.includes(editing)) setEditing(undefined);
	});
	const ids = [...selected];
	return (
		<section class="side-list" aria-label={t('sideListHeading')}>
			{selected.size > 0 && (
				<BulkBar count={selected.size} trash={false} knownTopics={knownTopics}
					onClear={() => setSelected(new Set())} onTopic={(topic, add) => actions.setTopic(ids, topic, add)}
					onStatus={status => actions.setStatus(ids, status)} onTrash={() => actions.remove(ids)}
					onRestore={() => actions.restore(ids)} onMerge={() => setMerging(ids)}
					focusTopic={topicWanted} onTopicFocused={() => setTopicWanted(false)}/>
			)}
			<ListView view={LIST} filters={filters} text={text} revision={revision}
				recommenders={facets.data?.recommenders ?? []} selected={selected} editing={editing}
				knownTopics={knownTopics} onFilters={patch => setFilters({...filters, ...patch})} onSelect={setSelected}
				onToggle={toggle} onEdit={setEditing} actions={actions} covers={covers} onMerge={setMerging}
				onTopicKey={active => {
					if (selected.size === 0 && active) setSelected(new Set([active.id]));
					if (selected.size > 0 || active) setTopicWanted(true);
				}}/>
			{merging && (
				<MergeDialog ids={merging} onClose={() => setMerging(undefined)} onMerged={(survivor, merged) => {
					drop(merged);
					invalidate();
					show({message: tn('optMerged', merged.length, survivor.title)});
				}}/>
			)}
			<Toasts toasts={toasts} dismiss={dismiss}/>
		</section>
	);
}
