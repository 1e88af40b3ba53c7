import {clean, loose} from './text.ts';

/** A person with the role a page gave them; authors are the `author` role. */
export type Person = {name: string; role: 'author' | 'translator' | 'editor' | 'narrator' | 'instructor' | 'other'};

/** An author's own label, as a byline or a store's credit opens with it (`Author:`, `Autor:`, `著`). */
export const AUTHOR = /^(author|autor|auteur|著|作者|writer|schrijver|escritor|저|지음)/i;
/** Splits one byline-ish string into people, dropping "By", "(Author)", "Visit the ... Store" and junk. */
const parse = (line: string, fallback: Person['role']): Person[] => {
	if (/^(www\.|https?:)/i.test(line)) return []; // Profile links (article:author) are not names
	// An aside in brackets that names others or lists (`(avec A et B)`, `($70K/mo)`), or credits someone with a label
	// of their own (`Lea Brandt (Fotos: B)`: the photographer's), is no role label: dropped before the split, which
	// would cut it into halves.
	// (a catalogue's heading closes on the life dates: `Hofstadter, Douglas R., 1945-`, `Prus, Bolesław (1847-1912)`)
	// (and any one or two words before a colon are a label too: Hungarian `Szerző:`, Norwegian `Tekst:`, Vietnamese
	// `Tác giả:`, with its feminine or plural ending in brackets: `Autor(a):`, `Tradutor(es):`; a colon after the names
	// ends them: a listing heads its title with its author, `Wendt, Jonas: Die Fährleute`)
	let text = line.replace(BY, '').replace(/^[\p{L}()]+( \p{L}+)?[:：] *|[:：]$|(, | \()\d{4}-\d*\)?$|^[^·]*\d{4} · /gu, '')
		.replace(/\s*[(（][^()（）]*?([,;:&、，；/|•\n]|\b(avec|with|and|und|et|y|en)\b)[^()（）]*[)）]/gi, '');
	// "Reynolds, Alastair": one comma with a single word before it is a sorted name, not two people.
	if (!/ (and|&) /.test(text) && text.split(' ').length <= 4) text = text.replace(/^([^\s,]+), ([^,]+)$/, '$2 $1');
	const people: Person[] = [];
	// (`e` joins the last two names in Portuguese and Italian: in lower case only, `K. E. Mills` being one name; a
	// mainland paper names its correspondent after its reporter: `记者 A 通讯员 B`, and parts its reporters' names by
	// spaces alone: `澎湃新闻记者 A B`, as mainland sites their writers' after a bar: `文｜A B`; a Japanese name, `記者` in
	// its own script, may hold one: `佐伯 遥`; Arabic writes its own comma, `أحمد سمير، و`; a store lists its credits
	// one after another, each labelled: `Autor: A B Illustration: C`, after a name of two words or more)
	for (const [i, raw] of text.replace(/记者|[文者]\s*[|｜]/.test(line) ? / e | /g : / e /g, ',')
		.split(/\s*(?:[,;&、，；/／|•\n،]| (?:and|und|et|y|en) |通讯员|(?<=\S \S+) (?=[^\s:]+: ))\s*/i).entries()) {
		// From a job title, a place or an outlet on, the byline is the people's affiliation.
		if (i > 0 && (PLACE.test(raw) || AFTER_NAMES.test(raw))) break;
		let role = fallback;
		// (the label's group, else the whole label: `Fotos: ` before a name; a label no role opens is another credit,
		// but three words or more in brackets say where the name works: `Ieva Zālīte (Latvijas Radio Ziņu dienests)`)
		const labelled = (all: string, label?: string) =>
			((role = ROLES.find(([test]) => test.test(label ?? all))?.[1] ?? (/ \S+ /.test(label!) ? role : 'other')),
			'');
		// (and the button beside a name: `陳建宏 追蹤作者`, `Jane Doe Follow`; the day after a dash, or the dash alone:
		// `Name — Monday, 10…`, `Name —`, or after `Published`, the line going on to the dates: `A | B Published
		// November 4, 2025 Updated…`;
		// a role after the name in Chinese, Japanese or Korean: `A 著`, `한강 저`, the cover's picture `B 装画`; a later
		// part's own label, a word and a colon, as news sites credit their photographers: `Text: A, Fotos: B`, `Kuva:`;
		// and academic titles before a full name, `Prof. Dr. Katrin Berger`, `Dra. Ana Lima`, but not `Dr. Seuss`)
		const part = raw.split(/ [—–]/)[0]!.replace(/\s*[[(（【]([^)）\]】]{1,30})[)）\]】]\s*$/, labelled)
			.replace(/\s*(编著|主编|编|著|[译譯訳]|저|지음|옮김|역|装画)$|^[\p{L}()]+[:：]\s*/u, labelled)
			.replace(/^\s*([[(（【][^)）\]】]{1,6}[\])）】]|((Dr|Prof)a?\. ?)+(?=\S+ ))\s*/, '')
			.replace(/\s((follow|suivre|folgen|追蹤|关注|關注|フォロー|기자)\S*( \S+)?$|published.*|on behalf .*)/i, '');
		const name = unshout(clean(part, 100) ?? '');
		if (name.length < 2 || name.split(' ').length > 6 || NOT_NAME.test(name)) continue;
		people.push({name, role});
	}
	return people;
};

/** People from raw values (strings already resolved from JSON-LD objects), deduplicated and capped. */
export const parsePeople = (values: unknown[], role: Person['role'] = 'author'): Person[] => {
	const seen = new Set<string>();
	const out: Person[] = [];
	for (const value of values.slice(0, 50)) {
		const text = clean(value, 400);
		if (!text) continue;
		for (const person of parse(text, role)) {
			const key = loose(person.name);
			if (!key || seen.has(key) || out.length >= 30) continue;
			seen.add(key);
			out.push(person);
		}
	}
	return out;
};

// (Dutch `voorlezer`, which no corpus page writes, left out for the script's bytes)
const ROLES: [RegExp, Person['role']][] = [
	[/^(übersetz|tradu|translat|vertal|[译譯訳]|翻译|옮김|역)/i, 'translator'],
	[/^(edit|herausg|hrsg|redac|主编|编|編|bewerk)/i, 'editor'],
	[/^(narrat|read by|sprecher)/i, 'narrator'],
	[/^(instruct|讲师|老师|teacher)/i, 'instructor'],
	[AUTHOR, 'author'],
];

/**
 * After a byline's names: a job title (`Name, Vice President, Google Cloud`), where it was filed from or the outlet,
 * a word alone (`Ann Writer, Izmir`, `By X, Reuters`), or an outlet and its place (`X e Y, Gazeta do Vale — Recife`);
 * or those it was written with (`A and B, with contributions from the Rust Community`) or who translated it (`A
 * and B; translated by C`: the translator's credit, read elsewhere). A word alone is a place or an
 * outlet when written as one, capitalised or in capitals: a handle in lower case, with a capital inside or a digit
 * is one more name (`Redford, q3k, MrTick`).
 */
const PLACE = /^\p{Lu}(\p{Ll}+|\p{Lu}+)$/u;
/**
 * Addresses (a site named by its own, `iDNES.cz`), numbers and dates, placeholders and role labels (`Staff writer`,
 * `Contributors`, `作者簡介`: about the author, a mainland paper's `特约撰稿`: contributing writer), a subscriber's
 * badge beside a byline (`有料記事`), a link's call to action (`View my complete profile`, `Visit the Acme Store`,
 * `Suivre`, `Read more`), and a bracket still there once role labels are read: one half of a pair a split cut (`Name
 * ($70K`, `mo)`, a byline bracketed whole with its outlet: `[松本はるか，ITmedia]`), not a name.
 */
const NOT_NAME = /[()（）[\]]|(?<![a-z])\d|@|https?:|www\.|\.(com|org|net|[a-z]{2}$)\b|^((staff )?(writer|reporter|editor|author)s?|admin|staff|anonymous|contributors?|unknown)$|簡介|简介|報導|报道|有料|撰稿|^(view|visit|follow|suivre|subscribe|share|read|more|see|sign|log|contact|email|about|posted|filed|updated|published)\b/i;
const AFTER_NAMES = / [—–] |\b(president|director|manager|ceo|vp|chief|senior|reporter|officer|correspon\w*|envoy\w*|journalist|founder|editor|press|news|with|translated)\b/iu;

/**
 * The label a byline opens with: `By`, a word and `by`, `par` or `por` (`Written by`, `Story by`, `Publié par`,
 * `Escrito por`; a picture's credit is none), `Author:` (`Autor:`), `von` (a word before it is more often a
 * title's than a label's: a blog's `Notizen von Name über…`), Italian `di`, Romanian `de`, Swedish `av`, Danish
 * `af`, Indonesian `Penulis`, Blogger's Finnish `Julkaissut` and Japanese `投稿者` (`Posted by`), Russian `Автор`,
 * `作者：`, `著者`, `文/`, a mainland site's `文｜` and `作者｜`, a reporter's `記者`, after the paper's name as mainland
 * papers write it (`新华社记者`, `本报记者`; the name may touch it). `Author` needs no colon: themes label the name
 * for screen readers (WordPress's `<span class="screen-reader-text">Author </span>`).
 */
export const BY = /^\s*(((?!photo|image|illustrat)\S+ )?(by|por|par)|von|door|d[ei]|a[fv]|penulis|julkaissut|автор|(投稿|[作著]|\S{0,6}[记記])者|auth?ors?|文(?=\s*[/／:：|｜]))(\s*[:：/／|｜]\s*|\s+|$|(?<=者))/i;

/** `JOHN SMITH` reads `John Smith`; initials (`JR`) stay. */
const unshout = (name: string) => (/\p{Ll}/u.test(name) || !name.includes(' ')
	? name
	: name.replace(/\p{L}{3,}/gu, w => w[0] + w.slice(1).toLowerCase()));
