import {MV_FIELDS, SCALAR_FIELDS, SET_FIELDS, applyPatch, type ItemPatch} from '../core/item-doc.ts';
import {cleanPatch} from '../core/save.ts';
import {KINDS, STATUSES} from '../core/types.ts';
import {loadState, parseCommand, saveState} from './state.ts';

/** Parses a field value: sets take JSON arrays or comma lists; scalars take JSON, else the plain string. */
export function parseValue(field: string, raw: string): unknown {
	const json = (() => {
		try {
			return JSON.parse(raw) as unknown;
		} catch {
			return undefined; // Plain text
		}
	})();
	if ((SET_FIELDS as readonly string[]).includes(field)) {
		if (Array.isArray(json)) return json;
		return raw.split(',').map(part => part.trim()).filter(Boolean);
	}
	if ((MV_FIELDS as readonly string[]).includes(field)) return raw;
	if (field === 'status' && !(STATUSES as readonly string[]).includes(raw)) throw new Error(`status must be one of ${STATUSES.join(', ')}`);
	if (field === 'kind' && !(KINDS as readonly string[]).includes(raw)) throw new Error(`kind must be one of ${KINDS.join(', ')}`);
	if (field === 'rating' && !(Number.isInteger(json) && (json as number) >= 1 && (json as number) <= 5)) {
		throw new Error('rating must be 1 to 5');
	}
	if (raw === '' || raw === 'null') return null;
	return typeof json === 'object' || typeof json === 'number' ? json : raw;
}

/** `set ID FIELD VALUE`: one field of one item, stamped with this replica's clock. */
export async function run(args: string[]): Promise<void> {
	const {positionals, state} = parseCommand(args, {});
	const [id, field, raw] = positionals;
	const fields = [...SCALAR_FIELDS, ...MV_FIELDS, ...SET_FIELDS] as readonly string[];
	if (!id || !field || raw === undefined) throw new Error('usage: set ID FIELD VALUE [--state FILE]');
	if (!fields.includes(field)) throw new Error(`unknown field ${field}; one of ${fields.join(', ')}`);
	const store = loadState(state);
	if (!store.get(id)) throw new Error(`no item ${id}`);
	// The save rules of the extension: http(s) links only, checksum-valid ISBNs, ids of a known scheme;
	// else nothing is written
	const patch = cleanPatch({[field]: parseValue(field, raw)} as ItemPatch);
	store.edit(id, (doc, t) => applyPatch(doc, patch, t));
	await saveState(state, store);
}
