import {applyPatch, emptyDoc, type ItemDoc, type ItemPatch} from '../../../src/core/item-doc.ts';
import {formatStamp} from '../../../src/core/hlc.ts';
import {KINDS, STATUSES} from '../../../src/core/types.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';

/**
 * A large, realistic reading list (issue 17): English and Chinese titles, one or two authors, 1-5 topics, every kind
 * and status. Pure and deterministic in `n`, so a test can compute in Node what the background generated.
 */

const EN_SUBJECTS = ['Kubernetes', 'Distributed Systems', 'Deep Learning', 'Rust', 'Go', 'Database Internals',
	'Compilers', 'Typography', 'Product Design', 'Computer Networks', 'Statistics', 'Category Theory',
	'Site Reliability', 'Linear Algebra'];
const EN_FORMS = ['Patterns', 'in Action', ': The Definitive Guide', 'from Scratch', 'for Practitioners',
	'Explained', 'Cookbook'];
const ZH_SUBJECTS = ['分布式系统', '机器学习', '数据库', '编译原理', '云原生', '操作系统', '算法', '产品设计', '计算机网络'];
const ZH_FORMS = ['深入理解', '实战', '从零开始学', '原理与实践：', '权威指南：', '精要'];
const FIRST = ['Martin', 'Brendan', 'Ursula', 'Grace', 'Donald', 'Barbara', 'Leslie', 'Frances', 'Ken', 'Radia'];
const LAST = ['Kleppmann', 'Burns', 'Franklin', 'Hopper', 'Knuth', 'Liskov', 'Lamport', 'Allen', 'Thompson',
	'Perlman', 'Ng'];
const ZH_NAMES = ['周志明', '李航', '吴军', '陈皓', '刘未鹏', '王垠', '张逸'];
/** Topic names, some Chinese; each item takes 1-5 consecutive ones. */
export const WORK_TOPICS = ['kubernetes', 'cloud-native', 'go', 'databases', 'network', '机器学习', 'rust', 'design',
	'statistics', 'sre', '分布式', 'compilers'];

/** The note of one work in a hundred (n % 100 === 50): 1,000 of 100,000, a selection for bulk edits. */
export const READING_GROUP = 'Picked for the reading group.';

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** The topics of work `n`: 1 to 5 of WORK_TOPICS, none twice. */
export function workTopics(n: number): string[] {
	const count = 1 + (n % 5);
	const start = Math.floor(n / 5) % WORK_TOPICS.length;
	return Array.from({length: count}, (_, i) => pick(WORK_TOPICS, start + i));
}

/** Work `n` as the patch a save would write; its title holds `n`, so searching for the number finds it. */
export function generatedWork(n: number, urlBase: string): ItemPatch & {url: string} {
	const chinese = n % 3 === 0;
	const title = chinese ? `${pick(ZH_FORMS, n >> 2)}${pick(ZH_SUBJECTS, n)}（第${n}版）`
		: `${pick(EN_SUBJECTS, n)} ${pick(EN_FORMS, n >> 3)} (No. ${n})`.replace(' :', ':');
	const author = chinese ? pick(ZH_NAMES, n >> 1) : `${pick(FIRST, n >> 1)} ${pick(LAST, n >> 2)}`;
	return {
		url: `${urlBase}${n}`, title, kind: pick(KINDS, n), status: pick(STATUSES, n >> 1),
		authors: n % 7 === 0 ? [author, `${pick(FIRST, n)} ${pick(LAST, n)}`] : [author], topics: workTopics(n),
		notes: n % 100 === 50 ? READING_GROUP : n % 10 === 0 ? `Chapter ${n % 40} is the one to reread.` : '',
		addedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString(),
	};
}

/** Works `offset` to `offset + count - 1` as CRDT docs, built with the same functions a save uses. */
export function generatedDocs(count: number, offset: number, urlBase: string): ItemDoc[] {
	return Array.from({length: count}, (_, index) => {
		const n = index + offset;
		const work = generatedWork(n, urlBase);
		const t = formatStamp({wall: Date.UTC(2024, 0, 1) + n * 60_000, counter: 0, node: 'generated'});
		return applyPatch(emptyDoc(itemIdForUrl(work.url), t), work, t);
	});
}
