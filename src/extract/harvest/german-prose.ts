/**
 * What a German comment under a work's heading says of its translators, in a sentence of its own: `Die 2. Auflage ist
 * von Marcus Fraaß übersetzt`, `Übersetzt hat es Frank Langenau.`, `Übersetzung: Kristian Rother und Thomas Demmig.`
 */
import type {Bib} from './biblio.ts';
import {fullName} from './biblio.ts';

/** Regex source: a full name as a sentence writes it (`Marcus Fraaß`, `Frank Langenau`), or two joined by `und`. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*`;
const NAMES = `${NAME}(?:\\s*(?:,|und)\\s+${NAME})*`;
/** The three wordings, each opening a sentence or its clause. */
const TRANSLATED = [
	new RegExp(String.raw`(?:^|[.!?]\s+)Übersetzt\s+ha(?:t|ben)\s+(?:es|sie|ihn)\s+(${NAMES})(?=\s*[.,;!?]|$)`, 'u'),
	new RegExp(String.raw`\b(?:ist|wurde|sind|wurden)\s+von\s+(${NAMES})\s+übersetzt\b`, 'u'),
	new RegExp(String.raw`(?:^|[.!?]\s+)Übersetzung\s*:\s*(${NAMES})(?=\s*[.;!?]|$)`, 'u'),
	// (or a clause closing a credit line: `von A (House, 2021), übersetzt von B`)
	new RegExp(String.raw`[,;–—]\s*übersetzt\s+von\s+(${NAMES})(?=\s*[.;!?]|$)`, 'u'),
];

/** The translators a German paragraph names so, if any. */
export function germanTranslators(text: string): Partial<Bib> | undefined {
	if (!/übersetz/iu.test(text)) return undefined;
	for (const wording of TRANSLATED) {
		const names = wording.exec(text)?.[1]?.split(/\s*(?:,|\bund\b)\s*/u).map(name => name.trim());
		if (names?.length && names.every(name => fullName(name))) {
			return {contributors: names.map(name => ({name, role: 'translator'}))};
		}
	}
	return undefined;
}
