import {useEffect, useId, useRef, useState} from 'preact/hooks';
import {normalizeTopic} from '../core/topics.ts';
import type {Status} from '../core/types.ts';
import {StatusSelect} from '../ui/components/StatusSelect.tsx';
import {t} from '../ui/i18n.ts';

export type BulkBarProps = {
	count: number;
	trash: boolean;
	knownTopics: string[];
	onTopic(topic: string, add: boolean): void;
	onStatus(status: Status): void;
	onTrash(): void;
	onRestore(): void;
	/** "Merge into one": opens the merge dialog for the selection (two or more items). */
	onMerge(): void;
	onClear(): void;
	/** Move the focus to the topic field (the list's "t" key), then call `onTopicFocused`. */
	focusTopic?: boolean;
	onTopicFocused?(): void;
};

/** Actions on the selected items: add or remove a topic, set the status, merge, move to (or restore from) the trash. */
export function BulkBar({count, trash, knownTopics, onTopic, onStatus, onTrash, onRestore, onMerge, onClear,
	focusTopic, onTopicFocused}: BulkBarProps) {
	const id = useId();
	const [topic, setTopic] = useState('');
	const topicField = useRef<HTMLInputElement>(null);
	useEffect(() => {
		if (focusTopic) { topicField.current?.focus(); onTopicFocused?.(); }
	}, [focusTopic]);
	const clean = normalizeTopic(topic);
	const apply = (add: boolean) => { if (clean) { onTopic(clean, add); setTopic(''); } };
	return (
		<section class="bulk" aria-label={t('optBulkLabel')}>
			<strong role="status">{t('optSelected', count)}</strong>
			{trash ? <button type="button" onClick={onRestore}>{t('optBulkRestore')}</button> : <>
				<div class="field bulk-topic">
					<label for={`${id}-topic`}>{t('optBulkTopic')}</label>
					<input ref={topicField} id={`${id}-topic`} list={`${id}-topics`} value={topic} autocomplete="off"
						onInput={e => setTopic(e.currentTarget.value)}
						onKeyDown={e => { if (e.key === 'Enter') { e.preventDefault(); apply(true); } }}/>
					<datalist id={`${id}-topics`}>{knownTopics.map(name => <option key={name} value={name}/>)}</datalist>
				</div>
				<button type="button" disabled={!clean} onClick={() => apply(true)}>{t('optBulkAddTopic')}</button>
				<button type="button" disabled={!clean} onClick={() => apply(false)}>{t('optBulkRemoveTopic')}</button>
				<StatusSelect value={undefined} label={t('optBulkStatus')} emptyLabel={t('optBulkStatusKeep')}
					onChange={status => status && onStatus(status)}/>
				{count >= 2 && <button type="button" onClick={onMerge}>{t('optBulkMerge')}</button>}
				<button type="button" class="danger" onClick={onTrash}>{t('optBulkTrash')}</button>
			</>}
			<button type="button" class="link" onClick={onClear}>{t('optClearSelection')}</button>
		</section>
	);
}
