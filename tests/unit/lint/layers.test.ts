import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, test} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({cwd: ROOT});

/** The layer rule's findings for `code` as if it were the file at `file` (relative to the project root). */
async function layerErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath: path.join(ROOT, file)});
	return result!.messages.filter(message => message.ruleId === 'shelfmark/layers').map(message => message.message);
}

describe('the layers of DESIGN §2 are a lint rule', () => {
	test.each([
		['src/core/bad.ts', "import {ItemRepository} from '../storage/repository.ts';\nexport const x = ItemRepository;\n", 'core', 'storage'],
		['src/extract/sources/bad.ts', "import {parseImports} from '../../formats/parse.ts';\nexport const x = parseImports;\n", 'extract', 'formats'],
		['src/formats/bad.ts', "export {messages} from '../shared/i18n/index.ts';\n", 'formats', 'shared'],
		['src/sync/engine/bad.ts', "import type {ItemRow} from '../../storage/schema.ts';\nexport type X = ItemRow;\n", 'sync', 'storage'],
		['src/storage/bad.ts', "import {sync} from '../sync/engine/sync.ts';\nexport const x = sync;\n", 'storage', 'sync'],
		['src/options/Bad.tsx', "import {getItemService} from '../background/service.ts';\nexport const x = getItemService;\n", 'options', 'background'],
		['src/ui/bad.ts', "import {openShelfmarkDb} from '../storage/open-db.ts';\nexport const x = openShelfmarkDb;\n", 'ui', 'storage'],
		['src/popup/bad.ts', "import {sync} from '../sync/engine/sync.ts';\nexport const x = sync;\n", 'popup', 'sync'],
	])('%s importing from src/%s.. is refused', async (file, code, from, to) => {
		expect(await layerErrors(file, code)).toEqual([expect.stringContaining(`src/${from} may not import from src/${to}`)]);
	});

	test('imports a layer may use pass', async () => {
		expect(await layerErrors('src/extract/ok.ts', "import {httpUrl} from '../core/url.ts';\nexport const x = httpUrl;\n")).toEqual([]);
		expect(await layerErrors('src/options/Ok.tsx', "import {findLinks} from '../core/find-links.ts';\nexport const x = findLinks;\n")).toEqual([]);
		expect(await layerErrors('src/background/ok.ts', "import {sync} from '../sync/engine/sync.ts';\nexport const x = sync;\n")).toEqual([]);
	});
});
