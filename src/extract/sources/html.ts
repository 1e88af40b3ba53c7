import type {Candidate} from '../candidate.ts';
import type {Scan} from './scan.ts';

const SKIP_IMG = /^data:|\.svg(\?|$)|logo|icon|avatar|sprite|pixel|spacer|blank\.|badge|emoji/i;

/** The first image in the content that is not an icon, reading lazy-loading attributes and `srcset`. */
function contentImage(imgs: Element[], root: Element): string | undefined {
	for (let i = 0, tried = 0; i < imgs.length && tried < 40; i++) {
		const img = imgs[i]!;
		if (!root.contains(img)) continue;
		tried++;
		const srcset = img.getAttribute('data-srcset') ?? img.getAttribute('srcset');
		const src = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('src')
			?? srcset?.trim().split(/\s+/)[0];
		const width = Number(img.getAttribute('width') ?? 999);
		if (src && !SKIP_IMG.test(src) && !SKIP_IMG.test(img.className) && width >= 100 && Number(img.getAttribute('height') ?? 999) >= 80) return src;
	}
	return undefined;
}

/** The HTML fallbacks: first `<h1>` (in the article, else anywhere), first paragraph, a byline, a `<time>`, the first content image. */
export function htmlFallback(doc: Document, s: Scan): Candidate {
	const root = s.roots[0] ?? doc.body;
	if (!root) return {};
	const inRoot = (els: Element[]) => els.find(el => root.contains(el)) ?? els[0];
	const byline = s.byline.map(el => el.textContent ?? '').find(t => t.trim() && t.length < 120);
	const time = inRoot(s.time.filter(el => el.hasAttribute('datetime')));
	return {
		title: inRoot(s.h1)?.textContent,
		// Readability's excerpt: the first real paragraph of the article.
		description: s.p.filter(el => root.contains(el)).map(el => el.textContent?.trim() ?? '').find(t => t.length > 80),
		authors: byline ? [byline] : [],
		publishedAt: time?.getAttribute('datetime'),
		image: [contentImage(s.img, root)],
	};
}
