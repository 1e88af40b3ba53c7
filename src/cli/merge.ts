import {mergeGroup} from '../core/merge-items.ts';
import {loadState, parseCommand, saveState} from './state.ts';

const USAGE = 'usage: merge ID ID [ID]... [--state FILE]';

/**
 * `merge ID ID...`: the user says these items are one work. The smallest id absorbs the others (DESIGN §3), the same
 * rule the extension and every other device apply; prints the survivor's id. Bad input writes nothing.
 */
export async function run(args: string[]): Promise<void> {
	const {positionals: ids, state} = parseCommand(args, {});
	if (ids.length < 2) throw new Error(USAGE);
	const twice = ids.find((id, i) => ids.indexOf(id) !== i);
	if (twice) throw new Error(`cannot merge item ${twice} with itself`);
	const store = loadState(state);
	const docs = ids.map(id => {
		const doc = store.get(id);
		if (!doc) throw new Error(`no item ${id}`);
		const into = doc.f.mergedInto?.v;
		if (into) throw new Error(`item ${id} was already merged into ${into}: merge ${into} instead`);
		if (doc.del.v) throw new Error(`item ${id} is in the trash: restore it first (delete ${id} --restore)`);
		return doc;
	});
	const merged = mergeGroup(docs, store.stamp());
	await store.mergeDocs(merged);
	await saveState(state, store);
	process.stdout.write(`${merged[0]!.id}\n`);
}
