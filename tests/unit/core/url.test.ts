import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {itemIdForUrl, normalizeUrl, urlKey} from '../../../src/core/url.ts';

describe('links as stored and as keys', () => {
	// Ids are derived from urlKey (itemIdForUrl): these values were read before links were parsed once, and must stay
	test.each([
		['https://Book.Douban.com./subject/26902153/?utm_source=x&b=2&a=1#comments', 'https://book.douban.com/subject/26902153/?a=1&b=2',
			'book.douban.com/subject/26902153?a=1&b=2', '1c9186feaf64a8e1'],
		['http://www.example.com/a/b/?', 'http://www.example.com/a/b/', 'example.com/a/b', 'a95c8ee0dc4d306a'],
		['https://m.example.com/#!/route/1?x', 'https://m.example.com/#!/route/1?x', 'example.com#!/route/1?x', '0c8fe8dd4185536c'],
		['https://example.com:8443/p?q=%20a&fbclid=1', 'https://example.com:8443/p?q=+a', 'example.com:8443/p?q=+a', 'b0af45a371fbe17c'],
		['https://例子.测试/路径?名=值', 'https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84?%E5%90%8D=%E5%80%BC',
			'xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84?%E5%90%8D=%E5%80%BC', 'df2d575a011f46b8'],
		['https://example.com/a//b/', 'https://example.com/a//b/', 'example.com/a//b', 'c108ce88a01b20f7'],
		['not a url', 'not a url', 'not a url', 'd1d9a319dc14b429'],
		['https://links.example/7?utm_source=pocket', 'https://links.example/7', 'links.example/7', 'abc429dbd5f7c6c9'],
	])('%s', (input, stored, key, id) => {
		expect(normalizeUrl(input)).toBe(stored);
		expect(urlKey(input)).toBe(key);
		expect(itemIdForUrl(input)).toBe(id);
	});

	test('a stored link is stored as it is, and keys as the link it came from', () => {
		const part = fc.stringMatching(/^[a-zA-Z0-9._~%-]{0,6}$/);
		const link = fc.tuple(fc.constantFrom('http', 'https', 'HTTP'),
			fc.constantFrom('Example.com', 'www.example.com', 'm.ex.org.', '例子.测试'),
			fc.array(part, {maxLength: 3}),
			fc.array(fc.tuple(fc.constantFrom('utm_source', 'a', 'B', 'fbclid', 'z'), part), {maxLength: 3}),
			fc.constantFrom('', '#', '#top', '#!/x', '#/y'), fc.boolean())
			.map(([scheme, host, path, query, hash, bare]) => `${scheme}://${host}/${path.join('/')}${query.length
				? `?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : bare ? '?' : ''}${hash}`);
		fc.assert(fc.property(link, input => {
			const stored = normalizeUrl(input);
			expect(normalizeUrl(stored)).toBe(stored);
			expect(urlKey(stored)).toBe(urlKey(input));
		}), {numRuns: 500});
	});
});
