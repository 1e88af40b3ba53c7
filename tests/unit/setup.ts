import {vi} from 'vitest';
import {createFakeBrowser} from '../fakes/browser.ts';

// Importing the real polyfill outside an extension throws; every test gets a fresh in-memory fake instead.
vi.mock('webextension-polyfill', () => ({default: createFakeBrowser()}));
