// sourcebrief reader enhancements. The site reads fully without this file: footnotes stay plain
// footnotes, dates and names stay text, and the search box stays hidden (html.no-js).
// No framework, no network: works under `script-src 'self'`, inline in briefing.html, and from file://.
(function () {
  "use strict";

  var doc = document;
  var html = doc.documentElement;
  html.classList.remove("no-js");
  html.classList.add("js");

  var script = doc.currentScript;
  var embedded = doc.getElementById("search-data");
  var OFFLINE = !!embedded || !(script && script.src);

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  var KINDS = { person: "Person", org: "Organisation", place: "Place" };
  var TRIGGERS = ".footnote-ref a[href^='#'], time.date, span.date, .person, .org, .place";

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function byHash(href) {
    var hash = (href || "").split("#")[1];
    if (!hash) { return null; }
    try { return doc.getElementById(decodeURIComponent(hash)); } catch (e) { return null; }
  }

  // ---------------------------------------------------------------- readable dates
  function day(y, m, d) {
    var date = new Date(Date.UTC(y, m - 1, d));
    return DAYS[date.getUTCDay()] + " " + date.getUTCDate() + " " + MONTHS[date.getUTCMonth()] + " " + date.getUTCFullYear();
  }

  function isoWeekMonday(year, week) {
    var jan4 = new Date(Date.UTC(year, 0, 4));
    var monday = Date.UTC(year, 0, 4) - ((jan4.getUTCDay() + 6) % 7) * 864e5;
    return new Date(monday + (week - 1) * 7 * 864e5);
  }

  function describeDate(value, mod) {
    var m, text, detail = "";
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
      text = day(+m[1], +m[2], +m[3]);
    } else if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
      var start = isoWeekMonday(+m[1], +m[2]);
      var end = new Date(start.getTime() + 6 * 864e5);
      text = "week " + (+m[2]) + " of " + m[1];
      detail = day(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()) + " to " +
        day(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
    } else if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) {
      text = MONTHS[+m[2] - 1] + " " + m[1];
    } else if (/^\d{4}$/.test(value)) {
      text = "the year " + value;
    } else if (value === "PRESENT_REF") {
      text = "the present (when the source was written)";
    } else {
      return { text: "Date not resolved", detail: "The source gives no date this can be counted from." };
    }
    var prefix = { START: "early ", MID: "mid-", END: "late ", APPROX: "about " }[(mod || "").toUpperCase()] || "";
    return { text: prefix + text, detail: detail };
  }

  // ---------------------------------------------------------------- the floating tip (popover / card)
  var tip = null;
  var owner = null;
  var showTimer = 0;
  var hideTimer = 0;
  var pointer = "mouse";
  var openBeforeTap = null;

  function tipElement() {
    if (!tip) {
      tip = el("div", "sb-tip");
      tip.id = "sb-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      tip.addEventListener("mouseleave", function () { scheduleHide(); });
      doc.body.appendChild(tip);
    }
    return tip;
  }

  function cloneNote(note) {
    var copy = doc.createElement("div");
    copy.className = "note-text";
    Array.prototype.forEach.call(note.childNodes, function (child) { copy.appendChild(child.cloneNode(true)); });
    Array.prototype.forEach.call(copy.querySelectorAll(".footnote-backref"), function (a) { a.remove(); });
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (n) { n.removeAttribute("id"); });
    Array.prototype.forEach.call(copy.querySelectorAll("a, button, input"), function (n) { n.setAttribute("tabindex", "-1"); });
    return copy;
  }

  function footnoteContent(mark) {
    var note = byHash(mark.getAttribute("href"));
    if (!note) { return null; }
    var box = el("div");
    box.appendChild(el("span", "tip-kind", "Source note " + mark.textContent.replace(/[[\]]/g, "")));
    box.appendChild(cloneNote(note));
    return box;
  }

  function dateContent(node) {
    var value = node.getAttribute("datetime") || node.getAttribute("data-value") || "";
    var said = describeDate(value, node.getAttribute("data-mod"));
    var box = el("div");
    box.appendChild(el("span", "tip-kind", "Date"));
    box.appendChild(el("strong", "tip-title", said.text));
    if (said.detail) { box.appendChild(el("span", "tip-line", said.detail)); }
    box.appendChild(el("span", "tip-line tip-muted", "As written: “" + node.textContent.trim() + "”"));
    return box;
  }

  function entityContent(node) {
    var kind = ["person", "org", "place"].filter(function (k) { return node.classList.contains(k); })[0];
    var box = el("div");
    box.appendChild(el("span", "tip-kind", KINDS[kind]));
    box.appendChild(el("strong", "tip-title", node.getAttribute("data-name") || node.textContent.trim()));
    var role = node.getAttribute("data-role");
    if (role) { box.appendChild(el("span", "tip-line", role)); }
    var count = parseInt(node.getAttribute("data-mentions") || "", 10);
    if (count > 0) {
      box.appendChild(el("span", "tip-line tip-muted", "Mentioned " + count + (count === 1 ? " time" : " times") + " in the sources"));
    }
    if (node.tagName === "A") { box.appendChild(el("span", "tip-line tip-muted", "Follow the link for everything said about them.")); }
    return box;
  }

  function contentFor(node) {
    if (node.matches(".footnote-ref a")) { return footnoteContent(node); }
    if (node.matches(".date")) { return dateContent(node); }
    return entityContent(node);
  }

  function placeTip(node) {
    var box = tipElement();
    var rect = node.getBoundingClientRect();
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var viewW = doc.documentElement.clientWidth;
    var left = Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), Math.max(8, viewW - width - 8));
    var below = rect.bottom + 8;
    var top = below + height > window.innerHeight - 8 && rect.top - height - 8 > 0 ? rect.top - height - 8 : below;
    box.style.left = Math.round(left + window.pageXOffset) + "px";
    box.style.top = Math.round(top + window.pageYOffset) + "px";
  }

  function describe(node, on) {
    var list = (node.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (id) { return id && id !== "sb-tip"; });
    if (on) { list.push("sb-tip"); }
    if (list.length) { node.setAttribute("aria-describedby", list.join(" ")); } else { node.removeAttribute("aria-describedby"); }
  }

  function showTip(node) {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (owner === node && !tipElement().hidden) { return; }
    if (node.matches(".footnote-ref a") && hasSidenote(node)) { hideTip(); highlightSidenote(node, true); return; }
    var content = contentFor(node);
    if (!content) { return; }
    hideTip();
    var box = tipElement();
    box.replaceChildren(content);
    box.className = "sb-tip" + (node.matches(".footnote-ref a") ? " sb-note" : " sb-card");
    box.hidden = false;
    owner = node;
    describe(node, true);
    placeTip(node);
  }

  function hideTip() {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (owner) { describe(owner, false); highlightSidenote(owner, false); }
    owner = null;
    if (tip) { tip.hidden = true; }
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideTip, 250);
  }

  function triggerOf(target) {
    var node = target && target.closest ? target.closest(TRIGGERS) : null;
    if (!node || node.closest(".sb-tip, .search-results, .sidenotes, .footnotes")) { return null; }
    return node;
  }

  doc.addEventListener("mouseover", function (event) {
    var node = triggerOf(event.target);
    if (!node) { return; }
    clearTimeout(hideTimer);
    if (node === owner) { return; }
    clearTimeout(showTimer);
    showTimer = setTimeout(function () { showTip(node); }, 120);
  });
  doc.addEventListener("mouseout", function (event) {
    var node = triggerOf(event.target);
    if (!node) { return; }
    clearTimeout(showTimer);
    if (node === owner && !(event.relatedTarget && tip && tip.contains(event.relatedTarget))) { scheduleHide(); }
    if (node.matches(".footnote-ref a")) { highlightSidenote(node, false); }
  });
  doc.addEventListener("focusin", function (event) {
    var node = triggerOf(event.target);
    if (node) { showTip(node); }
  });
  doc.addEventListener("focusout", function (event) {
    var node = triggerOf(event.target);
    if (node && node === owner) { hideTip(); }
    if (node && node.matches(".footnote-ref a")) { highlightSidenote(node, false); }
  });
  doc.addEventListener("pointerdown", function (event) {
    pointer = event.pointerType || "mouse";
    openBeforeTap = owner && tip && !tip.hidden ? owner : null;
    if (owner && !owner.contains(event.target) && !(tip && tip.contains(event.target))) { hideTip(); }
  });
  doc.addEventListener("click", function (event) {
    var node = triggerOf(event.target);
    if (!node) { return; }
    var tapped = event.detail > 0 && pointer !== "mouse";
    // A tap on a footnote mark shows the note in place; a second tap, a click or Enter follows the link.
    if (node.matches(".footnote-ref a") && tapped && openBeforeTap !== node) {
      event.preventDefault();
      showTip(node);
    } else if (node.matches(".date")) {
      event.preventDefault();
      if (openBeforeTap === node) { hideTip(); } else { showTip(node); }
    }
  });
  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && owner) { hideTip(); }
  });
  window.addEventListener("resize", function () { if (owner) { placeTip(owner); } });

  // ---------------------------------------------------------------- sidenotes (wide screens)
  var wide = window.matchMedia ? window.matchMedia("(min-width: 1200px)") : null;
  var sidenoteTimer = 0;

  var MAX_DRIFT = 320; // px a note may sit below its paragraph before the page falls back to popovers

  function hasSidenote(mark) { return !!(wide && wide.matches && mark.closest(".has-sidenotes")); }

  function highlightSidenote(mark, on) {
    var note = byHash(mark.getAttribute("href"));
    var side = note ? doc.getElementById("sn-" + note.id) : null;
    if (side) { side.classList.toggle("is-active", on); }
  }

  function clearSidenotes() {
    Array.prototype.forEach.call(doc.querySelectorAll(".sidenotes"), function (n) { n.remove(); });
    Array.prototype.forEach.call(doc.querySelectorAll(".has-sidenotes"), function (n) { n.classList.remove("has-sidenotes"); });
  }

  var sidenoteWatch = null;

  function layoutSidenotes() {
    clearSidenotes();
    if (sidenoteWatch) { sidenoteWatch.disconnect(); sidenoteWatch = null; }
    if (!wide || !wide.matches) { return; }
    var blocks = Array.prototype.slice.call(doc.querySelectorAll(".prose"));
    if (blocks.length <= 3 || !("IntersectionObserver" in window)) { blocks.forEach(layoutProse); return; }
    // A long document (the offline briefing holds every page) gets its notes as the reader nears them: placing
    // thousands at load kept a 1,000-source briefing busy for a minute.
    sidenoteWatch = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { sidenoteWatch.unobserve(entry.target); layoutProse(entry.target); }
      });
    }, { rootMargin: "1500px 0px" });
    blocks.forEach(function (prose) { sidenoteWatch.observe(prose); });
  }

  function layoutProse(prose) {
    var marks = Array.prototype.filter.call(prose.querySelectorAll(".footnote-ref a[href^='#']"), function (mark) {
      return !mark.closest(".footnotes") && byHash(mark.getAttribute("href"));
    });
    if (!marks.length || prose.closest(".sidenotes")) { return; }
    prose.classList.add("has-sidenotes");
    var column = el("div", "sidenotes");
    column.setAttribute("aria-hidden", "true");
    var sides = marks.map(function (mark) {
      var note = byHash(mark.getAttribute("href"));
      var side = el("div", "sidenote");
      side.id = "sn-" + note.id;
      side.appendChild(el("span", "sidenote-number", mark.textContent.replace(/[[\]]/g, "")));
      side.appendChild(cloneNote(note));
      column.appendChild(side);
      return side;
    });
    prose.appendChild(column);
    // Every position and height is read before any is written: the page is laid out once, not once per note
    // (the notes are absolutely placed, so neither their heights nor the paragraphs move with them).
    var origin = prose.getBoundingClientRect().top;
    var wanted = marks.map(function (mark) {
      return Math.round((mark.closest("p, li, dd, blockquote") || mark).getBoundingClientRect().top - origin);
    });
    var heights = sides.map(function (side) { return side.offsetHeight; });
    var bottom = 0;
    var drift = 0;
    var tops = wanted.map(function (want, i) {
      var top = Math.max(want, bottom);
      drift = Math.max(drift, top - want);
      bottom = top + heights[i] + 10;
      return top;
    });
    // Notes longer than their paragraphs would drift away from them: keep popovers there instead.
    if (drift > MAX_DRIFT) {
      column.remove();
      prose.classList.remove("has-sidenotes");
      return;
    }
    sides.forEach(function (side, i) { side.style.top = tops[i] + "px"; });
  }

  function scheduleSidenotes() {
    clearTimeout(sidenoteTimer);
    sidenoteTimer = setTimeout(layoutSidenotes, 60);
  }

  if (wide) {
    if (wide.addEventListener) { wide.addEventListener("change", scheduleSidenotes); }
    window.addEventListener("resize", scheduleSidenotes);
    if (doc.fonts && doc.fonts.ready) { doc.fonts.ready.then(scheduleSidenotes); }
    layoutSidenotes();
  }

  // ---------------------------------------------------------------- search
  var form = doc.querySelector("form.site-search");
  var input = form ? form.querySelector("input[type=search]") : null;
  if (!form || !input) { return; }

  var GROUPS = [
    ["entity", "People, organisations and places"],
    ["event", "Events"],
    ["fact", "Facts"],
    ["source", "Sources and pages"],
    ["passage", "Passages"]
  ];
  var PER_GROUP = 6;
  var index = null;
  var loading = false;
  var waiting = [];
  var searchTimer = 0;
  var dismissed = null;

  var panel = el("div", "search-results");
  panel.id = "search-results";
  panel.hidden = true;
  var status = el("p", "visually-hidden");
  status.setAttribute("role", "status");
  form.appendChild(status);
  form.appendChild(panel);
  input.setAttribute("aria-controls", "search-results");

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, "\"").replace(/[\u2010-\u2015]/g, "-");
  }

  // Folded text plus, for each folded code unit, the index of the original character it came from.
  function foldMap(text) {
    var folded = "";
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var part = fold(text[i]);
      for (var j = 0; j < part.length; j++) { map.push(i); }
      folded += part;
    }
    return { text: folded, map: map };
  }

  function prepare(data) {
    var pages = (data.pages || []).map(function (row) {
      return { target: row[0], title: row[1], kind: row[2], folded: fold(row[1]) };
    });
    var items = (data.items || []).map(function (row) {
      return { page: pages[row[0]], id: row[1], kind: row[2], text: row[3], folded: fold(row[3]) };
    });
    pages.forEach(function (page) {
      items.push({ page: page, id: "", kind: page.kind === "entity" ? "entity" : "source", text: page.title, folded: page.folded, isTitle: true });
    });
    return items;
  }

  var shown = null;

  function withIndex(callback) {
    if (index) { callback(); return; }
    waiting.push(callback);
    if (loading) { return; }
    loading = true;
    var done = function (data) {
      index = prepare(data || {});
      waiting.splice(0).forEach(function (fn) { fn(); });
    };
    if (embedded) {
      try { done(JSON.parse(embedded.textContent)); } catch (e) { done({}); }
      return;
    }
    if (window.SOURCEBRIEF_SEARCH) { done(window.SOURCEBRIEF_SEARCH); return; }
    if (!script || !script.src) { done({}); return; }
    var loader = doc.createElement("script");
    loader.src = new URL("../search-index.js", script.src).href;
    loader.onload = function () { done(window.SOURCEBRIEF_SEARCH); };
    loader.onerror = function () { status.textContent = "The search index could not be loaded."; done({}); };
    doc.head.appendChild(loader);
  }

  function hrefFor(item) {
    if (OFFLINE) {
      return "#" + item.page.target.replace(/\.html$/, "").replace(/\//g, "-") + (item.id ? "--" + item.id : "");
    }
    return new URL(item.page.target + (item.id ? "#" + item.id : ""), new URL("../", script.src)).href;
  }

  function highlighted(text, terms) {
    var fm = foldMap(text);
    var ranges = [];
    terms.forEach(function (term) {
      var at = fm.text.indexOf(term);
      while (at !== -1 && term) {
        ranges.push([fm.map[at], fm.map[at + term.length - 1] + 1]);
        at = fm.text.indexOf(term, at + term.length);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    // One <mark> per phrase: join ranges that overlap or are separated only by spaces.
    ranges = ranges.reduce(function (joined, r) {
      var last = joined[joined.length - 1];
      if (last && (r[0] <= last[1] || !text.slice(last[1], r[0]).trim())) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        joined.push(r);
      }
      return joined;
    }, []);
    var out = doc.createDocumentFragment();
    var pos = 0;
    ranges.forEach(function (r) {
      out.appendChild(doc.createTextNode(text.slice(pos, r[0])));
      out.appendChild(el("mark", "", text.slice(r[0], r[1])));
      pos = r[1];
    });
    out.appendChild(doc.createTextNode(text.slice(pos)));
    return out;
  }

  function snippet(item, terms) {
    var text = item.text;
    if (text.length <= 180) { return text; }
    var first = Math.max(0, item.folded.indexOf(terms[0]));
    var start = Math.max(0, first - 60);
    if (start > 0) { start = text.indexOf(" ", start) + 1 || start; }
    var end = Math.min(text.length, start + 180);
    if (end < text.length) { end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end; }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function score(item, terms) {
    var value = item.isTitle ? 50 : 0;
    terms.forEach(function (term) {
      var at = item.folded.indexOf(term);
      var before = at > 0 ? item.folded[at - 1] : " ";
      if (!/[a-z0-9]/.test(before)) { value += 10; }
      value -= Math.min(at, 500) / 100;
    });
    return value;
  }

  function search(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length || fold(query).trim().length < 2) { return null; }
    var hits = index.filter(function (item) {
      return terms.every(function (term) { return item.folded.indexOf(term) !== -1; });
    });
    return {
      terms: terms,
      groups: GROUPS.map(function (group) {
        var found = hits.filter(function (item) { return item.kind === group[0]; });
        found.sort(function (a, b) { return score(b, terms) - score(a, terms); });
        return { kind: group[0], label: group[1], items: found };
      }).filter(function (group) { return group.items.length; }),
      total: hits.length
    };
  }

  function resultLink(item, terms) {
    var link = el("a", "search-hit");
    link.href = hrefFor(item);
    if (item.isTitle) {
      link.appendChild(el("span", "hit-title")).appendChild(highlighted(item.text, terms));
      link.appendChild(el("span", "hit-where", item.kind === "entity" ? "Entity page" : "Page"));
    } else {
      link.appendChild(el("span", "hit-text")).appendChild(highlighted(snippet(item, terms), terms));
      link.appendChild(el("span", "hit-where", item.page.title));
    }
    return link;
  }

  function render(query) {
    // The same query twice (focus and input both ask) keeps the list, and the reader's place in it.
    if (query === shown && !panel.hidden) { return; }
    shown = query;
    var found = search(query);
    panel.replaceChildren();
    if (!found) { closePanel(); status.textContent = ""; return; }
    if (!found.total) {
      panel.appendChild(el("p", "search-empty", "Nothing in this briefing matches “" + query.trim() + "”."));
    }
    found.groups.forEach(function (group, number) {
      var section = el("div", "search-group");
      var label = el("p", "search-group-title", group.label);
      label.id = "search-group-" + number;
      var list = el("ul");
      list.setAttribute("aria-labelledby", label.id);
      group.items.slice(0, PER_GROUP).forEach(function (item) {
        list.appendChild(el("li")).appendChild(resultLink(item, found.terms));
      });
      section.appendChild(label);
      section.appendChild(list);
      if (group.items.length > PER_GROUP) {
        section.appendChild(el("p", "search-more", (group.items.length - PER_GROUP) + " more; refine the search to see them."));
      }
      panel.appendChild(section);
    });
    panel.hidden = false;
    form.classList.add("is-open");
    status.textContent = found.total ? found.total + (found.total === 1 ? " result" : " results") + "; press the down arrow to browse them." : "No results.";
  }

  function dismiss() {
    dismissed = input.value;
    clearTimeout(searchTimer);
    closePanel();
  }

  function closePanel() {
    shown = null;
    panel.hidden = true;
    form.classList.remove("is-open");
  }

  function links() { return Array.prototype.slice.call(panel.querySelectorAll("a.search-hit")); }

  function update() {
    // Results always follow the box's current text, unless the reader dismissed them for that text.
    withIndex(function () {
      if (input.value !== dismissed) { render(input.value); }
    });
  }

  input.addEventListener("input", function () {
    dismissed = null;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(update, 60);
  });
  input.addEventListener("focus", update);
  input.addEventListener("click", function () { dismissed = null; update(); });
  input.addEventListener("keydown", function (event) {
    var all = links();
    if (event.key === "ArrowDown" && all.length && !panel.hidden) {
      event.preventDefault();
      all[0].focus();
    } else if (event.key === "Escape") {
      if (!panel.hidden) { event.preventDefault(); dismiss(); } else { input.value = ""; }
    }
  });
  panel.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(doc.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) { input.focus(); } else { all[Math.min(next, all.length - 1)].focus(); }
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      all[event.key === "Home" ? 0 : all.length - 1].focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      dismiss();
      input.focus();
    }
  });
  panel.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) { dismiss(); }
  });
  form.addEventListener("submit", function (event) {
    // Nothing is ever submitted anywhere: Enter opens the first result.
    event.preventDefault();
    var first = links()[0];
    if (first) { dismiss(); window.location.href = first.href; }
  });
  doc.addEventListener("pointerdown", function (event) {
    if (!form.contains(event.target)) { closePanel(); }
  });
  form.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !form.contains(event.relatedTarget)) { closePanel(); }
  });
})();
