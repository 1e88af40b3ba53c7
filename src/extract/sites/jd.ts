import type {Site} from './site.ts';

/**
 * item.jd.com: `.sku-name`, the `#p-author` byline and the parameter list, a `出版社：/ISBN：/出版时间：` pair to each
 * `<li>`.
 */
export const jd: Site = {
	name: 'jd',
	test: /^(item|e)\.jd\.com\//,
	extract({doc, textAt}) {
		const params = new Map([...doc.querySelectorAll('#parameter2 li,.p-parameter li,#detail .parameter2 li')]
			.slice(0, 60).map(li => li.textContent!.split(/[:：]/).map(t => t.trim()) as [string, string]));
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
