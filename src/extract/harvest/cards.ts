/**
 * The card reader: a card's title is a heading with no link of its own, and its link is the button under it
 * (`<h3>Data Engineering Zoomcamp</h3> … <a>Start learning</a>`, `Enroll`, `View course`, `Read on O'Reilly`); the
 * lines between credit the work (`Instructor: Name`, `By Name`).
 */
import {bibIn} from './biblio.ts';
import {hostInfo, isChromeLink, pathKind} from './hosts.ts';
import {item, type Candidate} from './item.ts';
import {kindFromWords, sectionKind} from './kind.ts';
import type {Kind} from '../../core/types.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, isGenericText, titleKey} from './text.ts';

/** A button's words: what to do with the work, not its name. */
const ACTIONS = ['start (?:learning|the course|now|here|reading|watching)', 'enrol+(?: now| for free| today)?',
	'join(?: now| the course| for free)?', 'take (?:the|this) (?:course|class)', 'view (?:course|class|program(?:me)?|details)',
	'see (?:course|details)', 'learn more', 'get started', 'watch(?: now| the talk| it)?', 'listen(?: now)?',
	'(?:read|watch|listen|buy|get it) (?:on|at|from) [\\p{L}\\d .\'’-]{2,30}', 'go to (?:the )?(?:course|class|book)',
	'visit (?:the )?(?:course|site|website|page)', 'try it(?: free)?'];
const ACTION = new RegExp(`^(?:${ACTIONS.join('|')})\\s*[›»→>]?$`, 'iu');
/** How far under its heading a card's button may stand. */
const CARD_LINES = 6;

/**
 * The kind a button's words name (`Go to the course`, `Enrol`, `Kursa gitmek için tıklayın`, the word in a case of its
 * own as Turkish and Polish write it).
 */
const buttonKind = (text: string): Kind | undefined =>
	kindFromWords(text) ?? (/\benrol|(?<!\p{L})kurs/iu.test(text) ? 'course' : undefined);

// (a button's arrow or play sign before its words is no part of them: `▶ Watch on InfoQ`)
// (one Han character is a word, and may be a whole title, no button's: `<a>凍</a>` under a section's `<h3>`)
const isAction = (text: string) => {
	const words = cleanTitle(text);
	return ACTION.test(words) || (isGenericText(words) && !/^\p{sc=Han}$/u.test(words));
};

/**
 * The works of a page's cards, and the titles its buttons were read as alone (`View course`), which those replace.
 * A card read already (its heading's title found) is left as it is.
 */
export function cardCandidates(
	segs: Segment[], found: Candidate[], page: URL, titled?: Kind,
): {cards: Candidate[]; buttons: Set<string>} {
	const cards: Candidate[] = [];
	const buttons = new Set<string>();
	const known = new Set(found.map(c => titleKey(c.title)));
	const read = new Set(found.map(c => c.seg));
	// (a heading read as a work already, `N. Title – Name`: its button gives that work its address)
	const headed = new Map(found.map(c => [c.seg, c]));
	const readBetween = (from: number, to: number) => {
		for (let k = from; k < to; k++) if (read.has(k)) return true;
		return false;
	};
	segs.forEach((head, h) => {
		const title = cleanTitle(head.text);
		if (!/^H[2-6]$/.test(head.tag) || head.links.length || title.length < 2 || title.length > 120) return;
		const work = headed.get(h);
		if (sectionKind(title) || (!work && known.has(titleKey(title)))) return;
		for (let j = h + 1; j < segs.length && j <= h + CARD_LINES && !/^H[1-6]$/.test(segs[j]!.tag); j++) {
			const seg = segs[j]!;
			const link = seg.links.length === 1 ? seg.links[0]! : undefined;
			// A button is a line of its own: a call to action in a sentence is the sentence's
			if (!link || cleanTitle(seg.text) !== cleanTitle(link.text) || isChromeLink(link.url, page)) continue;
			// (a button under a work read in the lines above is that work's: `<b>Title</b> by Name`, then `Buy it
			// here`)
			if (!isAction(link.text) || readBetween(h + 1, j)) return;
			if (work) {
				work.url ??= link.url.href;
				buttons.add(titleKey(link.text));
				return;
			}
			const lines = segs.slice(h + 1, j).map(s => s.text).join('\n');
			const bib = bibIn(lines);
			// A card naming who teaches is a course's, and so is a page under `/courses/`, wherever it is hosted
			const teaches = bib.contributors.some(c => c.role === 'instructor')
				|| pathKind(link.url) === 'course';
			const host = hostInfo(link.url);
			// (or its button says what it is; else it is what the page's title says it lists: `10 Online Kurs`)
			const section = teaches ? 'course' : buttonKind(link.text);
			const ctx = {
				page, seg: h, refSection: false, afterHeading: false, ...(section ? {section} : {}),
				...(titled ? {titled} : {}),
			};
			const card = item(title, {...head, text: `${head.text}\n${lines}`}, {start: 0, end: head.text.length}, ctx, bib,
				{url: link.url.href, host: teaches && host?.kind === 'repository' ? undefined : host});
			cards.push(card);
			buttons.add(titleKey(link.text));
			return;
		}
	});
	return {cards, buttons};
}
