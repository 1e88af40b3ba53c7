export * from './types.ts';
export {decodeText} from './decode.ts';
export {detectFormat} from './detect.ts';
export {parseImport, parseImports, type ImportFile} from './archive.ts';
export {parseImportText} from './parse.ts';
