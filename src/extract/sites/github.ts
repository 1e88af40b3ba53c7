import {type Site, textsAt} from './site.ts';

/** Top-level GitHub paths that are not user or organisation names. */
const RESERVED = /^(about|orgs|topics|trending|collections|settings|marketplace|features|explore|sponsors|login|join|pricing|search|notifications|issues|pulls|codespaces|enterprise|security|site|customer-stories|readme|apps|events|new)$/;

/** github.com/<owner>/<repo>: the repository as `owner/repo`, its About text minus GitHub's boilerplate, its topics. */
export const github: Site = {
	name: 'github',
	test: /^github\.com\/[^/]+\/[^/]+(\/(tree\/[^/]+)?)?\/?$/,
	extract({doc, url, head, textAt}) {
		// A renamed repository's old address redirects; the page names the repository it shows.
		const [owner = '', repo = ''] = (head.get('octolytics-dimension-repository_nwo') ?? url.pathname).split('/').filter(Boolean);
		if (RESERVED.test(owner)) return {};
		const about = textAt('.BorderGrid-cell p.f4, [itemprop="about"]')
			?? head.get('og:description')?.replace(/\.?\s*Contribute to [^ ]+ development by creating an account on GitHub\.?$/, '');
		return {
			kind: 'repository',
			title: `${owner}/${repo.replace(/\.git$/, '')}`,
			description: about && !/^Contribute to /.test(about) ? about : undefined,
			authors: [owner],
			keywords: textsAt(doc, 'a.topic-tag'),
			provider: 'GitHub',
			siteName: 'GitHub',
		};
	},
};
