import {materialize} from '../core/item-doc.ts';
import {displayTitle, itemKeys} from '../core/keys.ts';
import {loadState, parseCommand} from './state.ts';

/** `list [--json] [--all]`: the materialized items with their identity keys; `--all` includes the trash. */
export async function run(args: string[]): Promise<void> {
	const {values, state} = parseCommand(args, {json: {type: 'boolean'}, all: {type: 'boolean'}});
	const store = loadState(state);
	const items = [...store.docs.values()].map(doc => materialize(doc)).filter(item => values.all || !item.deletedAt)
		.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1))
		.map(item => ({...item, keys: itemKeys(item)}));
	if (values.json) {
		process.stdout.write(`${JSON.stringify(items, null, '\t')}\n`);
		return;
	}
	for (const item of items) {
		const topics = item.topics.length > 0 ? `  [${item.topics.join(', ')}]` : '';
		const gone = item.mergedInto ? `  (merged into ${item.mergedInto})` : item.deletedAt ? '  (deleted)' : '';
		process.stdout.write(`${item.id}  ${item.status.padEnd(7)}  ${displayTitle(item)}${topics}${gone}\n`);
	}
}
