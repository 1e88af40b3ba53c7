import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, test} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({cwd: ROOT});

/** The lines the code-width rule reports in `code`, linted as a file of src/core. */
async function wideLines(code: string): Promise<number[]> {
	const [result] = await eslint.lintText(code, {filePath: path.join(ROOT, 'src/core/width-probe.ts')});
	return result!.messages.filter(message => message.ruleId === 'shelfmark/code-width').map(message => message.line);
}

const call = (args: string[]) => `export const x = [${args.join(', ')}];\n`;

describe('code is wrapped at 120 columns; long literals may run past it', () => {
	test('a long line of code is reported, a short one is not', async () => {
		const names = Array.from({length: 14}, (_, i) => `valueNumber${i}`);
		expect(await wideLines(`${names.map(n => `const ${n} = 1;`).join('\n')}\n${call(names)}`)).toEqual([15]);
		expect(await wideLines(call(names.slice(0, 6)))).toEqual([]);
	});

	test('tabs count four columns', async () => {
		// `return` and the sum: 117 characters. Two tabs before it make 119 characters, but 125 columns.
		const line = `return ${'1 + '.repeat(27)}1;`;
		expect(await wideLines(`function f() {\n${line}\n}\nexport {f};\n`)).toEqual([]);
		expect(await wideLines(`function f() {\n\t\t${line}\n}\nexport {f};\n`)).toEqual([2]);
	});

	test('a long string, regex or template runs past 120; the code around a short string does not', async () => {
		expect(await wideLines(`export const message = '${'word '.repeat(40)}';\n`)).toEqual([]);
		expect(await wideLines(`export const pattern = /${'(?:abc|def)'.repeat(20)}/;\n`)).toEqual([]);
		expect(await wideLines(`export const html = \`<p>${'text '.repeat(40)}</p>\`;\n`)).toEqual([]);
		const names = Array.from({length: 14}, (_, i) => `valueNumber${i}`);
		const declared = names.map(n => `const ${n} = 1;`).join('\n');
		expect(await wideLines(`${declared}\n${call([...names, "'a'"])}`)).toEqual([15]);
	});

	test('an address in a comment does not count', async () => {
		expect(await wideLines(`// See https://example.org/${'long-path/'.repeat(14)} for why.\nexport const z = 1;\n`)).toEqual([]);
		expect(await wideLines(`// ${'A comment that is far too long. '.repeat(5)}\nexport const z = 1;\n`)).toEqual([1]);
	});
});
