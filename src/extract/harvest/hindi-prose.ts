/**
 * The facts Hindi prose gives of the work its heading names: who translated it (`हिंदी अनुवाद डॉ. X ने किया है`),
 * who printed or brought it out (`इसे House ने छापा है`, `इसका हिंदी संस्करण भी House ने ही निकाला है`), or its
 * imprint as a sentence of its own closed by the Devanagari full stop (`House, 2002।`).
 */
import {fullName, type Bib} from './biblio.ts';
import {hindiGrammar} from './devanagari.ts';
import {cleanName} from './people.ts';

const TRANSLATED = /अनुवाद\s+((?:\S+\s+){0,4}?\S+)\s+ने\s+(?:किया|की)/u;
/** Verbs saying a house published it: printed, brought out, published (`छापा`, `निकाला`, `प्रकाशित किया`). */
const PUBLISHED = ['छापा', 'छापी', 'छापे', 'निकाला', 'निकाली', 'प्रकाशित'];
const PUBLISHER = new RegExp(`\\s+ने\\s+(?:ही\\s+)?(?:${PUBLISHED.join('|')})(?!\\p{L})`, 'u');
const IMPRINT = /(?:^|[।.!?]\s*)([^।.!?,]{2,40}?),\s*((?:19|20)\d{2})\s*।/u;

/** The house named before `ने छापा`: the words before it back to one of Hindi's grammar (`इसे`, `भी`), four at most. */
function house(text: string): string | undefined {
	const m = PUBLISHER.exec(text);
	if (!m) return undefined;
	const words = text.slice(0, m.index).split(/\s+/);
	const name: string[] = [];
	while (words.length && name.length < 4 && !hindiGrammar(words.at(-1)!)) name.unshift(words.pop()!);
	return name.length ? name.join(' ') : undefined;
}

/** What a Hindi paragraph under a work's heading says of its translator and its publisher, if anything. */
export function hindiImprint(text: string): Partial<Bib> | undefined {
	const translator = cleanName(TRANSLATED.exec(text)?.[1] ?? '');
	const imprint = IMPRINT.exec(text);
	const dated = imprint && !fullName(imprint[1]!.trim()) ? imprint : undefined;
	const publisher = house(text) ?? dated?.[1]!.trim();
	if (!translator && !publisher) return undefined;
	return {...(translator ? {contributors: [{name: translator, role: 'translator'}]} : {}),
		...(publisher ? {publisher} : {}), ...(dated ? {publishedAt: dated[2]!} : {})};
}
