// `wp-scripts build` for the block (wordpress/block → dist/wordpress/block): WordPress's own
// configuration, plus one thing it lacks: TypeScript imports written with `.js` (as tsc wants)
// resolve to the `.ts` files, here and in the widget's src/ and demo/.
import defaults from '@wordpress/scripts/config/webpack.config.js';

export default {
  ...defaults,
  resolve: { ...defaults.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
};
