import {useId, useMemo, useState} from 'preact/hooks';
import type {TopicCount} from '../core/query.ts';
import {importMappings} from '../core/topic-variants.ts';
import type {MessageKey} from '../shared/i18n/index.ts';
import type {ImportOutcome} from '../shared/import-protocol.ts';
import {useApi} from '../ui/api-context.ts';
import {t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {BookmarksImport} from './BookmarksImport.tsx';
import {ColumnMapping} from './ColumnMapping.tsx';
import {readFiles} from './import-files.ts';
import {ImportPreviewTable} from './ImportPreviewTable.tsx';
import {ImportTopicHints} from './ImportTopicHints.tsx';
import {type ImportPhase, useImport} from './use-import.ts';

const formatLabel = (format: string | undefined) =>
	(format ? t(`ieFormat_${format.replace(/-/g, '_')}` as MessageKey) : t('ieUnknownFormat'));

function Progress({phase}: {phase: ImportPhase}) {
	if (phase.name === 'reading') return <p role="status">{t('ieReading')}</p>;
	if (phase.name === 'sending') {
		return (
			<div role="status" class="import-progress">
				<progress aria-label={t('ieProgress')} max={Math.max(phase.total, 1)} value={phase.sent}/>
				<span>{t('ieSending', phase.sent, phase.total)}</span>
			</div>
		);
	}
	if (phase.name === 'writing') {
		return (
			<div role="status" class="import-progress">
				{phase.done === undefined
					? <progress aria-label={t('ieProgress')}/>
					: <progress aria-label={t('ieProgress')} max={Math.max(phase.total, 1)} value={phase.done}/>}
				<span>{tn('ieWriting', phase.count)}</span>
			</div>
		);
	}
	return null;
}

export type ImportPanelProps = {
	/** The list's topics, so the preview can flag an imported topic spelled like one of them. */
	topics?: TopicCount[];
	onMessage(message: string, error?: boolean): void;
};

/** Choose or drop files (or pick a bookmarks folder), check the preview, then import in one transaction. */
export function ImportPanel({topics = [], onMessage}: ImportPanelProps) {
	const id = useId();
	const api = useApi();
	const [skip, setSkip] = useState(false);
	// Ticked possible duplicates, by record index; another file or column mapping starts with none (a topic mapping
	// keeps the records and their indexes).
	const [ticked, setTicked] = useState<{generation?: number; merge: Set<number>}>({merge: new Set()});
	const [dragging, setDragging] = useState(false);
	const done = (outcome: ImportOutcome) =>
		onMessage(t('ieDone', outcome.counts.new, outcome.counts.merged, outcome.counts.skipped));
	const state = useImport(api, done);
	const {phase} = state;
	const preview = phase.name === 'preview' || phase.name === 'error' ? phase.preview : undefined;
	const failed = preview ? preview.counts.failed + preview.errorCount : 0;
	const mappings = useMemo(() => importMappings(state.topics, topics), [state.topics, topics]);
	const merge = ticked.generation === state.generation ? ticked.merge : new Set<number>();
	const mergeList = () => [...merge].sort((a, b) => a - b);
	const toggleMerge = (index: number, on: boolean) => {
		const next = new Set(merge);
		if (on) next.add(index);
		else next.delete(index);
		setTicked({generation: state.generation, merge: next});
		void state.tick([...next].sort((a, b) => a - b));
	};
	const choose = (files: FileList | null) => {
		if (files && files.length > 0) void state.chooseFiles(() => readFiles(files));
	};
	return (
		<section class="import-panel" aria-labelledby={`${id}-h`}>
			<h2 id={`${id}-h`}>{t('ieImportHeading')}</h2>
			<p class="hint">{t('ieImportHint')}</p>
			<div class={`dropzone ${dragging ? 'dragging' : ''}`} onDragOver={e => { e.preventDefault(); setDragging(true); }}
				onDragLeave={() => setDragging(false)}
				onDrop={e => { e.preventDefault(); setDragging(false); choose(e.dataTransfer?.files ?? null); }}>
				<label class="button" for={`${id}-files`}>{t('ieChooseFiles')}</label>
				<input id={`${id}-files`} class="visually-hidden" type="file" name="import-files" multiple
					accept=".csv,.html,.htm,.json,.zip,.ris,.bib,.txt,text/csv,text/html,application/json,application/zip"
					onChange={e => { choose(e.currentTarget.files); e.currentTarget.value = ''; }}/>
				<span>{t('ieDropHere')}</span>
			</div>
			<BookmarksImport onRecords={(name, result) => void state.previewRecords(name, result)}
				onError={message => onMessage(message, true)}/>
			{state.fileNames.length > 0 && <p>{t('ieFiles', state.fileNames.join(', '))}</p>}
			{preview && <p class="detected">{t('ieDetected', formatLabel(preview.format))}</p>}
			{state.columns && phase.name !== 'sending' && (
				<ColumnMapping key={state.fileNames.join('|')} headers={state.columns.headers}
					mapping={state.columns.mapping} onApply={mapping => void state.remap(mapping)}/>
			)}
			<Progress phase={phase}/>
			{phase.name === 'error' && <p role="alert" class="error">{phase.message}</p>}
			{/* Kept while a mapping previews again, so the button just pressed keeps the focus */}
			{(preview || (state.remapping && phase.name === 'sending')) && <ImportTopicHints mappings={mappings}
				chosen={state.topicMap}
				onChange={phase.name === 'preview' || state.remapping
					? map => void state.mapTopics(map, mergeList())
					: undefined}/>}
			{preview && <ImportPreviewTable preview={preview} merge={merge}
				onToggleMerge={phase.name === 'preview' ? toggleMerge : undefined}/>}
			{phase.name === 'preview' && <>
				{failed > 0 && <>
					<p class="hint">{t('ieBlocked')}</p>
					<div class="check">
						<input id={`${id}-skip`} type="checkbox" checked={skip} onChange={e => setSkip(e.currentTarget.checked)}/>
						<label for={`${id}-skip`}>{t('ieSkipFailed', failed)}</label>
					</div>
				</>}
				{preview!.writes === 0 && failed === 0 && <p>{t('ieNothingToImport')}</p>}
				<div class="actions import-actions">
					<button type="button" class="primary" disabled={preview!.writes === 0 || (failed > 0 && !skip)}
						onClick={() => void state.apply(skip, mergeList())}>
						{tn('ieImportButton', preview!.writes)}
					</button>
					<button type="button" onClick={state.reset}>{t('ieCancel')}</button>
				</div>
			</>}
			{phase.name === 'done' && (
				<p role="status" class="import-done">
					{t('ieDone', phase.outcome.counts.new, phase.outcome.counts.merged, phase.outcome.counts.skipped)}
				</p>
			)}
		</section>
	);
}
