/**
 * A bibliography that sets each work as a definition list of its facts, its title one of them (`<dt>Title</dt>
 * <dd>Critical Chain</dd><dt>Authors</dt><dd>…</dd><dt>Reference</dt><dd>North River Press</dd><dt>Year</dt>
 * <dd>1997</dd>`), as course pages give their reading lists and catalogues their records: each list is one work. Its
 * authors' field may name an institution (`Project Management Institute`); its reference field opens with the house,
 * an edition or a place after a comma (`Wiley, 12th edition`), or says where to read it (`Free at <a>site</a>`): its
 * link is the work's address.
 */
import {bibIn} from './biblio.ts';
import {item, type Candidate, type Context} from './item.ts';
import {sectionKind} from './kind.ts';
import {AUTHOR_LABELS} from './people.ts';
import type {Segment} from './segments.ts';
import {TITLE_WORDS} from './tables.ts';
import {cleanTitle, YEAR_ALONE} from './text.ts';

/** A term labelling the work's title, as a table heads its title column (`Title`, `Título`, `Titel`, `书名`). */
const TITLE_TERM = new RegExp(`^\\s*(?:${TITLE_WORDS.join('|')})\\s*[:：]?\\s*$`, 'iu');
/** A term labelling where the work was published, its house first (`Reference`, `Referência`, `Référence`). */
const REFERENCES = ['references?', 'referência', 'referencia', 'référence', 'riferimento', 'referenz', 'imprint'];
const REFERENCE_TERM = new RegExp(`^\\s*(?:${REFERENCES.join('|')})\\s*[:：]?\\s*$`, 'iu');
/** A house's name opening a reference: capitalised words, maybe joined by a dash or a small word (`FCA – Editora`). */
const HOUSE = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:[–—-]|de|of|and|&|\p{Lu}[\p{L}'’&.-]*)){0,6}$/u;
/** A name of words each capitalised: an institution credited as a work's author. */
const INSTITUTION = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|de|\p{Lu}[\p{L}'’&.-]*)){1,6}$/u;

/** The authors' fact, as labelled (`Authors: …`, `Autores: …`). */
const AUTHORS_FACT = new RegExp(`^\\s*(?:authors?|${AUTHOR_LABELS.join('|')})\\s*[:：]\\s*(.+)$`, 'iu');

const isTerm = (seg: Segment | undefined) => seg?.tag === 'DT';
const isDefinition = (seg: Segment | undefined) => seg?.tag === 'DD';
/** A line of the record's facts: its list's next term or definition, up to the next work's title term. */
const isFact = (seg: Segment | undefined) => (isTerm(seg) || isDefinition(seg)) && !TITLE_TERM.test(seg!.text);

/** The house a reference field opens with, before its edition or place; none where it says where to read the work. */
function houseIn(reference: Segment): string | undefined {
	if (reference.links.length) return undefined;
	const head = reference.text.split(',')[0]!.trim();
	return HOUSE.test(head) ? head : undefined;
}

/** The works of the page's definition lists that label each one's title; `read` the segments they take. */
export function titledTerms(segs: Segment[], page: URL): {works: Candidate[]; read: Set<number>} {
	const works: Candidate[] = [];
	const read = new Set<number>();
	for (let i = 0; i < segs.length; i++) {
		if (!isTerm(segs[i]) || !TITLE_TERM.test(segs[i]!.text) || !isDefinition(segs[i + 1])) continue;
		const title = cleanTitle(segs[i + 1]!.text);
		// Its facts: a term and its definition, or a definition already joined to its label (term-labels.ts)
		const facts: string[] = [];
		let publisher: string | undefined;
		let url: string | undefined;
		let end = i + 2;
		while (end < segs.length && isFact(segs[end])) {
			const [seg, next] = [segs[end]!, segs[end + 1]];
			const pair = isTerm(seg) && isDefinition(next);
			const definition = pair ? next! : seg;
			if (pair && REFERENCE_TERM.test(seg.text)) publisher = houseIn(definition);
			else facts.push(pair ? `${seg.text.trim()}: ${definition.text}` : seg.text);
			url ??= definition.links[0]?.url.href;
			end += pair ? 2 : 1;
		}
		const bib = bibIn(facts.join('\n'));
		const authorsField = facts.map(f => AUTHORS_FACT.exec(f)?.[1]?.trim()).find(Boolean);
		if (!bib.authors.length && authorsField && INSTITUTION.test(authorsField)) bib.authors = [authorsField];
		if (publisher) bib.publisher ??= publisher;
		// (a fact that is a year alone is the work's, whatever its term calls it: `Year`, `Ano`, `Published`)
		bib.publishedAt ??= facts.map(f => /[:：]\s*(\S+)$/u.exec(f)?.[1] ?? '').find(v => YEAR_ALONE.test(v));
		if (title.length < 2 || (!bib.authors.length && !bib.publishedAt)) continue;
		const ctx: Context = {page, seg: i, refSection: false, afterHeading: false};
		const section = sectionKind(segs[i]!.heading);
		if (section) ctx.section = section;
		const line = segs[i + 1]!;
		works.push(item(title, line, {start: 0, end: line.text.length}, ctx, bib, url ? {url} : {}));
		for (let k = i; k < end; k++) read.add(k);
		i = end - 1;
	}
	return {works, read};
}
