import type {Candidate} from '../candidate.ts';

/**
 * COinS (`<span class="Z3988" title="ctx_ver=Z39.88-2004&rft.btitle=...">`), the OpenURL tag Zotero reads. Only a
 * page's single span describes the page: several are the works it cites (Wikipedia's references, a bibliography).
 */
export function coins(spans: Element[]): Candidate {
	const q = new URLSearchParams(spans.length === 1 ? spans[0]!.getAttribute('title')?.replace(/&amp;/g, '&') : '');
	const get = (key: string) => q.get(`rft.${key}`);
	return {
		title: get('btitle') ?? get('atitle') ?? get('title'),
		authors: [...q.getAll('rft.au'), `${get('aufirst') ?? ''} ${get('aulast') ?? ''}`],
		isbn: q.getAll('rft.isbn'),
		publishedAt: get('date'),
		publisher: get('pub'),
		language: get('language'),
		kind: get('genre') === 'book' ? 'book' : /article|proceeding|preprint/.test(get('genre') ?? '') ? 'paper' : undefined,
	};
}
