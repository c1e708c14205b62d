import { setUpConfigurator } from './configurator.js';

// The house styles' stylesheets are served beside this page, in themes/ (scripts/site.mjs).
setUpConfigurator(document, { themes: new URL('themes/', document.baseURI) });
