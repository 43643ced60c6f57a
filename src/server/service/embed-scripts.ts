/**
 * The two small scripts and the style sheet of iframe embeds, served as files (the embed page's CSP
 * allows no inline script or style). They are plain ES2017 that every browser runs as it is, kept
 * here as text so that the service serves them the same from src/ and from dist/.
 *
 * The page inside the frame tells its parent its height whenever it changes (and when asked); the
 * host page's script sets the `height` attribute of the iframe that sent it, after checking that
 * the message comes from that iframe's own origin. Messages: `{type: 'absch-embed:height', height}`
 * from the frame, `{type: 'absch-embed:ask'}` from the host (the host's script may load after the
 * frame has spoken).
 */

/** Runs inside the iframe (/embed-frame.js). */
export const FRAME_SCRIPT = `(function () {
  var content = document.querySelector('.absch-embed');
  if (!content || window.parent === window) return;
  var last = -1;
  function tell(force) {
    var height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: 'absch-embed:height', height: height }, '*');
  }
  new ResizeObserver(function () { tell(false); }).observe(content);
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'absch-embed:ask') tell(true);
  });
  tell(true);
})();
`;

/** Runs in the page that holds the iframes (/embed.js, pasted with the iframe by oEmbed). */
export const HOST_SCRIPT = `(function () {
  if (window.abschEmbedSizing) return;
  window.abschEmbedSizing = true;
  var MAX_HEIGHT = 20000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'absch-embed:height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.setAttribute('height', String(Math.min(Math.ceil(data.height), MAX_HEIGHT)));
      return;
    }
  });
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: 'absch-embed:ask' }, '*');
  }
})();
`;

/** The embed page's only style sheet: no margin to measure around; the element styles itself. */
export const EMBED_CSS = `html, body { margin: 0; padding: 0; background: transparent; }
.absch-embed { display: flow-root; }
`;
