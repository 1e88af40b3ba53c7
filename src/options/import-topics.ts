import type {TopicCount} from '../core/query.ts';
import {normalizeTopic} from '../core/topics.ts';
import type {ImportRecord, ImportResult} from '../formats/index.ts';

/** Imported topic -> the spelling to import it as (both as saved: normalised). */
export type TopicMap = ReadonlyMap<string, string>;

/**
 * Records that take their topics from the file. A backup's records carry their whole stored state (`doc`), which
 * the import merges as it is: their topics are the list's own spellings, not the file's.
 */
const fromFile = (record: ImportRecord) => !record.doc && record.topics;

/** How many records carry each topic, as it would be saved. */
export function importedTopics(records: readonly ImportRecord[]): TopicCount[] {
	const counts = new Map<string, number>();
	for (const record of records) {
		if (!fromFile(record)) continue;
		for (const topic of new Set(record.topics!.map(normalizeTopic).filter(Boolean))) {
			counts.set(topic, (counts.get(topic) ?? 0) + 1);
		}
	}
	return [...counts].map(([name, count]) => ({name, count}));
}

/** The parsed import with each mapped topic spelled as `map` says (a record keeps each topic once). */
export function mapTopics(result: ImportResult, map: TopicMap): ImportResult {
	if (map.size === 0) return result;
	const records = result.records.map(record => {
		if (!fromFile(record)) return record;
		const topics = record.topics!.map(topic => map.get(normalizeTopic(topic)) ?? topic);
		return {...record, topics: [...new Set(topics)]};
	});
	return {...result, records};
}
