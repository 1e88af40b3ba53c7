import {type Site, textsAt} from './site.ts';

/** oreilly.com library pages: `/library/view/<slug>/<isbn>/`, a book or a video course. */
export const oreilly: Site = {
	name: 'oreilly',
	test: /^(www\.|learning\.)?oreilly\.com\/(library\/view|videos|live-events|online-learning)\//,
	extract({doc, url, head, textAt}) {
		const video = /video/i.test(`${url.pathname} ${head.get('og:type') ?? ''}`);
		return {
			kind: video ? 'video' : 'book',
			title: textAt('h1'),
			authors: textsAt(doc, '.author-name a, .t-authors a, [data-testid="author-link"], .author-info a'),
			isbn: video ? [] : [/\/(97[89]\d{10}|\d{9}[\dX])\/?/.exec(url.pathname)?.[1]],
			publisher: textAt('.publisher a, .t-publisher a') ?? "O'Reilly Media, Inc.",
			provider: "O'Reilly",
		};
	},
};
