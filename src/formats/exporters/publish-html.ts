import type {Item} from '../../core/types.ts';
import {escapeHtml} from '../markup.ts';
import {outUrl} from './cells.ts';
import {groupTitle, imprint, label, peopleLine, type PublishOptions, topicGroups} from './publish-common.ts';

const STYLE = `
:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1f2328;--muted:#5c6370;--card:#fff;--line:#e4e1da;--accent:#2f6f5e;--badge:#eef4f1}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e6e6e6;--muted:#a0a7b1;--card:#1d2024;--line:#30343a;--accent:#7cc4ad;--badge:#22302b}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif}
main{max-width:52rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}h1{font-size:2rem;margin:0 0 .5rem}header p{color:var(--muted);margin:0 0 2rem}
h2{font-size:1.15rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-bottom:1px solid var(--line);padding-bottom:.4rem;margin:2.5rem 0 1rem}
ol{list-style:none;margin:0;padding:0;display:grid;gap:1rem}li{display:flex;gap:1rem;background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:1rem}
img{width:4.5rem;height:6.5rem;object-fit:cover;border-radius:.35rem;flex:none;background:var(--line)}
.body{min-width:0}.title{font-weight:650;font-size:1.05rem;color:var(--accent);text-decoration:none;overflow-wrap:anywhere}.title:hover{text-decoration:underline}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0}.badge{display:inline-block;font-size:.75rem;padding:.05rem .5rem;border-radius:1rem;background:var(--badge);color:var(--accent);margin-left:.4rem;vertical-align:.1rem}
.note{margin:.5rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
`.trim();

const stars = (rating: Item['rating']) => (rating ? `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}` : '');

function entry(item: Item, options: PublishOptions): string {
	const locale = options.locale ?? 'en';
	const url = outUrl(item.url);
	const image = outUrl(item.image);
	const title = escapeHtml(item.title || url);
	const lines = [
		image ? `<img src="${escapeHtml(image)}" alt="" loading="lazy" referrerpolicy="no-referrer">` : '',
		'<div class="body">',
		url ? `<a class="title" href="${escapeHtml(url)}" rel="noopener noreferrer">${title}</a>` : `<span class="title">${title}</span>`,
		options.status === false ? '' : `<span class="badge">${escapeHtml(label(`status_${item.status}`, locale))}</span>`,
		item.subtitle ? `<div class="meta">${escapeHtml(item.subtitle)}</div>` : '',
		[peopleLine(item, locale), imprint(item), stars(item.rating)].some(Boolean)
			? `<div class="meta">${[peopleLine(item, locale), imprint(item), stars(item.rating)].filter(Boolean).map(escapeHtml).join(' · ')}</div>`
			: '',
		options.notes !== false && item.notes ? `<p class="note">${escapeHtml(item.notes)}</p>` : '',
		'</div>',
	];
	return `<li>${lines.filter(Boolean).join('')}</li>`;
}

/**
 * A topic as one standalone page to post anywhere: inline CSS (light and dark), no scripts (a CSP forbids
 * them), every value escaped, only http(s) links and covers.
 */
export function publishTopicHtml(items: readonly Item[], topic: string | null, options: PublishOptions = {}): string {
	const locale = options.locale ?? 'en';
	const heading = escapeHtml(options.title ?? topic ?? 'Shelfmark');
	const sections = topicGroups(items, topic).map(([kind, group]) =>
		`<section><h2>${escapeHtml(groupTitle(kind, locale))} <small>(${group.length})</small></h2>\n<ol>\n${group.map(item => entry(item, options)).join('\n')}\n</ol></section>`);
	return `<!DOCTYPE html>
<html lang="${locale === 'zh_CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http:; style-src 'unsafe-inline'">
<meta name="generator" content="Shelfmark">
<title>${heading}</title>
<style>${STYLE}</style>
</head>
<body><main>
<header><h1>${heading}</h1>${options.intro ? `<p>${escapeHtml(options.intro)}</p>` : ''}</header>
${sections.join('\n')}
<footer>${escapeHtml(options.generatedAt ? `Shelfmark · ${options.generatedAt.slice(0, 10)}` : 'Shelfmark')}</footer>
</main></body>
</html>
`;
}
