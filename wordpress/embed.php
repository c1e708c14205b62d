<?php
/**
 * The prerendered embed, served by the block and the shortcode: the widget's questions and
 * answers in the page's HTML, in its language and styles, before any script runs (as the
 * configurator's embed). PHP only puts together the pieces the build rendered with the one embed
 * module (embed/*.json, from src/embed/pieces.ts) in the order src/embed/compose.ts gives, and
 * escapes what a user typed; it never renders the widget itself. Tested equal to the embed module
 * (test/wordpress/).
 *
 * @package mensenhandel-faq
 */

defined( 'ABSPATH' ) || exit;

/**
 * One file of pieces (`common`, or a language), read once per request.
 *
 * @param string $name The file's name, without `.json`.
 * @return array|null Its pieces; null when the file is missing.
 */
function mensenhandel_faq_pieces( $name ) {
	static $read = array();
	if ( ! array_key_exists( $name, $read ) ) {
		$file          = __DIR__ . '/embed/' . $name . '.json';
		$read[ $name ] = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	}
	return $read[ $name ];
}

/**
 * The language the widget shows, as it matches one (`en-GB` and `en_GB` give `en`): its `lang`,
 * else the site's (the page's `lang`, which the element inherits), else Dutch.
 *
 * @param string $lang The element's `lang`, or empty.
 * @return string A shipped language.
 */
function mensenhandel_faq_locale( $lang ) {
	$common = mensenhandel_faq_pieces( 'common' );
	$tag    = '' !== trim( (string) $lang ) ? (string) $lang : get_locale();
	$base   = strtolower( (string) preg_split( '/[-_]/', trim( $tag ) )[0] );
	return $common && in_array( $base, $common['locales'], true ) ? $base : 'nl';
}

/**
 * The question ids in a list as the element reads one (ids 1–6, separated by commas or spaces,
 * each once, in order); `all` and an empty list as given.
 *
 * @param string $value The attribute's value.
 * @param int[]  $all   What `all` means.
 * @param int[]  $none  What an empty (or wholly unknown) list means.
 * @return int[] The ids.
 */
function mensenhandel_faq_ids( $value, $all, $none ) {
	$value = strtolower( trim( (string) $value ) );
	if ( 'all' === $value ) {
		return $all;
	}
	$ids = array();
	foreach ( preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ) as $token ) {
		if ( preg_match( '/^[1-6]$/', $token ) && ! in_array( (int) $token, $ids, true ) ) {
			$ids[] = (int) $token;
		}
	}
	return $ids ? $ids : $none;
}

/**
 * What the element will make of its markup: its attributes read as its own parsers read them
 * (src/attributes.ts), and whether it has a help block.
 *
 * @param string $element The element's markup.
 * @return array The options `mensenhandel_faq_compose` takes.
 */
function mensenhandel_faq_read( $element ) {
	preg_match( '/^<mensenhandel-faq\b([^>]*)>/', $element, $start );
	preg_match_all( '/\s([a-z-]+)(?:="([^"]*)")?/', $start ? $start[1] : '', $found, PREG_SET_ORDER );
	$a = array();
	foreach ( $found as $attribute ) {
		$a[ $attribute[1] ] = html_entity_decode( isset( $attribute[2] ) ? $attribute[2] : '', ENT_QUOTES, 'UTF-8' );
	}
	$all     = array( 1, 2, 3, 4, 5, 6 );
	$theme   = strtolower( trim( isset( $a['theme'] ) ? $a['theme'] : '' ) );
	$level   = trim( isset( $a['heading-level'] ) ? $a['heading-level'] : '2' );
	$exit    = trim( isset( $a['exit-url'] ) ? $a['exit-url'] : '' );
	$scheme  = strtolower( (string) wp_parse_url( $exit, PHP_URL_SCHEME ) );
	$common  = mensenhandel_faq_pieces( 'common' );
	$menu    = isset( $a['languages'] ) ? strtolower( trim( $a['languages'] ) ) : '';
	$matches = array_filter(
		preg_split( '/[\s,]+/', $menu, -1, PREG_SPLIT_NO_EMPTY ),
		function ( $code ) use ( $common ) {
			return 'all' === $code || ( $common && in_array( (string) preg_split( '/[-_]/', $code )[0], $common['locales'], true ) );
		}
	);
	return array(
		'locale'          => mensenhandel_faq_locale( isset( $a['lang'] ) ? $a['lang'] : '' ),
		'theme'           => in_array( $theme, array( 'light', 'dark', 'auto' ), true ) ? $theme : 'light',
		'questions'       => mensenhandel_faq_ids( isset( $a['questions'] ) ? $a['questions'] : '', $all, $all ),
		'open'            => mensenhandel_faq_ids( isset( $a['open'] ) ? $a['open'] : '', $all, array() ),
		'single'          => isset( $a['single'] ),
		'level'           => preg_match( '/^[1-6]$/', $level ) ? (int) $level : 2,
		'hide_title'      => isset( $a['hide-title'] ),
		'hide_expand_all' => isset( $a['hide-expand-all'] ),
		'menu'            => (bool) $matches,
		'data'            => isset( $a['structured-data'] ),
		'exit'            => in_array( $scheme, array( 'http', 'https' ), true ) && wp_parse_url( $exit, PHP_URL_HOST ) ? $exit : '',
		'id'              => isset( $a['id'] ) ? $a['id'] : '',
		'help'            => (bool) preg_match( '/<[a-z0-9]+\b[^>]*\sslot="help"/i', $element ),
	);
}

/**
 * The prerendered content of an element: what goes after its start tag, up to its help slots,
 * and the preloads after it.
 *
 * @param array $o The element's options as it will read them (`mensenhandel_faq_read`).
 * @return array|null `content` and `preloads`; null when the pieces are missing (the element then renders as before).
 */
function mensenhandel_faq_compose( $o ) {
	$common   = mensenhandel_faq_pieces( 'common' );
	$language = mensenhandel_faq_pieces( $o['locale'] );
	if ( ! $common || ! $language ) {
		return null;
	}
	$level  = $o['level'];
	$open   = $o['single'] ? array_slice( $o['open'], 0, 1 ) : $o['open'];
	$chosen = array(
		'theme'          => 'light' !== $o['theme'],
		'languageMenu'   => $o['menu'],
		'exitUrl'        => '' !== $o['exit'],
		'structuredData' => $o['data'],
		'id'             => '' !== $o['id'],
		'help'           => $o['help'],
	);
	$links  = $common['links']['widget'];
	$files  = array();
	foreach ( $common['chunks'] as $chunk ) {
		if ( ! empty( $chosen[ $chunk['key'] ] ) ) {
			$links  .= $chunk['link'];
			$files[] = $chunk['file'];
		}
	}
	$shadow = $language['start'][ $o['theme'] ][ $o['hide_title'] ? 1 : 0 ]
		. ( $chosen['exitUrl'] ? $language['exit'] : '' )
		. ( $o['menu'] ? $language['menu'] : '' )
		. ( $o['hide_title'] ? '' : $common['title'][ $level - 1 ] );
	if ( ! $o['single'] && ! $o['hide_expand_all'] ) {
		$shadow .= $language['expandAll'][ array_diff( $o['questions'], $open ) ? 0 : 1 ];
	}
	$shadow .= $common['listStart'];
	foreach ( $o['questions'] as $id ) {
		list( $before, $after ) = $common['item'][ $id ][ $level - 1 ];
		$shadow                .= $common['itemStart'][ ( in_array( $id, $open, true ) ? 1 : 0 ) + ( $o['single'] ? 2 : 0 ) ]
			. $before . ( $chosen['id'] ? $language['copyLink'] : '' ) . $after;
	}
	$shadow .= $common['listEnd'] . ( $o['help'] ? $language['help'][ $level - 1 ] : '' ) . $common['end'];
	$text    = $o['hide_title'] ? array() : array( $language['text']['title'][ $level - 1 ] );
	foreach ( $o['questions'] as $id ) {
		$text[] = $language['text']['question'][ $id ][ $level - 1 ];
		$text[] = $language['text']['answer'][ $id ];
	}
	$text[] = $language['text']['moreInfo'];
	$text[] = $language['fallback'];
	$folder = plugins_url( 'dist/', __FILE__ );
	if ( 'nl' !== $o['locale'] ) {
		array_unshift( $files, 'locales/' . $o['locale'] . '.js' );
	}
	return array(
		'content'  => "\n  <template shadowrootmode=\"open\">" . $links . $shadow . "</template>\n  " . $common['links']['text'] . "\n  " . implode( "\n  ", $text ),
		'preloads' => implode(
			'',
			array_map(
				function ( $file ) use ( $folder ) {
					return "\n" . sprintf( '<link rel="modulepreload" href="%s">', esc_url( $folder . $file ) );
				},
				$files
			)
		),
	);
}

/**
 * An element with its prerendered content: the start tag as given, then the content, its help
 * blocks (each on a line, as given), and after it the preloads of the files its script will load.
 *
 * @param string $element The element's markup (its start tag, fallback link and help blocks), as the block saves it or the shortcode writes it.
 * @return string The markup; when the pieces are missing, the element as given (then the marker, if first).
 */
function mensenhandel_faq_prerendered( $element ) {
	static $first = true;
	// After the first widget of the page, where the embed has its script: a preload of it (WordPress
	// prints the script at the end of the page) that also marks where the widget ends, for the
	// head's `expect` (mensenhandel_faq_expect); then the preloads of the files the script loads,
	// in the embed's order, so the script is fetched first. The marker comes also after a widget
	// that cannot be prerendered, which the head could not know: else the browser would hold the
	// page's first paint until the whole page is parsed, and say so in its console.
	$end = '';
	if ( $first ) {
		$first  = false;
		$script = wp_scripts()->registered['mensenhandel-faq'];
		$end    = "\n" . sprintf( '<link rel="modulepreload" href="%s" id="mensenhandel-faq-end">', esc_url( add_query_arg( 'ver', $script->ver, $script->src ) ) );
	}
	$made = mensenhandel_faq_compose( mensenhandel_faq_read( $element ) );
	if ( ! $made || ! preg_match( '/^(<mensenhandel-faq\b[^>]*>)/', $element, $start ) ) {
		return $element . $end;
	}
	preg_match_all( '/<p slot="help"[^>]*>.*?<\/p>/s', $element, $help );
	$help = implode(
		'',
		array_map(
			function ( $block ) {
				return "\n  " . $block;
			},
			$help[0]
		)
	);
	return $start[1] . $made['content'] . $help . "\n</mensenhandel-faq>" . $end . $made['preloads'];
}

/**
 * Near the top of a post (its first 3,000 characters), the first widget is painted whole: the
 * page's `<head>` says the browser may paint once the widget's end is parsed (`<link rel="expect"
 * blocking="render">`, as the configurator's embed does), so the text below it does not move while
 * the prerendered questions arrive on a slow connection. Further down the page the browser paints
 * what it has, as it would without the plugin. Chromium; other browsers ignore the line.
 */
function mensenhandel_faq_expect() {
	$post = is_singular() ? get_post() : null;
	if ( ! $post ) {
		return;
	}
	$at = array_filter(
		array(
			strpos( $post->post_content, '<!-- wp:mensenhandel-faq/faq' ),
			strpos( $post->post_content, '[mensenhandel_faq' ),
		),
		'is_int'
	);
	if ( $at && min( $at ) < 3000 ) {
		echo '<link rel="expect" href="#mensenhandel-faq-end" blocking="render">' . "\n";
	}
}
add_action( 'wp_head', 'mensenhandel_faq_expect', 1 );
