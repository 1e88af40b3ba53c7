import {setDeleted} from '../core/item-doc.ts';
import {loadState, parseCommand, saveState} from './state.ts';

/** `delete ID [--restore]`: writes a tombstone (kept, so the delete syncs), or a newer restore. */
export async function run(args: string[]): Promise<void> {
	const {values, positionals, state} = parseCommand(args, {restore: {type: 'boolean'}});
	const [id] = positionals;
	if (!id) throw new Error('usage: delete ID [--restore] [--state FILE]');
	const store = loadState(state);
	if (!store.get(id)) throw new Error(`no item ${id}`);
	store.edit(id, (doc, t) => setDeleted(doc, !values.restore, t));
	await saveState(state, store);
}
