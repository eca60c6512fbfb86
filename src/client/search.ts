// Browser entry of the search page, bundled to <site>/assets/search.js.

import { mountSearchPage } from "./mountSearchPage.ts";

mountSearchPage({ document, location, history, fetch: fetch.bind(globalThis) });
