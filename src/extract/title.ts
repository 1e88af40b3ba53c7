import {loose} from './text.ts';

const SEPARATED = /^(.+?)(\s+[|\-–—·»•:~]{1,2}\s+|\s*[|｜_]\s*|\s*[-–—]\s*)([^|｜\-–—·»•]+)$/;
const PREFIXED = /^([^|｜\-–—·»•:]+?)(\s+[|\-–—·»•:]\s+|\s*[|｜]\s*)(.+)$/;

function isSite(segment: string, sites: string[], hosts: string[]): boolean {
	const key = loose(segment);
	if (key.length < 2) return false;
	return sites.some(site => site === key || (key.length >= 4 && (site.includes(key) || key.includes(site) && site.length >= 4)))
		|| hosts.some(host => key.startsWith(host));
}

/**
 * The title without the site's name glued to it (`Foo | Site`, `Site - Foo`, `Foo-极客时间`, `Foo (豆瓣)`).
 * Only a segment that names the site (og:site_name, publisher, host) is dropped, or a short one after ` | `.
 */
export function stripSiteSuffix(title: string, names: (string | undefined)[], host: string): string {
	const sites = names.filter((n): n is string => !!n).map(loose).filter(Boolean);
	const hosts = host.split('.').filter(p => p.length > 3 && !/^(www|com|net|org)$/.test(p)).map(loose);
	let text = title.replace(/\s*[(（](豆瓣|douban)[)）]\s*$/i, '');
	for (let round = 0; round < 2; round++) {
		const suffix = SEPARATED.exec(text);
		if (suffix && isSite(suffix[3]!, sites, hosts) && suffix[1]!.length > 1) {
			text = suffix[1]!.trim();
			continue;
		}
		const prefix = PREFIXED.exec(text);
		if (prefix && isSite(prefix[1]!, sites, hosts) && prefix[3]!.length > 1) text = prefix[3]!.trim();
		else if (suffix && /\|/.test(suffix[2]!) && suffix[3]!.split(' ').length <= 3 && suffix[1]!.length > suffix[3]!.length * 2) text = suffix[1]!.trim();
		else break;
	}
	return text;
}
