/**
 * The product cards Japanese blogs set under a book's title with an affiliate widget (moshimo's かんたんリンク,
 * `.easyLink-box`; Rinker, `.yyi-rinker-contents`): the shop's name of the item, as Rakuten Books writes it, is the
 * title, its edition, then its people in square brackets (`スッキリわかる 日商簿記2級 商業簿記 第16版 [ 滝澤 ななみ ]`,
 * `[ A/B ]`), and the card's maker line is its publisher (`TAC出版`).
 */
import type {Candidate} from './item.ts';
import {titleKey} from './text.ts';

/** Each widget's card, the element holding the item's name (its link) and the one holding its maker. */
const CARDS: [string, string, string][] = [
	['.easyLink-box', '.easyLink-info-name', '.easyLink-info-maker'],
	['.yyi-rinker-contents', '.yyi-rinker-title', '.yyi-rinker-detail .brand'],
];
const SELECTOR = CARDS.map(([card]) => card).join(',');
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
		const name = nameEl?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		const people = BRACKETED.exec(name);
		if (!people) continue;
		// (the name may open with the edition's years, `2023-2024年版 みんなが欲しかった！ FPの教科書2級・AFP`)
		const key = titleKey(name.slice(0, people.index));
		const work = found.find(c => !c.publisher && titleKey(c.title).length > 3 && key.includes(titleKey(c.title)));
		if (!work) continue;
		const maker = card.querySelector(makerAt)?.textContent?.replace(/\s+/g, ' ').trim();
		// (the maker may close the people, as the shop names who edited it: `[ 滝澤 ななみ/TAC出版 ]`)
		const authors = people[1]!.split(/\s*[/／,，、]\s*/u).filter(n => n.length > 1 && n !== maker);
		if (!work.authors?.length && authors.length) work.authors = authors;
		if (maker && maker.length < 40) work.publisher = maker;
		work.kind = 'book';
		const href = nameEl?.querySelector('a[href]')?.getAttribute('href');
		if (!work.url && href && /^https?:/i.test(href)) work.url = href;
	}
}
