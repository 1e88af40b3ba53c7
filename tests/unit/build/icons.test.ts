import {readFileSync} from 'node:fs';
import path from 'node:path';
import {inflateSync} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {makeManifest} from '../../../manifest.config.ts';

const PUBLIC = path.resolve(import.meta.dirname, '../../../public');

/** Width, height and RGBA rows of a PNG that scripts/make-icons.mjs wrote (8-bit RGBA, one IDAT, no row filters). */
function readPng(file: string) {
	const bytes = readFileSync(path.join(PUBLIC, file));
	const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
	const idat = bytes.indexOf('IDAT');
	const raw = inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4)));
	const pixels: number[][] = [];
	for (let y = 0; y < height; y++) {
		expect(raw[y * (width * 4 + 1)]).toBe(0);
		for (let x = 0; x < width; x++) {
			pixels.push([...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)]);
		}
	}
	return {width, height, pixels};
}

/** WCAG relative luminance of an sRGB colour. */
const luminance = ([r, g, b]: number[]) => [r!, g!, b!].map(c => c / 255)
	.map(c => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
	.reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number[], b: number[]) =>
	(Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
/** The colour most of an icon's opaque pixels have: its plate. */
function plate(file: string): number[] {
	const counts = new Map<string, number>();
	for (const pixel of readPng(file).pixels.filter(p => p[3] === 255)) {
		counts.set(pixel.join(), (counts.get(pixel.join()) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number);
}
const DARK_TOOLBAR = [28, 27, 34], LIGHT_TOOLBAR = [249, 249, 251]; // Firefox's dark and light themes

type Icons = {
	icons: Record<string, string>;
	action: {default_icon: Record<string, string>; theme_icons?: {light: string; dark: string; size: number}[]};
};
const manifest = (target: 'chrome' | 'firefox') => makeManifest(target) as unknown as Icons;

describe('toolbar icons (issue 18)', () => {
	test.each(['chrome', 'firefox'] as const)('every icon %s names exists at its declared size, 24 px included', target => {
		const {icons, action} = manifest(target);
		expect(Object.keys(action.default_icon)).toEqual(['16', '24', '32']);
		const declared = [...Object.entries(icons), ...Object.entries(action.default_icon),
			...(action.theme_icons ?? [])
				.flatMap(({light, dark, size}) => [[String(size), light], [String(size), dark]])];
		for (const [size, file] of declared) {
			expect(readPng(file!), file).toMatchObject({width: Number(size), height: Number(size)});
		}
	});

	test("Firefox's light variant reads on a dark toolbar and its dark one on a light toolbar", () => {
		for (const {light, dark} of manifest('firefox').action.theme_icons!) {
			expect(contrast(plate(light), DARK_TOOLBAR)).toBeGreaterThan(4.5);
			expect(contrast(plate(dark), LIGHT_TOOLBAR)).toBeGreaterThan(4.5);
		}
	});

	test('the default icons, which Chrome shows on every theme, have a light outline against a dark toolbar', () => {
		for (const file of Object.values(manifest('chrome').action.default_icon)) {
			const {width, pixels} = readPng(file);
			const edge = pixels[Math.floor(width / 2)]!; // Top edge, middle column: the outline
			expect(contrast(edge, DARK_TOOLBAR), file).toBeGreaterThan(4.5);
		}
	});
});
