import './topic-variants.css';
import {useId, useState} from 'preact/hooks';
import type {TopicCount} from '../core/query.ts';
import type {VariantGroup} from '../core/topic-variants.ts';
import {t} from '../ui/i18n.ts';

export type TopicVariantsProps = {
	/** Groups of topics that look like one (variantGroups), most used spelling first. */
	groups: VariantGroup[];
	/** Merges every other spelling of the group into `target`. */
	onMerge(group: VariantGroup, target: string): void;
};

/** "cloud-native (40) and cloud native (12)", in the page's language. */
function spellings(topics: readonly TopicCount[]): string {
	const lang = t('optLang');
	return new Intl.ListFormat(lang, {type: 'conjunction'})
		.format(topics.map(topic => `${topic.name} (${topic.count.toLocaleString(lang)})`));
}

/** One group: what looks alike, the spelling to keep (the most used unless picked), and the merge button. */
function VariantRow({group, onMerge}: {group: VariantGroup; onMerge(target: string): void}) {
	const id = useId();
	const [target, setTarget] = useState(group.topics[0]!.name);
	return (
		<li class="topic-variant">
			<span id={`${id}-what`}>{t('optTopicVariants', spellings(group.topics))}</span>
			<span class="topic-variant-actions">
				<label for={id} class="visually-hidden">{t('optTopicVariantTarget')}</label>
				<select id={id} value={target} onChange={e => setTarget(e.currentTarget.value)}>
					{group.topics.map(topic => <option key={topic.name} value={topic.name}>{topic.name}</option>)}
				</select>
				<button type="button" class="primary" aria-describedby={`${id}-what`} onClick={() => onMerge(target)}>
					{t('optTopicMergeInto', target)}
				</button>
			</span>
		</li>
	);
}

/** The topic manager's list of near-duplicate topics, each merged with one click. */
export function TopicVariants({groups, onMerge}: TopicVariantsProps) {
	const id = useId();
	if (groups.length === 0) return null;
	return (
		<section class="topic-variants" aria-labelledby={`${id}-h`}>
			<h3 id={`${id}-h`}>{t('optTopicVariantsHeading')}</h3>
			<ul>
				{groups.map(group => (
					<VariantRow key={group.topics.map(topic => topic.name).join('\n')} group={group}
						onMerge={target => onMerge(group, target)}/>
				))}
			</ul>
		</section>
	);
}
