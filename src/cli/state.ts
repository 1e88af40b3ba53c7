import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import type {ItemDoc} from '../core/item-doc.ts';
import {readBackup, type Backup} from '../formats/backup.ts';
import {MemoryStore, type MemoryStoreSnapshot} from '../sync/engine/memory-store.ts';
import {randomId} from '../sync/bytes.ts';
import {settleStore} from './settle.ts';

/**
 * The CLI's state file: a lossless JSON backup (`shelfmark-backup`, every doc's CRDT state) plus a `cli` section
 * with this replica's clock and sync state. Any backup exported by the extension is a valid state file.
 */
export type StateFile = Backup & {cli?: Omit<MemoryStoreSnapshot, 'docs'>};

const DEFAULT_STATE = 'shelfmark-state.json';

export function loadState(file: string): MemoryStore {
	if (!existsSync(file)) return new MemoryStore(`cli-${randomId(4)}`);
	const data = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
	const {docs, problems} = readBackup(data);
	if (problems.list.some(problem => problem.severity === 'error')) {
		throw new Error(`${file}: ${problems.list.map(problem => problem.message).join('; ')}`);
	}
	const cli = data.cli
		?? {node: `cli-${randomId(4)}`, clock: {wall: 0, counter: 0, node: ''}, epoch: randomId(4), versions: {}, sync: {}};
	const clock = cli.clock.node ? cli.clock : {...cli.clock, node: cli.node};
	return MemoryStore.fromJSON({...cli, clock, docs});
}

/**
 * Settles the list as the extension's every write does (two live items sharing a key merge: settle.ts), then writes
 * atomically (temp file, then rename): a killed CLI leaves the old state or the new, never half.
 */
export async function saveState(file: string, store: MemoryStore): Promise<void> {
	await settleStore(store);
	const {docs, ...cli} = store.toJSON();
	const sorted: ItemDoc[] = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const state: StateFile = {
		format: 'shelfmark-backup', version: 1, exportedAt: new Date().toISOString(), docs: sorted, cli,
	};
	writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, '\t')}\n`);
	renameSync(`${file}.tmp`, file);
}

/** parseArgs with the shared `--state FILE` option (default $SHELFMARK_STATE or ./shelfmark-state.json). */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
	const parsed = parseArgs({
		args, options: {...options, state: {type: 'string'}}, allowPositionals: true, strict: true,
	});
	const state = (parsed.values as {state?: string}).state ?? process.env.SHELFMARK_STATE ?? DEFAULT_STATE;
	return {values: parsed.values, positionals: parsed.positionals, state};
}
