import type {Kind} from '../core/types.ts';
import type {Picked} from './pick.ts';

/**
 * Hosts whose pages are one kind of work; sites with an adapter (YouTube, Coursera, GitHub...) say it themselves, and
 * so do papers' publishers and archives (arXiv, Springer, ACM...): Google Scholar's `citation_*` tags make a paper.
 */
const HOSTS: [RegExp, Kind][] = [
	[/(^|\.)(vimeo\.com|bilibili\.com|ted\.com|twitch\.tv)$/, 'video'],
	[/(^|\.)(podcasts\.apple\.com|xiaoyuzhoufm\.com)$/, 'podcast'],
	[/(^|\.)(udacity\.com|khanacademy\.org|mooc\.cn|icourse163\.org)$/, 'course'],
];

/**
 * The kind of work: what a source declared (site adapter, schema.org type, og:type, citation tags), then
 * a book when an ISBN was found, then the host, then an article when the page reads like one.
 */
export function detectKind(picked: Picked, host: string, wordsish: number): Kind {
	const declared = picked.kind;
	if (declared && declared !== 'other' && declared !== 'article') return declared;
	if (picked.isbn?.length) return 'book';
	const byHost = HOSTS.find(([test]) => test.test(host))?.[1];
	if (byHost) return byHost;
	if (declared) return declared;
	return picked.publishedAt || picked.authors?.length || wordsish > 300 ? 'article' : 'other';
}
