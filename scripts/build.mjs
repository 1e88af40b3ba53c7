#!/usr/bin/env node
// npm run build: release builds for Chrome and Firefox (dist/chrome, dist/firefox), the e2e variants
// (dist/chrome-e2e, dist/firefox-e2e: fixture hosts in host_permissions, see vite.config.ts), zips of
// both release builds under artifacts/, then `web-ext lint` of dist/firefox, which must show 0 errors.
//   node scripts/build.mjs            everything above
//   node scripts/build.mjs --no-e2e   release builds, zips and lint only
//   node scripts/build.mjs --e2e-only just the e2e variants (used by test:e2e and bench)
//   node scripts/build.mjs --lint     only lint the existing dist/firefox (npm run lint:ext)
//   --verbose                         show vite's full output
import {spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

export const RELEASE = [{target: 'chrome', mode: 'production'}, {target: 'firefox', mode: 'production'}];
export const E2E = [{target: 'chrome', mode: 'e2e'}, {target: 'firefox', mode: 'e2e'}];

/** Runs a command in the project root; resolves with its exit code and captured output. */
export function run(command, args, {env = {}, quiet = false} = {}) {
	return new Promise(resolve => {
		const child = spawn(command, args, {cwd: ROOT, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
		let output = '';
		const collect = stream => chunk => {
			output += chunk;
			if (!quiet) stream.write(chunk);
		};
		child.stdout.on('data', collect(process.stdout));
		child.stderr.on('data', collect(process.stderr));
		child.on('error', error => resolve({code: 127, output: `${output}${error.message}\n`}));
		child.on('close', code => resolve({code: code ?? 1, output}));
	});
}

export function outDir({target, mode}) {
	return path.join(ROOT, 'dist', mode === 'e2e' ? `${target}-e2e` : target);
}

/** One `vite build` per variant, in its own process: crxjs keeps per-build state, and TARGET is read at config time. */
export async function viteBuild(variants) {
	for (const variant of variants) {
		const started = Date.now();
		const {code, output} = await run(path.join(BIN, 'vite'), ['build', '--mode', variant.mode, '--logLevel', 'warn'],
			{env: {TARGET: variant.target}, quiet: true});
		const label = path.relative(ROOT, outDir(variant));
		if (code !== 0) {
			process.stderr.write(output);
			throw new Error(`vite build of ${label} failed (exit ${code})`);
		}
		// crxjs narrates every build; keep only what could matter (or everything with --verbose).
		const worth = process.argv.includes('--verbose') ? output : output.split('\n').filter(line => /error|warning/i.test(line)).join('\n');
		if (worth.trim()) console.log(worth.trim());
		console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
}

/** Zips each release build with `web-ext build` as artifacts/shelfmark-TARGET-VERSION.zip. */
export async function packageZips() {
	await mkdir(path.join(ROOT, 'artifacts'), {recursive: true});
	for (const variant of RELEASE) {
		const filename = `shelfmark-${variant.target}-${version}.zip`;
		const {code, output} = await run(path.join(BIN, 'web-ext'), ['build', '--source-dir', outDir(variant),
			'--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest', '--no-config-discovery'], {quiet: true});
		if (code !== 0) {
			process.stderr.write(output);
			throw new Error(`web-ext build of ${filename} failed`);
		}
		console.log(`packaged artifacts/${filename}`);
	}
}

/** `web-ext lint` on dist/firefox: prints every finding; throws when there is any error. */
export async function lintFirefox() {
	const dir = outDir(RELEASE[1]);
	if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${path.relative(ROOT, dir)} is missing: run npm run build`);
	const {output} = await run(path.join(BIN, 'web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {quiet: true});
	let report;
	try {
		report = JSON.parse(output.slice(output.indexOf('{')));
	} catch {
		process.stderr.write(output);
		throw new Error('web-ext lint printed no JSON report');
	}
	for (const kind of ['errors', 'warnings', 'notices']) {
		for (const finding of report[kind]) {
			console.log(`web-ext lint ${kind.slice(0, -1)}: ${finding.code} ${finding.message} (${finding.file ?? 'manifest'}${finding.line ? `:${finding.line}` : ''})`);
		}
	}
	const {errors, warnings, notices} = report.summary;
	console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
	if (errors > 0) throw new Error(`web-ext lint found ${errors} errors in dist/firefox`);
}

async function main(args) {
	if (args.includes('--lint')) return lintFirefox();
	if (args.includes('--e2e-only')) return viteBuild(E2E);
	await viteBuild(RELEASE);
	await packageZips();
	if (!args.includes('--no-e2e')) await viteBuild(E2E);
	await lintFirefox();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main(process.argv.slice(2)).catch(error => {
		console.error(`build failed: ${error.message}`);
		process.exit(1);
	});
}
