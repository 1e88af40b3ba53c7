import {test, expect} from 'vitest';
import {JSDOM} from 'jsdom';
import {extractMetadata} from '../../../src/extract/extract-metadata.ts';
const text = '<p>' + 'The article goes on for a while, the way articles do. '.repeat(4) + '</p>';
const H = 'Why rivers rise in spring';
const cases: [string, string, string][] = [
	['section|heading|site', `<title>Science | ${H} | The Daily</title>`, `<article><h1>${H}</h1>${text}</article>`],
	['heading|section|site', `<title>${H} | Science | The Daily</title>`, `<article><h1>${H}</h1>${text}</article>`],
	['heading|section|site og', `<title>${H} | Science | The Daily</title><meta property="og:title" content="${H} | Science | The Daily"><meta property="og:site_name" content="The Daily">`, `<article><h1>${H}</h1>${text}</article>`],
	['og-seo-vs-h1', `<title>${H}: what experts say about floods and snowmelt</title><meta property="og:title" content="${H}: what experts say about floods and snowmelt">`, `<article><h1>${H}</h1>${text}</article>`],
	['jsonld-seo', `<title>${H} - The Daily</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise: spring floods explained by experts 2024"}</script>`, `<article><h1>${H}</h1>${text}</article>`],
	['site-only-title', `<title>The Daily</title><meta property="og:site_name" content="The Daily">`, `<article><h1>${H}</h1><p class="byline">By Ann Writer</p>${text}</article>`],
	['site-only-title-unsigned', `<title>The Daily</title>`, `<header><a href="/">The Daily</a></header><article><h1>${H}</h1>${text}</article>`],
	['wp-archive', `<title>The Daily &raquo; Blog Archive &raquo; ${H}</title>`, `<div class="post"><h2>${H}</h2>${text}</div>`],
	['blog-h1-is-site', `<title>${H} | Ann's notes</title>`, `<header><h1>Ann's notes</h1></header><div class="post"><h2>${H}</h2>${text}</div>`],
	['host-dash', `<title>${H} - Ars Technica</title>`, `<article><h1>${H}</h1>${text}</article>`],
	['host-noname', `<title>${H} – Riverwatch</title>`, `<article><h1>${H}</h1>${text}</article>`],
	['colon-prefix', `<title>Riverwatch: ${H}</title>`, `<article><h1>${H}</h1>${text}</article>`],
	['h1 subtitle', `<title>${H}</title>`, `<article><h1>${H}</h1><h2>And what it means for towns</h2>${text}</article>`],
	['og differs h1 (og short)', `<title>Rivers | The Daily</title><meta property="og:title" content="Rivers">`, `<article><h1>${H}</h1>${text}</article>`],
	['title with number suffix', `<title>${H} (page 2) | The Daily</title>`, `<article><h1>${H}</h1>${text}</article>`],
	['zh title', `<title>河流为何春季上涨_科学频道_每日新闻</title>`, `<article><h1>河流为何春季上涨</h1>${text}</article>`],
	['zh title dash', `<title>河流为何春季上涨-每日新闻网</title>`, `<article><h1>河流为何春季上涨</h1>${text}</article>`],
];
for (const [name, head, body] of cases) test(name, () => {
	const url = 'https://www.riverwatch.example/2024/05/why-rivers-rise';
	const m = extractMetadata(new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {url}).window.document, url);
	console.log(name.padEnd(28), JSON.stringify([m.title, m.siteName]));
	expect(1).toBe(1);
});
