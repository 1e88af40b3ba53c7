/**
 * Names written in Devanagari, as Hindi posts name a work's people (`रॉबर्ट टी. कियोसाकी`, `ए. पी. जे. अब्दुल कलाम`):
 * a script with no capitals to tell a name, so two to five words none of which is a word of Hindi's grammar (`का`,
 * `में`, `और`) nor of a house's (`प्रकाशन`), an initial's stop allowed; the courtesy title before it (`डॉ.`,
 * `प्रो.`, `श्री`) is no part of it.
 */

/** Hindi's postpositions, pronouns, conjunctions and verbs of being: words of a sentence, never of a name. */
const GRAMMAR = ['का', 'की', 'के', 'को', 'में', 'से', 'ने', 'पर', 'तक', 'है', 'हैं', 'था', 'थी', 'थे', 'और', 'या',
	'एक', 'यह', 'वह', 'ये', 'वे', 'इस', 'उस', 'इसे', 'उसे', 'इसका', 'इसकी', 'भी', 'तो', 'ही', 'लिए', 'साथ',
	'नहीं', 'हर', 'कुछ', 'दो', 'आप', 'मैं', 'हम'];
/** Words of a house's or an institution's name, never a person's (`प्रभात प्रकाशन`, `मंजुल पब्लिशिंग हाउस`). */
const HOUSES = ['प्रकाशन', 'पब्लिशिंग', 'पब्लिशर्स', 'पब्लिकेशन', 'पब्लिकेशन्स', 'हाउस', 'बुक्स', 'प्रेस',
	'संस्थान', 'विश्वविद्यालय'];
const WORD = String.raw`\p{Script=Devanagari}+\.?`;
const NAME = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){1,4}$`, 'u');

/** True for a word of Hindi's grammar (`इसे`, `भी`): where a name before it ends. */
export const hindiGrammar = (word: string) => GRAMMAR.includes(word);

/** True for a name written in Devanagari. */
export const devanagariName = (name: string) =>
	NAME.test(name) && !/[।॥]/.test(name)
	&& !name.split(/\s+/).some(word => hindiGrammar(word) || HOUSES.includes(word));

/** A courtesy title before a Devanagari name (`डॉ. सुधीर दीक्षित`, `प्रो. बलरामन रविंद्रन`), to be dropped. */
export const DEVANAGARI_HONORIFIC = /^(?:डॉ\.|प्रो\.|श्रीमती|श्री|सुश्री)\s*(?=\p{Script=Devanagari})/u;

/**
 * Regex source: a Devanagari initial before its stop, one letter and maybe its vowel sign (`टी.`, `ए.`), for a
 * lookbehind: that stop ends no sentence.
 */
export const DEVANAGARI_INITIAL = String.raw`(?:^|\s)\p{Script=Devanagari}{1,2}`;
