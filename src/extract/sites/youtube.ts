import type {Site} from './site.ts';

/**
 * A conference's upload: its event in brackets, the talk, its speakers after a dash (`[DevFest Nantes 2026] Title -
 * Camille Roux & Hugo Benali`), each two or three capitalised words.
 */
const TALK = /^\[[^\]]+\]\s*(.+?)\s+[-–—|]\s+(\p{Lu}\S+(?: \p{Lu}\S+){1,2}(?:\s*(?:&|,|and|et|y|und)\s*\p{Lu}\S+(?: \p{Lu}\S+){1,2})*)$/u;

/**
 * youtube.com watch pages: the video, its channel as author (a talk's speakers when a conference uploads it), its ISO
 * 8601 duration (microdata in the page).
 */
export const youtube: Site = {
	name: 'youtube',
	test: /^((www|m)\.)?(youtube\.com\/(watch|shorts\/|live\/)|youtu\.be\/)/,
	extract({doc, head, isoMinutes}) {
		const meta = (prop: string) => doc.querySelector(`[itemprop="${prop}"]`)?.getAttribute('content') ?? undefined;
		const channel = doc.querySelector('[itemprop="author"] [itemprop="name"]')?.getAttribute('content') ?? textOfLink(doc);
		const title = head.get('title') ?? head.get('og:title');
		const [, talk, speakers] = TALK.exec(title ?? '') ?? [];
		return {
			kind: 'video',
			title: talk ?? title,
			authors: speakers ? speakers.split(/\s*(?:&|,|\band\b|\bet\b|\by\b|\bund\b)\s*/) : [channel],
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
