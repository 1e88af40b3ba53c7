import {type Site, textsAt} from './site.ts';

/** manning.com: books (`/books/`), liveVideo courses and liveProjects; "by A and B", "N pages", the ISBN line. */
export const manning: Site = {
	name: 'manning',
	test: /^(www\.)?manning\.com\/(books|livevideo|liveproject|liveprojectseries)\//,
	extract({doc, url, textAt}) {
		const text = textsAt(doc, 'li, p').join('\n');
		const byline = textsAt(doc, '.product-authorship a, .product-authors a, [class*="authorship" i] a');
		const section = url.pathname.split('/')[1];
		return {
			kind: section === 'books' ? 'book' : section === 'livevideo' ? 'video' : 'course',
			title: textAt('h1'),
			authors: byline.length ? byline : [textAt('.product-authorship, [class*="authorship" i]')],
			duration: {pages: Number(/(\d+)\s+pages/i.exec(text)?.[1])},
			publishedAt: /published in\s+([A-Z][a-z]+ \d{4})|(?:publication|published)[^\n]{0,20}?([A-Z][a-z]+ \d{4})/.exec(text)?.slice(1).find(Boolean),
			isbn: [/ISBN[^\d]{0,10}([\d-]{10,17})/.exec(text)?.[1]],
			publisher: 'Manning',
			provider: 'Manning',
		};
	},
};
