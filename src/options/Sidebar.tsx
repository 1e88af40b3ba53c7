import {STATUSES} from '../core/types.ts';
import type {TopicCount} from '../core/query.ts';
import {t} from '../ui/i18n.ts';
import {formatCount} from '../ui/plural.ts';
import type {View} from './filters.ts';
import {type Recommender, RecommendersNav} from './RecommendersNav.tsx';

export type Counts = {all: number; trash: number; status: Record<string, number>};

export type SidebarProps = {
	view: View;
	onView(view: View): void;
	/** A search, kind, topic or recommender narrows the list: "All items" is then not the current view. */
	filtered: boolean;
	counts: Counts | undefined;
	topics: TopicCount[];
	activeTopic: string | undefined;
	onTopic(topic: string | undefined): void;
	/** Posts that recommended saved items, the one filtered by, and how to filter (the "Recommended by" section). */
	recommenders?: {list: Recommender[]; active: string | undefined; onPick(url: string | undefined): void};
	/** Groups of possible duplicates still to decide on; the entry shows while there are any (or it is open). */
	duplicates?: number;
};

const TOP_TOPICS = 15;

function NavButton({active, label, count, onClick}: {active: boolean; label: string; count?: number; onClick(): void}) {
	return (
		<li>
			<button type="button" class="nav-item" aria-current={active ? 'page' : undefined} onClick={onClick}>
				<span>{label}</span>
				{count !== undefined && <span class="count">{formatCount(count)}</span>}
			</button>
		</li>
	);
}

/**
 * Views (all, possible duplicates, each status, trash, topics, settings) with their counts, and the most used
 * topics as filters.
 */
export function Sidebar({view, onView, filtered, counts, topics, activeTopic, onTopic, recommenders,
	duplicates}: SidebarProps) {
	const isList = (status?: string) => view.name === 'list' && view.status === status;
	// "All items" is where the user is only when nothing narrows the list; clicking it clears every filter
	const all = isList(undefined) && !filtered;
	return (
		<nav class="sidebar" aria-label={t('optNavLabel')}>
			<h1 class="brand">{t('extName')}</h1>
			<ul>
				<NavButton active={all} label={t('optNavAll')} count={counts?.all}
					onClick={() => onView({name: 'list'})}/>
				{(Boolean(duplicates) || view.name === 'duplicates') && (
					<NavButton active={view.name === 'duplicates'} label={t('optNavDuplicates')} count={duplicates}
						onClick={() => onView({name: 'duplicates'})}/>
				)}
			</ul>
			{/* Only the middle scrolls: "All items" and the views at the bottom stay in reach however many topics */}
			<div class="nav-scroll">
				<h2 class="nav-heading">{t('optNavStatus')}</h2>
				<ul>
					{STATUSES.map(status => (
						<NavButton key={status} active={isList(status)} label={t(`status_${status}`)} count={counts?.status[status]}
							onClick={() => onView({name: 'list', status})}/>
					))}
				</ul>
				{topics.length > 0 && <>
					<h2 class="nav-heading">{t('optNavTopTopics')}</h2>
					<ul>
						{topics.slice(0, TOP_TOPICS).map(topic => (
							<li key={topic.name}>
								<button type="button" class="nav-item" aria-pressed={activeTopic === topic.name}
									onClick={() => onTopic(activeTopic === topic.name ? undefined : topic.name)}>
									<span># {topic.name}</span><span class="count">{formatCount(topic.count)}</span>
								</button>
							</li>
						))}
					</ul>
				</>}
				{recommenders && (
					<RecommendersNav recommenders={recommenders.list} active={recommenders.active}
						onPick={recommenders.onPick}/>
				)}
			</div>
			<ul class="nav-bottom">
				<NavButton active={view.name === 'topics'} label={t('optNavTopics')} count={topics.length}
					onClick={() => onView({name: 'topics'})}/>
				<NavButton active={view.name === 'trash'} label={t('optNavTrash')} count={counts?.trash}
					onClick={() => onView({name: 'trash'})}/>
				<NavButton active={view.name === 'sync'} label={t('syncNav')} onClick={() => onView({name: 'sync'})}/>
				<NavButton active={view.name === 'import-export'} label={t('ieNav')}
					onClick={() => onView({name: 'import-export'})}/>
				<NavButton active={view.name === 'settings'} label={t('optNavSettings')}
					onClick={() => onView({name: 'settings'})}/>
			</ul>
		</nav>
	);
}
