import type {Item} from '../../../src/core/types.ts';

/** A full Item with defaults, for exporter tests. */
export function item(fields: Partial<Item> & {title: string}): Item {
	return {
		id: fields.url ?? fields.title, aliases: [], ids: [], kind: 'article', authors: [], contributors: [], isbn: [],
		topics: [], status: 'want', notes: '',
		recommendedBy: [], addedAt: '2024-05-01T14:00:00.000Z', updatedAt: '2024-05-01T14:00:00.000Z', ...fields,
	};
}
