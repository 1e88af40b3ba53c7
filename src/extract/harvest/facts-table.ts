/**
 * A work's facts set as a small table of label and value rows under its title (`著者 | 仙塲大也`, `出版社 | 技術評論社`,
 * `Publisher | Pearson`), as Markdown posts and wikis lay them out: each row is read as the labelled line it stands
 * for.
 */
import {each} from '../dom.ts';
import {FACT_LABELS} from './biblio.ts';
import {squash} from './text.ts';

/** The labels of a work's facts, in the languages of the posts users read (a card's labels as its lines write them). */
const LABELS = ['著者', '作者', '訳者', '译者', '譯者', '監訳', '編者', '编者', '出版社', '発売日', '発行日', '出版日', '出版年',
	'出版时间', 'ISBN', 'authors?', 'translators?', 'editors?', 'publisher', 'publication date', 'release date',
	...FACT_LABELS];
const LABEL = new RegExp(String.raw`^(?:${LABELS.join('|')})(?:\(s\))?\s*[:：]?$`, 'iu');

/**
 * The rows of a facts table, each its label and its value's cell: every row two cells, two at least labelled, the
 * first alone may be a header (`項目 | 内容`). Not a table of works: their header names the columns, no row a fact.
 */
export function factRows(table: Element): [string, Element][] | undefined {
	const rows = [...each((table as HTMLTableElement).rows ?? [], 30)];
	if (rows.length > 20 || rows.some(row => row.cells.length !== 2)) return undefined;
	const read = rows.map(row =>
		[squash(row.cells[0]!.textContent ?? '').replace(/[:：]$/, ''), row.cells[1]!] as const);
	const labelled = read.filter(([label]) => LABEL.test(label));
	const unlabelled = read.filter(([label]) => !LABEL.test(label));
	if (labelled.length < 2 || unlabelled.length > 1 || (unlabelled[0] && unlabelled[0] !== read[0])) return undefined;
	return labelled.map(([label, cell]) => [label, cell]);
}
