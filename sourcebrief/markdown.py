"""The one Markdown dialect of content/: CommonMark + front matter, footnotes and attribute spans.

Raw HTML is off; attributes are whitelisted; links may only be http(s), mailto or relative;
annotation spans become ``<time>`` and entity links through token transforms, not HTML regexes.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, normalizeReference
from markdown_it.renderer import RendererHTML
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

ANNOTATION_KEYS = ("ref", "value", "unit", "by", "mod", "label")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]")
_SAFE_CLASS = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,40}$")
_SAFE_SCHEME = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)
_ANY_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_TIMEX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
MD_ESCAPE = re.compile(r"([\\`*_\[\]{}<>#|~^&!])")
_MD_LINK = re.compile(r"\.md(?=$|#)")
_REWRITTEN = frozenset({"link_open", "image"})
"""Token types _sanitise gives attributes even when they have none (href; src and alt)."""


def create_markdown(shortcuts: bool = True) -> MarkdownIt:
    """The configured parser (stateless between pages). ``shortcuts=False`` gives the stock rules alone: the
    shortcuts change speed, never a token (tests/test_markdown_fastpath.py)."""
    md = MarkdownIt("commonmark", {"html": False, "xhtmlOut": False, "linkify": False, "typographer": False},
                    renderer_cls=InlineRenderer if shortcuts else RendererHTML)
    md.use(front_matter_plugin).use(footnote_plugin)
    md.use(attrs_plugin, spans=True).use(attrs_block_plugin)
    md.validateLink = is_safe_link
    stock_ref = md.renderer.rules["footnote_ref"]
    md.add_render_rule("footnote_ref", lambda self, tokens, idx, options, env:
                       WORD_JOINER + stock_ref(tokens, idx, options, env))
    if shortcuts:
        md.inline.ruler.before("link", SIMPLE_SPAN_RULE, _simple_span)
        md.inline.terminator_re = _TEXT_STOPS
    return md


WORD_JOINER = "\u2060"
"""Put before each footnote mark: browsers may break a line between "said." and "[1]", leaving the mark alone at
the start of the next line; a word joiner forbids that break (it is invisible, and search leaves it out)."""
SIMPLE_SPAN_RULE = "simple_span"
"""Name of the inline rule that is only a shortcut."""
_TEXT_STOPS = re.compile(r"[\n!&*\[\\\]^_`{}<]")
"""Where the text rule must stop: the first characters of the enabled inline rules (newline, image, entity,
emphasis, links, spans and footnotes, escapes, footnote_inline, code, attributes, autolinks) and the ``]`` a label
scan looks for. The stock set also stops at ``# $ % + - : = > @ ~`` for rules that are off here (linkify,
strikethrough, typographer); each stop costs a try of every rule, and dates and times are full of ``-`` and ``:``."""
_LABEL_UNSAFE = re.compile(r"[\[\\`<>){}]")
"""Characters in a ``[label]`` that could make another rule hide its first ``]`` (escapes, code spans, autolinks,
attributes, nested brackets), or let a token that starts before the label end inside it (``)`` of a link, ``>``)."""
_WORD = r"[A-Za-z0-9_:-]+"
_SIMPLE_ATTRS = re.compile(
    rf"\{{[ \t\n\r]*(?:(?:[.#]{_WORD}|{_WORD}={_WORD})(?:[ \t\n\r]+|(?=\}}))|{_WORD}=\"[^\"\\{{}}\n]*\"[ \t\n\r]*)*\}}")
"""The part of the attrs plugin's ``{...}`` syntax with one reading: ASCII names, unquoted or plain quoted values, no
comments; anything else goes to the plugin's own parser."""
_ATTR_ITEM = re.compile(rf"([.#])({_WORD})|({_WORD})=(?:\"([^\"]*)\"|({_WORD}))")
_URL_KEYS = frozenset({"href", "src", "action", "formaction", "xlink:href"})


def _simple_span(state: StateInline, silent: bool) -> bool:
    """``[plain label]{.x k=v}`` without the stock detour: the link rule scans the label token by token (every
    inline rule is tried at each stop), fails, then the attrs span rule scans it again and reads ``{...}`` one
    character at a time.

    A label with none of _LABEL_UNSAFE, not after a ``\\``, ends at its first ``]`` whichever rule scans it, and no
    token that starts before it can end inside it. So that end can go where parseLinkLabel looks first,
    ``state.cache[start + 1]``, and the stock link, span and image rules skip their scans too. The entry is made only
    where the stock scan would find the same end and change nothing else: nothing cached there yet, the nesting
    limit not reached, env["footnotes"] already made (a scan that stops at punctuation runs footnote_ref, which
    makes it).

    The span is emitted here only where the stock rules would make the same one: ``{`` follows, the label is no
    defined link reference (the link rule would win) and the attributes are in _SIMPLE_ATTRS. Anywhere else the rule
    returns False and the stock rules run. tests/test_markdown_fastpath.py checks the tokens are identical."""
    src, start = state.src, state.pos
    if src[start] != "[" or (start and src[start - 1] == "\\"):
        return False
    end = src.find("]", start + 1, state.posMax)
    if end <= start + 1 or _LABEL_UNSAFE.search(src, start + 1, end):
        return False
    known = state.cache.get(start + 1)
    if known is None:
        if state.level >= state.md.options["maxNesting"] or (
                "footnotes" not in state.env and state.md.inline.terminator_re.search(src, start + 1, end)):
            return False
        state.cache[start + 1] = end
    elif known != end:
        return False
    if end + 1 < state.posMax and src[end + 1] == "(":
        return _simple_link(state, silent, start, end)
    if end + 1 >= state.posMax or src[end + 1] != "{":
        return False
    references = state.env.get("references")
    if references and normalizeReference(src[start + 1:end]) in references:
        return False
    found = _SIMPLE_ATTRS.match(src, end + 1)
    attrs = _span_attrs(found.group()) if found else None
    if attrs is None:
        return False
    if not silent:
        limit = state.posMax
        state.pos, state.posMax = start + 1, end
        state.push("span_open", "span", 1).attrs.update(attrs)
        _label(state)
        state.push("span_close", "span", -1)
        state.posMax = limit
    state.pos = found.end()
    return True


_SIMPLE_DESTINATION = re.compile(r"\(([A-Za-z0-9_.~-][A-Za-z0-9_.~/#-]*)\)")
"""A link destination the stock rule takes as it is: no scheme, host, escape, reference, space, bracket or title
(normalizeLink and is_safe_link leave it unchanged)."""


def _simple_link(state: StateInline, silent: bool, start: int, end: int) -> bool:
    """``[plain label](page.md#p1)``, as the stock link rule makes it without its destination and title parsers (the
    "Also reported by" lists of generated footnotes are mostly such links); anything else goes to the stock rule."""
    found = _SIMPLE_DESTINATION.match(state.src, end + 1, state.posMax)
    if found is None:
        return False
    if not silent:
        limit = state.posMax
        state.pos, state.posMax = start + 1, end
        state.push("link_open", "a", 1).attrs = {"href": found.group(1)}
        state.linkLevel += 1
        _label(state)
        state.linkLevel -= 1
        state.push("link_close", "a", -1)
        state.posMax = limit
    state.pos = found.end()
    return True


_LABELS: dict[str, tuple[tuple[str, str, int, str, str, str], ...] | None] = {}
"""Final tokens (type, tag, nesting, content, markup, info) of the labels _label has parsed, by label text; None:
a label whose tokens are not that plain. Labels repeat: each "Also reported by" link is listed on many pages."""
_LABELS_MAX = 100_000


def _label(state: StateInline) -> None:
    """Tokenize the label ``state.src[state.pos:state.posMax]`` (a _simple_span label, its opening token just
    pushed) as the stock nested tokenize does, from a memo when the label was seen before.

    Such a label has none of _LABEL_UNSAFE: only the text, newline, emphasis and entity rules can act in it, and
    what they make depends on the label's text alone (it always sits between ``[`` and ``]``, in a fresh delimiter
    list). So its tokens after the inline post-processing (emphasis pairs, joined text) are made once, in a state of
    their own over the same source, and copied; the post-processing of the whole paragraph changes nothing in them
    but their levels, which fragments_join sets anyway."""
    src, start, end = state.src, state.pos, state.posMax
    if not state.md.inline.terminator_re.search(src, start, end):
        state.append_pending(src[start:end])  # the text rule's one step, then tokenize's flush
        state.pushPending()
        state.pos = end
        return
    template = None
    if state.level < state.md.options["maxNesting"]:  # deeper, tokenize tries no rule: every character is text
        label = src[start:end]
        template = _LABELS.get(label, False)
        if template is False:
            if len(_LABELS) >= _LABELS_MAX:
                _LABELS.clear()
            template = _LABELS[label] = _label_template(state)
    if not template:
        state.md.inline.tokenize(state)
        return
    level = state.level
    for kind, tag, nesting, content, markup, info in template:
        token = Token(kind, tag, nesting, content=content, markup=markup, info=info)
        token.level = level
        state.tokens.append(token)
        state.tokens_meta.append(None)
    state.pendingLevel = level
    state.pos = end


def _label_template(state: StateInline) -> tuple | None:
    """The label's final tokens, parsed apart (see _label), or None if any carries more than those six fields."""
    inner = StateInline(state.src, state.md, state.env, [])
    inner.pos, inner.posMax, inner.linkLevel = state.pos, state.posMax, state.linkLevel
    state.md.inline.tokenize(inner)
    for rule in state.md.inline.ruler2.getRules(""):
        rule(inner)
    if any(t.attrs or t.map or t.children or t.meta or t.block or t.hidden for t in inner.tokens):
        return None
    return tuple((t.type, t.tag, t.nesting, t.content, t.markup, t.info) for t in inner.tokens)


class InlineRenderer(RendererHTML):
    """RendererHTML with a shorter path for inline tokens, same output (tests/test_markdown_fastpath.py).

    Inline tokens are most of a page (footnote lists are links, emphasis and text) and the stock renderInline calls
    renderToken and renderAttrs for each: here text under the stock rule is escaped in place and an inline tag
    without a rule of its own is written as renderToken writes it (no newlines: those are for block tokens)."""

    def renderInline(self, tokens, options, env) -> str:  # noqa: N802 (markdown-it's name)
        rules = self.rules
        plain_text = getattr(rules.get("text"), "__func__", None) is RendererHTML.text
        closing_slash = " /" if options["xhtmlOut"] else ""
        escaped = _ESCAPED.get
        out: list[str] = []
        for i, token in enumerate(tokens):
            kind = token.type
            if kind == "text" and plain_text:
                out.append(escaped(token.content) or _escape(token.content))
            elif kind in rules:
                out.append(rules[kind](tokens, i, options, env))
            elif token.block:
                out.append(self.renderToken(tokens, i, options, env))
            elif not token.hidden:
                attrs = "".join([f' {escaped(key) or _escape(key)}="{escaped(value) or _escape(str(value))}"'
                                 for key, value in token.attrs.items()])
                if token.nesting == -1:
                    out.append(f"</{token.tag}{attrs}>")
                else:
                    out.append(f"<{token.tag}{attrs}{closing_slash if token.nesting == 0 else ''}>")
        return "".join(out)


_ESCAPED: dict[str, str] = {}
"""escapeHtml of short strings met before, by string: an outlet's name, "; ", attribute names and values come back
thousands of times (96% of the calls at 200 articles were repeats)."""
_ESCAPED_MAX, _ESCAPED_LONGEST = 50_000, 64


def _escape(text: str) -> str:
    """escapeHtml(text), remembered in _ESCAPED if short (emptied when full: its size stays bounded)."""
    found = escapeHtml(text)
    if len(text) <= _ESCAPED_LONGEST and isinstance(text, str):
        if len(_ESCAPED) >= _ESCAPED_MAX:
            _ESCAPED.clear()
        _ESCAPED[text] = found
    return found


def _span_attrs(text: str) -> dict[str, str] | None:
    """The attributes mdit_py_plugins.attrs (``allowed=None``) gives ``text``, in its order, or None where it would
    move some to ``meta["insecure_attrs"]`` (``on*`` handlers, URLs)."""
    attrs: dict[str, str] = {}
    classes: list[str] = []
    for item in _ATTR_ITEM.finditer(text):
        mark, name, key = item.group(1, 2, 3)
        if mark == "#":
            attrs["id"] = name
        elif mark:
            classes.append(name)
        elif key.lower().startswith("on") or key.lower() in _URL_KEYS:
            return None
        else:
            value = item.group(4) if item.group(4) is not None else item.group(5)
            if key == "class":
                classes.append(value)
            else:
                attrs[key] = value
    if classes:
        attrs["class"] = " ".join(classes)
    return attrs


def is_safe_link(url: str) -> bool:
    """Only http(s), mailto and relative links (after stripping control characters and spaces)."""
    cleaned = _CONTROL.sub("", url)
    return bool(_SAFE_SCHEME.match(cleaned)) or not _ANY_SCHEME.match(cleaned)


def escape_text(text: str, line_start: bool = True) -> str:
    """Escape text so Markdown shows it literally (no emphasis, links, HTML or block markers)."""
    escaped = MD_ESCAPE.sub(r"\\\1", text)
    if not line_start or not _MAY_MARK.match(escaped):
        return escaped
    # An ordered-list marker is escaped at its punctuation ("4\. "): a backslash before a digit is shown as is.
    escaped = _LIST_NUMBER.sub(r"\1\\\2", escaped)
    return _BLOCK_MARK.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


_MAY_MARK = re.compile(r"\s*[\d\-+=>]")
"""Text that may start like a list item, heading underline or quote (most text does not: nothing more to do)."""
_LIST_NUMBER = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)")
_BLOCK_MARK = re.compile(r"^(\s*)([-+=>])")


@dataclass(frozen=True)
class EntityCard:
    """What the hover card of an entity mention shows."""

    name: str
    """Canonical name."""
    role: str | None
    """Role as the sources state it (the most frequent), if any."""
    mentions: int
    """Mentions across all sources."""


@dataclass(frozen=True)
class LinkContext:
    """How a page links: into the multi-page site, or within the one-file offline briefing."""

    target: str
    """Output path of the page being rendered, from the site root (``sources/x.html``)."""
    entity_cards: Mapping[str, EntityCard]
    """Entities that have a page, by id; mentions of others stay plain spans."""
    bundle: bool = False
    """True in the offline briefing: ids get a page prefix and site links become in-page anchors."""

    @property
    def root(self) -> str:
        return "../" * self.target.count("/")

    @property
    def key(self) -> str:
        return page_key(self.target)

    def href(self, path: str, fragment: str = "") -> str:
        """Link to a site path (from the root), as a relative URL or an in-page anchor."""
        if "#" in path and not fragment:
            path, _, fragment = path.partition("#")
        if self.bundle:
            return "#" + page_key(path) + (f"--{fragment}" if fragment else "")
        return self.root + path + (f"#{fragment}" if fragment else "")


def page_key(target: str) -> str:
    """Anchor name of a page in the offline briefing: ``sources/x.html`` -> ``sources-x``."""
    return target.removesuffix(".html").replace("/", "-")


def render_markdown(md: MarkdownIt, text: str, links: LinkContext) -> str:
    """Render a content page body to safe HTML."""
    env = {"docId": links.key} if links.bundle else {}
    return render_tokens(md, md.parse(text, env), links, env)


def render_tokens(md: MarkdownIt, tokens: list[Token], links: LinkContext, env: dict) -> str:
    """Sanitise parsed tokens for one way of linking and render them (the tokens are changed).

    Most tokens (text, breaks, closing tags) have no attributes and _sanitise would keep none: they are skipped."""
    for token in tokens:
        if token.attrs or token.type in _REWRITTEN:
            _sanitise(token, links)
        for child in token.children or ():
            if child.attrs or child.type in _REWRITTEN:
                _sanitise(child, links)
    _pair_closing_tags(tokens)
    return md.renderer.render(tokens, md.options, env)


def render_state(tokens: list[Token]) -> list[tuple[Token, dict, str]]:
    """(token, attrs, tag) of every token render_tokens may change (it replaces attrs and tags, never edits them in
    place): put them back to render the same tokens again for another way of linking."""
    return [(t, t.attrs, t.tag) for token in tokens for t in (token, *(token.children or ()))
            if t.attrs or t.type in _REWRITTEN or t.type == "span_close"]


def _sanitise(token: Token, links: LinkContext) -> None:
    """Keep only safe attributes; map annotation keys to data-*; make dates and mentions semantic."""
    attrs = token.attrs  # read only: replaced by kept below
    kept: dict[str, str] = {}
    if "id" in attrs:
        safe_id = _SAFE_ID.sub("", str(attrs["id"]))[:80]
        if safe_id:
            kept["id"] = f"{links.key}--{safe_id}" if links.bundle else safe_id
    classes = [c for c in str(attrs.get("class", "")).split() if _SAFE_CLASS.match(c)]
    if classes:
        kept["class"] = " ".join(classes)
    for key in ANNOTATION_KEYS:
        if key in attrs:
            kept[f"data-{key}"] = str(attrs[key])[:200]
    if token.type == "link_open":
        href = str(attrs.get("href", ""))
        kept["href"] = _rewrite_href(href, links)
        if _SAFE_SCHEME.match(href) and not href.lower().startswith("mailto:"):
            kept["rel"] = "noopener noreferrer"
    elif token.type == "image":
        src = str(attrs.get("src", ""))
        kept["src"] = src if not _ANY_SCHEME.match(src) and not src.startswith("//") else ""
        kept["alt"] = str(attrs.get("alt", ""))
    elif token.type == "ordered_list_open" and str(attrs.get("start", "")).isdigit():
        kept["start"] = str(attrs["start"])  # "10. foo" starts at 10 (CommonMark); digits only
    if token.type in ("link_open", "image") and attrs.get("title"):
        kept["title"] = str(attrs["title"])  # plain text, escaped by the renderer
    token.attrs = kept
    if token.type == "span_open":
        _annotation(token, classes, kept, links)


def _annotation(token: Token, classes: list[str], kept: dict[str, str], links: LinkContext) -> None:
    value = kept.get("data-value", "")
    if "date" in classes and _TIMEX.match(value):
        token.tag = "time"
        kept["datetime"] = value
    if "note" in classes:
        token.tag = "mark"
    ref = kept.get("data-ref", "")
    card = links.entity_cards.get(ref)
    if {"person", "org", "place"} & set(classes) and card is not None:
        token.tag = "a"
        kept["href"] = links.href(f"entities/{ref}.html")
        kept.update({"data-name": card.name, "data-mentions": str(card.mentions)})
        if card.role:
            kept["data-role"] = card.role
    token.attrs = kept


def _rewrite_href(href: str, links: LinkContext) -> str:
    """Relative links to .md pages point at their .html pages (or anchors in the offline briefing)."""
    if href.startswith("//"):
        return ""
    if _ANY_SCHEME.match(href):
        return href
    if href.startswith("#"):
        return f"#{links.key}--{href[1:]}" if links.bundle and href != "#" else href
    href = _MD_LINK.sub(".html", href)
    if not links.bundle:
        return href
    path, _, fragment = href.partition("#")
    return links.href(posixpath.normpath(posixpath.join(posixpath.dirname(links.target), path)), fragment)


def _pair_closing_tags(tokens: list[Token]) -> None:
    """Give each span_close the tag its span_open was turned into."""
    for token in tokens:
        stack: list[str] = []
        for child in token.children or ():
            if child.type == "span_open":
                stack.append(child.tag)
            elif child.type == "span_close" and stack:
                child.tag = stack.pop()
