// Draws the toolbar icons (a bookmark ribbon on a rounded square) as PNGs, so no image tool is needed:
// node scripts/make-icons.mjs writes public/icons/*.png (committed).
import {writeFileSync} from 'node:fs';
import {deflateSync} from 'node:zlib';

const crcTable = Array.from({length: 256}, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc = buf => buf.reduce((c, byte) => crcTable[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;
function chunk(type, data) {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	data.copy(out, 8);
	out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
	return out;
}
function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
	]);
}
/** Signed distance (unit coordinates) to the rounded square's edge: negative inside. */
function plateDistance(u, v) {
	const r = 0.2, qx = Math.abs(u - 0.5) - (0.5 - r), qy = Math.abs(v - 0.5) - (0.5 - r);
	return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
// Shape in unit coordinates: 0 outside, 1 plate, 2 ribbon, 3 the outline ring `ring` wide inside the edge.
function shape(u, v, ring) {
	const d = plateDistance(u, v);
	if (d > 0) return 0;
	if (d > -ring) return 3;
	const inRibbon = u > 0.3 && u < 0.7 && v > 0.16 && v < 0.84
		&& v - 0.64 < 0.2 * (1 - Math.abs(u - 0.5) / 0.2) * -1 + 0.2;
	return inRibbon ? 2 : 1;
}
const TEAL = [15, 118, 110, 255], WHITE = [255, 255, 255, 255];
/**
 * Every icon (manifest.config.ts). The default set has a light outline so the teal plate reads on a dark toolbar
 * too (Chrome has no per-theme action icons); Firefox picks `light-` on dark themes and `dark-` on light ones.
 */
const VARIANTS = [
	{
		prefix: '', sizes: [16, 24, 32, 48, 128],
		colors: [[0, 0, 0, 0], TEAL, WHITE, [226, 244, 241, 255]], ring: size => 1.25 / size,
	},
	{prefix: 'dark-', sizes: [16, 24, 32], colors: [[0, 0, 0, 0], TEAL, WHITE, TEAL], ring: () => 0},
	{
		prefix: 'light-', sizes: [16, 24, 32],
		colors: [[0, 0, 0, 0], [94, 234, 212, 255], [19, 78, 74, 255], [94, 234, 212, 255]], ring: () => 0,
	},
];
for (const {prefix, sizes, colors, ring} of VARIANTS) for (const size of sizes) {
	const ss = 4;
	writeFileSync(`public/icons/${prefix}${size}.png`, png(size, (x, y) => {
		const acc = [0, 0, 0, 0];
		for (let i = 0; i < ss; i++) for (let j = 0; j < ss; j++) {
			const c = colors[shape((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size, ring(size))];
			acc[0] += c[0] * c[3]; acc[1] += c[1] * c[3]; acc[2] += c[2] * c[3]; acc[3] += c[3];
		}
		const a = acc[3] / (ss * ss);
		return a === 0 ? [0, 0, 0, 0] : [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], a].map(Math.round);
	}));
}
