/**
 * The block "Mensenhandel FAQ" for the block editor (WordPress 6.1+). The editor shows the
 * widget itself as a live preview, with its settings in the sidebar in the admin's language
 * (settings.ts); the post saves the element with its fallback link and help text (options.ts),
 * so a post still has the link if the plugin is removed.
 *
 * Built by scripts/wordpress-block.mjs (`npm run build`) into dist/wordpress/block/, which the plugin's
 * PHP registers from block.json. No JSX: WordPress 6.1 has no `react-jsx-runtime` script, so
 * elements are made with `createElement`, and the built file needs only WordPress's own scripts.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { registerBlockType, type BlockEditProps } from '@wordpress/blocks';
import { createElement, Fragment, RawHTML } from '@wordpress/element';
import { FALLBACK } from '../../src/embed/config.js';
import metadata from './block.json';
import { helpText, known, markup, markup030, previewProps, type Help, type Options } from './options.js';
import { Settings } from './settings.js';

/** The site's language, which the plugin's PHP writes into the editor's page. */
const siteLanguage = () => (window as { mensenhandelFaqSiteLanguage?: string }).mensenhandelFaqSiteLanguage ?? '';

/** A help line as the element's `help` slot: its text (escaped by React), a `<br>` per line break. */
const helpSlot = ({ lang, content }: Help) =>
  createElement(
    'p',
    { slot: 'help', lang: lang || undefined, key: lang ?? '' },
    ...helpText(content)
      .trim()
      .split('\n')
      .flatMap((line, index) => (index ? [createElement('br', { key: index }), line] : [line])),
  );

function Edit({ attributes, setAttributes }: BlockEditProps<Options>) {
  const options = known(attributes);
  const help = options.help.filter(({ content }) => helpText(content).trim());
  // The widget looks for help slots as it renders, and a help slot added later changes none of
  // its attributes: a new element (React's `key`) when the first help line appears or the last goes.
  const props = { ...previewProps(options, siteLanguage()), key: help.length ? 'with-help' : 'without-help' };
  return createElement(
    Fragment,
    null,
    createElement(InspectorControls, null, createElement(Settings, { options, change: setAttributes })),
    createElement('div', useBlockProps(), createElement('mensenhandel-faq', props, createElement(RawHTML, null, FALLBACK), ...help.map(helpSlot))),
  );
}

// Without the block's class names (block.json): the post holds exactly the configurator's element.
const save = ({ attributes }: { attributes: Options }) => createElement(RawHTML, null, markup(attributes));

/**
 * Posts saved by version 0.3.0 and earlier: the quick-exit address on the element (the block
 * moves it into its comment), the fallback link without `rel="noreferrer"`.
 */
const v030 = {
  attributes: { ...metadata.attributes, exitUrl: { type: 'string', source: 'attribute', selector: 'mensenhandel-faq', attribute: 'exit-url', default: '' } },
  supports: metadata.supports,
  save: ({ attributes }: { attributes: Options }) => createElement(RawHTML, null, markup030(attributes)),
};

// The rest of the definition (title, attributes, scripts) comes from block.json.
registerBlockType<Options>(metadata.name, { edit: Edit, save, deprecated: [v030] });
