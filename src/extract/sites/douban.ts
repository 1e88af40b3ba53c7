import type {Site} from './site.ts';

const LABELS = ['作者', '译者', '出版社', '出品方', '副标题', '原作名', '出版年', '页数', '定价', '装帧', '丛书', 'ISBN', '统一书号'];
const names = (value?: string) => (value ? value.split(/\s*\/\s*/) : []);

/** book.douban.com/subject/N: the `#info` block (作者 / 译者 / 出版社 / 出版年 / 页数 / 定价 / ISBN) and the full intro. */
export const douban: Site = {
	name: 'douban',
	test: /^book\.douban\.com\/subject\//,
	extract({doc, textAt, labelled}) {
		// (its text trimmed: the values after its labels are trimmed anyway)
		const info = labelled(textAt('#info') ?? '', LABELS);
		return {
			kind: 'book',
			title: textAt('h1 [property="v:itemreviewed"]') ?? textAt('h1'),
			authors: names(info.get('作者')),
			contributors: names(info.get('译者')).map(name => ({name, role: 'translator'})),
			publisher: info.get('出版社') ?? info.get('出品方'),
			publishedAt: info.get('出版年'),
			// (A missing label reads as `undefined`: no number, and no dollar.)
			duration: {pages: parseInt(info.get('页数') as string)},
			price: {amount: info.get('定价'), currency: /[$]|USD/.test(info.get('定价') as string) ? 'USD' : 'CNY'},
			isbn: [info.get('ISBN')],
			description: [...doc.querySelectorAll('#link-report .intro')].at(-1)?.textContent,
			// The thumbnail (`/s/public/`) links to the large cover (`/l/public/`).
			image: [doc.querySelector('#mainpic a[href*="doubanio"]')?.getAttribute('href'),
				doc.querySelector('#mainpic img')?.getAttribute('src')],
			provider: '豆瓣读书',
		};
	},
};
