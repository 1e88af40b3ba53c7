import fc from 'fast-check';
import {JSDOM} from 'jsdom';
import {describe, expect, test} from 'vitest';
import type {PageMetadata} from '../../../src/core/types.ts';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const KEYS = ['og:title', 'og:image', 'og:url', 'og:type', 'description', 'author', 'citation_author', 'book:isbn',
	'article:published_time', 'twitter:image', 'DC.date'];
const URLISH = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '//evil.example/x',
	'file:///etc/passwd', 'vbscript:x', ' java\tscript:x'), fc.string());

/** A JSON-LD value: nested objects and arrays with schema.org-ish and hostile keys. */
const jsonValue = fc.letrec(tie => ({
	value: fc.oneof({depthSize: 'small'}, fc.string(), URLISH, fc.integer(), fc.constant(null),
		fc.array(tie('value'), {maxLength: 4}), tie('node')),
	node: fc.dictionary(fc.constantFrom('@type', '@id', '@graph', 'name', 'headline', 'author', 'image', 'url', 'isbn',
		'datePublished', '__proto__', 'constructor', 'mainEntity', 'offers', 'inLanguage'), tie('value'), {maxKeys: 6}),
})).value;

function page(title: string, tags: {key: string; value: string}[], ld: string[], links: string[]): string {
	return `<!DOCTYPE html><html lang="${esc(title.slice(0, 5))}"><head><title>${esc(title)}</title>
${tags.map(t => `<meta property="${t.key}" content="${esc(t.value)}">`).join('\n')}
${links.map(l => `<link rel="canonical" href="${esc(l)}">`).join('')}
${ld.map(l => `<script type="application/ld+json">${l.replace(/<\//g, '<\\/')}</script>`).join('\n')}
</head><body><article><h1>${esc(title)}</h1>${links.map(l => `<img src="${esc(l)}" width="300">`).join('')}</article></body></html>`;
}

function assertSafe(meta: PageMetadata) {
	for (const url of [meta.url, meta.image].filter(Boolean)) expect(new URL(url!).protocol).toMatch(/^https?:$/);
	expect(meta.title.length).toBeLessThanOrEqual(2000);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('hostile pages', () => {
	test('never throws, never yields a non-http(s) URL, on generated documents', () => {
		const tag = fc.record({key: fc.constantFrom(...KEYS), value: fc.oneof(fc.string(), URLISH)});
		const ld = fc.oneof(jsonValue.map(v => JSON.stringify(v)), fc.string(),
			fc.constantFrom('{"@type":"Book",', '[{"@type":"Book","name":"x",}]', '<!--{"@type":"Article"}-->'));
		fc.assert(fc.property(fc.string(), fc.array(tag, {maxLength: 8}), fc.array(ld, {maxLength: 3}),
			fc.array(URLISH, {maxLength: 2}), fc.webUrl(),
			(title, tags, lds, links, url) => {
				const {window} = new JSDOM(page(title, tags, lds, links), {url});
				assertSafe(extractMetadata(window.document, url));
			}), {numRuns: 60});
	});

	test('huge strings, deep nesting, __proto__ keys, cycles of @id and a large JSON-LD blob', () => {
		const deep = `${'<div>'.repeat(5000)}text${'</div>'.repeat(5000)}`;
		const ldDeep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
		const proto = '{"@type":"Book","name":"P","__proto__":{"polluted":true},"author":{"@id":"#a"},"@id":"#a","constructor":{"prototype":{"polluted":1}}}';
		const cycle = '{"@graph":[{"@id":"#a","@type":"Article","headline":{"@id":"#b"},"author":{"@id":"#a"}},{"@id":"#b","name":{"@id":"#a"}}]}';
		const blob = JSON.stringify({'@type': 'Article', headline: 'Blob', description: 'x'.repeat(3_000_000)});
		const html = `<html><head><title>${'T'.repeat(200_000)}</title><meta property="og:description" content="${'d'.repeat(500_000)}">
<script type="application/ld+json">${ldDeep}</script><script type="application/ld+json">${proto}</script>
<script type="application/ld+json">${cycle}</script><script type="application/ld+json">${blob}</script></head><body>${deep}</body></html>`;
		const url = 'https://example.com/a';
		const meta = extractMetadata(new JSDOM(html, {url}).window.document, url);
		assertSafe(meta);
		expect(meta.title.length).toBeLessThanOrEqual(300);
		expect(meta.description!.length).toBeLessThanOrEqual(1000);
	});
});
