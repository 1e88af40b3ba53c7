import {type ItemDoc, materialize} from '../core/item-doc.ts';
import {isObject} from '../core/json.ts';
import {validateDoc} from '../core/validate-doc.ts';
import {Problems} from './clean.ts';
import type {ImportRecord} from './types.ts';

/**
 * The lossless backup file: every item's whole CRDT state, tombstones included,
 * so importing it merges without loss.
 */
export type Backup = {format: 'shelfmark-backup'; version: 1; exportedAt: string; docs: ItemDoc[]};

export function exportBackup(docs: readonly ItemDoc[], exportedAt: string): string {
	const backup: Backup = {format: 'shelfmark-backup', version: 1, exportedAt, docs: [...docs]};
	return `${JSON.stringify(backup, null, '\t')}\n`;
}

/**
 * Validates a parsed backup (core/validate-doc.ts): a bad doc is left out (a BAD_DOC error), a bad field is dropped
 * from its doc (a BAD_DOC warning); each problem names the doc's index, id and field. The rest import.
 */
export function readBackup(
	data: unknown, problems = new Problems(),
): {docs: ItemDoc[]; lines: number[]; problems: Problems} {
	if (!isObject(data) || data.format !== 'shelfmark-backup') {
		problems.add('BAD_JSON', 'not a Shelfmark backup', undefined, 'format', 'error');
		return {docs: [], lines: [], problems};
	}
	if (data.version !== 1) problems.add('BAD_JSON', `backup version ${String(data.version)} is newer than this Shelfmark reads`, undefined, 'version', 'error');
	if (!Array.isArray(data.docs)) {
		problems.add('BAD_JSON', 'backup has no docs array', undefined, 'docs', 'error');
		return {docs: [], lines: [], problems};
	}
	if (data.version !== 1) return {docs: [], lines: [], problems};
	const docs: ItemDoc[] = [];
	const lines: number[] = [];
	data.docs.forEach((raw: unknown, index) => {
		const {doc, problems: found} = validateDoc(raw);
		for (const problem of found) {
			const where = `docs[${index}]${problem.id ? ` (${problem.id})` : ''}${problem.field ? `.${problem.field}` : ''}`;
			const fate = problem.skipped ? 'left out' : 'field dropped';
			problems.add(
				'BAD_DOC', `${where}: ${problem.message}, ${fate}`, index + 1, problem.field || undefined,
				problem.skipped ? 'error' : 'warning',
			);
		}
		if (doc) { docs.push(doc); lines.push(index + 1); }
	});
	return {docs, lines, problems};
}

/** Backup docs as records (the planner's input); each carries its doc so the import can merge it losslessly. */
export function backupRecords(docs: readonly ItemDoc[], lines?: readonly number[]): ImportRecord[] {
	return docs.map((doc, i) => {
		const {id: _id, updatedAt: _u, deletedAt: _d, conflicts: _c, ...item} = materialize(doc);
		return {...item, url: item.url || undefined, line: lines?.[i] ?? i + 1, doc};
	});
}
