import {describe, expect, test} from 'vitest';
import {readPost as read} from './read-post.ts';

/** A Ghost bookmark card as Ghost renders it: the site in `kg-bookmark-author`, the author in its publisher field. */
const bookmark = (url: string, title: string, site: string, author: string) => '<figure class="kg-card '
	+ `kg-bookmark-card"><a class="kg-bookmark-container" href="${url}"><div class="kg-bookmark-content"><div `
	+ `class="kg-bookmark-title">${title}</div><div class="kg-bookmark-description">A garden, seen slowly.</div><div `
	+ `class="kg-bookmark-metadata"><span class="kg-bookmark-author">${site}</span><span class="kg-bookmark-publisher">`
	+ `${author}</span></div></div></a></figure>`;

describe('a Ghost bookmark card naming its site where the author stands', () => {
	test('the title\'s site suffix or prefix names the site: the other field is the author, the site no one', () => {
		expect(read(`<p>Two pages:</p>${bookmark('https://seeds.example/gardens', 'Gardens of State - Seedhouse',
			'Seedhouse', 'Ada Quinn')}${bookmark('https://github.com/AdaQuinn/garden-notes', 'GitHub - AdaQuinn/garden-notes: '
			+ 'Notes on gardens.', 'GitHub', 'AdaQuinn')}`))
			.toMatchObject([{title: 'Gardens of State', authors: ['Ada Quinn'], publisher: undefined},
				{title: 'AdaQuinn/garden-notes', authors: ['AdaQuinn'], publisher: undefined}]);
	});
});

describe('a link card\'s kind from its address', () => {
	test('a known host\'s work page, a page under `/courses/` or `/papers/`: a repository, a course, a paper', () => {
		expect(read(`<p>Three pages:</p>${bookmark('https://github.com/AdaQuinn/garden-notes', 'GitHub - AdaQuinn/'
			+ 'garden-notes: Notes on gardens.', 'GitHub', 'AdaQuinn')}${bookmark('https://seeds.example/fr/courses/'
			+ '12-gardens', 'Gardens of State - Seedhouse', 'Seedhouse', 'Ada Quinn')}${bookmark('https://quinn.example/'
			+ 'papers/harbours.pdf', 'Harbours of Time', 'quinn.example', 'Ben Ortiz')}`))
			.toMatchObject([{title: 'AdaQuinn/garden-notes', kind: 'repository'},
				{title: 'Gardens of State', kind: 'course'}, {title: 'Harbours of Time', kind: 'paper'}]);
	});
});
