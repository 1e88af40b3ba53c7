import type {Problems} from '../clean.ts';
import type {ImportRecord} from '../types.ts';
import {type Citation, citationRecord, kindOf} from './scholarly.ts';

const TAG = /^([A-Z][A-Z0-9]) {2}-(?: ?(.*))?$/;

/**
 * RIS (Zotero, EndNote, Mendeley): `TY` opens an entry and `ER` closes it. SN holds ISBNs and ISSNs alike, so only
 * checksum-valid ISBNs are kept. Keywords are the source's subject terms, not the user's topics: left out.
 */
export function parseRis(ris: string, problems: Problems): ImportRecord[] {
	const records: ImportRecord[] = [];
	let entry: Map<string, string[]> | undefined;
	let start = 0;
	let last: string | undefined;
	const lines = ris.split(/\r\n?|\n/);
	const close = () => {
		if (entry) {
			const record = citationRecord(toCitation(entry, start), problems, 'DO');
			if (record) records.push(record);
		}
		entry = undefined;
	};
	lines.forEach((raw, i) => {
		const match = TAG.exec(raw.trimEnd());
		if (!match) {
			if (entry && last && raw.trim()) {
				const values = entry.get(last)!;
				values[values.length - 1] = `${values.at(-1) ?? ''} ${raw.trim()}`;
			}
			return;
		}
		const [, tag = '', value = ''] = match;
		if (tag === 'TY') { close(); entry = new Map(); start = i + 1; }
		if (tag === 'ER') { close(); return; }
		if (!entry) { problems.add('BAD_ROW', `${tag} outside an entry`, i + 1, tag); return; }
		last = tag;
		// Appended in place: copying the array per tag made one entry with 50,000 AU lines quadratic.
		const values = entry.get(tag);
		if (values) values.push(value.trim());
		else entry.set(tag, [value.trim()]);
	});
	if (entry) { problems.add('BAD_ROW', 'last entry has no ER line', start, 'ER'); close(); }
	return records;
}

function toCitation(entry: Map<string, string[]>, line: number): Citation {
	const all = (...tags: string[]) => tags.flatMap(tag => entry.get(tag) ?? []).filter(Boolean);
	const first = (...tags: string[]) => all(...tags)[0];
	const kind = kindOf(first('TY') ?? '');
	return {
		line, kind, title: first('TI', 'T1', 'CT', 'BT'), authors: all('AU', 'A1'),
		editors: all('A2', 'A3', 'ED'),
		isbn: all('SN').flatMap(value => value.split(/[,;]\s*/)), doi: first('DO'), url: first('UR', 'L2'),
		date: (first('PY', 'Y1', 'DA') ?? '').replace(/\/+$/, ''), publisher: first('PB'), abstract: first('AB', 'N2'),
		note: first('N1'), language: first('LA'), container: kind === 'book' ? undefined : first('T2', 'JO', 'JF'),
	};
}
