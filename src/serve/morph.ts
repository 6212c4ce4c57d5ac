// The in-place page update of the live-reload client: given the page as first served (pristine,
// parsed), the page as rebuilt (parsed) and the live document, it changes only what differs
// between the two served versions, so unchanged nodes stay (no image, iframe or font is fetched
// again, scroll position and focus stay) and what the page's own scripts did to unchanged parts
// survives. It refuses (returns a reason, the caller reloads) when scripts or stylesheets differ,
// since scripts cannot be re-run faithfully. Plain ES2017 in a string, like the client it joins.
//
// The diff walks two child lists at once (old = pristine, new = rebuilt): equal nodes are kept;
// a new node found a little further on in the old list means the old nodes before it were deleted;
// an old node found a little further on in the new list means the new node was inserted; anything
// else is the same place edited, compared one level down. Whitespace text never anchors a match
// (it is everywhere). Each old node's live counterpart is the next live sibling of the same kind
// (live nodes a script added are skipped and kept); where a script removed nodes, that level
// falls back to comparing the live list itself with the new one.

/** Defines `kilnMorph` = `{ patchDocument(doc, oldDoc, newDoc), morph(live, old, next, stats) }`. */
export const MORPH_SOURCE = String.raw`
var kilnMorph = (function () {
  var LOOKAHEAD = 40;
  var SOFT_LOOKAHEAD = 4;
  var CLIENT_SCRIPT = 'script[data-kiln-livereload]';
  function isBlank(n) { return n.nodeType === 3 && !/\S/.test(n.nodeValue); }
  function idOf(n) { return n.nodeType === 1 ? n.getAttribute('id') : null; }
  // Two nodes stand for the same thing: equal, or elements with the same id.
  function matches(a, b) {
    if (a.nodeType === 1 && b.nodeType === 1) {
      var ia = idOf(a);
      if (ia && ia === idOf(b) && a.nodeName === b.nodeName) return true;
    }
    return a.isEqualNode(b);
  }
  // The first of up to LOOKAHEAD siblings after 'start' (excluded) that matches 'target'.
  function findAhead(start, target) {
    if (isBlank(target)) return null;
    var n = start.nextSibling;
    for (var i = 0; n && i < LOOKAHEAD; i++, n = n.nextSibling) if (!isBlank(n) && matches(n, target)) return n;
    return null;
  }
  // The first of a few non-blank siblings after 'start' of the same kind as 'target' and not itself
  // found as is further on after 'target' (that one is kept for its own place).
  function softAhead(start, target) {
    var n = start.nextSibling;
    for (var seen = 0; n && seen < SOFT_LOOKAHEAD; n = n.nextSibling) {
      if (isBlank(n)) continue;
      seen++;
      if (sameKind(n, target) && !findAhead(target, n)) return n;
    }
    return null;
  }
  function sameKind(a, b) {
    return a.nodeType === b.nodeType && a.nodeName === b.nodeName && (a.nodeType !== 1 || idOf(a) === idOf(b));
  }
  // The live node standing for each child of 'old', in order, skipping live nodes a script added;
  // null when some old child has no live counterpart of its kind (a script removed or replaced it).
  function align(live, old) {
    var map = new Map(), l = live.firstChild;
    for (var o = old.firstChild; o; o = o.nextSibling) {
      while (l && !sameKind(l, o)) l = l.nextSibling;
      if (!l) return null;
      map.set(o, l);
      l = l.nextSibling;
    }
    return map;
  }
  function adopt(live, next) { return live.ownerDocument.importNode(next, true); }
  // Attributes that differ between old and new are set on the live element; attributes only the
  // live element has (added by a script) are left alone.
  function syncAttributes(live, old, next, stats) {
    var na = next.attributes, i, a;
    for (i = 0; i < na.length; i++) {
      a = na[i];
      if (old.getAttributeNS(a.namespaceURI, a.localName) !== a.value) {
        live.setAttributeNS(a.namespaceURI, a.name, a.value);
        stats.attributes++;
      }
    }
    var oa = old.attributes;
    for (i = oa.length - 1; i >= 0; i--) {
      a = oa[i];
      if (!next.hasAttributeNS(a.namespaceURI, a.localName) && live.hasAttributeNS(a.namespaceURI, a.localName)) {
        live.removeAttributeNS(a.namespaceURI, a.localName);
        stats.attributes++;
      }
    }
  }
  // Brings 'live' (whose served version was 'old') to 'next'; returns the node now in its place.
  function morph(live, old, next, stats) {
    if (old.isEqualNode(next)) { stats.kept++; return live; }
    if (!sameKind(old, next) || !sameKind(live, next)) {
      var made = adopt(live, next);
      live.parentNode.replaceChild(made, live);
      stats.replaced++;
      return made;
    }
    if (live.nodeType === 3 || live.nodeType === 8) {
      live.nodeValue = next.nodeValue;
      stats.text++;
      return live;
    }
    if (live.nodeType !== 1) return live;
    syncAttributes(live, old, next, stats);
    // Parsed without scripting, a noscript holds elements; live, it holds text: never comparable,
    // and never shown while scripts run.
    if (live.nodeName === 'NOSCRIPT') return live;
    if (live.nodeName === 'TEMPLATE' || live.nodeName === 'TEXTAREA') {
      if (old.innerHTML !== next.innerHTML) {
        var copy = adopt(live, next);
        live.parentNode.replaceChild(copy, live);
        stats.replaced++;
        return copy;
      }
      return live;
    }
    morphChildren(live, old, next, stats);
    return live;
  }
  // Brings the children of 'live' (served as those of 'old') to those of 'next'. Live nodes a
  // script added stay where they are.
  function morphChildren(live, old, next, stats) {
    var map = old === live ? null : align(live, old);
    if (!map) old = live;
    function liveOf(node) { return map ? map.get(node) : node; }
    var o = old.firstChild, n = next.firstChild;
    // The live node the next insertion goes after (null: first in 'live').
    var anchor = null;
    function insert(node) {
      var made = adopt(live, node);
      live.insertBefore(made, anchor ? anchor.nextSibling : live.firstChild);
      anchor = made;
      stats.inserted++;
    }
    function dropUntil(stop) {
      while (o !== stop) {
        var gone = liveOf(o);
        o = o.nextSibling;
        live.removeChild(gone);
        stats.removed++;
      }
    }
    // Read o's next sibling before morphing: when old is the live list, a replaced node leaves it.
    function morphHere(cur) {
      var after = o.nextSibling;
      anchor = morph(liveOf(o), o, cur, stats);
      o = after;
    }
    while (n) {
      var cur = n;
      n = n.nextSibling;
      if (!o) { insert(cur); continue; }
      if (o.isEqualNode(cur)) { stats.kept++; anchor = liveOf(o); o = o.nextSibling; continue; }
      var ahead = findAhead(o, cur);
      if (ahead) {
        dropUntil(ahead);
        morphHere(cur);
        continue;
      }
      // Text placed before an element, or a node the old list has further on: an insertion.
      if ((cur.nodeType !== 1 && o.nodeType === 1) || (!isBlank(o) && findAhead(cur, o))) {
        insert(cur);
        continue;
      }
      // An old node of another kind here, and one of the same kind a little further on that the new
      // list does not have as is: the nodes before it were deleted and it was edited.
      if (!sameKind(o, cur)) {
        var similar = softAhead(o, cur);
        if (similar) dropUntil(similar);
      }
      morphHere(cur);
    }
    dropUntil(null);
  }
  function list(nodes) {
    var out = [];
    for (var i = 0; i < nodes.length; i++) out.push(nodes[i].outerHTML);
    return out.join('\n');
  }
  // What a page runs or is styled by: a change there needs a real reload.
  var HEAD_RESOURCES = 'script, style, base, link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="import"]';
  function headResources(doc) { return list(doc.head ? doc.head.querySelectorAll(HEAD_RESOURCES) : []); }
  function bodyScripts(doc) {
    if (!doc.body) return '';
    var all = doc.body.querySelectorAll('script'), mine = [];
    for (var i = 0; i < all.length; i++) if (!all[i].matches(CLIENT_SCRIPT)) mine.push(all[i]);
    return list(mine);
  }
  // The rest of the head (meta, title, canonical and icon links…): removed when gone from the new
  // version, added when new, compared by their markup.
  function headOthers(doc) {
    var out = [];
    if (!doc.head) return out;
    for (var c = doc.head.firstElementChild; c; c = c.nextElementSibling) if (!c.matches(HEAD_RESOURCES) && c.nodeName !== 'TITLE') out.push(c);
    return out;
  }
  function patchHead(doc, old, next, stats) {
    if (doc.title !== next.title) { doc.title = next.title; stats.text++; }
    var before = headOthers(old).map(function (e) { return e.outerHTML; });
    var after = headOthers(next).map(function (e) { return e.outerHTML; });
    var live = headOthers(doc);
    for (var i = 0; i < live.length; i++) {
      var html = live[i].outerHTML;
      if (before.indexOf(html) >= 0 && after.indexOf(html) < 0) { live[i].remove(); stats.removed++; }
    }
    var wanted = headOthers(next);
    for (var j = 0; j < wanted.length; j++) {
      if (before.indexOf(after[j]) < 0) {
        // Placed where the new version has it, relative to the next element both versions share.
        var ref = null;
        for (var k = j + 1; k < wanted.length && !ref; k++) {
          if (before.indexOf(after[k]) < 0) continue;
          for (var m = 0; m < live.length && !ref; m++) if (live[m].isConnected && live[m].outerHTML === after[k]) ref = live[m];
        }
        doc.head.insertBefore(adopt(doc.head, wanted[j]), ref);
        stats.inserted++;
      }
    }
  }
  // Patches 'doc' (the live document, first served as 'oldDoc', or null when that is unknown) to
  // 'newDoc'. Returns { ok: true, stats } or { ok: false, reason } having changed nothing.
  function patchDocument(doc, oldDoc, newDoc) {
    var old = oldDoc || doc;
    if (!newDoc.body || !doc.body) return { ok: false, reason: 'no body' };
    if (headResources(old) !== headResources(newDoc)) return { ok: false, reason: 'the head’s scripts or stylesheets changed' };
    if (bodyScripts(old) !== bodyScripts(newDoc)) return { ok: false, reason: 'the page’s scripts changed' };
    var stats = { kept: 0, inserted: 0, removed: 0, replaced: 0, text: 0, attributes: 0 };
    syncAttributes(doc.documentElement, old.documentElement, newDoc.documentElement, stats);
    patchHead(doc, old, newDoc, stats);
    syncAttributes(doc.body, old.body, newDoc.body, stats);
    morphChildren(doc.body, old.body, newDoc.body, stats);
    return { ok: true, stats: stats };
  }
  return { patchDocument: patchDocument, morph: morph };
})();
`;
