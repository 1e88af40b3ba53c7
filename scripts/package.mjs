#!/usr/bin/env node
// npm run package: what the stores receive. The release builds, their zips (artifacts/shelfmark-TARGET-VERSION.zip,
// byte-identical on every clean build), web-ext lint, and a zip of the sources for the reviewers of
// addons.mozilla.org (artifacts/shelfmark-sources-VERSION.zip): the git-tracked files the build needs, without
// node_modules and without the pages of other sites that tests read (tests/fixtures), plus SOURCE_CODE_REVIEW.md,
// made from docs/source-code-review.md with the versions and checksums of this run.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {RELEASE, ROOT, lintFirefox, packageZips, sha256, storeZipName, viteBuild} from './build.mjs';
import {zipEntries} from './zip.mjs';

const {version} = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/**
 * Tracked files the sources zip leaves out, none of which the build reads: the test fixtures (pages saved from other
 * sites, sample exports of other services; the public repository has them), screenshots, CI and the evaluation
 * package. The tests' own code stays: the release build resolves the e2e hooks' import of tests/e2e/support.
 */
export const NOT_IN_SOURCES = ['tests/fixtures/', 'docs/screenshots/', '.ci/', 'eval/'];

/** The tracked files that go into the sources zip, in git's order. */
export function sourceFiles(tracked) {
	return tracked.filter(file => !NOT_IN_SOURCES.some(prefix => file.startsWith(prefix)));
}

/** SOURCE_CODE_REVIEW.md: the template with this run's tool versions and the store zips' checksums filled in. */
export function reviewNotes(template, values) {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
		if (!(key in values)) throw new Error(`docs/source-code-review.md: no value for ${whole}`);
		return values[key];
	});
}

const git = (...args) => execFileSync('git', args, {cwd: ROOT, encoding: 'utf8'});

async function main() {
	if (git('status', '--porcelain', '--untracked-files=no').trim()) {
		console.warn('warning: tracked files have uncommitted changes; the sources zip holds them as they are on disk');
	}
	await viteBuild(RELEASE);
	await packageZips();
	await lintFirefox();
	const artifacts = path.join(ROOT, 'artifacts');
	const notes = reviewNotes(readFileSync(path.join(ROOT, 'docs/source-code-review.md'), 'utf8'), {
		version,
		node: process.version.slice(1),
		npm: execFileSync('npm', ['--version'], {encoding: 'utf8'}).trim(),
		commit: git('rev-parse', 'HEAD').trim(),
		sha256Chrome: sha256(path.join(artifacts, storeZipName('chrome'))),
		sha256Firefox: sha256(path.join(artifacts, storeZipName('firefox'))),
	});
	const files = sourceFiles(git('ls-files', '-z').split('\0').filter(Boolean));
	const entries = Object.fromEntries(files.map(file => [file, readFileSync(path.join(ROOT, file))]));
	entries['SOURCE_CODE_REVIEW.md'] = new TextEncoder().encode(notes);
	const file = path.join(artifacts, `shelfmark-sources-${version}.zip`);
	writeFileSync(file, zipEntries(entries));
	console.log(`packaged ${path.relative(ROOT, file)} (${files.length} files and SOURCE_CODE_REVIEW.md)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main().catch(error => {
		console.error(`package failed: ${error.message}`);
		process.exit(1);
	});
}
