import {readFileSync} from 'node:fs';
import path from 'node:path';
import {type ParseOptions, parseImport} from '../../../src/formats/index.ts';

/** Parses one of our hand-written fixtures the way the options page would: bytes plus file name. */
export function importFixture(name: string) {
	const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../fixtures/formats', name)));
	return parseImport(bytes, name);
}

export const byUrl = <T extends {url?: string}>(records: T[], url: string): T => {
	const found = records.find(record => record.url === url);
	if (!found) throw new Error(`no record for ${url} in ${records.map(r => r.url).join(', ')}`);
	return found;
};

/** Parses text written in the test, as a file of that name. */
export function importText(text: string, name: string, options: ParseOptions = {}) {
	return parseImport(new TextEncoder().encode(text), name, options);
}
