/**
 * The block "Mensenhandel FAQ" for the block editor (WordPress 6.1+). The editor shows the
 * widget itself as a live preview, with its settings in the sidebar in Dutch (settings.ts); the
 * post saves the element with its fallback link (options.ts), so a post still has the link if
 * the plugin is removed.
 *
 * Built by `wp-scripts build` (`npm run build`) into dist/wordpress/block/, which the plugin's
 * PHP registers from block.json. No JSX: WordPress 6.1 has no `react-jsx-runtime` script, so
 * elements are made with `createElement`, and the built file needs only WordPress's own scripts.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { registerBlockType, type BlockEditProps } from '@wordpress/blocks';
import { createElement, Fragment, RawHTML } from '@wordpress/element';
import { FALLBACK } from '../../demo/snippet.js';
import metadata from './block.json';
import { markup, previewProps, type Options } from './options.js';
import { Settings } from './settings.js';

/** The site's language, which the plugin's PHP writes into the editor's page. */
const siteLanguage = () => (window as { mensenhandelFaqSiteLanguage?: string }).mensenhandelFaqSiteLanguage ?? '';

function Edit({ attributes, setAttributes }: BlockEditProps<Options>) {
  return createElement(
    Fragment,
    null,
    createElement(InspectorControls, null, createElement(Settings, { options: attributes, change: setAttributes })),
    createElement('div', useBlockProps(), createElement('mensenhandel-faq', previewProps(attributes, siteLanguage()), createElement(RawHTML, null, FALLBACK))),
  );
}

// Without the block's class names (block.json): the post holds exactly the configurator's element.
const save = ({ attributes }: { attributes: Options }) => createElement(RawHTML, null, markup(attributes));

// The rest of the definition (title, attributes, scripts) comes from block.json.
registerBlockType<Options>(metadata.name, { edit: Edit, save });
