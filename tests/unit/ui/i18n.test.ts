import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {catalogs, messages} from '../../../src/shared/i18n/index.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
/** Attributes people read or hear: they must come from t() too. */
const TEXT_ATTRIBUTES = new Set([
	'aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-placeholder', 'aria-roledescription',
]);
const LETTER = /\p{L}/u;

function sourceFiles(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && pattern.test(entry.name))
		.map(entry => path.join(entry.parentPath, entry.name));
}

type Finding = {file: string; line: number; text: string};

/** Hard-coded user-visible strings in JSX, and the literal keys passed to t(). */
function scan(file: string, code: string): {hardCoded: Finding[]; keys: Finding[]; prefixes: Finding[]} {
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true,
		file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const hardCoded: Finding[] = [];
	const keys: Finding[] = [];
	const prefixes: Finding[] = [];
	const at = (node: ts.Node, text: string) => ({file: path.relative(SRC, file),
		line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text});
	const visit = (node: ts.Node) => {
		if (ts.isJsxText(node) && LETTER.test(node.text)) hardCoded.push(at(node, node.text.trim()));
		if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression)
			&& LETTER.test(node.expression.text)
			&& !ts.isJsxAttribute(node.parent)) hardCoded.push(at(node, node.expression.text));
		if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
			const init = node.initializer;
			const literal = ts.isStringLiteral(init) ? init
				: ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
					? init.expression
					: undefined;
			if (literal && LETTER.test(literal.text)) hardCoded.push(at(node, `${node.name.getText(source)}="${literal.text}"`));
		}
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't'
			&& node.arguments[0]) {
			const key = node.arguments[0];
			if (ts.isStringLiteralLike(key)) keys.push(at(key, key.text));
			else if (ts.isTemplateExpression(key)) prefixes.push(at(key, key.head.text));
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return {hardCoded, keys, prefixes};
}

const uiFiles = [...sourceFiles(path.join(SRC, 'ui'), /\.tsx?$/), ...sourceFiles(path.join(SRC, 'options'), /\.tsx?$/),
	...sourceFiles(path.join(SRC, 'popup'), /\.tsx?$/)];
const scans = uiFiles.map(file => scan(file, readFileSync(file, 'utf8')));

describe('i18n', () => {
	it('finds hard-coded strings (the scanner itself works)', () => {
		const sample = scan('sample.tsx', `const a = <p title="Open it" aria-label={'Close'}>Hello <b>{'world'}</b>{t('optUndo')}{t(\`kind_\${k}\`)} ·</p>;`);
		expect(sample.hardCoded.map(f => f.text)).toEqual(['title="Open it"', 'aria-label="Close"', 'Hello', 'world']);
		expect(sample.keys.map(f => f.text)).toEqual(['optUndo']);
		expect(sample.prefixes.map(f => f.text)).toEqual(['kind_']);
	});

	it('has no hard-coded user-visible string in any .tsx file', () => {
		expect(uiFiles.some(file => file.endsWith('OptionsApp.tsx'))).toBe(true);
		expect(scans.flatMap(s => s.hardCoded)).toEqual([]);
	});

	it('has every key used with t() in the catalogs', () => {
		const used = scans.flatMap(s => s.keys);
		expect(used.length).toBeGreaterThan(50);
		expect(used.filter(f => !Object.hasOwn(messages, f.text))).toEqual([]);
		const keys = Object.keys(messages);
		expect(scans.flatMap(s => s.prefixes).filter(f => !keys.some(key => key.startsWith(f.text)))).toEqual([]);
	});

	it('never defines one key in two catalogs', () => {
		const seen = new Map<string, string>();
		const shared: string[] = [];
		for (const [area, catalog] of Object.entries(catalogs)) {
			for (const key of Object.keys(catalog)) {
				if (seen.has(key)) shared.push(`${key} in ${seen.get(key)} and ${area}`);
				seen.set(key, area);
			}
		}
		expect(shared).toEqual([]);
	});

	it('has every message in English and Chinese with the same placeholders, under keys browsers accept', () => {
		const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map(m => m[0]).sort().join();
		const bad = Object.entries(messages).filter(([key, message]) => !/^\w+$/.test(key) || !message.en.trim()
			|| !message.zh_CN.trim() || placeholders(message.en) !== placeholders(message.zh_CN));
		expect(bad.map(([key]) => key)).toEqual([]);
	});

	it('gives every message that counts a form per plural category (a count before a plural noun needs _one/_other)', () => {
		const NOT_COUNTS = new Set(['optRecommenderRemove']); // "what $1 recommends": $1 is a page's name
		const counting = Object.entries(messages)
			.filter(([key, message]) => !/_(one|other)$/.test(key) && !NOT_COUNTS.has(key)
				&& /\$\d (?:[a-z]+ )?[a-z]+s\b/.test(message.en))
			.map(([key]) => key);
		expect(counting).toEqual([]);
	});
});
