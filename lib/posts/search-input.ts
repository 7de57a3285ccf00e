// What the search box accepts. Plain (the form uses it); the query itself is read in db/search.ts.

/** The search box takes this many characters; the server reads no more of a longer query from a URL. */
export const SEARCH_INPUT_MAX = 200;
