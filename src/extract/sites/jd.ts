import type {Site} from './site.ts';

// (Any order: labelled() tries the longest first and names each by its exact text.)
const LABELS = [
	'ISBN', '出版社', '出版时间', '版次', '页数', '字数', '商品编码', '包装', '开本',
	'用纸', '套装数量', '译者', '作者', '丛书名', '正文语种', '品牌', '外文名称',
];

/** item.jd.com: `.sku-name`, the `#p-author` byline and the `出版社：/ISBN：/出版时间：` parameter list. */
export const jd: Site = {
	name: 'jd',
	test: /^(item|e)\.jd\.com\//,
	extract({doc, textAt, labelled}) {
		const params = labelled([...doc.querySelectorAll('#parameter2 li,.p-parameter li,#detail .parameter2 li')]
			.slice(0, 60).map(li => li.textContent).join('\n'), LABELS);
		return {
			title: textAt('.sku-name') ?? textAt('#name h1'),
			authors: [textAt('#p-author') ?? params.get('作者')],
			// (none: no list, as an empty one is none to the picker)
			contributors: params.get('译者')?.split(/[,，、]/).map(name => ({name, role: 'translator'})),
			publisher: params.get('出版社'),
			publishedAt: params.get('出版时间'),
			isbn: [params.get('ISBN')],
			duration: {pages: parseInt(params.get('页数') as string, 10)}, // (none: NaN, which the picker drops)
			price: {amount: textAt('.p-price .price,.summary-price .p-price'), currency: 'CNY'},
			image: [doc.querySelector('#spec-img')?.getAttribute('data-origin')
				?? doc.querySelector('#spec-img')?.getAttribute('src')],
			provider: '京东',
			siteName: '京东',
		};
	},
};
