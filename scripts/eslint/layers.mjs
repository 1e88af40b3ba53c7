// The layers of DESIGN §2 as a lint rule: a module may import only from the layers its own layer may see.
// Relative imports are resolved against the importing file, so `../../core/x.ts` and `./x.ts` both count.
import path from 'node:path';

const ANY = null;
const UI_MAY_NOT = ['background', 'storage', 'sync'];

/** Layer -> the layers it may import (its own included); ANY: no limit. */
export const LAYERS = {
	core: ['core'],
	extract: ['core', 'extract'],
	formats: ['core', 'formats'],
	sync: ['core', 'sync'],
	storage: ['core', 'storage'],
	// The protocol between contexts: it names the pure layers' types, never a context's code.
	shared: ['core', 'shared', 'formats', 'extract'],
	ui: {not: UI_MAY_NOT},
	popup: {not: UI_MAY_NOT},
	options: {not: UI_MAY_NOT},
	sidepanel: {not: UI_MAY_NOT},
	background: ANY,
	content: ANY,
	cli: ANY,
	offscreen: ANY,
};

/** `src/<layer>/...` -> layer, else undefined (tests, scripts, config). */
function layerOf(file) {
	const parts = path.relative(process.cwd(), file).split(path.sep);
	return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

function allowed(from, to) {
	const rule = LAYERS[from];
	if (rule === ANY || rule === undefined || to === undefined) return true;
	return Array.isArray(rule) ? rule.includes(to) : !rule.not.includes(to);
}

export const layersRule = {
	meta: {
		type: 'problem',
		docs: {description: 'Imports follow the layers of DESIGN §2'},
		messages: {layer: 'src/{{from}} may not import from src/{{to}} (DESIGN §2: {{from}} may use {{may}}).'},
		schema: [],
	},
	create(context) {
		const file = context.filename;
		const from = layerOf(file);
		if (!from) return {};
		const check = (node, source) => {
			if (typeof source !== 'string' || !source.startsWith('.')) return;
			const to = layerOf(path.resolve(path.dirname(file), source.split('?')[0]));
			if (allowed(from, to)) return;
			const rule = LAYERS[from];
			const may = Array.isArray(rule) ? rule.join(', ') : `anything but ${rule.not.join(', ')}`;
			context.report({node, messageId: 'layer', data: {from, to, may}});
		};
		return {
			ImportDeclaration: node => check(node.source, node.source.value),
			ExportNamedDeclaration: node => node.source && check(node.source, node.source.value),
			ExportAllDeclaration: node => check(node.source, node.source.value),
			ImportExpression: node => node.source.type === 'Literal' && check(node.source, node.source.value),
		};
	},
};

export default {rules: {layers: layersRule}};
