import type {Kind} from '../core/types.ts';
import type {Picked} from './pick.ts';

/**
 * The kind of work: what a source declared (site adapter, schema.org type, og:type, citation tags), then a book when an
 * ISBN was found, then an article when the page reads like one. No list of hosts: a page says its kind in its own
 * markup (a video's og:type, a podcast's PodcastEpisode, a paper's citation_* tags), and adapters say theirs.
 */
export const detectKind = (picked: Picked, wordsish: number): Kind => {
	const declared = picked.kind;
	if (declared && declared !== 'other' && declared !== 'article') return declared;
	if (picked.isbn) return 'book'; // (never an empty list: the picker drops one)
	if (declared) return declared;
	return picked.publishedAt || picked.authors!.length || wordsish > 300 ? 'article' : 'other';
};
