/**
 * A line's credit closing on an appositive that says what the work is (`<a>Out of the Tar Pit</a> – Ben Moseley et
 * Peter Marks (2006), le papier dont on parle…`, `<a>T</a> – A (1968), l'article à l'origine…`, `— A (2012), the talk
 * that…`): the kind it names is the work's, whatever its section's heading says (`Conférences et papiers` names two).
 */
import type {Kind} from '../../core/types.ts';
import type {Candidate} from './item.ts';
import type {Segment} from './segments.ts';

/** Kind nouns an appositive opens with, in English, French, Spanish, Italian and German, and what each names. */
const NOUNS: [string[], Kind][] = [
	[['paper', 'papier', 'papers', 'papiers', 'artículo', 'articolo'], 'paper'],
	[['article', 'essay', 'essai', 'post', 'billet'], 'article'],
	[['talk', 'conférence', 'keynote', 'charla', 'vortrag'], 'video'],
	[['book', 'livre', 'libro', 'buch', 'roman', 'novel'], 'book'],
	[['course', 'cours', 'curso', 'corso', 'kurs'], 'course'],
	[['podcast'], 'podcast'],
];
const KIND_OF = new Map(NOUNS.flatMap(([words, kind]) => words.map(word => [word, kind] as const)));
const ARTICLES = ['the', 'a', 'an', 'le', 'la', 'les', "l['’]", 'un', 'une', 'el', 'il', 'lo', 'der', 'die', 'das'];
/** A bracket closing the credit, a comma, an article and the kind noun, maybe after one word (`the classic paper`). */
const APPOSITIVE = new RegExp(`^[^()\\n]{0,80}\\([^()\\n]{0,40}\\)\\s*,\\s*(?:${ARTICLES.join('|')})\\s*`
	+ `(?:\\p{L}+\\s+)??(\\p{L}+)`, 'iu');

/** Gives each work whose line's credit closes on such an appositive the kind it names. */
export function closingAppositives(segs: Segment[], found: Candidate[]): void {
	for (const c of found) {
		const text = segs[c.seg]?.text;
		const at = text ? text.indexOf(c.title) : -1;
		if (at < 0 || !/^(?:LI|P)$/.test(segs[c.seg]!.tag)) continue;
		const noun = APPOSITIVE.exec(text!.slice(at + c.title.length))?.[1]?.toLowerCase();
		const kind = noun ? KIND_OF.get(noun) : undefined;
		if (kind) c.kind = kind;
	}
}
