import type {Site} from './site.ts';

/**
 * The currency of the stores, by their domain's ending, whose price's symbol says another (`$` in Canada or
 * Singapore, `¥` in Japan) or none the core knows; the others' symbol names it (`£`, `€`, `$` on amazon.com, `¥` on
 * amazon.cn).
 */
const CURRENCY: Record<string, string> = {
	in: 'INR', ca: 'CAD', sg: 'SGD', 'com.au': 'AUD', 'com.br': 'BRL', 'com.mx': 'MXN', 'co.jp': 'JPY',
};

/**
 * amazon.*: no Open Graph and no JSON-LD; `#productTitle`, `#bylineInfo .author`, the cover and the price. The
 * product details list (publisher, date, language, pages, ISBN) is read by the core's details reader.
 */
export const amazon: Site = {
	name: 'amazon',
	// Every store (amazon.com, .co.uk, .com.au, .se...): one page layout.
	test: /^(www\.|smile\.)?amazon\.[a-z]{2,3}(\.[a-z]{2})?\//,
	extract({doc, url, textAt}) {
		const authors = [...doc.querySelectorAll('#bylineInfo .author')]
			.map(el => [...el.querySelectorAll('a,.contribution')].map(part => part.textContent).join(' '));
		// The cover: the largest entry of `data-a-dynamic-image` (address: [width, height]), else `data-old-hires`,
		// else `src`.
		const img = doc.querySelector('#landingImage,#imgBlkFront,#ebooksImgBlkFront,#main-image');
		let cover: string | null | undefined;
		try {
			cover = Object.entries(JSON.parse(img!.getAttribute('data-a-dynamic-image')!) as Record<string, number[]>)
				.sort((a, b) => b[1]![0]! - a[1]![0]!)[0]![0];
		} catch { // No image, no such attribute, an empty or malformed map: the plain attributes
			cover = img?.getAttribute('data-old-hires') || img?.getAttribute('src');
		}
		return {
			// (a part only a book's page has)
			kind: doc.querySelector('[id^=rpi-attribute-book_details],#bookDescription_feature_div,#booksTitle')
				? 'book' : undefined,
			title: textAt('#productTitle') ?? textAt('#ebooksProductTitle'),
			authors,
			description: textAt('#bookDescription_feature_div .a-expander-content,#productDescription'),
			image: [cover],
			// The buy box's price is this format's; the first `.a-color-price` may be another's (a Kindle swatch).
			price: {
				amount: textAt('#price,#kindle-price,#price_inside_buybox,#corePrice_feature_div .a-offscreen') ?? textAt('.a-color-price'),
				currency: CURRENCY[url.hostname.split('amazon.')[1]!], // (the store's domain ending)
			},
			provider: 'Amazon',
			siteName: 'Amazon',
		};
	},
};
