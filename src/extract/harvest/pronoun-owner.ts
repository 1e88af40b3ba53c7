/**
 * A sentence opening with a pronoun that makes the work it names (`She also co-hosts the <a>…</a> podcast with B`,
 * `He teaches <a>…</a>`), as replies in a thread go on about the person they just credited: the pronoun is that one,
 * the only person the work named right before it (its line or the one above) credits.
 */
import type {Candidate} from './item.ts';

/** She or he, then the verb of making it (`co-hosts`, `runs`, `teaches`, `wrote`), maybe `also` between. */
const MAKES = ['(?:co-?)?hosts?', 'runs?', 'teach(?:es)?', 'taught', 'writes?', 'wrote', 'presents?', 'narrates?'];
const PRONOUN_MAKES = new RegExp(`^(?:She|He)\\s+(?:also\\s+)?(?:${MAKES.join('|')})\\b`);

/** Credits each work so named to the one person the work before it credits, first among its people. */
export function pronounOwners(found: Candidate[]): void {
	for (let k = 1; k < found.length; k++) {
		const work = found[k]!;
		const before = found[k - 1]!;
		const [owner, ...more] = before.authors ?? [];
		if (!owner || more.length || before.seg < work.seg - 1 || !PRONOUN_MAKES.test(work.context ?? '')) continue;
		work.authors = [owner, ...(work.authors ?? []).filter(name => name !== owner)];
	}
}
