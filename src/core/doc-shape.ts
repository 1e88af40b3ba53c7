import {MV_FIELDS, SCALAR_FIELDS, SET_FIELDS} from './item-doc.ts';
import {KINDS, STATUSES} from './types.ts';
import {httpUrl} from './url.ts';

const STAMP = /^[\da-z]{9}\.[\da-z]{4}\.[\w-]{1,32}$/;
const ID = /^[\w-]{1,64}$/;
export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first thing wrong with a doc's shape, as `[field path, message]`, or undefined for a well-formed doc. */
export function docShapeError(doc: unknown): [string, string] | undefined {
	if (!isObject(doc)) return ['', 'not an object'];
	if (typeof doc.id !== 'string' || !ID.test(doc.id)) return ['id', 'missing or malformed id'];
	if (!isObject(doc.f)) return ['f', 'missing scalar fields'];
	for (const [field, reg] of Object.entries(doc.f)) {
		if (!(SCALAR_FIELDS as readonly string[]).includes(field)) return [`f.${field}`, 'unknown field'];
		const error = regError(reg);
		if (error) return [`f.${field}`, error];
		const v = (reg as Json).v;
		if (field === 'url' && v !== null && !httpUrl(typeof v === 'string' ? v : '')) return ['f.url', 'not an http(s) address'];
		if (field === 'status' && v !== null && !(STATUSES as readonly unknown[]).includes(v)) return ['f.status', 'unknown status'];
		if (field === 'mergedInto' && v !== null && (typeof v !== 'string' || !ID.test(v))) return ['f.mergedInto', 'malformed id'];
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
		if (field === 'ids' && doc.ids === undefined) continue; // Written before the ids set existed
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

