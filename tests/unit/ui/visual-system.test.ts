import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const THEME = path.join(SRC, 'ui/theme.css');
const sheets = readdirSync(SRC, {recursive: true, encoding: 'utf8'}).filter(file => file.endsWith('.css'))
	.map(file => path.join(SRC, file)).filter(file => file !== THEME);

/** Every `property: value` of a sheet, comments dropped, with where it is. */
function declarations(file: string): {where: string; property: string; value: string}[] {
	const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
	return [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/g)]
		.map(match => ({where: `${path.relative(SRC, file)}: ${match[0].trim()}`, property: match[1]!, value: match[2]!.trim()}));
}

const SPACING = /^(gap|row-gap|column-gap|padding|margin)(-|$)/;
/**
 * Hairlines (0 to 2 px), auto, the theme's steps (negated through calc() where a margin pulls content out), and
 * a share of the viewport for where a dialog sits
 */
const SPACE_TOKEN = /^(0|1px|2px|auto|\d+vh|var\(--space-\d\)|calc\(-1 \* var\(--space-\d\)\)|!important)$/;

describe('the visual system (theme.css holds every size and colour)', () => {
	test('there are sheets to check', () => {
		expect(sheets.length).toBeGreaterThan(5);
	});

	test('type sizes come from the type scale', () => {
		const raw = sheets.flatMap(declarations)
			.filter(d => d.property === 'font-size' && !/^(var\(--text-[a-z]+\)|0|inherit)$/.test(d.value));
		expect(raw.map(d => d.where)).toEqual([]);
	});

	test('gaps, paddings and margins come from the spacing scale', () => {
		const tokens = (value: string) => value.match(/calc\([^)]*\)\)?|\S+/g) ?? [];
		const raw = sheets.flatMap(declarations)
			.filter(d => SPACING.test(d.property) && tokens(d.value).some(token => !SPACE_TOKEN.test(token)));
		expect(raw.map(d => d.where)).toEqual([]);
	});

	test('colours come from the palette: one accent, no literal colour outside theme.css', () => {
		const raw = sheets.flatMap(declarations).filter(d => /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(d.value));
		expect(raw.map(d => d.where)).toEqual([]);
	});
});
