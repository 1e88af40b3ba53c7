import extractorFile from '../content/main.ts?script';

console.log('[shelfmark] background', extractorFile);
