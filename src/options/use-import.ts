import {useRef, useState} from 'preact/hooks';
import type {TopicCount} from '../core/query.ts';
import type {ColumnMapping, ImportFile, ImportResult} from '../formats/index.ts';
import type {ImportOutcome, ImportPreview} from '../shared/import-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import {errorMessage} from '../ui/i18n.ts';
import {csvColumns, parseFiles, stageAndPlan, watchProgress} from './import-files.ts';
import {type TopicMap, importedTopics, mapTopics} from './import-topics.ts';

/** Where the import flow is. `sending` and `writing` show the progress bar. */
export type ImportPhase =
	| {name: 'idle'}
	| {name: 'reading'}
	| {name: 'sending'; sent: number; total: number}
	| {name: 'preview'; preview: ImportPreview}
	/** `done` of `total` docs stored, once the background has started storing them (before that, no value). */
	| {name: 'writing'; count: number; done?: number; total: number}
	| {name: 'done'; outcome: ImportOutcome}
	| {name: 'error'; message: string; preview?: ImportPreview};

export type ImportState = {
	phase: ImportPhase;
	fileNames: string[];
	/** Set for a generic CSV: its headers and the mapping in use. */
	columns?: {headers: string[]; mapping: ColumnMapping};
	/** The file's topics (before `topicMap`), with how many records carry each. */
	topics: TopicCount[];
	/** Imported topics to import under another spelling (an existing topic's), as the user chose in the preview. */
	topicMap: TopicMap;
	/** Which parse the preview shows: a new file or column mapping changes it; a topic mapping keeps record indexes. */
	generation: number;
	/** Whether a topic mapping is being previewed again (the hints stay in place meanwhile). */
	remapping: boolean;
	/** Previews again with these topics spelled another way, keeping the possible duplicates ticked in `merge`. */
	mapTopics(map: TopicMap, merge?: number[]): Promise<void>;
	/** Reads files, parses them here, stages and previews. */
	chooseFiles(read: () => Promise<ImportFile[]>): Promise<void>;
	/** Records from elsewhere (browser bookmarks) through the same preview. */
	previewRecords(name: string, result: ImportResult): Promise<void>;
	/** Parses again with an edited column mapping. */
	remap(mapping: ColumnMapping): Promise<void>;
	/** Plans the previewed import again with these possible duplicates ticked (record indexes), for exact counts. */
	tick(merge: number[]): Promise<void>;
	/** Writes the previewed import; `merge` holds the record indexes whose possible duplicate the user ticked. */
	apply(skipFailed: boolean, merge?: number[]): Promise<void>;
	reset(): void;
};

/** The import flow of the options page: parse in the page, stage in chunks, preview, then one transaction. */
export function useImport(api: BackgroundApi, onImported: (outcome: ImportOutcome) => void): ImportState {
	const [phase, setPhase] = useState<ImportPhase>({name: 'idle'});
	const [fileNames, setFileNames] = useState<string[]>([]);
	const [columns, setColumns] = useState<ImportState['columns']>();
	const [topics, setTopics] = useState<TopicCount[]>([]);
	const [topicMap, setTopicMap] = useState<TopicMap>(new Map());
	const [generation, setGeneration] = useState(0);
	const [remapping, setRemapping] = useState(false);
	const files = useRef<ImportFile[]>([]);
	/** The records as parsed, before any topic is mapped. */
	const parsed = useRef<ImportResult | undefined>(undefined);
	const planId = useRef<string | undefined>(undefined);
	// Ticks re-plan one after another; only the answer to the latest one is shown. So with previews (a second topic
	// mapped while the first previews again).
	const ticks = useRef(0);
	const previews = useRef(0);
	const remaps = useRef(0);

	const fail = (error: unknown, preview?: ImportPreview) =>
		setPhase({name: 'error', message: errorMessage(error), ...(preview ? {preview} : {})});
	const preview = async (result: ImportResult, map: TopicMap = new Map(), merge: number[] = []) => {
		const serial = ++previews.current;
		if (planId.current) void api.discardImport(planId.current).catch(() => undefined); // Only frees memory
		if (parsed.current !== result) {
			setTopics(importedTopics(result.records));
			setGeneration(value => value + 1);
		}
		parsed.current = result;
		setTopicMap(map);
		setPhase({name: 'sending', sent: 0, total: result.records.length});
		let planned = await stageAndPlan(api, mapTopics(result, map),
			(sent, total) => setPhase({name: 'sending', sent, total}));
		if (merge.length > 0) planned = await api.planImport({stageId: planned.planId, merge});
		if (serial !== previews.current) return void api.discardImport(planned.planId).catch(() => undefined);
		planId.current = planned.planId;
		setPhase({name: 'preview', preview: planned});
	};

	return {
		phase, fileNames, columns, topics, topicMap, generation, remapping,
		async chooseFiles(read) {
			setPhase({name: 'reading'});
			try {
				files.current = await read();
				setFileNames(files.current.map(file => file.name));
				const result = parseFiles(files.current);
				setColumns(csvColumns(files.current, result));
				await preview(result);
			} catch (error) {
				fail(error);
			}
		},
		async previewRecords(name, result) {
			files.current = [];
			setFileNames([name]);
			setColumns(undefined);
			await preview(result).catch(fail);
		},
		async remap(mapping) {
			setColumns(current => current && {...current, mapping});
			await preview(parseFiles(files.current, mapping), topicMap).catch(fail);
		},
		async mapTopics(map, merge = []) {
			if (!parsed.current || (phase.name !== 'preview' && !remapping)) return;
			const before = phase.name === 'preview' ? phase.preview : undefined;
			setRemapping(true);
			remaps.current++;
			await preview(parsed.current, map, merge).catch(error => fail(error, before));
			if (--remaps.current === 0) setRemapping(false);
		},
		async tick(merge) {
			if (phase.name !== 'preview' || !planId.current) return;
			const before = phase.preview;
			const tick = ++ticks.current;
			try {
				const planned = await api.planImport({stageId: planId.current, merge});
				if (tick === ticks.current) setPhase({name: 'preview', preview: planned});
			} catch (error) {
				if (tick === ticks.current) fail(error, before);
			}
		},
		async apply(skipFailed, merge = []) {
			if (phase.name !== 'preview' || !planId.current) return;
			const planned = phase.preview;
			const id = planId.current;
			setPhase({name: 'writing', count: planned.writes, total: planned.writes});
			const stop = watchProgress(api, id, (done, total) =>
				setPhase(current => (current.name === 'writing' ? {...current, done, total} : current)));
			try {
				const outcome = await api.applyImport(id, merge.length > 0 ? {skipFailed, merge} : {skipFailed})
					.finally(stop);
				planId.current = undefined;
				setPhase({name: 'done', outcome});
				onImported(outcome);
			} catch (error) {
				fail(error, planned);
			}
		},
		reset() {
			if (planId.current) void api.discardImport(planId.current).catch(() => undefined);
			planId.current = undefined;
			files.current = [];
			parsed.current = undefined;
			setFileNames([]);
			setColumns(undefined);
			setTopics([]);
			setTopicMap(new Map());
			setPhase({name: 'idle'});
		},
	};
}
