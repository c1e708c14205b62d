// What the block uses of WordPress's `wp.element` (React 17 in WordPress 6.1), checked against
// wp-includes/js/dist/element.js of Debian's WordPress 6.1.9. These few declarations stand in
// for the npm packages' types, which describe the newest WordPress, not the oldest we support.
export interface WPElement {
  readonly type: unknown;
  readonly props: unknown;
}
export type Child = WPElement | string | number | false | null | undefined;
export type Component<P> = (props: P) => WPElement | null;

export function createElement<P extends object>(type: Component<P>, props: (P & { key?: string | number }) | null, ...children: Child[]): WPElement;
export function createElement(type: string, props?: Record<string, unknown> | null, ...children: Child[]): WPElement;
export const Fragment: Component<object>;
/** Its children, a string, as raw HTML (in `save`: written into the post as it is). */
export const RawHTML: Component<object>;
/** A component's own state (React's `useState`). */
export function useState<T>(initial: T): [T, (value: T) => void];
