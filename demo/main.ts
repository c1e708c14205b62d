import { setUpConfigurator } from './configurator.js';

setUpConfigurator(document);
