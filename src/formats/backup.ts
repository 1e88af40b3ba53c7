import {type ItemDoc, materialize, MV_FIELDS, SCALAR_FIELDS, SET_FIELDS} from '../core/item-doc.ts';
import {KINDS, STATUSES} from '../core/types.ts';
import {httpUrl} from '../core/url.ts';
import {Problems} from './clean.ts';
import type {ImportRecord} from './types.ts';

/** The lossless backup file: every item's whole CRDT state, tombstones included, so importing it merges without loss. */
export type Backup = {format: 'shelfmark-backup'; version: 1; exportedAt: string; docs: ItemDoc[]};

export function exportBackup(docs: readonly ItemDoc[], exportedAt: string): string {
	const backup: Backup = {format: 'shelfmark-backup', version: 1, exportedAt, docs: [...docs]};
	return `${JSON.stringify(backup, null, '\t')}\n`;
}

const STAMP = /^[\da-z]{9}\.[\da-z]{4}\.[\w-]{1,32}$/;
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first thing wrong with a doc's shape, as `[field path, message]`, or undefined for a well-formed doc. */
export function docShapeError(doc: unknown): [string, string] | undefined {
	if (!isObject(doc)) return ['', 'not an object'];
	if (typeof doc.id !== 'string' || !/^[\w-]{1,64}$/.test(doc.id)) return ['id', 'missing or malformed id'];
	if (!isObject(doc.f)) return ['f', 'missing scalar fields'];
	for (const [field, reg] of Object.entries(doc.f)) {
		if (!(SCALAR_FIELDS as readonly string[]).includes(field)) return [`f.${field}`, 'unknown field'];
		const error = regError(reg);
		if (error) return [`f.${field}`, error];
		const v = (reg as Json).v;
		if (field === 'url' && v !== null && !httpUrl(typeof v === 'string' ? v : '')) return ['f.url', 'not an http(s) address'];
		if (field === 'status' && v !== null && !(STATUSES as readonly unknown[]).includes(v)) return ['f.status', 'unknown status'];
		if (field === 'kind' && v !== null && !(KINDS as readonly unknown[]).includes(v)) return ['f.kind', 'unknown kind'];
	}
	for (const field of MV_FIELDS) {
		const reg = doc[field];
		if (!isObject(reg) || !isObject(reg.w)) return [field, 'missing multi-value register'];
		for (const [stamp, write] of Object.entries(reg.w)) {
			if (!STAMP.test(stamp)) return [`${field}.w`, `bad stamp ${stamp.slice(0, 40)}`];
			if (!isObject(write) || !Array.isArray(write.p) || !write.p.every(p => typeof p === 'string' && STAMP.test(p))) return [`${field}.w.${stamp}.p`, 'bad parents'];
			if (write.v !== undefined && typeof write.v !== 'string') return [`${field}.w.${stamp}.v`, 'not a string'];
		}
	}
	for (const field of SET_FIELDS) {
		if (!isObject(doc[field])) return [field, 'missing set'];
		for (const [key, reg] of Object.entries(doc[field])) {
			const error = regError(reg);
			if (error) return [`${field}.${key}`, error];
		}
	}
	const delError = regError(doc.del);
	if (delError || typeof (doc.del as Json).v !== 'boolean') return ['del', delError ?? 'not a boolean'];
	return undefined;
}

function regError(reg: unknown): string | undefined {
	if (!isObject(reg) || !('v' in reg)) return 'not a register';
	return typeof reg.t === 'string' && STAMP.test(reg.t) ? undefined : 'bad stamp';
}

/** Validates a parsed backup; bad docs become problems naming their index and field, the rest import. */
export function readBackup(data: unknown, problems = new Problems()): {docs: ItemDoc[]; lines: number[]; problems: Problems} {
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
	data.docs.forEach((doc: unknown, index) => {
		const error = docShapeError(doc);
		if (error) problems.add('BAD_DOC', `docs[${index}]${error[0] ? `.${error[0]}` : ''}: ${error[1]}`, index + 1, error[0] || undefined, 'error');
		else { docs.push(doc as ItemDoc); lines.push(index + 1); }
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
