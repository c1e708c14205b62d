import type { html, nothing, ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The one contract of the optional features and design-system adapters, each a lazy chunk.
 *
 * A chunk exports `attach`, which the element calls once, when the chunk has arrived: it gets
 * the element and Lit's tags and returns the element's own controller for that feature. The
 * element adds the controller's `styles` to its shadow root and adds the controller to itself
 * (so `hostConnected` / `hostDisconnected` run with the element's), then calls the controller's
 * own render methods. Chunks import only types, so at run time they import nothing: a chunk that
 * imported the entry would load a second copy of it when a page loaded it under another URL.
 *
 * Adding a feature: a new file in src/features/ exporting `attach`, and one line in the
 * element's `FEATURES`.
 */
export interface FeatureHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
}

/** Lit's `html` and `nothing`, handed over by the element. */
export interface LitTags {
  html: typeof html;
  nothing: typeof nothing;
}

/** One element's controller for one feature. */
export interface Feature extends Partial<ReactiveController> {
  /**
   * The feature's styles: the element adds them to its shadow root as a constructed stylesheet
   * (CSP-safe); the embed prerenders them (src/embed/).
   */
  readonly styles?: string;
}

/** What every feature chunk exports. */
export type Attach<F extends Feature> = (host: FeatureHost, lit: LitTags) => F;
