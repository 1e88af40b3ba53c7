#!/usr/bin/env node
// npm run test:e2e: builds the e2e variants, then runs tests/e2e/**/*.spec.ts once per browser
// (Chromium, then Firefox) and prints the counts. A missing browser fails, it never skips.
//   npm run test:e2e                       both browsers
//   npm run test:e2e -- --browser firefox  one browser
//   npm run test:e2e -- --no-build smoke   reuse dist/*-e2e; extra arguments go to vitest (file filters, -t)
import {existsSync} from 'node:fs';
import {mkdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {E2E, ROOT, run, viteBuild} from './build.mjs';

export const BROWSERS = {
	chromium: {binary: process.env.CHROMIUM ?? '/usr/bin/chromium', apt: 'chromium'},
	firefox: {binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', apt: 'firefox-esr'},
};

/**
 * Counts from a vitest JSON report; a file that failed outside any test (a crashed import or hook) counts as
 * one failure.
 */
export async function readCounts(file) {
	if (!existsSync(file)) return {passed: 0, failed: 1, note: 'no report written'};
	const report = JSON.parse(await readFile(file, 'utf8'));
	let failed = report.numFailedTests;
	for (const suite of report.testResults) {
		const testsFailed = suite.assertionResults.some(test => test.status === 'failed');
		if (suite.status === 'failed' && !testsFailed) failed += 1;
	}
	return {passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests};
}

/** Runs the e2e specs in one browser; returns its counts (the report goes to test-results/e2e-BROWSER.json). */
export async function runE2e(browser, vitestArgs = []) {
	const report = path.join(ROOT, 'test-results', `e2e-${browser}.json`);
	await mkdir(path.dirname(report), {recursive: true});
	await rm(report, {force: true});
	const {code} = await run(
		path.join(ROOT, 'node_modules', '.bin', 'vitest'),
		[
			'run', '--config', 'vitest.e2e.config.ts',
			'--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs,
		],
		{env: {E2E_BROWSERS: browser}},
	);
	const counts = await readCounts(report);
	// A non-zero exit with nothing failed in the report (e.g. no spec matched) is still a failure.
	if (code !== 0 && counts.failed === 0) counts.failed = 1;
	return counts;
}

async function main(args) {
	const index = args.indexOf('--browser');
	const browsers = index >= 0 ? [args[index + 1]] : Object.keys(BROWSERS);
	const vitestArgs = args
		.filter((arg, i) => arg !== '--no-build' && !(index >= 0 && (i === index || i === index + 1)));
	for (const browser of browsers) if (!BROWSERS[browser]) throw new Error(`unknown browser ${browser}: use chromium or firefox`);
	if (!args.includes('--no-build')) await viteBuild(E2E);
	let passed = 0;
	let failed = 0;
	const lines = [];
	for (const browser of browsers) {
		const counts = await runE2e(browser, vitestArgs);
		passed += counts.passed;
		failed += counts.failed;
		lines.push(`e2e ${browser}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
	}
	console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
	return failed === 0 && passed > 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main(process.argv.slice(2)).then(ok => process.exit(ok ? 0 : 1), error => {
		console.error(`e2e failed: ${error.message}`);
		process.exit(1);
	});
}
