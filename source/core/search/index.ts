export {SearchIndex} from './search-index.js';
export {locateHit} from './locate-hit.js';
export {snippetOf, type Snippet} from './snippet.js';
export {foldText} from './fold.js';
export type {DocumentHits, HitLocation, MatchKind, SearchResults} from './search-types.js';
export type {Field} from './indexed-document.js';
