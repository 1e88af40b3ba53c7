import {type TopicCount, foldText} from './query.ts';

/**
 * Endings that look like an English plural but are not one (or whose "singular" is another topic): folding them
 * would flag `news` beside `new`, `pandas` beside `panda`, `https` beside `http`.
 */
const NOT_PLURAL = [
	'news', 'series', 'species', 'kubernetes', 'postgres', 'jenkins', 'pandas', 'rails', 'windows', 'https', 'devops',
	'mlops', 'gitops', 'always', 'perhaps', 'thanks', 'lens', 'ethos', 'canvas', 'atlas', 'alias', 'chaos', 'kudos',
	'macos', 'ipados', 'watchos', 'tvos', 'chromeos',
];
/** Plurals that only add `s` although their ending says otherwise (movie, cache, api, gpu). */
const S_ONLY = [
	'movies', 'cookies', 'zombies', 'selfies', 'rookies', 'hoodies', 'caches', 'niches', 'headaches', 'apis', 'kpis',
	'cpus', 'gpus', 'tpus', 'guis',
];
/** Endings of singular words (class, analysis, status, physics, famous): a final `s` there is no plural. */
const SINGULAR_S = /(?:ss|is|us|ics|ous)$/;
/** Plurals that add `es`: classes, boxes, matches, wishes, quizzes. */
const ES_PLURAL = /(?:sses|xes|ches|shes|zzes)$/;

/** The singular of a lowercase ASCII word by the regular rules; short words (aws, css, ios) are kept. */
function singular(word: string): string {
	if (word.length < 4 || !word.endsWith('s') || NOT_PLURAL.some(ending => word.endsWith(ending))) return word;
	if (S_ONLY.some(ending => word.endsWith(ending))) return word.slice(0, -1);
	if (ES_PLURAL.test(word)) return word.slice(0, -2);
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	return SINGULAR_S.test(word) ? word : word.slice(0, -1);
}

/**
 * What two spellings of one topic share: case and width folded, spaces, hyphens and underscores dropped, and the
 * English ending in the singular ("Cloud Native", "cloud-native" and "cloud_natives" all give `cloudnative`).
 * Chinese topics only lose their spaces.
 */
export function topicKey(topic: string): string {
	// (normalised again once the spaces are gone: a mark that followed one now joins the letter before it, `Õ΅`)
	const joined = foldText(topic).replace(/[\s\-_\u2010-\u2015]+/gu, '').normalize('NFKC');
	// The trailing run of ASCII letters, so the key is the same with or without spaces ("big data" and "bigdata")
	return joined.replace(/[a-z]+$/, singular);
}

/** Topics that look like one: `topics` has the most used first (the default target of a merge). */
export type VariantGroup = {key: string; topics: TopicCount[]};

/** Groups of two or more topics with the same key, most used first inside a group and across groups. */
export function variantGroups(topics: readonly TopicCount[]): VariantGroup[] {
	const byKey = new Map<string, TopicCount[]>();
	for (const topic of topics) {
		const key = topicKey(topic.name);
		if (!key) continue;
		byKey.set(key, [...byKey.get(key) ?? [], topic]);
	}
	const total = (group: VariantGroup) => group.topics.reduce((sum, topic) => sum + topic.count, 0);
	return [...byKey].filter(([, group]) => group.length > 1)
		.map(([key, group]) => ({key, topics: [...group].sort(byUse)}))
		.sort((a, b) => total(b) - total(a) || byCodePoint(a.key, b.key));
}

/** Most used first; on a tie, the hyphenated spelling (cloud-native before cloud native), then by name. */
function byUse(a: TopicCount, b: TopicCount): number {
	return b.count - a.count || hyphens(b.name) - hyphens(a.name) || byCodePoint(a.name, b.name);
}

const hyphens = (name: string) => name.split('-').length - 1;
/** The same order in every browser and language (localeCompare's depends on them). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An imported topic that looks like another: mapping it onto `to` makes the import use that spelling. */
export type TopicMapping = {from: string; to: string; count: number; existing: boolean};

/**
 * Imported topics to spell another way: each one that is a variant of an existing topic goes onto it (its most used
 * spelling); variants only among the imported topics go onto the one the import uses most. `imported` counts the
 * records per topic, already normalised as they would be saved.
 */
export function importMappings(imported: readonly TopicCount[], existing: readonly TopicCount[]): TopicMapping[] {
	const have = new Set(existing.map(topic => topic.name));
	const targets = new Map<string, {name: string; existing: boolean}>();
	const offer = (topics: readonly TopicCount[], isExisting: boolean) => {
		for (const topic of [...topics].sort(byUse)) {
			const key = topicKey(topic.name);
			if (key && !targets.has(key)) targets.set(key, {name: topic.name, existing: isExisting});
		}
	};
	offer(existing, true);
	offer(imported, false);
	return imported.flatMap(topic => {
		const target = targets.get(topicKey(topic.name));
		if (!target || target.name === topic.name || have.has(topic.name)) return [];
		return [{from: topic.name, to: target.name, count: topic.count, existing: target.existing}];
	});
}
