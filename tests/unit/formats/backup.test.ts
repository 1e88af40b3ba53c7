import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {encodeText, exportBackup, parseImport, readBackup} from '../../../src/formats/index.ts';
import {docs} from './arbitraries.ts';

describe('JSON backup', () => {
	test('export -> import is the identity on docs (tombstones, conflicts and set removals included)', () => {
		fc.assert(fc.property(docs, list => {
			const {format, records, problems} =
				parseImport(encodeText(exportBackup(list, '2026-01-01T00:00:00.000Z')), 'backup.json');
			expect(format).toBe('shelfmark-backup');
			expect(problems).toEqual([]);
			expect(records.map(record => record.doc)).toEqual(list);
		}), {numRuns: 60});
	});

	test('a bad field is dropped from its doc and a bad doc left out, each a problem naming its index, id and field', () => {
		const [good, bad] = fc.sample(docs.filter(list => list.length >= 2), 1)[0]!;
		const broken = {...bad!, f: {...bad!.f, url: {v: 'javascript:alert(1)', t: bad!.f.url!.t}}};
		const json = {format: 'shelfmark-backup', version: 1, exportedAt: 'x', docs: [good, broken, {id: 'x', f: {}}]};
		const {docs: read, problems} = readBackup(json);
		const {url: _url, ...rest} = bad!.f;
		expect(read).toEqual([good, {...bad!, f: rest}]);
		expect(problems.list.map(p => [p.code, p.line, p.field, p.severity]))
			.toEqual([['BAD_DOC', 2, 'f.url', 'warning'], ['BAD_DOC', 3, 'del', 'error']]);
		expect(problems.list[0]!.message).toContain(`docs[1] (${bad!.id}).f.url: not an http(s) address, field dropped`);
	});

	test('a newer backup version is refused as a whole', () => {
		const {docs: read, problems} = readBackup({format: 'shelfmark-backup', version: 2, docs: []});
		expect(read).toEqual([]);
		expect(problems.list[0]).toMatchObject({code: 'BAD_JSON', field: 'version', severity: 'error'});
	});
});
