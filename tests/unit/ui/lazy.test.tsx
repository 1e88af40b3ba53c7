// @vitest-environment jsdom
import {cleanup, render, screen} from '@testing-library/preact';
import {afterEach, describe, expect, it} from 'vitest';
import {lazy} from '../../../src/options/lazy.tsx';

afterEach(cleanup);

const Greeting = ({name}: {name: string}) => <p>Hello {name}</p>;

describe('lazy', () => {
	it('loads the code once, when first shown, and renders it with its props', async () => {
		let loads = 0;
		const View = lazy(async () => { loads++; return Greeting; });
		expect(loads).toBe(0);
		render(<View name="Ada"/>);
		expect(await screen.findByText('Hello Ada')).toBeTruthy();
		cleanup();
		render(<View name="Grace"/>);
		expect(screen.getByText('Hello Grace')).toBeTruthy(); // Shown at once the second time: already loaded
		expect(loads).toBe(1);
	});

	it('says so when the code fails to load, and tries again the next time the view opens', async () => {
		let loads = 0;
		const View = lazy(async () => {
			if (++loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
			return Greeting;
		});
		render(<View name="Ada"/>);
		expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
		cleanup();
		render(<View name="Ada"/>);
		expect(await screen.findByText('Hello Ada')).toBeTruthy();
		expect(loads).toBe(2);
	});
});
