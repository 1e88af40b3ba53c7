/**
 * Cover labels for NeverTooManyBooks' book pages, written by hand for `eval:extract` (its own labels count covers,
 * they do not name them). Each is a list of keys: the predicted image is the cover when its address contains one
 * (a store shows one cover at several sizes under different names: Amazon's `data-old-hires` and its `src`).
 * `null`: the page shows no cover (DNB's records show a generic picture of the medium, `Coverbilder/PAPIER.svg`).
 * Read from each page: the image the site shows as this edition's front cover (a `Cover` thumbnail, the `front`
 * photo, `#landingImage`, `#mainpic`, a `scan` row), not a back cover, a preview page or a series logo.
 */
export const NTMB_COVERS: Record<string, string[] | null> = {
	'amazon/parse01': ['711KtBjoFFL', '51KtBMJpr8L'],
	'amazon/parse02': ['8145dZl75mL', '51R4ZKCuT9L'],
	'amazon/parse11': ['81i11gQiUiS', '414vOF4DUhS'],
	'amazon/parse21': ['91L3LMR7WEL', '51dIuVyzd2L'],
	'bedetheque/parse01': ['Couvertures/Couv_19401'],
	'bol/parse01': ['qoxx8qNkyBDp'],
	'bol/parse03': ['gKE8jpMpWokY'],
	'bol/parse04': ['BQy39EVyvZKx'],
	'bookfinder/parse01': ['abebooks.com/isbn/9780441020348'],
	'dnb/parse9783426226681': null,
	'dnb/parse9783734163296': null,
	'douban/parse9787536692930_36892731': ['s34863232'],
	'douban/parse9787532190294_36897178': ['s34875559'],
	'isfdb/parse01': ['LKNTHNGNRT1986'],
	'isfdb/parse03': ['51M3iwTKywL'],
	'lastdodo/parse01': ['pdf_f54cda56-a78c-11e8-9d34-a4ad93065e38'],
	'lastdodo/parse02': ['pdf_c80a8cd2-371c-11ec-9f3a-a6cd3d1b3c24'],
	'stripinfo/parse01': ['i=413919&s=336348'],
	'stripinfo/parse02': ['i=6952&s=2060'],
	'stripinfo/parse03': ['i=307498&s=181604'],
	'stripinfo/parseIntegrale': ['i=355953&s=316016'],
	'stripinfo/parseIntegrale2': ['i=6252&s=17030'],
	'stripinfo/parseFavReeks2': ['i=100200&s=8155'],
	'stripweb/parse01': ['photolib/676671'],
	'stripweb/parse02': ['photolib/737420'],
	'stripweb/parse03': ['photolib/675483'],
};
