<?php

/**
 * @file
 * Drupal 10/11: an ABS widget rendered by the render service, included in a page as HTML, with a
 * cache that keeps the last good copy when the service or the API fails.
 *
 * In a custom module (here "absch_fragment"): copy the function into absch_fragment.module, and
 * the library below into absch_fragment.libraries.yml. In a Twig template or a block:
 *
 *   $build['profile'] = absch_fragment_build('absch-country-profile', ['country' => 'ke']);
 *
 * absch_fragment.libraries.yml (the hydrate build brings the element to life in the browser
 * without asking the API again):
 *
 *   hydrate:
 *     js:
 *       https://cdn.jsdelivr.net/npm/absch-widgets@0/dist/cdn/hydrate/absch-widgets.js: { type: external, attributes: { type: module } }
 */

use Drupal\Core\Render\Markup;
use GuzzleHttp\Exception\GuzzleException;

/** Where the render service runs (absch-widgets-server). */
const ABSCH_FRAGMENT_SERVICE = 'https://widgets.example.org';
/** Seconds a copy is fresh; as the service's own max-age. */
const ABSCH_FRAGMENT_FRESH = 300;
/** Seconds a copy is kept for when the service fails; as its stale-if-error. */
const ABSCH_FRAGMENT_KEEP = 86400;

/**
 * A render array with the element, rendered on the server, in the page's language.
 *
 * @param string $tag
 *   One of the six elements, e.g. 'absch-country-profile'.
 * @param array $attributes
 *   Its attributes, e.g. ['country' => 'ke'].
 */
function absch_fragment_build(string $tag, array $attributes): array {
  $langcode = \Drupal::languageManager()->getCurrentLanguage()->getId();
  $lang = in_array($langcode, ['ar', 'en', 'es', 'fr', 'ru', 'zh'], TRUE) ? $langcode : 'en';
  $url = ABSCH_FRAGMENT_SERVICE . '/render/' . rawurlencode($tag) . '?' . http_build_query($attributes + ['lang' => $lang], '', '&', PHP_QUERY_RFC3986);

  $cid = 'absch_fragment:' . hash('sha256', $url);
  $cache = \Drupal::cache();
  $now = \Drupal::time()->getRequestTime();
  $kept = $cache->get($cid);
  $html = $kept ? $kept->data['html'] : NULL;

  if (!$kept || $now - $kept->data['at'] >= ABSCH_FRAGMENT_FRESH) {
    try {
      $response = \Drupal::httpClient()->get($url, ['timeout' => 15, 'http_errors' => FALSE]);
      $status = $response->getStatusCode();
      // 200: the element with its data; 400: its message about an attribute (bad UID, unknown country).
      if ($status === 200 || $status === 400) {
        $html = (string) $response->getBody();
        $cache->set($cid, ['html' => $html, 'at' => $now], $now + ABSCH_FRAGMENT_KEEP);
      }
      // 502: the API failed, the body is the element's error state; keep showing the last good copy if there is one.
      elseif ($html === NULL && $status === 502) {
        $html = (string) $response->getBody();
      }
    }
    catch (GuzzleException $e) {
      // The service is unreachable: the last good copy, or nothing.
      \Drupal::logger('absch_fragment')->warning('Render service: @message', ['@message' => $e->getMessage()]);
    }
  }

  return [
    // The service escapes every value; Drupal's own filter would strip the element and its template.
    '#markup' => Markup::create($html ?? ''),
    '#attached' => ['library' => ['absch_fragment/hydrate']],
    '#cache' => ['max-age' => ABSCH_FRAGMENT_FRESH, 'contexts' => ['languages:language_interface']],
  ];
}
