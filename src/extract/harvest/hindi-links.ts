/**
 * A work linked in a Hindi sentence, named by its kind (`IIT मद्रास का <a>Title</a> कोर्स देखिए`, `Name का पॉडकास्ट
 * <a>Title</a> सुनिए`): Hindi puts the kind of work right before the title or right after it, and the owner before
 * both in the genitive (`Name का`, `की`, `के`), whose name makes them its author; the sentence after may say who
 * teaches it (`इसे प्रो. Name पढ़ाते हैं`).
 */
import type {Kind} from '../../core/types.ts';
import {fullName} from './biblio.ts';
import {isChromeLink} from './hosts.ts';
import {item, type Candidate, type Context} from './item.ts';
import {cleanName} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle} from './text.ts';

/** Hindi's words for kinds of work, and the kind each names. */
const KINDS: [string[], Kind][] = [[['कोर्स', 'पाठ्यक्रम'], 'course'], [['पॉडकास्ट'], 'podcast'],
	[['वीडियो', 'लेक्चर', 'व्याख्यान'], 'video'], [['किताब', 'पुस्तक', 'उपन्यास'], 'book']];
const KIND_WORD = KINDS.flatMap(([words]) => words).join('|');
const KIND_AFTER = new RegExp(`^\\s+(${KIND_WORD})(?!\\p{L})`, 'u');
const KIND_BEFORE = new RegExp(`(?:^|\\s)(${KIND_WORD})\\s+$`, 'u');
/** The owner in the genitive before the kind or the title: up to four words, then `का`, `की` or `के`. */
const OWNER = new RegExp(`((?:\\S+\\s+){0,3}\\S+)\\s+(?:का|की|के)\\s+(?:(?:${KIND_WORD})\\s+)?$`, 'u');
/** Who teaches it, in the sentence after (`इसे प्रो. Name पढ़ाते हैं`). */
const TAUGHT = /(?:इसे|इसको)\s+((?:\S+\s+){0,4}?\S+)\s+(?:पढ़ाते|पढ़ाती)\s+(?:हैं|है)/u;

const kindOf = (word: string) => KINDS.find(([words]) => words.includes(word))?.[1];

/** The owner's name before the genitive: the fewest words before it that make a full name. */
function owner(before: string): string | undefined {
	const words = OWNER.exec(before)?.[1]!.split(/\s+/) ?? [];
	for (let n = 2; n <= words.length; n++) {
		const name = fullName(words.slice(-n).join(' '));
		if (name) return name;
	}
	return undefined;
}

/**
 * The works a Hindi sentence links and names by kind; a link another reader took (`linked`) gets the owner or the
 * teacher it lacks.
 */
export function hindiLinkWorks(seg: Segment, ctx: Context, linked: Candidate[]): Candidate[] {
	if (!/\p{Script=Devanagari}/u.test(seg.text)) return [];
	const out: Candidate[] = [];
	for (const link of seg.links) {
		if (isChromeLink(link.url, ctx.page)) continue;
		const before = seg.text.slice(Math.max(0, link.start - 60), link.start);
		const after = seg.text.slice(link.end, link.end + 160);
		const word = KIND_AFTER.exec(after)?.[1] ?? KIND_BEFORE.exec(before)?.[1];
		const taught = cleanName(TAUGHT.exec(after)?.[1] ?? '');
		const authors = [owner(before) ?? taught].filter((name): name is string => !!name);
		const taken = linked.find(c => c.url === link.url.href);
		if (taken) {
			if (!taken.authors?.length && authors.length && word) taken.authors = authors;
			continue;
		}
		const kind = word ? kindOf(word) : undefined;
		const title = cleanTitle(link.text);
		if (!kind || title.length < 2) continue;
		out.push(item(title, seg, link, {...ctx, section: kind}, {authors, contributors: []}, {url: link.url.href}));
	}
	return out;
}
