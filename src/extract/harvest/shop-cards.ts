/**
 * The product cards Japanese blogs set under a book's title with an affiliate widget (moshimo's かんたんリンク,
 * `.easyLink-box`; Rinker, `.yyi-rinker-contents`): the shop's name of the item, as Rakuten Books writes it, is the
 * title, its edition, then its people in square brackets (`スッキリわかる 日商簿記2級 商業簿記 第16版 [ 滝澤 ななみ ]`,
 * `[ A/B ]`), and the card's maker line is its publisher (`TAC出版`).
 */
import type {Bib} from './biblio.ts';
import type {Candidate} from './item.ts';
import {japaneseCardCredit} from './japanese.ts';
import {fill} from './merge.ts';
import type {Segment} from './segments.ts';
import {stripNumbering, titleKey} from './text.ts';

/** Each widget's card, the element holding the item's name (its link) and the one holding its maker. */
const CARDS: [string, string, string][] = [
	['.easyLink-box', '.easyLink-info-name', '.easyLink-info-maker'],
	['.yyi-rinker-contents', '.yyi-rinker-title', '.yyi-rinker-detail .brand'],
];
const SELECTOR = CARDS.map(([card]) => card).join(',');
/** An element's text on one line. */
const textOf = (el?: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The people closing a shop's name of a book: `Title [ 滝澤 ななみ ]`, `[ A/B ]`, `【 A 】`. */
const BRACKETED = /\s*[[［【]\s*([^[\]［］【】]{2,60}?)\s*[\]］】]\s*$/u;

/**
 * Fills the works a shop's card names (its name opening with the work's title) that lack their people and publisher:
 * the people in the name's closing brackets are its authors, the card's maker its publisher, and a work so credited by
 * a book shop is a book. Its link is the card's, when the work had none.
 */
export function fillFromShopCards(root: Element, found: Candidate[]): void {
	const cards = root.querySelectorAll(SELECTOR);
	if (!cards.length) return;
	for (const card of cards) {
		const [, nameAt, makerAt] = CARDS.find(([selector]) => card.matches(selector))!;
		const nameEl = card.querySelector(nameAt);
		const name = textOf(nameEl);
		const people = BRACKETED.exec(name);
		if (!people) continue;
		// (the name may open with the edition's years, `2023-2024年版 みんなが欲しかった！ FPの教科書2級・AFP`)
		const key = titleKey(name.slice(0, people.index));
		const work = found.find(c => !c.publisher && titleKey(c.title).length > 3 && key.includes(titleKey(c.title)));
		if (!work) continue;
		const maker = textOf(card.querySelector(makerAt));
		// (the maker may close the people, as the shop names who edited it: `[ 滝澤 ななみ/TAC出版 ]`)
		const authors = people[1]!.split(/\s*[/／,，、]\s*/u).filter(n => n.length > 1 && n !== maker);
		if (!work.authors?.length && authors.length) work.authors = authors;
		if (maker && maker.length < 40) work.publisher = maker;
		work.kind = 'book';
		const href = nameEl?.querySelector('a[href]')?.getAttribute('href');
		if (!work.url && href && /^https?:/i.test(href)) work.url = href;
	}
}

/**
 * A card's maker as people (`水野 貴明`, `マシュー・スケルトン, マニュエル・パイス`): Japanese names written with a space
 * between family and given name, or in katakana with a middle dot; a house is written in one run (`翔泳社`,
 * `オライリージャパン`), a device's maker too (`Amazon`).
 */
const MAKER_NAME = new RegExp(String.raw`^(?:\p{sc=Han}{1,4} [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,5}`
	+ String.raw`|[\p{sc=Katakana}ー]+(?:・[\p{sc=Katakana}ー]+)+)$`, 'u');
const makerPeople = (maker: string) => {
	const names = maker.split(/\s*[,，、]\s*/u);
	return names.every(name => MAKER_NAME.test(name)) ? names : undefined;
};

/** The heading nearest above `el` in the page's order (`<h3>1. Title</h3><p>Why…</p><div class=card>`). */
function headingAbove(el: Element, root: Element): Element | undefined {
	for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
		for (let s = at.previousElementSibling; s; s = s.previousElementSibling) {
			if (/^h[2-6]$/.test(s.localName)) return s;
			if (s.matches(SELECTOR) || s.querySelector(`${SELECTOR},h2,h3,h4,h5,h6`)) return undefined;
		}
	}
	return undefined;
}

/** The cards of the widgets whose item is a book shop's (Rinker's; Yomereba's and Kaereba's, `.booklink-box`). */
const BOOK_CARDS = '.yyi-rinker-contents, .booklink-box, .kaerebalink-box';
const NAME_AT = '.yyi-rinker-title, .booklink-name, .kaerebalink-name';
/**
 * Yomereba's and Kaereba's detail line: the people parted by slashes, the house, the day it came out (`Dustin
 * Boswell/Trevor Foucher オライリージャパン 2012年06月23日`).
 */
const DETAIL = /^(.+?)\s+(\S+)\s+((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?$/u;

/** What a card's line under its name says of the book: Rinker's maker (its people or its house), Yomereba's facts. */
function cardBib(card: Element): Partial<Bib> | undefined {
	const maker = textOf(card.querySelector('.yyi-rinker-detail .brand'));
	if (maker) {
		const people = makerPeople(maker);
		return people ? {authors: people} : maker.length < 40 ? {publisher: maker} : undefined;
	}
	const [, names, house, year, month, day] = DETAIL.exec(textOf(card.querySelector('.booklink-detail, '
		+ '.kaerebalink-detail'))) ?? [];
	if (!names) return undefined;
	const date = [year, month, day].filter(Boolean).map(part => part!.padStart(2, '0')).join('-');
	return {authors: names.split(/\s*[/／]\s*/u), publisher: house, publishedAt: date};
}

/** The block after a card's outermost box (`<div class=cstmreba><div class=booklink-box>…</div></div><p>…`). */
function afterCard(card: Element, root: Element): Element | null {
	let box = card;
	while (box.parentElement && box.parentElement !== root && box.parentElement.childElementCount === 1) {
		box = box.parentElement;
	}
	return box.nextElementSibling;
}

/**
 * The works a Japanese post sets in a book shop's widget (Rinker, Yomereba, Kaereba; not the Rakuten style that
 * fillFromShopCards reads): a card under a numbered heading that its name opens with (`<h3>1. 入門 監視</h3>` over
 * `入門 監視 ―モダンな…`) is the heading's work, titled as the heading writes it, credited by the line under the card
 * if one credits it (`著：A、B／訳：C（House、2012年）`); a card alone is a work when its maker line names people, as a
 * book's does (not a device's maker, `Amazon`). The card's link is its link; its lines give the rest.
 */
export function shopCardWorks(root: Element, segs: Segment[], found: Candidate[]): Candidate[] {
	const works: Candidate[] = [];
	for (const card of root.querySelectorAll(BOOK_CARDS)) {
		const nameEl = card.querySelector(NAME_AT);
		const link = nameEl?.querySelector('a[href]');
		const name = textOf(link ?? nameEl);
		const url = link?.getAttribute('href') ?? undefined;
		if (!name || BRACKETED.test(name)) continue;
		const heading = headingAbove(card, root);
		const shown = textOf(heading);
		const headed = stripNumbering(shown);
		const bib = cardBib(card);
		const people = !!bib?.authors?.length;
		// (a heading numbered as a list's item, or over a book, its maker people: a section's `Kindle` over a device is
		// none)
		const under = (headed !== shown || people) && titleKey(headed).length > 1
			&& titleKey(name).startsWith(titleKey(headed));
		if (!under && !people) continue;
		const title = under ? headed : name.replace(/^[[［【][^\]］】]{1,10}[\]］】]\s*/u, '');
		const known = found.find(c => (url && c.url === url) || titleKey(c.title) === titleKey(title));
		const seg = segs.findIndex(s => s.text === (under ? shown : name));
		const work = known ?? {title, kind: 'book', seg} as Candidate;
		work.title = title;
		work.kind = 'book';
		if (url && /^https?:/i.test(url)) work.url ??= url;
		const next = under ? afterCard(card, root) : null;
		const said = next?.localName === 'p' ? textOf(next) : '';
		const credit = said ? japaneseCardCredit(said) : undefined;
		if (credit) fill(work, credit);
		// (the card's people may take in the translator, `A/B/竹辺 靖昭`: a credit line naming roles says who is whose)
		if (bib) fill(work, credit?.authors.length || credit?.contributors.length ? {...bib, authors: []} : bib);
		if (!known) works.push(work);
	}
	return works;
}
