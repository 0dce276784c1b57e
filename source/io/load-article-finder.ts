import type {Article} from '../core/pipeline/find-article.js';

let loading: Promise<(html: string) => Article> | undefined;

/** Loads the article finder (Readability on linkedom) the first time an HTML page needs it. */
export async function loadArticleFinder(): Promise<(html: string) => Article> {
	loading ??= import('../core/pipeline/find-article.js').then(({findArticle}) => findArticle);
	return loading;
}
