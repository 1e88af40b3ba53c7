/**
 * A people's cell or line may name who gives a work rather than who made it: an organisation alone, one word with a
 * capital inside it as companies write their names (`PortSwigger`, `freeCodeCamp`, `DeepLearning.AI`), or the names
 * then the organisation in brackets (`Nickolai Zeldovich, James Mickens (MIT OpenCourseWare)`): the people its
 * authors, the organisation its publisher.
 */
import {personNames} from './names.ts';

/** One word with a capital inside it; surnames written so (`McConnell`, `DeMarco`, `LeGuin`) aside. */
const INNER_CAPITAL = /^(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|O['’]))\p{L}*\p{Ll}\p{Lu}[\p{L}.]*$/u;
/** Names, then a bracket closing the cell. */
const NAMES_THEN_BRACKET = /^(.{4,120}?)\s*[(（]([^()（）\d]{2,40})[)）]$/u;

/** The people and the organisation a cell names, when it names an organisation. */
export function organisation(text: string): {people: string[]; publisher: string} | undefined {
	const trimmed = text.trim();
	if (INNER_CAPITAL.test(trimmed)) return {people: [], publisher: trimmed};
	const m = NAMES_THEN_BRACKET.exec(trimmed);
	const people = m ? personNames(m[1]!) : undefined;
	return people ? {people, publisher: m![2]!.trim()} : undefined;
}
