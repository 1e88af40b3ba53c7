import type {Site} from './site.ts';

/**
 * The book and comic catalogues of the Low Countries (bol.com, Stripinfo, Stripweb, LastDodo, Bédéthèque): their
 * details lists are read by the core, under the labels below that only they write, which travel here rather than in
 * the extractor every page gets (`Jaar`, `Pagina's`, a comic's `Planches` and `Dépot légal`).
 */
export const lowCountries: Site = {
	name: 'low-countries',
	test: /^(www\.)?(bol\.com|stripinfo\.be|stripweb\.be|lastdodo\.nl|bedetheque\.com)\//,
	extract: () => ({}),
	labels: {
		publisher: ['Hoofduitgeverij', 'Uitgever(s)'],
		date: ['Oorspronkelijke releasedatum', 'Releasedatum', 'Verschijningsdatum', 'Jaar', 'Dépot légal'],
		pages: ["Aantal pagina's", 'Aantal bladzijden', "Pagina's", 'Planches'],
	},
};
