/**
 * A post whose works are numbered headings names each one's people the same way: where two of its other headings'
 * works have their people, the short Han name a heading sets before its title is its author's, though no common
 * surname opens it (`3. 阮一峰《JavaScript 教程》` among `1. 《Title》` headings credited under them).
 */
import type {Candidate} from './item.ts';

/** Gives the heading works in `numbered` their waiting names, where two other such works have people. */
export function headingNames(found: Candidate[], numbered: Set<number>): void {
	const headed = found.filter(c => numbered.has(c.seg));
	const credited = headed.filter(c => c.authors?.length).length;
	for (const c of headed) {
		if (c.unproven && !c.authors?.length && credited >= 2) c.authors = c.unproven;
	}
}
