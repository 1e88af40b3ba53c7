import {createContext} from 'preact';
import './provenance.css';

/**
 * Shows the list filtered by one recommending post
 * (provided by OptionsApp; the editor's recommended-by links use it).
 */
export const ShowRecommended = createContext<((url: string) => void) | undefined>(undefined);
