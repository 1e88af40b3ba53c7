/**
 * Names written in Bengali script, as Bengali posts name a work's people (`হুমায়ূন আহমেদ`, `জি এইচ হাবীব`): a script
 * with no capitals to tell a name, so two to five words none of which is a word of Bengali's grammar (`ও`, `আর`,
 * `এর`, `থেকে`) nor of a house's (`প্রকাশনী`, `পাবলিশার্স`), as Hindi's are read (devanagari.ts).
 */

/** Bengali's conjunctions, postpositions, pronouns and verbs of being: words of a sentence, never of a name. */
const GRAMMAR = ['ও', 'আর', 'এবং', 'বা', 'এর', 'কে', 'থেকে', 'দিয়ে', 'নিয়ে', 'জন্য', 'মধ্যে', 'সাথে', 'সঙ্গে', 'এই',
	'সেই', 'যে', 'এক', 'একটা', 'একটি', 'না', 'নয়', 'হয়', 'আছে', 'ছিল', 'করে', 'আমি', 'আমার', 'তার', 'তাঁর'];
/** Words of a house's name, never a person's (`সন্ধানী প্রকাশনী`, `আনন্দ পাবলিশার্স`, `ইউনিভার্সিটি প্রেস লিমিটেড`). */
const HOUSES = ['প্রকাশনী', 'প্রকাশন', 'প্রকাশ', 'পাবলিশার্স', 'পাবলিকেশন্স', 'প্রেস', 'লিমিটেড', 'বুকস', 'হাউস'];
const WORD = String.raw`\p{Script=Bengali}+\.?`;
const NAME = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){1,4}$`, 'u');

/** True for a name written in Bengali script. */
export const bengaliName = (name: string) =>
	NAME.test(name) && !/[।॥\u09E6-\u09EF]/u.test(name)
	&& !name.split(/\s+/).some(word => GRAMMAR.includes(word) || HOUSES.includes(word));
