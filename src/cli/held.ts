import {heldSummary, pendingIds} from '../core/far-ahead.ts';
import {loadState, parseCommand, saveState} from './state.ts';

/**
 * `held [--keep | --discard]`: records whose writes a sync received stamped far ahead of this clock, held aside
 * (core/far-ahead.ts). Lists them; `--keep` writes their values as edits made now, `--discard` drops them.
 */
export async function run(args: string[]): Promise<void> {
	const {values, state} = parseCommand(args, {keep: {type: 'boolean'}, discard: {type: 'boolean'}});
	if (values.keep && values.discard) throw new Error('usage: held [--keep | --discard]');
	const store = loadState(state);
	const ids = pendingIds(store.held);
	for (const id of ids) {
		const {title, until} = heldSummary(store.held[id]!, store.get(id));
		process.stdout.write(`${id}  ${new Date(until).toISOString()}  ${title}\n`);
	}
	if (!values.keep && !values.discard) return;
	await store.decideHeld(ids, values.keep === true);
	await saveState(state, store);
	process.stdout.write(`${values.keep ? 'kept' : 'discarded'} ${ids.length}\n`);
}
