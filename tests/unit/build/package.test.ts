import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {NOT_IN_SOURCES, reviewNotes, sourceFiles} from '../../../scripts/package.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const template = readFileSync(path.join(ROOT, 'docs/source-code-review.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('the sources zip for store review (issue 18)', () => {
	test('holds what the build reads, not the pages of other sites that tests read, screenshots, CI or eval', () => {
		const tracked = ['src/core/types.ts', 'package-lock.json', 'tests/fixtures/pages/amazon.html', 'tests/unit/setup.ts',
			'docs/screenshots/looks-en-light.png', 'docs/store.md', '.ci/run', 'eval/package.json', 'scripts/build.mjs'];
		expect(sourceFiles(tracked)).toEqual([
			'src/core/types.ts', 'package-lock.json', 'tests/unit/setup.ts', 'docs/store.md', 'scripts/build.mjs',
		]);
		expect(NOT_IN_SOURCES).toContain('tests/fixtures/');
	});

	test("SOURCE_CODE_REVIEW.md names every dependency's purpose, and every placeholder gets a value", () => {
		for (const name of [...Object.keys(pkg.dependencies!), ...Object.keys(pkg.devDependencies!)]) {
			expect(template, `${name} is not in docs/source-code-review.md`).toContain(`| ${name} |`);
		}
		const notes = reviewNotes(template, {
			version: '1.2.3', node: '20.20.2', npm: '11.19.1', commit: 'abc',
			sha256Chrome: 'c'.repeat(64), sha256Firefox: 'f'.repeat(64),
		});
		expect(notes).not.toMatch(/\{\{/);
		expect(notes).toContain(`${'f'.repeat(64)}  artifacts/shelfmark-firefox-1.2.3.zip`);
		expect(notes).toContain('Node.js **20.20.2** and npm **11.19.1**');
	});

	test('a placeholder without a value stops the packaging', () => {
		expect(() => reviewNotes('{{version}} {{nope}}', {version: '1'})).toThrow('{{nope}}');
	});
});
