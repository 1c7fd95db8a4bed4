/** What building the search index needs: loaded once the index is wanted (see loadSearchIndex.ts). */
export { archiveTitleEntries } from '../search/archiveTitles.ts';
export { buildEventSearchSteps } from '../search/buildEventSearch.ts';
