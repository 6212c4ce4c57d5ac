// The live-reload client: a small script referenced from served HTML responses (never from files
// on disk). It is a same-origin external script, not inline code, so pages with a Content Security
// Policy allowing `script-src 'self'` still run it; its settings ride on the tag's data attribute.
// It connects to the server's WebSocket, reloads the page on `reload`, swaps stylesheets in place
// on `css`, and on `update` (only pages and stylesheets changed) fetches this page again and
// patches the document in place (morph.ts), falling back to a reload when scripts or stylesheets
// of the page changed or anything fails. It shows or clears a build-error overlay, reconnects when
// the server restarts, and reloads when the site changed while it was away or before it connected.

import { MORPH_SOURCE } from './morph.js';

export interface ClientConfig {
  /** WebSocket path on the server. */
  path: string;
  /** Port of a separate live-reload server, or null when it shares the page's port. */
  port: number | null;
  /** Successful-build count when the page was served: a newer one on connect means a reload. */
  buildId: number;
  /** The page is a 404 answer: any rebuild may have made the page exist, so it always reloads. */
  notFound?: boolean;
}

/** The id the overlay element carries, for tests and for the client itself. */
export const OVERLAY_ID = 'kiln-error-overlay';

// Plain ES2017 in a string: it runs in any browser as is, with no build step.
const CLIENT_SOURCE = String.raw`
(function () {
  if (window.__kilnLiveReload) return;
  window.__kilnLiveReload = true;
  var tag = document.currentScript || document.querySelector('script[data-kiln-livereload]');
  var cfg;
  try { cfg = JSON.parse(tag.getAttribute('data-kiln-config')); } catch (e) { return; }
  var OVERLAY = '__OVERLAY__';
  var pageBuild = cfg.buildId;
  var retries = 0;
  __MORPH__
  // The page as the server sent it (parsed), so an update changes only what the rebuild changed
  // and leaves what the page's scripts did elsewhere; null until known (then the live DOM stands in).
  var pristine = null;
  var updating = 0;
  function parse(html) { return new DOMParser().parseFromString(html, 'text/html'); }
  function servedBuild(doc) {
    var t = doc.querySelector('script[data-kiln-livereload]');
    try { return JSON.parse(t.getAttribute('data-kiln-config')).buildId; } catch (e) { return null; }
  }
  function reload(reason) {
    if (reason) console.info('[kiln] reloading the page: ' + reason);
    location.reload();
  }
  // The navigation's own response, from the browser cache when it still has it.
  function keepPristine() {
    if (cfg.notFound || !window.fetch || !window.DOMParser) return;
    fetch(location.href, { cache: 'force-cache', credentials: 'same-origin' }).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (html === null || updating) return;
      var doc = parse(html);
      if (servedBuild(doc) === pageBuild) pristine = doc;
    }).catch(function () {});
  }
  // Fetches this page as rebuilt and patches the document in place; any failure reloads.
  function updatePage(m) {
    var seq = ++updating;
    fetch(location.href, { cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    }).then(function (html) {
      if (seq !== updating) return;
      var next = parse(html);
      var build = servedBuild(next);
      hideOverlay();
      var result = kilnMorph.patchDocument(document, pristine, next);
      if (!result.ok) return reload(result.reason);
      pristine = next;
      if (build !== null) pageBuild = build;
      if (m.css && m.css.length) swapCss(m.css);
      window.__kilnLastUpdate = { kind: 'patch', buildId: pageBuild, stats: result.stats };
      window.dispatchEvent(new CustomEvent('kiln:patched', { detail: result.stats }));
    }).catch(function (e) {
      reload('the in-place update failed (' + (e && e.message) + ')');
    });
  }
  function socketUrl() {
    var proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    var host = cfg.port ? location.hostname.replace(/^(.*:.*)$/, '[$1]') + ':' + cfg.port : location.host;
    return proto + '//' + host + cfg.path;
  }
  function whenBody(fn) {
    if (document.body) fn(); else document.addEventListener('DOMContentLoaded', fn);
  }
  function hideOverlay() {
    var el = document.getElementById(OVERLAY);
    if (el) el.remove();
  }
  function showOverlay(err) {
    whenBody(function () {
      hideOverlay();
      var box = document.createElement('div');
      box.id = OVERLAY;
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.93);' +
        'color:#eee;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:32px;box-sizing:border-box';
      var title = document.createElement('div');
      title.style.cssText = 'color:#ff6b6b;font-size:16px;font-weight:bold;margin-bottom:8px';
      title.textContent = 'Build failed — the last good version of the site is still served';
      var where = document.createElement('div');
      where.className = 'kiln-error-location';
      where.style.cssText = 'color:#8ec7ff;margin-bottom:4px';
      var loc = err.file ? err.file + (err.line ? ':' + err.line + (err.column ? ':' + err.column : '') : '') : '';
      where.textContent = loc;
      var msg = document.createElement('pre');
      msg.className = 'kiln-error-message';
      msg.style.cssText = 'white-space:pre-wrap;margin:0 0 12px;color:#fff';
      msg.textContent = err.message + (err.chain && err.chain.length ? '\n' + err.chain.map(function (c, i) {
        return (i === 0 ? '  in ' : '  included from ') + c;
      }).join('\n') : '');
      box.appendChild(title);
      if (loc) box.appendChild(where);
      box.appendChild(msg);
      if (err.frame) {
        var frame = document.createElement('pre');
        frame.className = 'kiln-error-frame';
        frame.style.cssText = 'white-space:pre;margin:0;padding:12px;background:#111;border-radius:4px;color:#ddd';
        frame.textContent = err.frame;
        box.appendChild(frame);
      }
      var hint = document.createElement('div');
      hint.style.cssText = 'margin-top:12px;color:#999';
      hint.textContent = 'Fix the file and save: this clears itself on the next good build. Click to hide.';
      box.appendChild(hint);
      box.addEventListener('click', hideOverlay);
      document.body.appendChild(box);
    });
  }
  function swapCss(paths) {
    // Links already being replaced are left alone, so quick successive edits do not pile up copies.
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]:not([data-kiln-replaced])');
    var swapped = 0;
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var url = new URL(link.getAttribute('href'), location.href);
      if (url.origin !== location.origin) continue;
      if (paths.length && paths.indexOf(url.pathname) < 0) continue;
      url.searchParams.set('kiln-reload', String(Date.now()));
      var next = link.cloneNode();
      next.href = url.href;
      link.setAttribute('data-kiln-replaced', '');
      (function (old) {
        var done = function () { old.remove(); };
        next.addEventListener('load', done);
        next.addEventListener('error', done);
      })(link);
      link.parentNode.insertBefore(next, link.nextSibling);
      swapped++;
    }
    // A changed stylesheet this page does not link directly (an @import): refresh them all.
    if (!swapped && paths.length) swapCss([]);
  }
  // The builder lists only outputs whose bytes changed, so a page whose own file is not among them
  // is already up to date, unless an asset it may use changed (anything but other pages, feeds,
  // sitemaps and text files, which a page does not load).
  function concernsThisPage(paths) {
    if (cfg.notFound || !paths.length) return true;
    var mine = ownPaths();
    if (!mine) return true;
    for (var i = 0; i < paths.length; i++) {
      var p = paths[i];
      if (mine.indexOf(p) >= 0) return true;
      if (!/\.(html?|xhtml|xml|txt|map)$/i.test(p)) return true;
    }
    return false;
  }
  // The output files this URL may be served from.
  function ownPaths() {
    var here;
    try { here = decodeURI(location.pathname); } catch (e) { return null; }
    return /\/$/.test(here) ? [here + 'index.html', here + 'index.htm'] : [here, here + '.html', here + '.xhtml', here + '/index.html'];
  }
  function showsOneOf(pages) {
    var mine = ownPaths();
    if (!mine) return true;
    for (var i = 0; i < pages.length; i++) if (mine.indexOf(pages[i]) >= 0) return true;
    return false;
  }
  function handle(m) {
    switch (m.type) {
      case 'hello':
        // A page older than the last good build is reloaded first (the error, if any, follows).
        if (m.buildId !== pageBuild) location.reload();
        else if (m.error) showOverlay(m.error);
        else hideOverlay();
        break;
      case 'reload':
        if (concernsThisPage(m.paths || [])) location.reload();
        else {
          pageBuild = m.buildId;
          hideOverlay();
        }
        break;
      case 'update':
        // Only pages and stylesheets changed: this page is patched if it is one of them.
        if (cfg.notFound) reload();
        else if (showsOneOf(m.pages || [])) updatePage(m);
        else {
          pageBuild = m.buildId;
          hideOverlay();
          if (m.css && m.css.length) swapCss(m.css);
        }
        break;
      case 'css':
        hideOverlay();
        pageBuild = m.buildId;
        swapCss(m.paths || []);
        break;
      case 'error':
        showOverlay(m.error);
        break;
      case 'clear':
        pageBuild = m.buildId;
        hideOverlay();
        break;
    }
  }
  function connect() {
    var ws;
    try { ws = new WebSocket(socketUrl()); } catch (e) { return; }
    ws.onopen = function () { retries = 0; };
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      if (m && typeof m.type === 'string') handle(m);
    };
    ws.onclose = function () {
      retries++;
      setTimeout(connect, Math.min(200 * retries, 3000));
    };
  }
  connect();
  if (document.readyState === 'complete') keepPristine();
  else window.addEventListener('load', keepPristine);
})();
`;

/** Where the server serves the client script. */
export const CLIENT_PATH = '/__kiln/client.js';

/** The client's JavaScript. */
export const CLIENT_JS = CLIENT_SOURCE.replace('__OVERLAY__', OVERLAY_ID).replace('__MORPH__', () => MORPH_SOURCE.trim());

/** Changes whenever the client does, so its URL can be cached for good. */
export const CLIENT_VERSION = (() => {
  let h = 0x811c9dc5;
  for (let i = 0; i < CLIENT_JS.length; i++) h = Math.imul(h ^ CLIENT_JS.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
})();

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<script>` element for a page served at build `buildId`. */
export function clientScriptTag(config: ClientConfig): string {
  return `<script src="${CLIENT_PATH}?v=${CLIENT_VERSION}" data-kiln-livereload data-kiln-config="${escapeAttribute(JSON.stringify(config))}"></script>`;
}

/**
 * `html` with `tag` put before the last `</body>`, else after the opening `<head>`, else at the
 * end, so the page's own markup is untouched.
 */
export function injectIntoHtml(html: string, tag: string): string {
  const body = html.lastIndexOf('</body>');
  const bodyUpper = body >= 0 ? body : html.lastIndexOf('</BODY>');
  if (bodyUpper >= 0) return html.slice(0, bodyUpper) + tag + html.slice(bodyUpper);
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return html + tag;
}
