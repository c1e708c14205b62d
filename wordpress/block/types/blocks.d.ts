// What the block uses of `wp.blocks` in WordPress 6.1 (see element.d.ts).
import type { Component } from './element';

export interface BlockEditProps<T> {
  attributes: T;
  setAttributes: (changed: Partial<T>) => void;
}
/** With block.json registered by PHP, the script adds only what runs in the browser. */
export function registerBlockType<T>(
  name: string,
  settings: {
    edit: Component<BlockEditProps<T>>;
    save: Component<{ attributes: T }>;
    /** Earlier versions' definitions, newest first: a saved block that only one of them saves is read with it. */
    deprecated?: { attributes: Record<string, unknown>; supports?: Record<string, unknown>; save: Component<{ attributes: T }> }[];
  },
): unknown;
