import {useId, useMemo, useRef, useState} from 'preact/hooks';
import type {TopicCount} from '../core/query.ts';
import {normalizeTopic} from '../core/topics.ts';
import {invertTopicChange} from '../core/topic-changes.ts';
import {variantGroups} from '../core/topic-variants.ts';
import {useApi} from '../ui/api-context.ts';
import type {Toast} from '../ui/components/Toasts.tsx';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {TopicVariants} from './TopicVariants.tsx';

export type TopicManagerProps = {
	topics: TopicCount[];
	onShow(topic: string): void;
	/** A toast; `action` (Undo) is offered beside the message. */
	onMessage(message: string, error?: boolean, action?: Toast['action']): void;
};

type Editing = {topic: string; mode: 'rename' | 'delete'};

/**
 * Every topic with its count; rename (onto an existing name merges), delete, or show its items. Spellings of one
 * topic (cloud native, cloud-native) are flagged above the table, each group merged with one click.
 */
export function TopicManager({topics, onShow, onMessage}: TopicManagerProps) {
	const api = useApi();
	const [editing, setEditing] = useState<Editing>();
	const groups = useMemo(() => variantGroups(topics), [topics]);
	// A merged group leaves the page with the button pressed: the focus goes back to the heading, not to the body.
	const heading = useRef<HTMLHeadingElement>(null);
	const run = async <R,>(action: () => Promise<R>, message: (result: R) => string,
		undo?: (result: R) => () => void) => {
		try {
			const result = await action();
			setEditing(undefined);
			invalidate();
			onMessage(message(result), false, undo && {label: t('optUndo'), run: undo(result)});
		} catch (error) {
			onMessage(errorMessage(error), true);
		}
	};
	return (
		<section class="panel topics" aria-labelledby="topics-heading">
			<h2 id="topics-heading" ref={heading} tabIndex={-1}>{t('optTopicsHeading')}</h2>
			<p class="hint">{t('optTopicsIntro')}</p>
			<TopicVariants groups={groups} onMerge={(group, target) => run(
				() => api.mergeTopics(group.topics.map(topic => topic.name).filter(name => name !== target), target),
				changes => tn('optTopicMerged', changes.length, target),
				changes => () => void run(() => api.changeTopics(changes.map(invertTopicChange)),
					n => tn('optTopicMergeUndone', n)),
			).then(() => heading.current?.focus())}/>
			{topics.length === 0 ? <p class="empty">{t('optTopicsEmpty')}</p> : (
				<table>
					<thead>
						<tr>
							<th scope="col">{t('optTopicName')}</th><th scope="col">{t('optTopicCount')}</th>
							<th scope="col"><span class="visually-hidden">{t('optColActions')}</span></th>
						</tr>
					</thead>
					<tbody>
						{topics.map(topic => (
							<tr key={topic.name}>
								<th scope="row">
									<button type="button" class="link" aria-label={t('optTopicShow', topic.name)}
										onClick={() => onShow(topic.name)}>{topic.name}</button>
								</th>
								<td>{topic.count}</td>
								<td>
									{editing?.topic === topic.name && editing.mode === 'rename'
										? <RenameForm topic={topic.name} existing={topics}
											onCancel={() => setEditing(undefined)}
											onRename={to => run(() => api.renameTopic(topic.name, to),
												n => tn('optTopicRenamed', n))}/>
										: editing?.topic === topic.name && editing.mode === 'delete'
											? <span class="confirm">
												<span>{tn('optTopicDeleteConfirm', topic.count, topic.name)}</span>
												<button type="button" class="danger" onClick={() => run(
													() => api.deleteTopic(topic.name), n => tn('optTopicDeleted', n),
												)}>{t('optTopicDeleteYes')}</button>
												<button type="button" onClick={() => setEditing(undefined)}>
													{t('optCancel')}
												</button>
											</span>
											: <span class="row-actions">
												<button type="button" aria-label={t('optTopicRenameAction', topic.name)}
													onClick={() => setEditing({topic: topic.name, mode: 'rename'})}>
													{t('optTopicRename')}
												</button>
												<button type="button" class="danger"
													aria-label={t('optTopicDeleteAction', topic.name)}
													onClick={() => setEditing({topic: topic.name, mode: 'delete'})}>
													{t('optDelete')}
												</button>
											</span>}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</section>
	);
}

function RenameForm({topic, existing, onRename, onCancel}: {topic: string; existing: TopicCount[];
	onRename(to: string): void; onCancel(): void}) {
	const id = useId();
	const [name, setName] = useState(topic);
	const target = normalizeTopic(name);
	const merges = target !== topic && existing.some(other => other.name === target);
	return (
		<form class="rename" onSubmit={e => { e.preventDefault(); if (target && target !== topic) onRename(target); }}
			onKeyDown={e => { if (e.key === 'Escape') onCancel(); }}>
			<label for={id} class="visually-hidden">{t('optTopicRenameLabel', topic)}</label>
			<input id={id} value={name} autoFocus aria-describedby={merges ? `${id}-hint` : undefined}
				onInput={e => setName(e.currentTarget.value)}/>
			<button type="submit" class="primary" disabled={!target || target === topic}>
				{merges ? t('optTopicMerge') : t('optTopicRename')}
			</button>
			<button type="button" onClick={onCancel}>{t('optCancel')}</button>
			{merges && <p id={`${id}-hint`} class="hint">{t('optTopicMergeHint', target)}</p>}
		</form>
	);
}
