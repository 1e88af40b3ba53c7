import type {Candidate} from '../candidate.ts';

/**
 * COinS (`<span class="Z3988" title="ctx_ver=Z39.88-2004&rft.btitle=...">`), the OpenURL tag Zotero reads. Only a
 * page's single span describes the page: several are the works it cites (Wikipedia's references, a bibliography).
 */
export function coins(spans: Element[]): Candidate {
	const title = spans.length === 1 ? spans[0]!.getAttribute('title') : undefined;
	if (!title) return {};
	const q = new URLSearchParams(title.replace(/&amp;/g, '&'));
	const first = q.get('rft.aufirst');
	const last = q.get('rft.aulast');
	return {
		title: q.get('rft.btitle') ?? q.get('rft.atitle') ?? q.get('rft.title'),
		authors: [...q.getAll('rft.au'), ...(last ? [`${first ?? ''} ${last}`] : [])],
		isbn: q.getAll('rft.isbn'),
		publishedAt: q.get('rft.date'),
		publisher: q.get('rft.pub'),
		language: q.get('rft.language'),
		kind: q.get('rft.genre') === 'book' ? 'book' : /article|proceeding|preprint/.test(q.get('rft.genre') ?? '') ? 'paper' : undefined,
	};
}
