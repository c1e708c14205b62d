// What the block uses of `wp.blockEditor` in WordPress 6.1 (see element.d.ts).
import type { Component } from './element';

/** Its children go to the block's sidebar. */
export const InspectorControls: Component<object>;
/** The props that make an element the block's own wrapper (class, editor hooks). */
export function useBlockProps(props?: Record<string, unknown>): Record<string, unknown>;
