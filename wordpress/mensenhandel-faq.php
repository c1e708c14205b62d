<?php
/**
 * Plugin Name:       Mensenhandel FAQ
 * Plugin URI:        https://example.org/mensenhandel-faq/
 * Description:       The six most asked questions about human trafficking as an accessible disclosure list, in fourteen languages. Block: Mensenhandel FAQ. Shortcode: [mensenhandel_faq].
 * Version:           0.3.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            mensenhandel-faq contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       mensenhandel-faq
 * Domain Path:       /languages
 *
 * Plugin URI is a placeholder (example.org): the project has no public address yet.
 * Words shown to admins are English here and in block/, translated in languages/ (nl_NL).
 *
 * The thin part in PHP: it registers the block (block/, built from TypeScript), writes the
 * shortcode's element with its fallback link, serves block and shortcode prerendered (embed.php:
 * the questions in the page before any script, assembled from pieces the build rendered), lets
 * posts keep the element, and loads the widget's script (from this plugin's folder, never
 * another site) only on pages that show it.
 *
 * @package mensenhandel-faq
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/embed.php';

/** The plugin's version, the header's: the script's cache key. */
const MENSENHANDEL_FAQ_VERSION = '0.3.0';

/** The element's attributes that the shortcode passes on; the widget checks their values. */
const MENSENHANDEL_FAQ_ATTRIBUTES = array( 'lang', 'theme', 'questions', 'open', 'heading-level', 'languages', 'exit-url', 'id' );

/** Its boolean attributes: present unless the value is "false", "0", "no" or "nee". */
const MENSENHANDEL_FAQ_FLAGS = array( 'single', 'hide-title', 'hide-expand-all', 'structured-data' );

/** What a post shows where the widget cannot run (and after the plugin is removed). */
const MENSENHANDEL_FAQ_FALLBACK = array(
	'href' => 'https://maakhetzichtbaar.nl/wat-is-mensenhandel/',
	'text' => 'De 6 meest gestelde vragen over mensenhandel',
);

/**
 * The `<mensenhandel-faq>` element for the given options, every attribute escaped. Values are
 * passed on as given: a bad one gets the widget's own console warning, never a PHP error.
 *
 * @param array $options Attribute names (with hyphens or underscores) and their values.
 * @return string The element's markup.
 */
function mensenhandel_faq_markup( $options ) {
	$options = is_array( $options ) ? $options : array();
	$html    = '<mensenhandel-faq';
	foreach ( MENSENHANDEL_FAQ_ATTRIBUTES as $name ) {
		$value = mensenhandel_faq_option( $options, $name );
		if ( 'exit-url' === $name && null !== $value ) {
			$value = mensenhandel_faq_exit_url( $value );
		}
		if ( null !== $value ) {
			$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
		}
	}
	// `[mensenhandel_faq single]`: a flag written bare is a value under a numbered key.
	$bare_flags = array_filter( $options, 'is_int', ARRAY_FILTER_USE_KEY );
	foreach ( MENSENHANDEL_FAQ_FLAGS as $name ) {
		$value = mensenhandel_faq_option( $options, $name );
		$bare  = in_array( $name, $bare_flags, true ) || in_array( str_replace( '-', '_', $name ), $bare_flags, true );
		if ( $bare || ( null !== $value && ! in_array( strtolower( trim( $value ) ), array( 'false', '0', 'no', 'nee' ), true ) ) ) {
			$html .= ' ' . $name;
		}
	}
	return $html . sprintf(
		'><a href="%s" rel="noreferrer">%s</a></mensenhandel-faq>',
		esc_url( MENSENHANDEL_FAQ_FALLBACK['href'] ),
		esc_html( MENSENHANDEL_FAQ_FALLBACK['text'] )
	);
}

/**
 * The quick-exit address, completed as the block's field completes it (src/field-checks.ts
 * `checkExitUrl`): a host name written without a scheme (`www.buienradar.nl`) gets `https://`,
 * since the widget shows no button for it. Anything else is passed on as given.
 *
 * @param string $value The address as written in the shortcode.
 * @return string The address for the element.
 */
function mensenhandel_faq_exit_url( $value ) {
	$value = trim( $value );
	return preg_match( '/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([\/?#]\S*)?$/u', $value ) ? 'https://' . $value : $value;
}

/**
 * One option's value as a string, by its attribute name or the same with underscores.
 *
 * @param array  $options The options.
 * @param string $name    The attribute name.
 * @return string|null The value, or null when absent.
 */
function mensenhandel_faq_option( $options, $name ) {
	foreach ( array( $name, str_replace( '-', '_', $name ) ) as $key ) {
		if ( isset( $options[ $key ] ) && is_scalar( $options[ $key ] ) ) {
			return (string) $options[ $key ];
		}
	}
	return null;
}

/**
 * The shortcode `[mensenhandel_faq lang="pl" questions="1 6" …]`, with the element's options.
 *
 * @param array|string $options The shortcode's attributes.
 * @return string The element, and the script queued for the page's footer.
 */
function mensenhandel_faq_shortcode( $options ) {
	wp_enqueue_script( 'mensenhandel-faq' );
	return mensenhandel_faq_prerendered( mensenhandel_faq_markup( is_array( $options ) ? $options : array() ) );
}

/**
 * The block as visitors get it: the element the post saved (start tag, fallback link, help
 * blocks), prerendered at render time, so the post itself stays small and a post saved by an
 * earlier version renders the same way.
 *
 * The quick-exit address is the one attribute the block keeps in its comment (not in the saved
 * element: see mensenhandel_faq_allowed_html): it goes onto the element here, where the element's
 * attributes have it (src/options.ts: after every other but `structured-data`), completed as the
 * shortcode's, with the `&amp;` of WordPress's filter undone.
 *
 * @param array  $attributes The block's attributes (the saved element holds all others).
 * @param string $content    The element the post saved.
 * @return string The prerendered element.
 */
function mensenhandel_faq_render_block( $attributes, $content ) {
	$content  = trim( $content );
	$exit_url = isset( $attributes['exitUrl'] ) && is_string( $attributes['exitUrl'] ) ? trim( wp_specialchars_decode( $attributes['exitUrl'], ENT_QUOTES ) ) : '';
	if ( '' !== $exit_url ) {
		$content = preg_replace_callback(
			'/^(<mensenhandel-faq\b[^>]*?)(?: exit-url="[^"]*")?( structured-data)?>/',
			function ( $start ) use ( $exit_url ) {
				return $start[1] . ' exit-url="' . esc_attr( mensenhandel_faq_exit_url( $exit_url ) ) . '"' . ( isset( $start[2] ) ? $start[2] : '' ) . '>';
			},
			$content,
			1
		);
	}
	return mensenhandel_faq_prerendered( $content );
}

/**
 * Registers the script (loaded only where the widget is used), the shortcode and the block. The
 * block's block.json names the script as its view script, so WordPress loads it on pages that
 * show the block, and in the editor for the live preview.
 */
function mensenhandel_faq_init() {
	// First: block.json's title, description and keywords are translated as the block registers.
	load_plugin_textdomain( 'mensenhandel-faq', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	wp_register_script(
		'mensenhandel-faq',
		plugins_url( 'dist/mensenhandel-faq.js', __FILE__ ),
		array(),
		MENSENHANDEL_FAQ_VERSION,
		true
	);
	add_shortcode( 'mensenhandel_faq', 'mensenhandel_faq_shortcode' );
	$editor_script = register_block_type( __DIR__ . '/block', array( 'render_callback' => 'mensenhandel_faq_render_block' ) )->editor_script_handles[0];
	// The sidebar's words in the admin's language: languages/mensenhandel-faq-{locale}-{handle}.json.
	wp_set_script_translations( $editor_script, 'mensenhandel-faq', __DIR__ . '/languages' );
	// The preview of a block set to "the page's language" shows the site's (get_locale), not the
	// editor user's (in the admin, get_bloginfo( 'language' ) is the user's).
	wp_add_inline_script(
		$editor_script,
		sprintf( 'window.mensenhandelFaqSiteLanguage = %s;', wp_json_encode( str_replace( '_', '-', get_locale() ) ) ),
		'before'
	);
}
add_action( 'init', 'mensenhandel_faq_init' );

/**
 * Posts may hold the element with its attributes and help slot: the block saves it, and WordPress would
 * otherwise strip it from posts of anyone without `unfiltered_html` (Editors on many sites).
 * The widget checks every value itself; no attribute here can hold a script. But not `exit-url`:
 * WordPress's editor shows a block's saved HTML when the block is invalid or unknown, so only
 * users with `unfiltered_html` (whose posts this filter does not touch) may keep a quick-exit
 * address in a post's HTML. The block keeps its own in its comment (mensenhandel_faq_render_block).
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context Where the HTML is used.
 * @return array The tags, in posts with the element.
 */
function mensenhandel_faq_allowed_html( $tags, $context ) {
	if ( 'post' === $context ) {
		$tags['mensenhandel-faq'] = array_fill_keys( array_merge( array_diff( MENSENHANDEL_FAQ_ATTRIBUTES, array( 'exit-url' ) ), MENSENHANDEL_FAQ_FLAGS ), true );
		// The block's help text, `<p slot="help">` inside the element (its text is escaped), and a
		// pasted embed's text: `<h3 slot="question-1" role="none">`, `<div slot="answer-1">`, … (the
		// widget replaces it with its own when it starts; without the slot it would stay hidden
		// beside it, and reader views would read it twice).
		foreach ( array( 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p' ) as $tag ) {
			$tags[ $tag ]['slot'] = true;
			$tags[ $tag ]['role'] = true;
		}
		// A non-Dutch embed's fallback link says its page is Dutch (`hreflang="nl"`), for page
		// translators and screen readers; WordPress 6.1 would drop the attribute.
		$tags['a']['hreflang'] = true;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'mensenhandel_faq_allowed_html', 10, 2 );

/**
 * A post may hold the element without block or shortcode: an embed pasted into a Custom HTML
 * block. WordPress removes its script (and, for users without `unfiltered_html`, the template
 * and styles of its prerendered content); the element stays (see above), so the page gets the
 * script, which renders the widget afresh.
 *
 * @param string $content The post's HTML.
 * @return string The same HTML.
 */
function mensenhandel_faq_pasted( $content ) {
	if ( false !== strpos( $content, '<mensenhandel-faq' ) ) {
		wp_enqueue_script( 'mensenhandel-faq' );
	}
	return $content;
}
add_filter( 'the_content', 'mensenhandel_faq_pasted' );

/**
 * The widget's script is an ES module, after the content (the recommended embed). WordPress 6.1
 * has no module scripts: this marks WordPress's own tag as one, and changes nothing else, so
 * what other filters added (a Content-Security-Policy nonce) and inline scripts attached to the
 * handle stay.
 *
 * @param string $tag    The script tags WordPress wrote for the handle.
 * @param string $handle Its handle.
 * @return string The tags to print.
 */
function mensenhandel_faq_module( $tag, $handle ) {
	if ( 'mensenhandel-faq' !== $handle ) {
		return $tag;
	}
	// The tag that loads the file (it has a src): its type, if any, becomes "module".
	return preg_replace_callback(
		'/<script\b[^>]*\ssrc=[^>]*>/',
		function ( $match ) {
			return '<script type="module"' . substr( preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $match[0] ), strlen( '<script' ) );
		},
		$tag,
		1
	);
}
add_filter( 'script_loader_tag', 'mensenhandel_faq_module', 10, 2 );
