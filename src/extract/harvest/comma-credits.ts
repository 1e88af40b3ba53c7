/**
 * A list's item written as Italian school and library lists set a work, its fields parted by commas and a note after a
 * spaced dash: `Author, Title, trad. di Translator, House – why to read it`. The author opens it, a full name; the
 * house closes it, a few capitalised words; the translator's credit, if any, comes before the house. Only a line so
 * shaped whole is read: a sentence with commas has no full name before its first one and a house after its last.
 */
import {fullName} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {parsePeople} from './people.ts';
import type {Segment} from './segments.ts';
import {cleanTitle, stripNumbering} from './text.ts';

/** A house: one to three capitalised words, no digits (`Salani`, `Einaudi Ragazzi`, `Adelphi`). */
const HOUSE = /^\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,2}$/u;
/** The note after the fields: a spaced dash and what follows. */
const NOTE = /\s+[–—-]\s+.*$/su;

/** The work a list item writes as `Author, Title, [trad. di X,] House – note`, or undefined. */
export function commaCredited(seg: Segment, ctx: Context): Candidate | undefined {
	if (seg.tag !== 'LI' || seg.links.length || seg.text.length > 400) return undefined;
	const text = stripNumbering(seg.text);
	const shift = seg.text.length - text.length;
	const fields = text.replace(NOTE, '').replace(/\.\s*$/u, '').split(/\s*,\s+/u);
	if (fields.length < 3 || fields.length > 4) return undefined;
	const author = fullName(fields[0]!);
	const house = fields.at(-1)!;
	// (a house named for its founders reads as a name, `Einaudi Ragazzi`: the title between them says which is which)
	if (!author || !HOUSE.test(house)) return undefined;
	// (the translator's credit in the words the people reader knows: `trad. di X`, `traduzione di X`, `trad. X`)
	const translated = (field = '') => parsePeople(field).contributors.find(c => c.role === 'translator')?.name;
	const translator = fields.length === 4 ? fullName(translated(fields[2]) ?? '') : undefined;
	if (fields.length === 4 && !translator) return undefined;
	const title = cleanTitle(fields[1]!);
	if (title.length < 2 || fullName(title) || translated(title)) return undefined;
	const start = text.indexOf(fields[1]!, fields[0]!.length) + shift;
	return item(title, seg, {start, end: start + fields[1]!.length}, ctx, {
		authors: [author], contributors: translator ? [{name: translator, role: 'translator'}] : [], publisher: house,
	}, {});
}
