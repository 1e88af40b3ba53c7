#!/usr/bin/env node
// npm test: the one command that runs everything, in order, and ends with a plain `N passed, N failed`
// line (test counts of every suite, plus one check for each stage that is not a test suite).
// Stages: system prerequisites, typecheck, lint, unit tests, builds (release + e2e, zips), web-ext lint, a second
// release build from a copy of the sources that must be byte-identical, e2e in Chromium, e2e in Firefox. Later
// stages still run after a failure, so one run shows everything; e2e is counted failed without running when the
// build failed. Exits non-zero on any failure.
import {existsSync} from 'node:fs';
import {mkdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {E2E, RELEASE, ROOT, checkReproducible, lintFirefox, packageZips, run, viteBuild} from './build.mjs';
import {readCounts, runE2e} from './e2e.mjs';

const BIN = path.join(ROOT, 'node_modules', '.bin');

/** What the tests need from the system (Debian package names; CI installs them in .ci/run). */
const PREREQUISITES = [
	{file: process.env.CHROMIUM ?? '/usr/bin/chromium', apt: 'chromium', why: 'Chromium e2e'},
	{file: process.env.FIREFOX ?? '/usr/bin/firefox-esr', apt: 'firefox-esr', why: 'Firefox e2e'},
	{file: process.env.APACHE2 ?? '/usr/sbin/apache2', apt: 'apache2', why: 'a WebDAV server of sync tests (Apache mod_dav)'},
	{file: '/usr/sbin/nginx', apt: 'nginx-light', why: 'a WebDAV server of sync tests (nginx)'},
	{file: '/usr/lib/nginx/modules/ngx_http_dav_ext_module.so', apt: 'libnginx-mod-http-dav-ext', why: 'WebDAV PROPFIND and locks for nginx'},
	{file: '/usr/bin/rclone', apt: 'rclone', why: 'a WebDAV server of sync tests (rclone serve webdav)'},
	{file: '/usr/lib/chromium/locales/zh-CN.pak', apt: 'chromium-l10n', why: 'Chromium in Chinese (the UI e2e in zh_CN)'},
	{file: '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi', apt: 'firefox-esr-l10n-zh-cn',
		why: 'Firefox in Chinese (the UI e2e in zh_CN)'},
];

const results = [];

/** Runs one stage, prints its result line and records its counts. `body` returns counts or throws. */
async function stage(name, body) {
	console.log(`\n=== ${name} ===`);
	const started = Date.now();
	let counts;
	try {
		counts = (await body()) ?? {passed: 1, failed: 0};
	} catch (error) {
		console.log(`${name}: ${error.message}`);
		counts = {passed: 0, failed: 1};
	}
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const ok = counts.failed === 0;
	console.log(`--- ${ok ? 'PASS' : 'FAIL'} ${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
	results.push({name, ok, seconds, ...counts});
	return ok;
}

/** Runs a tool as one check: passes when it exits 0. */
async function check(command, args) {
	const {code} = await run(command, args);
	if (code !== 0) throw new Error(`exit code ${code}`);
}

function prerequisites() {
	const missing = PREREQUISITES.filter(item => !existsSync(item.file));
	for (const item of PREREQUISITES) {
		console.log(`${existsSync(item.file) ? 'found  ' : 'MISSING'} ${item.file} (${item.apt}: ${item.why})`);
	}
	if (missing.length === 0) return;
	console.log(`\nMissing system packages. Install them (as root) with:\n  apt-get update && apt-get install -y --no-install-recommends ${missing.map(item => item.apt).join(' ')}\n`);
	throw new Error(`missing ${missing.map(item => item.apt).join(', ')}`);
}

async function unitTests() {
	const report = path.join(ROOT, 'test-results', 'unit.json');
	await mkdir(path.dirname(report), {recursive: true});
	await rm(report, {force: true});
	const {code} = await run(path.join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
	const counts = await readCounts(report);
	if (code !== 0 && counts.failed === 0) counts.failed = 1;
	return counts;
}

async function main() {
	const started = Date.now();
	if (!await stage('system prerequisites', prerequisites)) return finish(started);
	await stage('typecheck (tsc)', () => check(path.join(BIN, 'tsc'), ['--noEmit', '-p', '.']));
	await stage('lint (eslint)', () => check(path.join(BIN, 'eslint'), ['.']));
	await stage('unit tests (vitest)', unitTests);
	const built = await stage('build (release + e2e, zips)', async () => {
		await viteBuild([...RELEASE, ...E2E]);
		await packageZips();
	});
	await stage('web-ext lint (dist/firefox)', () => (built ? lintFirefox() : Promise.reject(new Error('no build to lint'))));
	await stage('reproducible build', () =>
		(built ? checkReproducible() : Promise.reject(new Error('no build to compare'))));
	for (const browser of ['chromium', 'firefox']) {
		await stage(`e2e ${browser}`, async () => {
			if (!built) throw new Error('no e2e build to test');
			const counts = await runE2e(browser);
			// No spec ran: that is a failure too
			return counts.passed + counts.failed === 0 ? {passed: 0, failed: 1} : counts;
		});
	}
	return finish(started);
}

function finish(started) {
	const passed = results.reduce((sum, result) => sum + result.passed, 0);
	const failed = results.reduce((sum, result) => sum + result.failed, 0);
	console.log('\n=== summary ===');
	for (const result of results) {
		const counts = `${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed`;
		console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(30)} ${counts}  ${result.seconds} s`);
	}
	console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
	console.log(`${passed} passed, ${failed} failed`);
	return failed === 0;
}

main().then(ok => process.exit(ok ? 0 : 1), error => {
	console.error(error);
	console.log('0 passed, 1 failed');
	process.exit(1);
});
