import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {type LookupDeps, lookupOpenLibrary} from '../../../src/background/open-library.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/open-library/${name}`, import.meta.url), 'utf8');

/** A fetch that answers from a table of URL -> [status, body], recording what was asked. */
function fakeFetch(table: Record<string, [number, string]>, asked: string[] = []): typeof fetch {
	return (async (input: string | URL | Request) => {
		const url = String(input);
		asked.push(url);
		const [status, body] = table[url] ?? [404, '{"error": "notfound"}'];
		return new Response(body, {status});
	}) as typeof fetch;
}

const deps = (fetcher: typeof globalThis.fetch, granted = true): LookupDeps =>
	({fetch: fetcher, granted: async () => granted, timeoutMs: 1000});

describe('lookupOpenLibrary', () => {
	test('an ISBN fetches that edition and its authors\' names', async () => {
		const asked: string[] = [];
		const work = await lookupOpenLibrary('978-0-262-51087-5', deps(fakeFetch({
			'https://openlibrary.org/isbn/9780262510875.json': [200, fixture('edition-9780262510875.json')],
			'https://openlibrary.org/authors/OL1846441A.json': [200, fixture('author-OL1846441A.json')],
			'https://openlibrary.org/authors/OL236174A.json': [500, 'oops'],
		}, asked)));
		expect(work).toMatchObject({title: 'Structure and Interpretation of Computer Programs', authors: ['Harold Abelson'], isbn: ['9780262510875']});
		expect(asked).toHaveLength(3);
	});

	test('a title searches', async () => {
		const asked: string[] = [];
		const search = (async (input: string | URL | Request) => {
			asked.push(String(input));
			return new Response(fixture('search-three-body.json'), {status: 200});
		}) as typeof fetch;
		const work = await lookupOpenLibrary('三体', deps(search));
		expect(work).toMatchObject({title: '三体', authors: ['刘慈欣']});
		expect(asked[0]).toMatch(/^https:\/\/openlibrary\.org\/search\.json\?q=%E4%B8%89%E4%BD%93&limit=1/);
	});

	test('clear error codes: no permission, unknown ISBN, server error, not JSON, network failure', async () => {
		const code = (promise: Promise<unknown>) =>
			promise.then(() => 'no error', (error: {code?: string}) => error.code);
		expect(await code(lookupOpenLibrary('9780262510875', deps(fakeFetch({}), false)))).toBe('PERMISSION_DENIED');
		expect(await code(lookupOpenLibrary('9780262510875', deps(fakeFetch({}))))).toBe('LOOKUP_NOT_FOUND');
		expect(await code(lookupOpenLibrary('9780262510875', deps(fakeFetch({'https://openlibrary.org/isbn/9780262510875.json': [503, '']}))))).toBe('LOOKUP_FAILED');
		expect(await code(lookupOpenLibrary('9780262510875', deps(fakeFetch({'https://openlibrary.org/isbn/9780262510875.json': [200, '<html>']}))))).toBe('LOOKUP_INVALID');
		expect(await code(lookupOpenLibrary('9780262510875', deps(fakeFetch({'https://openlibrary.org/isbn/9780262510875.json': [200, '{"docs": 1}']}))))).toBe('LOOKUP_INVALID');
		const offline = (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch;
		expect(await code(lookupOpenLibrary('9780262510875', deps(offline)))).toBe('LOOKUP_FAILED');
		expect(await code(lookupOpenLibrary('  ', deps(fakeFetch({}))))).toBe('BAD_REQUEST');
	});
});
