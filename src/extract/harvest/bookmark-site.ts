/**
 * Ghost renders a bookmark card's metadata with the page's site (its `og:site_name`) in `kg-bookmark-author` and the
 * page's author in `kg-bookmark-publisher`: the card's author field may name the site. When it does (the title's end
 * or start carries it, `Title - OpenClassrooms`, `Title | France Inter`, `GitHub - owner/repo: …`, or it names the
 * link's host, `curtclifton.net`), the publisher field is the author, the site no publisher, and the site's name
 * leaves the title. A card whose author field names no site is read as its fields say.
 */
import {namesHost, stripSiteSuffix} from '../title.ts';
import type {Fields} from './field-classes.ts';

/** A repository's page titled as its host titles it (`owner/repo: description`): the repository is `owner/repo`. */
const REPOSITORY_TITLE = /^([\w.-]+\/[\w.-]+):\s/;

/** The card's fields and title, read with its site where Ghost puts it. */
export function siteFirst(fields: Fields, title: string, url: URL): {fields: Fields; title: string} {
	const site = fields.author?.trim();
	if (!site) return {fields, title};
	const bare = stripSiteSuffix(title, [site], '');
	if (bare === title && !namesHost(site, url.hostname.replace(/^www\./, ''))) return {fields, title};
	const {author: _site, publisher, ...rest} = fields;
	const repository = REPOSITORY_TITLE.exec(bare)?.[1];
	const named = repository && url.pathname.replace(/\/$/, '').toLowerCase() === `/${repository.toLowerCase()}`;
	return {fields: {...rest, ...(publisher ? {author: publisher} : {})}, title: named ? repository : bare};
}
