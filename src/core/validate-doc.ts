/**
 * The one check of item docs from outside (sync blobs, backups): every field's type, not only its shape. A doc that
 * passes materialises into an Item every view and exporter can take. An invalid field (one register, or one entry
 * of a set) is dropped and reported; an invalid record (not an object, a bad id or tombstone, a missing register
 * or set, too big, too deep) is skipped and reported. Never throws, never mutates its input: a valid doc comes
 * back as an equal fresh copy.
 */
import {isStamp} from './hlc.ts';
import {parseId} from './ids.ts';
import {isObject, type Json} from './json.ts';
import type {ItemDoc} from './item-doc.ts';
import {toIsbn13} from './isbn.ts';
import {CONTRIBUTOR_ROLES, KINDS, STATUSES} from './types.ts';
import {httpUrl} from './url.ts';

/**
 * Longest string kept per field. They are those of the writers (core/save.ts cleanPatch, formats/clean.ts
 * FIELD_CAPS), taking the larger where two differ so nothing a Shelfmark device wrote is ever dropped by a peer.
 * Notes get room for an import's appended notes; fields no writer caps get a stated, generous cap.
 */
export const DOC_CAPS = {
	title: 1000, subtitle: 1000, notes: 100_000, description: 5000, url: 4000, name: 300, topic: 100,
	publisher: 1000, provider: 1000, language: 100, date: 100, currency: 3, context: 5000, id: 200,
} as const;
/** Items of one array value (authors, contributors) and parents of one write. */
export const MAX_LIST = 1000;
/** Nesting of a legitimate doc is at most 6 (`f.contributors.v[0]`); anything deeper is not a doc Shelfmark wrote. */
export const MAX_DEPTH = 8;
/** Characters of a whole doc (strings and keys): 1 MB, ample for notes, conflicts and hundreds of recommendations. */
export const MAX_DOC_CHARS = 1_000_000;

export type DocProblem = {
	/** The doc's id when it has a readable one. */
	id?: string;
	/** Path of the bad part (`f.authors`, `aliases.javascript:alert(1)`), '' for the doc itself. */
	field: string;
	message: string;
	/** True when the whole record was skipped; false when only this field was dropped. */
	skipped: boolean;
};

export type Validated = {doc?: ItemDoc; problems: DocProblem[]};

const ID = /^[\w-]{1,64}$/;
const PROGRESS_UNITS = ['page', 'lesson', 'minute', 'percent'];
const DURATION_KEYS = ['minutes', 'lessons', 'pages'];

const hasOnly = (value: Json, keys: readonly string[]) => Object.keys(value).every(key => keys.includes(key));
const str = (max: number) => (v: unknown) => (typeof v === 'string' && v.length <= max ? undefined : `not a string of at most ${max} characters`);
const web = (v: unknown) =>
	(typeof v === 'string' && v.length <= DOC_CAPS.url && httpUrl(v) ? undefined : 'not an http(s) address');
const oneOf = (values: readonly unknown[], what: string) => (v: unknown) => (values.includes(v) ? undefined : `unknown ${what}`);
const count = (v: unknown) =>
	(typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'not a finite non-negative number');

function stringList(v: unknown): string | undefined {
	if (!Array.isArray(v) || v.length > MAX_LIST) return `not a list of at most ${MAX_LIST} names`;
	return v.every(name => str(DOC_CAPS.name)(name) === undefined) ? undefined : `holds a value that is not a name of at most ${DOC_CAPS.name} characters`;
}

function contributors(v: unknown): string | undefined {
	if (!Array.isArray(v) || v.length > MAX_LIST) return `not a list of at most ${MAX_LIST} contributors`;
	const bad = v.find(c => !isObject(c) || !hasOnly(c, ['name', 'role']) || str(DOC_CAPS.name)(c.name)
		|| !(CONTRIBUTOR_ROLES as readonly unknown[]).includes(c.role));
	return bad === undefined ? undefined : 'holds a value that is not {name, role}';
}

function duration(v: unknown): string | undefined {
	if (!isObject(v) || !hasOnly(v, DURATION_KEYS)) return 'not a duration';
	return DURATION_KEYS.every(key => v[key] === undefined || !count(v[key])) ? undefined : 'not a duration of finite non-negative numbers';
}

function progress(v: unknown): string | undefined {
	if (!isObject(v) || !hasOnly(v, ['done', 'total', 'unit'])
		|| !PROGRESS_UNITS.includes(v.unit as string)) return 'not a progress';
	return count(v.done) || (v.total !== undefined && count(v.total)) ? 'not a progress of finite non-negative numbers' : undefined;
}

function price(v: unknown): string | undefined {
	if (!isObject(v) || !hasOnly(v, ['amount', 'currency']) || count(v.amount)) return 'not a price';
	return typeof v.currency === 'string' && /^[A-Z]{3}$/.test(v.currency) ? undefined : 'not a currency code';
}

/** The rule of each scalar field's value (null, a cleared field, passes every rule). */
const SCALAR_RULES: Record<string, (v: unknown) => string | undefined> = {
	url: web,
	kind: oneOf(KINDS, 'kind'),
	subtitle: str(DOC_CAPS.subtitle),
	authors: stringList,
	contributors,
	description: str(DOC_CAPS.description),
	image: web,
	publisher: str(DOC_CAPS.publisher),
	provider: str(DOC_CAPS.provider),
	language: str(DOC_CAPS.language),
	publishedAt: str(DOC_CAPS.date),
	duration,
	price,
	status: oneOf(STATUSES, 'status'),
	progress,
	rating: oneOf([1, 2, 3, 4, 5], 'rating'),
	addedAt: str(DOC_CAPS.date),
	finishedAt: str(DOC_CAPS.date),
	mergedInto: v => (typeof v === 'string' && ID.test(v) ? undefined : 'malformed id'),
};

const MV_CAPS = {title: DOC_CAPS.title, notes: DOC_CAPS.notes} as const;

/** Each set's rule for its keys and, for recommendations, its values (other sets hold `true`). */
const SET_RULES: Record<string, {
	key: (key: string) => string | undefined;
	value?: (v: unknown, key: string) => string | undefined;
}> = {
	topics: {key: str(DOC_CAPS.topic)},
	aliases: {key: web},
	ids: {key: key => (key.length <= DOC_CAPS.id && parseId(key) === key ? undefined : 'not a known identifier')},
	isbn: {key: key => (toIsbn13(key) === key ? undefined : 'not a valid ISBN-13')},
	recommendedBy: {key: web, value: recommendation},
};

function recommendation(v: unknown, key: string): string | undefined {
	if (!isObject(v) || !hasOnly(v, ['url', 'title', 'context']) || v.url !== key) return 'not a recommendation of this address';
	if (v.title !== undefined && str(DOC_CAPS.title)(v.title)) return 'title is not a short string';
	return v.context !== undefined && str(DOC_CAPS.context)(v.context) ? 'context is not a short string' : undefined;
}

/** Whether a register `{v, t}` is well formed; its value is checked by the caller. */
const regError = (reg: unknown): string | undefined =>
	!isObject(reg) || !('v' in reg) || !hasOnly(reg, ['v', 't'])
		? 'not a register'
		: isStamp(reg.t) ? undefined : 'bad stamp';

/**
 * Walks at most MAX_DEPTH levels and MAX_DOC_CHARS characters: a doc beyond either is refused before any field is
 * read (and before any later recursive code could overflow the stack on it).
 */
function sizeError(value: unknown): string | undefined {
	let chars = 0;
	let deep = false;
	const walk = (v: unknown, depth: number): void => {
		if (deep || chars > MAX_DOC_CHARS) return;
		if (typeof v === 'string') { chars += v.length + 2; return; }
		if (typeof v !== 'object' || v === null) { chars += 8; return; }
		if (depth >= MAX_DEPTH) { deep = true; return; }
		if (Array.isArray(v)) for (const item of v) walk(item, depth + 1);
		else for (const key of Object.keys(v)) { chars += key.length + 3; walk((v as Json)[key], depth + 1); }
	};
	walk(value, 0);
	return deep ? `nested deeper than ${MAX_DEPTH} levels` : chars > MAX_DOC_CHARS ? `larger than ${MAX_DOC_CHARS} characters` : undefined;
}

const TOP_KEYS = ['id', 'f', 'title', 'notes', 'topics', 'aliases', 'ids', 'isbn', 'recommendedBy', 'del'];

/** The doc with every invalid field dropped, or none when the record itself is unreadable; with what was wrong. */
export function validateDoc(raw: unknown): Validated {
	const problems: DocProblem[] = [];
	const skip = (field: string, message: string, id?: string): Validated =>
		({problems: [{...(id === undefined ? {} : {id}), field, message, skipped: true}]});
	if (!isObject(raw)) return skip('', 'not an object');
	const id = typeof raw.id === 'string' && ID.test(raw.id) ? raw.id : undefined;
	if (!id) return skip('id', 'missing or malformed id');
	const tooBig = sizeError(raw);
	if (tooBig) return skip('', tooBig, id);
	if (!isObject(raw.f)) return skip('f', 'missing scalar fields', id);
	const delError = regError(raw.del) ?? (typeof (raw.del as Json).v === 'boolean' ? undefined : 'not a boolean');
	if (delError) return skip('del', delError, id);
	for (const field of ['title', 'notes']) {
		if (!isObject(raw[field]) || !isObject((raw[field] as Json).w)) return skip(field, 'missing multi-value register', id);
	}
	for (const field of Object.keys(SET_RULES)) {
		if (!isObject(raw[field]) && !(field === 'ids' && raw.ids === undefined)) return skip(field, 'missing set', id);
	}
	const drop = (field: string, message: string) => { problems.push({id, field, message, skipped: false}); };

	for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) drop(key, 'unknown field');
	const f: Json = {};
	for (const [field, reg] of Object.entries(raw.f)) {
		const rule = Object.hasOwn(SCALAR_RULES, field) ? SCALAR_RULES[field] : undefined;
		if (!rule) { drop(`f.${field}`, 'unknown field'); continue; }
		const error = regError(reg) ?? ((reg as Json).v === null ? undefined : rule((reg as Json).v));
		if (error) drop(`f.${field}`, error);
		else f[field] = {v: (reg as Json).v, t: (reg as Json).t};
	}
	const doc: Json = {id, f};
	for (const field of ['title', 'notes'] as const) {
		const error = mvError(raw[field], MV_CAPS[field]);
		if (error) drop(field, error);
		doc[field] = error ? {w: {}} : copyMv(raw[field] as Json);
	}
	for (const field of Object.keys(SET_RULES)) {
		if (field === 'ids' && raw.ids === undefined) continue; // Written before the ids set existed
		const set = raw[field];
		const out = Object.create(null) as Json; // A topic may be named __proto__
		doc[field] = out;
		const rules = SET_RULES[field]!;
		for (const [key, reg] of Object.entries(set as Json)) {
			const v = isObject(reg) ? reg.v : undefined;
			const error = regError(reg) ?? rules.key(key)
				?? (v === null ? undefined : rules.value ? rules.value(v, key) : v === true ? undefined : 'not true');
			if (error) drop(`${field}.${key.slice(0, 80)}`, error);
			else out[key] = {v, t: (reg as Json).t};
		}
	}
	doc.del = {v: (raw.del as Json).v, t: (raw.del as Json).t};
	return {doc: doc as ItemDoc, problems};
}

function mvError(reg: unknown, max: number): string | undefined {
	if (!isObject(reg) || !hasOnly(reg, ['w']) || !isObject(reg.w)) return 'missing multi-value register';
	for (const [stamp, write] of Object.entries(reg.w)) {
		if (!isStamp(stamp)) return `bad stamp ${String(stamp).slice(0, 40)}`;
		if (!isObject(write) || !hasOnly(write, ['v', 'p']) || !Array.isArray(write.p) || write.p.length > MAX_LIST
			|| !write.p.every(isStamp)) return `bad parents of ${stamp}`;
		if (write.v !== undefined && str(max)(write.v)) return `value of ${stamp} is not a string of at most ${max} characters`;
	}
	return undefined;
}

function copyMv(reg: Json): Json {
	const w: Json = {};
	for (const [stamp, write] of Object.entries(reg.w as Record<string, Json>)) {
		w[stamp] = write.v === undefined
			? {p: [...(write.p as string[])]}
			: {v: write.v, p: [...(write.p as string[])]};
	}
	return {w};
}

/** One line per problem, for logs and import reports: `<id> <field>: <message>`. */
export function describeProblem(problem: DocProblem): string {
	const where = [problem.id, problem.field].filter(Boolean).join(' ');
	return `${where ? `${where}: ` : ''}${problem.message}${problem.skipped ? ' (record skipped)' : ' (field dropped)'}`;
}

/**
 * The rule of one item field's value as an import record or a patch gives it
 * (formats/plan.ts uses it as a backstop).
 */
export function fieldError(field: string, value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (Object.hasOwn(SCALAR_RULES, field)) return SCALAR_RULES[field]!(value);
	if (field === 'title' || field === 'notes') return str(MV_CAPS[field])(value);
	if (!Object.hasOwn(SET_RULES, field)) return undefined;
	if (!Array.isArray(value) || value.length > MAX_LIST) return `not a list of at most ${MAX_LIST} values`;
	const rules = SET_RULES[field]!;
	for (const item of value) {
		const key = field === 'recommendedBy' ? (isObject(item) ? item.url : undefined) : item;
		const error = typeof key === 'string' ? rules.key(key) ?? rules.value?.(item, key) : 'not a string';
		if (error) return error;
	}
	return undefined;
}
