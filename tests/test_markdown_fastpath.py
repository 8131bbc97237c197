"""The shortcuts of sourcebrief.markdown (simple spans, simple links, the text rule's shorter stop list) change speed,
never output.

Every input is parsed by the configured parser and by the stock one (create_markdown(shortcuts=False): the stock
markdown-it text, link and attrs span rules alone); the token streams (every field, attribute order included), the
parse env (references, footnotes) and the HTML of both link modes must be identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcebrief.markdown import (EntityCard, LinkContext, create_markdown, render_state,
                                 render_tokens)
from sourcebrief.pages import split_front_matter

ROOT = Path(__file__).resolve().parent.parent
FAST = create_markdown()
STOCK = create_markdown(shortcuts=False)
CARDS = {"a": EntityCard("A", "role", 2), "b": EntityCard("B", None, 1)}


def outcome(md, text: str, target: str = "sources/x.html", cards=CARDS) -> tuple:
    """(repr of the tokens, repr of the env, HTML of the site and of the offline briefing), rendered as
    render._render_page_twice does: one parse, two renders from the same parsed attributes."""
    env: dict = {}
    tokens = md.parse(text, env)
    shape, env_shape = repr(tokens), _env_shape(env)
    saved = render_state(tokens)
    html = []
    for bundle in (False, True):
        for token, attrs, tag in saved:
            token.attrs, token.tag = attrs, tag
        links = LinkContext(target=target, entity_cards=cards, bundle=bundle)
        html.append(render_tokens(md, tokens, links, {**env, "docId": links.key} if bundle else env))
    return shape, env_shape, html


def _env_shape(env: dict) -> str:
    """The parse env, where an empty footnote register counts as none: the footnote rules make one the first time
    they are tried, and the text rule's shorter stop list tries them at fewer places (it renders nothing either way)."""
    notes = env.get("footnotes")
    if notes is not None and not notes.get("refs") and not notes.get("list"):
        env = {key: value for key, value in env.items() if key != "footnotes"}
    return repr(env)


def assert_same(text: str, **kwargs) -> None:
    fast, stock = outcome(FAST, text, **kwargs), outcome(STOCK, text, **kwargs)
    assert fast[2] == stock[2], f"HTML differs for {text!r}"
    assert fast[0] == stock[0], f"tokens differ for {text!r}"
    assert fast[1] == stock[1], f"env differs for {text!r}"


def test_the_shortcut_is_taken() -> None:
    """With the stock span rule off, plain spans still parse: the shortcut made them (else this file tests nothing)."""
    md = create_markdown().disable("span")
    tokens = md.parseInline('[Fuad Hussein]{.person ref=fuad-hussein} on [Tuesday]{.date value=2024-02-06 by="X Y"}')
    spans = [t for t in tokens[0].children if t.type == "span_open"]
    assert [t.attrs for t in spans] == [{"ref": "fuad-hussein", "class": "person"},
                                        {"value": "2024-02-06", "by": "X Y", "class": "date"}]


def test_the_link_shortcut_is_taken() -> None:
    """With the stock link rule off, simple links still parse: the shortcut made them."""
    tokens = create_markdown().disable("link").parse("Also [*Reuters*, ¶1](000_x.md#p1) and [b](<c>)[^1]\n\n[^1]: n\n")
    links = [t.attrs for token in tokens for t in token.children or () if t.type == "link_open"]
    assert links == [{"href": "000_x.md#p1"}]


def test_the_text_rule_stops_less() -> None:
    """Dates and times run through the text rule in one piece with the shortcuts, in five without."""
    def pieces(md) -> int:
        text = "On 2024-02-06 at 10:30 + more"
        calls = []
        rule = md.inline.ruler.__rules__[0].fn
        md.inline.ruler.at("text", lambda state, silent: calls.append(1) or rule(state, silent))
        md.parseInline(text)
        return sum(calls)
    assert pieces(create_markdown()) < pieces(create_markdown(shortcuts=False))


def _pages() -> list[Path]:
    folders = [ROOT / "content", ROOT / "tests" / "goldens", ROOT / "tests" / "fixtures"]
    return sorted(p for folder in folders for p in folder.rglob("*.md"))


def test_every_content_page_goldens_and_fixtures() -> None:
    pages = _pages()
    assert len(pages) > 20
    cards = {}
    for path in pages:
        page = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        if page.front.get("entity"):
            cards[page.front["entity"]] = EntityCard(str(page.front.get("title")), None, 3)
    for path in pages:
        text = path.read_text(encoding="utf-8")
        body = split_front_matter(text, path.name).body if text.startswith("---\n") else text
        for source in {text, body}:
            assert_same(source, target=f"{path.parent.name}/{path.stem}.html", cards=cards)


def test_commonmark_spec_examples() -> None:
    for entry in json.loads((ROOT / "tests" / "fixtures" / "commonmark_spec.json").read_text(encoding="utf-8")):
        assert_same(entry["markdown"])


NEST = 20  # markdown-it's maxNesting: label scans stop at this depth, so spans around it must fail the same way

TRICKY = [
    "[a]{.x}", "[Fuad Hussein]{.person ref=a} said", "x [on Tuesday]{.date value=2024-02-06}.",
    "[2,500 troops]{.figure value=2500 unit=troops}", "[a]{.x}\n\n[a]: /u", "[A  b]{.x}\n\n[a B]: /u 't'",
    "[a]{.x}\n\n[b]: /u", "[a]{.x", "[a]{.x\n", "[a] {.x}", "[a]\n{.x}", r"\[a]{.x}", r"\\[a]{.x}", r"[a\]b]{.x}",
    "[`a`]{.x}", "[a `b]` c]{.x}", "`x [a`]{.y}", "[*a*]{.x}", "[a *b*]{.x}", "*[a*]{.x}*", "**[a]{.x}**",
    "[a_]{.x}_", "_[a]{.x}_", "[[a](/u)]{.x}", "[a [b]{.y} c]{.x}", "[x [a]{.y}](/u)", "[x [a]{.y}]",
    "[x [a]{.y}]\n\n[x [a]{.y}]: /r", "![a]{.x}", "![x [a]{.y}](/i.png)", "![[a]{.x}](/i.png)", "[^1]{.x}",
    "[^1]{.x}\n\n[^1]: note", "a[^1] [^1]{.x}\n\n[^1]: note [b]{.y}", "^[[a]{.x}]", "^[a]{.x}", "[]{.x}",
    "[a]{}", "[a]{ }", "[a]{\n}", '[a]{k="v w"}', '[a]{k="v\\"w"}', '[a]{k="{"}', '[a]{k="}"}', "[a]{k='v'}",
    '[a]{k=""}', '[a]{k="v\nw"}', '[a]{k="v"k2=w}', '[a]{k="v".c}', '[a]{k="v" .c #d}', "[a]{.x%c%}",
    "[a]{%c}", "[a]{.x %c} d", "[a]{#i #j .c class=d .e}", "[a]{id=i #j}", "[a]{.x.y}", "[a]{.x#y}",
    "[a]{onclick=x}", "[a]{ONload=x .y}", "[a]{href=javascript:x}", "[a]{href=/ok}", "[a]{src=x}",
    "[a]{data-x=1 ref=b .person}", "[a]{key=}", "[a]{=v}", "[a]{.}", "[a]{#}", "[a]{. x}", "[a]{.x }",
    "[a]{ .x\t.y\n.z }", "[a]{.é}", "[a]{k=é}", "[é]{.x}", "[a]{k=v}x", "[a]{.x}{.y}", "[a]{.x}{k=1}{.y}",
    "[a](/u){.x}", "[a]{.x}(/u)", "[a](/u)", "[a][b]{.x}\n\n[b]: /u", "[a][]{.x}\n\n[a]: /u", "[a]{.x}[b]",
    "<http://x[a>b]{.c}", "<http://x[a]{.c}>", "[b](u[a)c]{.x}", '[b](/u "t [a") c]{.x}', "[a)]{.x}",
    "[a>]{.x}", "[a<b]{.x}", "[<http://a>]{.x}", "[AT&amp;T]{.org}", "[a&#93;b]{.x}", "[a&#x5D;]{.x}",
    "[a!]{.x}", "[!a]{.x}", "[a^]{.x}", "[a]{.x}[^1]\n\n[^1]: n", "[a\nb]{.x}", "[a\n  b]{.x}", "[a  \nb]{.x}",
    "[a]{.x\n.y}", "# [a]{.x}\n", "- [a]{.x}\n- [b]{ref=b .person}", "> [a]{.x}", "    [a]{.x}", "[a]{.x}\n===",
    "{.p}\n[a]{.x}", "[a]{.date value=2024-02}", "[a]{.date value=x}", "[a]{.note}", "[a]{.person ref=a}",
    "[a]{.org ref=b}", "[a]{.place ref=zz}", "[a]{#x}", "[x](#y) [a]{#z}", "[x](b.md#c)", "[x](../b.md)",
    "[a] [b]{.x} [c]", "[a]{.x} [b]{.y} [c]{.z}", "x[a]{.x}y", "[a]]{.x}", "[[a]]{.x}", "[[a]{.x}]{.y}",
    "[a <http://x]y>]{.z}", "[a <http://x]y>](/u)", "[a `]` b]{.x}", "[a `]` b](/u)", "[a \\] b]{.x}",
    "[a]{.x}[b {k=\"]\"} c]{.z}", "[a]{.x}[b {.y} c]{.z}", "[a]{.x}[b {.y}]{.z}", "[a]{.x} [b {k=\"]\"} c](/u)",
    '[a]{k="a\\" b="c"}', '[a]{k="a\\\\" b=c}', '[a]{k="a\\" .b}', "[a]{\f.x}", "[a]{.x\f.y}", "[a]{.x\xa0.y}",
    "[a]{k=v\f}", "[a]{\xa0}", "[a]{k=1\u0663}", "[a]{.x\u00e9}", "[a]{#x\u2028}",
    "[" * NEST + "a]{.x}" + "]" * NEST, "[" * (NEST + 3) + "a]{.x}" + "]{.y}" * (NEST + 3),
    *("[" * n + "a]{.x}" + "]{.y}" * n for n in range(NEST - 4, NEST + 2)),
    *("[x " * n + "[a]{.x}" + "](/u)" * n for n in range(NEST - 3, NEST + 2)),
    *("![x " * n + "[a]{.x}" + "](/u)" * n for n in range(NEST - 3, NEST + 2)),
    *("[x " * n + "[a]{.x} [a]{.x}" + " y]" * n + "{.z}" for n in range(NEST - 3, NEST + 2)),
    # simple links
    "[*Reuters*, 2024-07-15, ¶1](00014_780301257f6217b9.md#p1)", "[a](b.md#p1); [c](d.md#p2).", "[a](//x)",
    "[a](/u)", "[a](u/v/../w.md)", "[a](~x)", "[a](-x)", "[a](x#y#z)", "[a](x) ", "[a]( x)", "[a](x )", "[a](x \"t\")",
    "[a](x.md#p1){.c}", "[a](x.md)(y.md)", "[a](x)]", "[[a](x)](y)", "[a [b](x) c](y)", "[a](x)\n\n[a]: /r",
    "[a](x\n)", "[a](x%20y)", "[a](x&amp;y)", "[a](x\\y)", "[a](x(y))", "[a](<x>)", "[a](javascript:x)", "[a](X)",
    "[a](x.md#p1)[^1]\n\n[^1]: n [b](y.md#p2)", "[*a* `c`](x)", "[a]{.x}(x)", "[a](.)", "[a](#)", "[a](#x)",
    "![a](x.png)", "[![a](x.png)](y)", "[a](x" + ")" * 3, "[" * NEST + "a](x)" + "]" * NEST,
    *("[x " * n + "[a](u.md)" + "](/v)" * n for n in range(NEST - 3, NEST + 2)),
    # labels parsed once and copied (markdown._label): the same label again, and in other surroundings
    "[*a*, b](x.md#p1); [*a*, b](y.md#p2) and [*a*, b]{.x}", '[*"a"*](x.md) *[*"a"*](x.md)*', "[_a_b](x) [_a_b](y)",
    "[a**b**](x) [a**b**](x)", "[*a*\nb](x) [*a*\nb](y)", "[a  \n*b*](x) [a  \n*b*](y)", "[&amp;*a*](x) [&amp;*a*](y)",
    "**[*a* b](x)** [*a* b](x)", "[*a](x) [*a](x)*", "[a*](x) *[a*](x)", "[***a***](x) [***a***](x)",
    *("[x " * n + "[*a*](u.md) [*a*](u.md)" + "](/v)" * n for n in range(NEST - 3, NEST + 2)),
    *("[" * n + "*a*]{.x}" + "]{.y}" * n for n in range(NEST - 3, NEST + 2)),
]


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_tricky_cases(text: str) -> None:
    """Alone, inside other syntax, and with env["footnotes"] made by a footnote (the shortcut then does more)."""
    for note in ("", "[^n]\n\n[^n]: note\n\n"):
        assert_same(note + text)
        assert_same(f"{note}Before {text} after [b]{{.y}}\n\nAnd [{text}]{{.z}} and *{text}*")


_PIECES = list("[]{}()^*_\\`.!<>=#\"' \n\tab&;-:~+@$") + [
    "[a]", "{.x}", "{#i}", "ref=a", "{.person ref=a}", 'k="v w"', "[^1]", "%", "](/u)", "(/u)", "&amp;", "\n\n",
    "    ", "[a]{.x}", "é", "on=1", "(b.md#p1)", "(x)", "(//h)", "(a-b_c.md)", "https://x", "value=2024-01", ".date", "\\[", "`", "<http://x>"]
TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
DEFINITIONS = st.sampled_from(["", "\n\n[a]: /u\n", "\n\n[^1]: note\n", "\n\n[a b]: /v\n\n[^1]: n [a]{.x}\n"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, definitions=DEFINITIONS)
def test_property_random_text(text: str, definitions: str) -> None:
    assert_same(text + definitions)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="0123456789.)-+=># *_`[]\\ab%$", min_size=1, max_size=12))
def test_escaped_text_reads_back_as_written(text: str) -> None:
    """escape_text at a line's start shows every character as written: "4.0% in January", "1. First", "> q"."""
    from sourcebrief.markdown import escape_text

    shown = text.strip()
    if not shown:
        return
    tokens = FAST.parse(escape_text(shown))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], shown
    assert "".join(t.content for t in tokens[1].children if t.type == "text") == shown


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="abc019.,:-_ /'\"{}%$€", min_size=1, max_size=10))
def test_a_written_span_is_read_back_whatever_its_value(value: str) -> None:
    """Every attribute value content.span_markdown writes comes back from the parser (a bare "7.2" did not: the
    attrs plugin reads no "." in an unquoted value, and the span was shown as text)."""
    from sourcebrief.content import span_markdown
    from sourcebrief.model import Span

    written = span_markdown("a magnitude 7.2 quake", [Span(2, 15, "figure", (("value", value), ("unit", "magnitude")))])
    spans = [t for t in FAST.parseInline(written)[0].children if t.type == "span_open"]
    assert len(spans) == 1, written
    assert spans[0].attrs.get("unit") == "magnitude"
