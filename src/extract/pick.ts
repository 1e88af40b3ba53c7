import type {Duration, Kind, PageMetadata, Price} from '../core/types.ts';
import {httpUrl} from '../core/url.ts';
import {parsePrice, type Proposal} from './candidate.ts';
import {parseDate} from './dates.ts';
import {toIsbn13} from '../core/isbn.ts';
import {bcp47} from './language.ts';
import {parsePeople, type Person} from './people.ts';
import {clean, list, loose} from './text.ts';

/** The fields the picker fills, before the extractor's final touches. */
export type Picked = Partial<Omit<PageMetadata, 'kind'>>
	& {kind?: Kind; url?: string; contributors?: {name: string; role: string}[]};

/**
 * A store's pitch where a description belongs, as stores write it on every product: how it ships or sells (`Free
 * Delivery Worldwide`, `Bücher portofrei bestellen`, `frete grátis`, `cu livrare prin curier`, `puoi acquistarlo`,
 * `全品送料無料`, `在线销售正版`, Serbian `po ceni od`: at the price of; `包邮`, which no corpus page writes, and
 * Italian `spedizione gratuita`, which no corpus page needs beside `acquist`, left out for bytes).
 */
const SALES = new RegExp(['free (delivery|shipping)', 'livra(ison|re)', 'portofrei', 'versandkostenfrei',
	'(env[ií]o|frete) gr[aá]tis', 'acquist', '送料無料', '通販', '在线[销选]', 'w cenie', 'po ceni',
	'^køb ', 'buy .*(online|today)', '만나보세요'].join('|'));
const str = (max: number) => (v: unknown) => clean(v, max);
/**
 * A date in the page's language: `10/01/2024` is the 10th of January, but on an English page the 1st of October.
 * English writes the day first too outside North America: `en-GB`, `en-AU`, and English without its region (a details
 * list's `Language: English`) on a British, Irish, Australian, New Zealand or Indian site.
 */
const date = (v: unknown, base: string, {language}: Picked) => parseDate(clean(v, 100),
	language && (!/^en(-(us|ca))?$/i.test(language) || /^[^/]*\/\/[^/]*\.(uk|ie|au|nz|in)(\/|$)/.test(base)));
/** An absolute http(s) address, resolved against the page's base. */
const address = (v: unknown, base: string) => httpUrl(clean(v, 2000), base)?.href;

const nonEmpty = <T>(items: T[]) => (items.length ? items : undefined);

/** Where a head title's last part, the site's name, begins (`Title_Section_Site`, `Title | Site`, `Title - Site`). */
const LAST = /(?:\s[-–—]|[|_])\s*(?!.*(?:\s[-–—]\s|[|_]))/;

/** Validators: a value that fails here falls through to the next source. `picked` holds the fields before this one. */
type Validate = (value: unknown, base: string, picked: Picked, shown?: string, page?: string) => unknown;
const FIELDS: Record<string, Validate> = {
	kind: v => v,
	title: str(300),
	// Before the description: one that only names the site gives way.
	siteName: str(100),
	// The site named as the author (a news site's Organization), or named by its address (`HVG` on `hvg.hu`), gives
	// way to a source that names a person. (No site is '', which no person's name reads as: parsePeople drops those.)
	// (a site not yet named is the head title's last part: `Title - 南方周末`)
	authors: (v, _, {siteName}, shown = '') => nonEmpty(parsePeople(list(v))
		.filter(a => loose(a.name.split('.')[0]!) !== loose((siteName ?? shown.split(LAST)[1] ?? '').split('.')[0]!))),
	// Markup escaped into a description (`&lt;a href=…&gt;here&lt;/a&gt;`) is decoded by clean(), then dropped. One
	// that says what sites write on every page gives way to the next source's or the content's first paragraph: the
	// title again (or the head title's headline, an SEO title the heading rewrites), or the site's name opening it
	// (`Welcome to Site…`, `Site is the top news source…`, `Site | tagline`, `滨江新闻网是…`, `岩波書店の公式サイト`:
	// only Latin words end at a space) or closing it with no word of the title (of five letters or more: `avec` is no
	// subject), or a store's pitch, or a short one that reads the record back, an author just after the title
	// (`Title, Author - Buy…`, `Buy Title by Author from…`, a listing's sorted `Title by Surname, Name - ISBN 10: …`:
	// the surname is looked for; a blurb names them apart or at length). Not on the site's front page, which its name
	// does describe (judged by the page's own address, `page`: an app's `<base href="/">` names the root; without
	// one, as fuller() asks, the page is no front page). A site not yet named is the head title's last part
	// (`Title_Section_Site`, `Title | Site`, `Title - Site`); the words of the title are those before such a part,
	// and not the site's own (an og:title that is only the site's name, as a book page carrying its home page's tags
	// writes it).
	description: (v, base, {title = '', siteName = '', authors}, shown = '', page) => {
		// (a podcast host's notice closing an episode's notes is no part of them: `Hosted on Acast. See
		// acast.com/privacy for more information.`, `Learn more about your ad choices. Visit megaphone.fm/adchoices`)
		const text = clean(clean(v, 2000)?.replace(/<\/?[a-z][^<>]*>/gi, '')
			.replace(/\s+(Hosted on |Learn more about your ad choices|See \S+ for privacy).*$/, ''), 1000);
		const said = text?.toLowerCase().replace(/^welcome to (the )?/, '') ?? '';
		const site = (siteName || shown.split(LAST)[1] || '').toLowerCase();
		const first = site.split(' ')[0]!;
		const rest = said.slice(first.length).split(/[^\p{L}\p{N}]+/u);
		// By its first word too, as the subject of a sentence about itself (`Tideline is a print magazine…`).
		// (or after one word saying what the site is, `Βιβλιοπωλείο Πολιτεία - …`, `Librería X: …`, a whole word then)
		const [before = '', after = ''] = said.split(site);
		const sitewide = site && (/^(\S+ )?$/.test(before)
			&& (before ? /^[^\p{L}\p{N}]/u : /^(?![\p{sc=Latn}\p{N}])/u).test(after)
			|| said.startsWith(first + ' is ') || said.replace(/[^\p{L}\p{N}]+$/u, '').endsWith(site))
			&& !title.toLowerCase().split(LAST)[0]!.match(/[\p{L}\p{N}]{5,}/gu)
				?.some(word => rest.includes(word) && !site.includes(word));
		const readBack = said.length < 200 && (authors as Person[] | undefined)?.some(({name}) =>
			said.split(title.toLowerCase())[1]?.slice(0, name.length + 12)
				.includes(name.toLowerCase().split(' ').pop()!));
		return text && !/\/\/[^/]+\/?([?#]|$)/.test(page as string) && ([title, shown.split(LAST)[0]]
			.some(t => loose(text) === loose(t!)) || sitewide || SALES.test(said) || readBack) ? undefined : text;
	},
	publisher: str(200),
	provider: str(100),
	language: bcp47,
	publishedAt: date,
	modifiedAt: date,
	url: address,
	image: (v, base) => list(v).map(u => address(u, base)).find(Boolean),
	// (A null in a list reads as `null`, no ISBN.)
	isbn: v => nonEmpty([...new Set(list(v).map(i => toIsbn13(String(i))).filter(Boolean))] as string[]),
	contributors: v =>
		nonEmpty(list(v).flatMap(c => parsePeople([(c as {name: unknown}).name], (c as {role: Person['role']}).role))),
	keywords: v => nonEmpty([...new Set(list(v).flatMap(k => clean(k, 2000)?.split(/[,、，;]/) ?? [])
		.map(k => clean(k, 50)).filter(Boolean))].slice(0, 20)),
	price: v => v && parsePrice((v as Price).amount, (v as Price).currency),
	duration: ((d?: Duration) => {
		const ok = (n?: number) => (n! > 0 && n! < 1e6 ? Math.round(n!) : undefined); // (undefined > 0 is false)
		return d && (ok(d.minutes) || ok(d.lessons) || ok(d.pages))
			? {minutes: ok(d.minutes), lessons: ok(d.lessons), pages: ok(d.pages)}
			: undefined;
	}) as Validate,
};

/**
 * A cut-off description (`…`), or one with no stop at its end, loses to a later, fuller one that starts the same
 * way (an article's structured data may give its lead's first sentence, its meta tag the lead); one that a length
 * limit left a few words into a sentence (`…San Francisco Bay. It has ping-pong and`) loses to the whole sentences it
 * starts with. A longer excerpt cut later keeps its sentences.
 */
const fuller = (chosen: string, proposals: Proposal[], base: string): string => {
	const ellipsis = /(…|\.\.\.)$/.test(chosen);
	if (!ellipsis && /[.!?。！？"”')\]]$/.test(chosen)) return chosen;
	// (continuing it, a cut word aside, or whole: a lead's first sentence without its stop, which the page's own
	// description goes on from; or completing its sentences)
	const stem = loose(chosen).slice(0, ellipsis ? 30 : undefined);
	return proposals.map(([, c]) => FIELDS.description!(c.description, base, {}) as string | undefined)
		.find(text => text && (text.length > chosen.length && loose(text).startsWith(stem)
			|| !ellipsis && /[.!?。！？]$/.test(text) && chosen.startsWith(text)
				&& /^\s*(\S+\s+){0,4}\S+$/.test(chosen.slice(text.length))))
		?? chosen;
};

/** Per field, the first valid value in proposal order (DESIGN §4 precedence), and which source gave it. */
export const pick = (proposals: Proposal[], base: string, shown = '', page?: string)
	: [picked: Picked, sources: Record<string, string>] => {
	const picked: Record<string, unknown> = {};
	const sources: Record<string, string> = {};
	for (const [field, validate] of Object.entries(FIELDS)) {
		for (const [source, candidate] of proposals) {
			const value = validate(candidate[field as keyof typeof candidate], base, picked, shown, page);
			if (value === undefined) continue;
			picked[field] = value;
			sources[field] = source;
			break;
		}
	}
	// (an adapter's own description is whole: it cut what its site appends, `Contribute to … on GitHub.`)
	if (picked.description && !/^site/.test(sources.description!)) {
		picked.description = fuller(picked.description as string, proposals, base);
	}
	// A later source that names every author picked (and may name more) reads the byline as the page shows it, with
	// who took the photos or translated (`Text: A, Fotos: B`, `A (Auteur), B (Traducteur)`, `A (Autor), B (Autor)`),
	// and spells the names as the page shows them (a catalogue's sorted `コヴァルスカ, マルタ` over `マルタ・コヴァルスカ著`).
	// (No author picked: no source named one.)
	// A personal site is named after its author (`Ananya Rao` writes at `Ananya Rao`): the author's meta tag or
	// structured data (a microdata Person) naming the site stands when no source names anyone else; a byline's text
	// naming the site does not (`By The Daily Example`).
	let people = (picked.authors
		?? proposals.map(([s, c]) => /^(meta|micro)/.test(s) ? parsePeople(list(c.authors)) : []).find(p => p.length)
		?? []) as Person[];
	for (const [, {authors}] of proposals) {
		const them = (FIELDS.authors!(authors, base, picked, shown) ?? []) as Person[];
		if (people.every(p => them.some(q => loose(q.name) === loose(p.name)))) people = them;
	}
	const moved = people.filter(p => p.role !== 'author');
	picked.authors = people.filter(p => !moved.includes(p)).map(p => p.name);
	if (moved.length || picked.contributors) picked.contributors = [...moved, ...((picked.contributors ?? []) as [])];
	return [picked as Picked, sources];
};
