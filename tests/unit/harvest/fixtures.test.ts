import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {titleKey} from '../../../src/extract/harvest/text.ts';

type Want = {
	title: string; url?: string; kind: string; acceptKinds?: string[]; authors?: string[];
	contributors?: {name: string; role: string}[]; publisher?: string; publishedAt?: string; optional?: boolean;
};

const dir = path.resolve(import.meta.dirname, '../../fixtures/harvest');
/** Held-out posts the rules now read exactly. */
const EXACT_HOLDOUTS = new Set<string>([
	'zh-shelf-translated.html', 'table-variants.html', 'headings-per-book.html', 'md-year-in-books.html',
	'br-numbered-lines.html', 'curated-systems.html', 'zh-curated-mixed.html', 'learning-roundup.html',
	'zh-java-books.html', 'md-reading-log.html',
	'awesome-ml-mixed.html', 'zh-md-cs-books.html', 'podcast-show-notes.html', 'zh-wechat-books.html', 'author-first-log.html',
	'readme-reading-challenge.html', 'video-description-links.html', 'zh-zhuanlan-headings.html', 'zh-xhs-note.html',
	'devto-emoji-headings.html', 'syllabus-readings.html', 'book-cards-byline.html',
	'reddit-books-thread.html', 'talks-dl-roundup.html', 'zh-podcast-shownotes.html', 'awesome-emoji-badges.html',
	'shelf-table-by.html', 'zh-nested-labels.html', 'goodreads-listopia.html', 'libguides-cs-books.html',
	'fr-lectures-guillemets.html', 'reading-group-schedule.html', 'wp-talk-embeds.html', 'mooc-comparison-table.html',
	'book-club-months.html', 'health-reading.html', 'de-buchtipps-von.html', 'ko-book-recs.html', 'newsletter-fiction.html',
	'course-catalog-cards.html', 'tweet-thread-books.html', 'cover-grid.html',
	'cs-syllabus-papers.html', 'it-libri-schede-autore.html', 'mastodon-thread-talks.html', 'hugo-now-page.html',
	'se-answers-publisher-links.html', 'zh-tw-vocus-booklist.html', 'forum-design-books.html',
	'ted-speaker-first.html', 'podcast-recs-hosts.html', 'medium-comma-headings.html',
	'library-new-acquisitions.html', 'conf-watchlist-speaker-cards.html', 'ja-qiita-gijutsusho.html',
	'ghost-year-learned-prose.html', 'pl-ksiazki-programisty.html',
	'bookshop-list-tiles.html', 'bookwyrm-list-solarpunk.html', 'ca-eleventy-prestatgeria-dl.html',
	'confluence-wiki-platform-reading.html', 'course-textbooks-isbn.html', 'cs-moodle-studijni-literatura.html',
	'da-beehiiv-emoji-caption.html', 'es-libros-recomendados.html', 'fi-wix-ohjelmointivinkit.html',
	'gh-discussion-resources.html', 'hn-thread-books.html', 'nb-bibliotek-ansatte-anbefaler.html',
	'nl-whats-reading.html', 'quora-answer-ml-resources.html', 'ru-knigi-razrabotchiku.html',
	'sphinx-rtd-bibtex-background.html', 'syllabus-chicago-faculty-page.html', 'talis-reading-list.html',
	'talks-playlist-durations.html', 'tildes-embedded-resources.html', 'uk-telegram-web-preview.html',
	'zh-block-cards.html', 'zh-juejin-course-table.html',
	// Session 25: rounds 31-33's posts read whole, addresses too, after their own rules
	'en-astro-resources-i-recommend.html', 'jekyll-minima-books-shaped-software.html',
	'justthedocs-course-ir-resources.html', 'kit-newsletter-read-this-quarter.html', 'ko-brunch-soseol-chucheon.html',
	'ru-habr-kursy-tablica.html']);
const files = readdirSync(dir).filter(f => f.endsWith('.expected.json')).sort();

describe('harvest: hand-written fixtures', () => {
	it('has the fixtures the issue asks for', () => {
		expect(files.length).toBeGreaterThanOrEqual(7);
	});

	for (const file of files) {
		const expected = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
			page: string; url: string; items: Want[]; holdout?: boolean;
		};
		// Posts written to measure the rules before they were changed are scored by `npm run eval:harvest`: exact here
		// only once the rules read them whole (listed below)
		if (expected.holdout && !EXACT_HOLDOUTS.has(expected.page)) continue;
		it(`${expected.page}: every required work, its fields, nothing else`, () => {
			const doc = new JSDOM(readFileSync(path.join(dir, expected.page), 'utf8'), {url: expected.url})
				.window.document;
			const items = harvest(doc, expected.url);
			const allowed = new Set(expected.items.map(i => titleKey(i.title)));
			expect(items.map(i => i.title).filter(t => !allowed.has(titleKey(t)))).toEqual([]);
			for (const want of expected.items.filter(i => !i.optional)) {
				const got = items.find(i => titleKey(i.title) === titleKey(want.title));
				expect(got, want.title).toBeDefined();
				expect(want.acceptKinds ?? [want.kind], want.title).toContain(got!.kind);
				const facts = (w: Omit<Want, 'title' | 'kind'>) => ({url: w.url, authors: w.authors ?? [],
					contributors: w.contributors ?? [], publisher: w.publisher, publishedAt: w.publishedAt});
				expect(facts(got!), want.title).toEqual(facts(want));
			}
		});
	}
});
