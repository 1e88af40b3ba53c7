// Lines of code stay within 120 columns (tabs count 4). A long literal may run past it: a message, a fixture's HTML,
// a regex or an address reads better whole than cut into pieces. The code around it may not: a string, a regex or
// a JSX text counts for at most 20 columns and a template's text for none (its `${}` parts count), so a long call
// or condition that holds a short string is still reported.
const WIDTH = 120;
const LITERAL_WIDTH = 20;
const LITERALS = new Set(['String', 'RegularExpression', 'JSXText']);
// (an address ends at a quote too: the code after a quoted one counts)
const URL = /\bhttps?:\/\/[^\s'"`]+/g;

/** Columns a line takes on screen, tabs at 4. */
function columns(line) {
	let width = 0;
	for (const char of line) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
	return width;
}

/** Columns each line gives back: the part of each literal beyond what it may count for. */
function literalCredit(source) {
	const credit = new Array(source.lines.length).fill(0);
	for (const token of source.ast.tokens) {
		const allowed = LITERALS.has(token.type) ? LITERAL_WIDTH : token.type === 'Template' ? 0 : undefined;
		if (allowed === undefined) continue;
		source.getText(token).split('\n').forEach((part, i) => {
			credit[token.loc.start.line - 1 + i] += Math.max(0, part.length - allowed);
		});
	}
	return credit;
}

export const codeWidthRule = {
	meta: {
		type: 'layout',
		docs: {description: 'Code is wrapped at 120 columns; long literals may run past it'},
		messages: {wide: 'This line of code is {{width}} columns wide; wrap it at 120 (long literals count 20).'},
		schema: [],
	},
	create(context) {
		const source = context.sourceCode;
		return {
			'Program:exit'() {
				const credit = literalCredit(source);
				source.lines.forEach((line, i) => {
					const urls = (line.match(URL) ?? []).reduce((sum, url) => sum + url.length, 0);
					const width = columns(line) - credit[i] - urls;
					if (width <= WIDTH) return;
					context.report({loc: {line: i + 1, column: 0}, messageId: 'wide', data: {width: String(width)}});
				});
			},
		};
	},
};

export default {rules: {'code-width': codeWidthRule}};
