/**
 * Import files too large for a quadratic plan (issue 14, item 5). Every file is generated here; each case is bounded
 * far below what the old code took and checks that nothing is lost and what is written stays a valid doc field.
 */
import {describe, expect, test} from 'vitest';
import {DOC_CAPS, fieldError, MAX_LIST} from '../../../src/core/validate-doc.ts';
import {encodeText, parseImports, planImport} from '../../../src/formats/index.ts';

const timed = <T>(run: () => T): [T, number] => {
	const start = performance.now();
	const out = run();
	return [out, performance.now() - start];
};

describe('a file holding thousands of rows of one work', () => {
	test('20,000 rows sharing an ISBN, each with its own link, tag and note: one write, planned in under 5 s, its lists and notes capped', () => {
		const rows = Array.from({length: 20_000}, (_, i) => `Book,https://shop${i}.example/book,9787121317279,tag${i},note number ${i}`);
		const {records, problems} = parseImports([{name: 'one-work.csv', bytes: encodeText(`title,url,isbn,tags,notes\n${rows.join('\n')}\n`)}]);
		expect(records).toHaveLength(20_000);
		expect(problems).toEqual([]);
		// Each row grew the lists and the notes of the one write: 150 s for this file before they were capped
		const [plan, ms] = timed(() => planImport(records, () => undefined));
		expect(ms).toBeLessThan(5000);
		expect(plan.counts).toEqual({new: 1, merged: 19_999, skipped: 0, failed: 0});
		expect(plan.writes).toHaveLength(1);
		const patch = plan.writes[0]!.patch as Record<string, unknown>
			& {aliases: string[]; topics: string[]; notes: string};
		expect(patch.aliases).toHaveLength(MAX_LIST);
		expect(patch.aliases.slice(0, 2)).toEqual(['https://shop1.example/book', 'https://shop2.example/book']);
		expect(patch.topics).toHaveLength(MAX_LIST);
		expect(patch.notes.length).toBeLessThanOrEqual(DOC_CAPS.notes);
		expect(patch.notes).toMatch(/^note number 0\n\nnote number 1\n\n/);
		for (const [key, value] of Object.entries(patch)) expect(fieldError(key, value), key).toBeUndefined();
	});
});
