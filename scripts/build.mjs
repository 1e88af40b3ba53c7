#!/usr/bin/env node
// npm run build: release builds for Chrome and Firefox (dist/chrome, dist/firefox), the e2e variants
// (dist/chrome-e2e, dist/firefox-e2e: fixture hosts in host_permissions, see vite.config.ts), zips of
// both release builds under artifacts/, then `web-ext lint` of dist/firefox, which must show 0 errors.
//   node scripts/build.mjs            everything above
//   node scripts/build.mjs --no-e2e   release builds, zips and lint only
//   node scripts/build.mjs --e2e-only just the e2e variants (used by test:e2e and bench)
//   node scripts/build.mjs --lint     only lint the existing dist/firefox (npm run lint:ext)
//   node scripts/build.mjs --reproducible  release builds and zips, then again in a scratch folder: the two must be
//                                     byte-identical (npm test runs the second half after its build stage)
//   --verbose                         show vite's full output
import {execFileSync, spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, readFileSync, symlinkSync} from 'node:fs';
import {mkdir, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {listFiles, zipDirectory} from './zip.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

export const RELEASE = [{target: 'chrome', mode: 'production'}, {target: 'firefox', mode: 'production'}];
export const E2E = [{target: 'chrome', mode: 'e2e'}, {target: 'firefox', mode: 'e2e'}];

/** Runs a command in the project root; resolves with its exit code and captured output. */
export function run(command, args, {env = {}, quiet = false, cwd = ROOT} = {}) {
	return new Promise(resolve => {
		const child = spawn(command, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
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

const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'artifacts');

export function outDir({target, mode}, dist = DIST) {
	return path.join(dist, mode === 'e2e' ? `${target}-e2e` : target);
}

/** One `vite build` per variant, in its own process: crxjs keeps per-build state, and TARGET is read at config time. */
export async function viteBuild(variants, dist = DIST, cwd = ROOT) {
	for (const variant of variants) {
		const started = Date.now();
		const {code, output} = await run(
			path.join(BIN, 'vite'),
			['build', '--mode', variant.mode, '--logLevel', 'warn'],
			{env: {TARGET: variant.target, DIST_DIR: dist}, quiet: true, cwd},
		);
		const label = path.relative(ROOT, outDir(variant, dist));
		if (code !== 0) {
			process.stderr.write(output);
			throw new Error(`vite build of ${label} failed (exit ${code})`);
		}
		// crxjs narrates every build; keep only what could matter (or everything with --verbose).
		const worth = process.argv.includes('--verbose')
			? output
			: output.split('\n').filter(line => /error|warning/i.test(line)).join('\n');
		if (worth.trim()) console.log(worth.trim());
		console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
}

export const storeZipName = target => `shelfmark-${target}-${version}.zip`;

/** Zips each release build as artifacts/shelfmark-TARGET-VERSION.zip, byte-identical for identical builds. */
export async function packageZips(dist = DIST, artifacts = ARTIFACTS) {
	await mkdir(artifacts, {recursive: true});
	for (const variant of RELEASE) {
		const file = path.join(artifacts, storeZipName(variant.target));
		zipDirectory(outDir(variant, dist), file);
		console.log(`packaged ${path.relative(ROOT, file)}`);
	}
}

export const sha256 = file => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Each file of the release builds and their zips (path relative to the dist or artifacts folder) -> sha256. */
function releaseHashes(dist, artifacts) {
	const hashes = new Map();
	for (const variant of RELEASE) {
		const dir = outDir(variant, dist);
		for (const file of listFiles(dir)) hashes.set(`${variant.target}/${file}`, sha256(path.join(dir, file)));
		hashes.set(storeZipName(variant.target), sha256(path.join(artifacts, storeZipName(variant.target))));
	}
	return hashes;
}

/** The files two sets of hashes disagree on: changed, or present in one only. */
export function differences(a, b) {
	return [...new Set([...a.keys(), ...b.keys()])].filter(file => a.get(file) !== b.get(file)).sort();
}

/** The project's files (tracked, and new ones not ignored) copied to `dir`, with a link to its node_modules. */
function copySources(dir) {
	const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	const files = listed.split('\0').filter(file => file && existsSync(path.join(ROOT, file)));
	for (const file of files) cpSync(path.join(ROOT, file), path.join(dir, file));
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
}

/**
 * Builds the release a second time, from a copy of the sources in another folder (as a reviewer builds them), and
 * compares every file and both zips with dist/ and artifacts/ (built by the caller); throws naming the files that
 * differ. One extra build, not two.
 */
export async function checkReproducible() {
	const scratch = await mkdtemp(path.join(tmpdir(), 'shelfmark-repro-'));
	try {
		copySources(path.join(scratch, 'sources'));
		await viteBuild(RELEASE, path.join(scratch, 'dist'), path.join(scratch, 'sources'));
		await packageZips(path.join(scratch, 'dist'), path.join(scratch, 'artifacts'));
		const first = releaseHashes(DIST, ARTIFACTS);
		const diff = differences(first, releaseHashes(path.join(scratch, 'dist'), path.join(scratch, 'artifacts')));
		if (diff.length > 0) throw new Error(`the second build differs in ${diff.length} files: ${diff.slice(0, 10).join(', ')}`);
		console.log(`reproducible: ${first.size} files and both zips byte-identical`);
	} finally {
		await rm(scratch, {recursive: true, force: true});
	}
}

/** `web-ext lint` on dist/firefox: prints every finding; throws when there is any error. */
export async function lintFirefox() {
	const dir = outDir(RELEASE[1]);
	if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${path.relative(ROOT, dir)} is missing: run npm run build`);
	const {output} = await run(
		path.join(BIN, 'web-ext'),
		['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
		{quiet: true},
	);
	let report;
	try {
		report = JSON.parse(output.slice(output.indexOf('{')));
	} catch {
		process.stderr.write(output);
		throw new Error('web-ext lint printed no JSON report');
	}
	for (const kind of ['errors', 'warnings', 'notices']) {
		for (const finding of report[kind]) {
			const where = `${finding.file ?? 'manifest'}${finding.line ? `:${finding.line}` : ''}`;
			console.log(`web-ext lint ${kind.slice(0, -1)}: ${finding.code} ${finding.message} (${where})`);
		}
	}
	const {errors, warnings, notices} = report.summary;
	console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
	if (errors > 0) throw new Error(`web-ext lint found ${errors} errors in dist/firefox`);
}

async function main(args) {
	if (args.includes('--lint')) return lintFirefox();
	if (args.includes('--e2e-only')) return viteBuild(E2E);
	if (args.includes('--reproducible')) {
		await viteBuild(RELEASE);
		await packageZips();
		return checkReproducible();
	}
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
