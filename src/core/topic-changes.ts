import {AppError} from './errors.ts';

/** Topics added to and removed from one item: what a topic merge did to it, and, swapped, how to undo that. */
export type TopicChange = {id: string; add: string[]; remove: string[]};

/** What merging the topics `from` into `to` (normalised) does to an item with `topics`; undefined when nothing. */
export function mergeChange(
	id: string, topics: readonly string[], from: ReadonlySet<string>, to: string,
): TopicChange | undefined {
	const remove = topics.filter(topic => from.has(topic) && topic !== to);
	if (remove.length === 0) return undefined;
	return {id, add: to && !topics.includes(to) ? [to] : [], remove};
}

/** The item's topics after `change` (added ones last, each topic once). */
export function applyTopicChange(topics: readonly string[], change: TopicChange): string[] {
	return [...new Set([...topics.filter(topic => !change.remove.includes(topic)), ...change.add])];
}

/** The change that takes an item back: what was added is removed and what was removed is added. */
export const invertTopicChange = (change: TopicChange): TopicChange => ({
	id: change.id, add: change.remove, remove: change.add,
});

/** `change` as it applies to an item with `topics`: only topics it has are removed, only ones it lacks added. */
export function narrowChange(topics: readonly string[], change: TopicChange): TopicChange | undefined {
	const add = change.add.filter(topic => !topics.includes(topic));
	const remove = change.remove.filter(topic => topics.includes(topic));
	return add.length > 0 || remove.length > 0 ? {id: change.id, add, remove} : undefined;
}

const strings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every(entry => typeof entry === 'string');

/** Topic changes as a message carries them, checked: anything else is a BAD_REQUEST. */
export function readTopicChanges(value: unknown): TopicChange[] {
	const valid = Array.isArray(value) && value.every(change => typeof change === 'object' && change !== null
		&& typeof (change as TopicChange).id === 'string'
		&& strings((change as TopicChange).add) && strings((change as TopicChange).remove));
	if (!valid) throw new AppError('BAD_REQUEST', 'Topic changes must be a list of {id, add, remove}');
	return value as TopicChange[];
}
