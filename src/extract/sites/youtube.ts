import type {Site} from './site.ts';

/** youtube.com watch pages: the video, its channel as author, its ISO 8601 duration (microdata in the page). */
export const youtube: Site = {
	name: 'youtube',
	test: /^((www|m)\.)?(youtube\.com\/(watch|shorts\/|live\/)|youtu\.be\/)/,
	extract({doc, head, isoMinutes}) {
		const meta = (prop: string) => doc.querySelector(`[itemprop="${prop}"]`)?.getAttribute('content') ?? undefined;
		const channel = doc.querySelector('[itemprop="author"] [itemprop="name"]')?.getAttribute('content') ?? textOfLink(doc);
		return {
			kind: 'video',
			title: head.get('title') ?? head.get('og:title'),
			authors: [channel],
			duration: {minutes: isoMinutes(meta('duration'))},
			publishedAt: meta('datePublished') ?? meta('uploadDate'),
			provider: 'YouTube',
			siteName: 'YouTube',
		};
	},
};

function textOfLink(doc: Document): string | undefined {
	return doc.querySelector('#owner #channel-name a, ytd-channel-name a')?.textContent?.trim() || undefined;
}
