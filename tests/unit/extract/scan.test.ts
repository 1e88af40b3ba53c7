import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import {htmlFallback} from '../../../src/extract/sources/html.ts';
import {paragraphs, scan} from '../../../src/extract/sources/scan.ts';

const doc = (body: string) => new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;

describe('scan: what the sources read, gathered with native queries and one text walk', () => {
	test('counts content text only: navigation, headers, footers, forms and scripts are skipped, nested or not', () => {
		const s = scan(doc(`<nav><ul><li><a>Home page link</a></li></ul><svg><text>svg words</text></svg></nav>
			<header><nav>double skip</nav>Site header</header><p>one two three</p><script>var notWords = 1;</script>
			<div><aside>aside words</aside><b>four</b> 五六七</div><form><button>Go now</button></form><footer>© footer</footer><p>eight</p>`));
		expect(s).toMatchObject({words: 5, han: 3, kana: 0});
	});
	test('a long page is counted on a sample and scaled to its length', () => {
		const s = scan(doc(`<p>${'word '.repeat(100_000)}</p>`));
		expect(s.words).toBeGreaterThan(95_000);
		expect(s.words).toBeLessThan(105_000);
	});
	test('the text around ISBN or EAN labels, one text node per line, publisher before and pages after', () => {
		const s = scan(doc(`<p>Intro</p><table><tr><td>Publisher</td><td>Lantern</td></tr><tr><td>ISBN</td><td>9781492050285</td></tr>
			<tr><td>Pages</td><td>266</td></tr></table><script>var ISBN = "not content";</script><p>OCEAN BEAN</p>`));
		expect(s.isbnText.split('\n').map(line => line.trim()).filter(Boolean))
			.toEqual(['Intro', 'Publisher', 'Lantern', 'ISBN', '9781492050285', 'Pages', '266', 'OCEAN BEAN']);
		expect(scan(doc('<p>OCEAN BEAN, no label here</p>')).isbnText).toBe('');
	});
	test('paragraphs are <p>s and bare-text blocks of the content root, in order; the root is an <article> first', () => {
		const long = 'x '.repeat(50);
		const d = doc(`<div>${'y '.repeat(50)}</div><article><p>first</p><div>${long}</div><h2>${long}</h2><p>last <a>link</a></p></article>`);
		expect(paragraphs(d, d.querySelector('article')!).map(el => el.localName)).toEqual(['p', 'div', 'p']);
		expect(htmlFallback(d, []).description).toBe(long.trim());
	});
});
