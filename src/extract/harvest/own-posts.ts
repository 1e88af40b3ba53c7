/**
 * A post links the site's other posts (`my earlier post`, a series' next part) at the same address as its own but its
 * last part (`/a/1190000044987712` beside `/a/1190000045213377`, `/posts/other-post/`): the site's own writing, not a
 * work it recommends, unless its link says more of it (its people, its imprint, its year) or its host is a known
 * work's (a repository, an episode).
 */
import {hostInfo} from './hosts.ts';
import type {Candidate} from './item.ts';

/** The folders of an address's path: all of it but its last part. */
const folder = (url: URL) => url.pathname.replace(/\/$/, '').replace(/\/[^/]*$/, '');

/**
 * Two pages in one folder, or in sibling folders of one handbook (a docs site's sections: `/handbook/processes/x`
 * beside `/handbook/getting-started/y`, as GitBook, Docusaurus and Read the Docs lay a space out), or of one blog's
 * dated archive.
 */
function siblings(url: URL, page: URL): boolean {
	const [at, here] = [folder(url), folder(page)];
	if (at === '' || here === '') return false;
	const depth = (path: string) => path.split('/').length;
	// (a blog's dated addresses are its posts, whatever their days: `/2024/11/03/x/` beside `/2025/06/18/y/`)
	const dated = (path: string) => /^(?:\/\d{2,4})+$/.test(path);
	return at === here || (dated(at) && dated(here))
		|| (depth(at) === depth(here) && depth(here) > 2 && folder({pathname: at} as URL)
		=== folder({pathname: here} as URL));
}

/** True when `c` is only a link to a sibling page of `page`: the site's own post. */
export function isOwnPost(c: Candidate, page: URL): boolean {
	const url = c.url ? new URL(c.url) : undefined;
	if (!url || url.host !== page.host || !siblings(url, page)) return false;
	// (a host that is one work's site whole, `x.gitbook.io`, holds its parts: the pages beside this one)
	const known = !!hostInfo(url) && !hostInfo(new URL('/', url));
	return !c.authors?.length && !c.contributors?.length && !c.publisher && !c.publishedAt && !known;
}
