import type {Site} from './site.ts';
import {labelled, textAt} from './site.ts';

const CURRENCY: Record<string, string> = {'co.uk': 'GBP', de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', 'co.jp': 'JPY', cn: 'CNY', ca: 'CAD', in: 'INR', 'com.au': 'AUD', com: 'USD', 'com.br': 'BRL', 'com.mx': 'MXN'};
const PUBLISHER = ['Publisher', 'Herausgeber', 'Verlag', 'Editorial', 'Éditeur', 'Editore', 'Uitgever', '出版社'];
const LANGUAGE = ['Language', 'Sprache', 'Idioma', 'Langue', 'Lingua', 'Taal', '言語', '语种'];
const PAGES = ['Print length', 'Hardcover', 'Paperback', 'Taschenbuch', 'Gebundene Ausgabe', 'Seitenzahl der Print-Ausgabe', 'Tapa blanda', 'Tapa dura', 'Longitud de impresión', 'Broché', 'Relié', 'Nombre de pages de l\'édition imprimée', 'Copertina flessibile', 'Copertina rigida', '平装', '精装'];
const DATE = ['Publication date', 'Erscheinungstermin', 'Fecha de publicación', 'Date de publication', 'Data di pubblicazione', '出版日期'];
const ISBN = ['ISBN-13', 'ISBN-10'];

/** The cover: the largest entry of `data-a-dynamic-image`, else `data-old-hires`, else `src`. */
function cover(doc: Document): string | undefined {
	const img = doc.querySelector('#landingImage, #imgBlkFront, #ebooksImgBlkFront, #main-image');
	try {
		const sizes = Object.entries(JSON.parse(img?.getAttribute('data-a-dynamic-image') ?? '{}') as Record<string, number[]>);
		sizes.sort(([, a], [, b]) => (b[0] ?? 0) - (a[0] ?? 0));
		if (sizes[0]) return sizes[0][0];
	} catch { /* Malformed JSON in an attribute: fall back to the plain attributes */ }
	return img?.getAttribute('data-old-hires') || img?.getAttribute('src') || undefined;
}

/** amazon.*: no Open Graph and no JSON-LD; `#productTitle`, `#bylineInfo .author`, the product details list. */
export const amazon: Site = {
	name: 'amazon',
	test: /^(www\.|smile\.)?amazon\.(com|co\.uk|de|fr|es|it|nl|co\.jp|cn|ca|in|com\.au|com\.br|com\.mx)\//,
	extract({doc, url}) {
		const details = [...doc.querySelectorAll('#detailBullets_feature_div li, #productDetailsTable li, #detail_bullets_id li, .rpi-attribute-content')]
			.slice(0, 60).map(el => (el.querySelector('.rpi-attribute-label') ? `${el.querySelector('.rpi-attribute-label')!.textContent}: ${el.querySelector('.rpi-attribute-value')?.textContent}` : el.textContent)).join('\n');
		const fields = labelled(details, [...PUBLISHER, ...LANGUAGE, ...PAGES, ...DATE, ...ISBN]);
		const get = (labels: string[]) => labels.map(l => fields.get(l)).find(Boolean);
		const publisher = get(PUBLISHER);
		const authors = [...doc.querySelectorAll('#bylineInfo .author')].map(el => `${el.querySelector('a')?.textContent ?? ''} ${el.querySelector('.contribution')?.textContent ?? ''}`);
		const isBook = !!doc.querySelector('[id^="rpi-attribute-book_details"], #bookDescription_feature_div, #booksTitle');
		return {
			kind: isBook ? 'book' : undefined,
			title: textAt(doc, '#productTitle') ?? textAt(doc, '#ebooksProductTitle'),
			authors,
			publisher: publisher?.replace(/\s*[(;].*$/, ''),
			publishedAt: get(DATE) ?? /\(([^)]+)\)/.exec(publisher ?? '')?.[1],
			language: get(LANGUAGE)?.split(/[\s,:;]/)[0],
			isbn: [get(['ISBN-13']), get(['ISBN-10'])],
			duration: {pages: parseInt(get(PAGES) ?? '', 10)},
			description: textAt(doc, '#bookDescription_feature_div .a-expander-content') ?? textAt(doc, '#productDescription'),
			image: [cover(doc)],
			price: {amount: textAt(doc, '#price, #kindle-price, #price_inside_buybox, #corePrice_feature_div .a-offscreen, .a-color-price'),
				currency: CURRENCY[url.hostname.replace(/^.*?amazon\./, '')]},
			provider: 'Amazon',
			siteName: 'Amazon',
		};
	},
};
