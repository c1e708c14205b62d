// Shoelace's disclosure, six times (its documented way to build an accordion).
import '@shoelace-style/shoelace/dist/components/details/details.js';
