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

/** True when `c` is only a link to a sibling page of `page`: the site's own post. */
export function isOwnPost(c: Candidate, page: URL): boolean {
	const url = c.url ? new URL(c.url) : undefined;
	if (!url || url.host !== page.host || folder(url) !== folder(page) || folder(url) === '') return false;
	return !c.authors?.length && !c.contributors?.length && !c.publisher && !c.publishedAt && !hostInfo(url);
}
