"""Malformed input fails cleanly: one ``path:line:`` line for the bad input, no traceback, the rest still builds.

Each case runs the command line in-process (``sourcebrief.cli.main``) on a seeds folder holding one
good article and the bad input, under a wall-clock alarm so a hang fails instead of blocking.
Pathological Markdown must also scale: doubling the input at most 2.5x the time (best of 3).
"""

from __future__ import annotations

import codecs
import gc
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from safety_oracles import STATS, TRACEBACK, diagnostic_lines
from sourcebrief.cli import main
from sourcebrief.markdown import LinkContext, create_markdown, render_markdown

GOOD = "River bursts its banks\n\nThe river burst its banks on Monday, flooding the old town for the first time in decades.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" \
       "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"


@contextmanager
def deadline(seconds: float):
    """Fail (TimeoutError inside the build) when the block runs longer than ``seconds``."""
    def expire(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(tmp: Path, capsys, seconds: float = 20) -> tuple[int, str]:
    with deadline(seconds):
        status = main(["build", "--seeds", str(tmp / "seeds"), "--content", str(tmp / "content"), "--out", str(tmp / "site")])
    return status, capsys.readouterr().err


def briefing(tmp: Path) -> Path:
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    return seeds


def check_clean_failure(tmp: Path, err: str, name: str, line: int | None, count: int = 1) -> None:
    """Exactly ``count`` diagnostic lines name the bad file (at ``line``), no traceback, good page built."""
    STATS["malformed inputs"] += 1
    assert not TRACEBACK.search(err), err
    mine = [d for d in diagnostic_lines(err) if f"{name}:" in d]
    assert len(mine) == count, err
    if line is not None and count:
        assert mine[0].split(f"{name}:", 1)[1].split(":", 1)[0] == str(line), mine
    assert (tmp / "site" / "sources" / "good.html").is_file(), err


YAML_CASES = [
    pytest.param("good:\n\toutlet: X\n", 2, id="tab-indent"),
    pytest.param("good:\n  outlet: [x, y\n", 3, id="unclosed-sequence"),
    pytest.param("good:\n  outlet: X\n  outlet: Y\n", 3, id="duplicate-key"),
    pytest.param("good:\n  outlet: !!python/object/apply:os.system ['touch pwned']\n", 2, id="python-tag"),
    pytest.param(BOMB + "good:\n  outlet: X\n", 2, id="billion-laughs"),
    pytest.param("good: " + "[" * 10_000 + "]" * 10_000 + "\n", 1, id="nesting-10000"),
    pytest.param("good:\n  outlet: {a: 1}\n", 2, id="mapping-as-value"),
    pytest.param("good:\n  colour: red\n", 2, id="unknown-field"),
    pytest.param("good:\n  published: 2024-13-45\n", 2, id="bad-date"),
    pytest.param("- just\n- a list\n", 1, id="not-a-mapping"),
    pytest.param("nosuch:\n  outlet: X\n", 1, id="unknown-id"),
    pytest.param("good:\n  outlet: \"Caf\udcff\"\n", None, id="lone-surrogate-escape"),
]


@pytest.mark.parametrize("text, line", YAML_CASES)
def test_bad_sources_yml(tmp_path: Path, capsys, text: str, line: int | None) -> None:
    seeds = briefing(tmp_path)
    (seeds / "sources.yml").write_bytes(text.encode("utf-8", errors="surrogateescape"))
    status, err = run_cli(tmp_path, capsys)
    assert status == 1
    check_clean_failure(tmp_path, err, "sources.yml", line)
    assert not Path("pwned").exists()


SEED_CASES = [
    pytest.param("latin1.txt", ("Caf\xe9 owners protest\n\nThe caf\xe9 owners said on Monday they would close for a week in protest.\n").encode("latin-1"),
                 1, "warning", True, id="latin-1"),
    pytest.param("utf16.txt", codecs.BOM_UTF16_LE + GOOD.replace("River", "Lake").encode("utf-16-le"), None, None, True, id="utf-16-bom"),
    pytest.param("badutf8.txt", b"Headline of the story here\n\nFirst line is fine and long enough to keep.\n\nBad \xc3\x28 byte on this line.\n",
                 5, "warning", True, id="invalid-utf-8"),
    pytest.param("nul.txt", b"Headline here\n\nText\n\nMore \x00 text\n", 5, "error", False, id="nul-bytes"),
    pytest.param("cr.txt", b"Storm hits the coast\r\rThe storm hit the coast on Tuesday, officials said in a statement.\r", None, None, True, id="cr-only"),
    pytest.param("image.txt", PNG, 1, "error", False, id="png-named-txt"),
    pytest.param("empty.txt", b"", 1, "error", False, id="empty"),
    pytest.param("blank.txt", b"  \n\n \t \n", 1, "error", False, id="whitespace-only"),
    pytest.param("controls.txt", bytes(range(1, 32)) * 50, 1, "error", False, id="control-characters"),
    pytest.param("oneline.txt", b"Headline of the dump\n\n" + b"word " * 2_000_000 + b"\n", 3, "error", False, id="10MB-one-line"),
]


@pytest.mark.parametrize("name, data, line, severity, builds", SEED_CASES)
def test_bad_seed_file(tmp_path: Path, capsys, name: str, data: bytes, line: int | None, severity: str | None, builds: bool) -> None:
    seeds = briefing(tmp_path)
    (seeds / name).write_bytes(data)
    status, err = run_cli(tmp_path, capsys)
    assert status == (1 if severity == "error" else 0), err
    check_clean_failure(tmp_path, err, name, line, count=0 if severity is None else 1)
    if severity:
        assert f": {severity}: " in [d for d in diagnostic_lines(err) if name in d][0]
    assert (tmp_path / "site" / "sources" / f"{Path(name).stem}.html").is_file() == builds


def test_cr_only_and_utf16_text_is_read_right(tmp_path: Path, capsys) -> None:
    seeds = briefing(tmp_path)
    (seeds / "cr.txt").write_bytes(b"Storm hits the coast\r\rThe storm hit the coast on Tuesday, officials said in a statement.\r")
    (seeds / "utf16.txt").write_bytes(codecs.BOM_UTF16_BE + "Caf\u00e9 talks resume\n\nThe caf\u00e9 talks resumed on Monday in the capital, officials said.\n".encode("utf-16-be"))
    status, err = run_cli(tmp_path, capsys)
    assert status == 0, err
    assert "<h1>Storm hits the coast</h1>" in (tmp_path / "site" / "sources" / "cr.html").read_text(encoding="utf-8")
    assert "Café talks resume" in (tmp_path / "site" / "sources" / "utf16.html").read_text(encoding="utf-8")


PATHOLOGICAL = {
    "blockquotes": lambda n: ">" * n + " deep\n",
    "open-brackets": lambda n: "[" * n,
    "stars": lambda n: "*" * n,
    "strong-a": lambda n: "**a " * n,
    "link-open": lambda n: "[a](" * n,
    "nested-brackets": lambda n: "[" * n + "a" + "]" * n,
    "backtick-runs": lambda n: "".join("`" * (i % 200 + 1) + "a" for i in range(n // 100)),
    "less-than": lambda n: "<" * n,
    "unclosed-tags": lambda n: "a <b" * (n // 3),
    "image-open": lambda n: "![" * (n // 2),
    "attr-spans": lambda n: "[a]{" * (n // 4),
    "open-braces": lambda n: "{" * n,
    "emphasis-nest": lambda n: "*a " * (n // 6) + "b" + " a*" * (n // 6),
    "link-refs": lambda n: "".join(f"[r{i}]: /u\n" for i in range(n // 10)) + "".join(f"[r{i}]" for i in range(n // 10)),
    "footnotes": lambda n: "".join(f"x[^{i}]\n\n" for i in range(n // 20)) + "".join(f"[^{i}]: n\n\n" for i in range(n // 20)),
}


@pytest.mark.parametrize("text", [
    pytest.param(">" * 10_000 + " deep\n", id="gt-10000"),
    pytest.param("[" * 50_000, id="bracket-50000"),
    pytest.param("*" * 50_000, id="star-50000"),
    pytest.param("".join(f"Claim {i}.[^{i}]\n\n" for i in range(3000)) + "".join(f"[^{i}]: note {i}\n\n" for i in range(3000)), id="footnotes-3000"),
    pytest.param("---\ntitle: [unclosed\n---\nbody\n", id="bad-front-matter"),
    *[pytest.param(make(20_000), id=f"patho-{name}") for name, make in PATHOLOGICAL.items()],
])
def test_deep_or_pathological_markdown_page(tmp_path: Path, capsys, text: str) -> None:
    """A hand-written page of hostile Markdown: at most one diagnostic, nothing else lost, in time."""
    briefing(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "deep.md").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    status, err = run_cli(tmp_path, capsys, seconds=20)
    STATS["malformed inputs"] += 1
    assert not TRACEBACK.search(err), err
    mine = [d for d in diagnostic_lines(err) if "deep.md:" in d]
    assert len(mine) <= 1 and (status == 0) == (not mine), err
    assert (tmp_path / "site" / "sources" / "good.html").is_file()
    assert mine or (tmp_path / "site" / "deep.html").is_file()
    assert time.perf_counter() - started < 20


def _best_of_3(text: str) -> float:
    md = create_markdown()
    links = LinkContext(target="page.html", entity_cards={})
    best = float("inf")
    gc.collect()
    gc.disable()  # collections triggered by earlier tests' garbage are not this input's cost
    try:
        for _ in range(3):
            started = time.process_time()  # CPU time: less noise from other processes than the wall clock
            render_markdown(md, text, links)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_markdown_scales_linearly(name: str) -> None:
    """Doubling a pathological input takes at most 2.5x the time: checked over two doublings (4x the input,
    at most 2.5**2 = 6.25x the CPU time, best of 3), which separates linear from quadratic despite noise."""
    make = PATHOLOGICAL[name]
    small, large = make(2_000), make(8_000)
    for attempt in range(2):  # a second measurement before failing: other tests share the CPU
        small_time, large_time = _best_of_3(small), _best_of_3(large)
        if large_time <= 6.25 * max(small_time, 0.001):
            break
    STATS["scaling cases"] += 1
    assert large_time <= 6.25 * max(small_time, 0.001), f"{name}: {small_time * 1000:.1f} ms -> {large_time * 1000:.1f} ms"


def _pipeline_seconds(tmp: Path, words: int) -> float:
    from conftest import build_briefing

    seeds = tmp / f"s{words}"
    seeds.mkdir()
    sentence = "The minister said talks with Iraq would resume in Baghdad on Monday, officials told Reuters. "
    (seeds / "long.txt").write_text("Talks resume in Baghdad\n\n" + sentence * (words // 15) + "\n", encoding="utf-8")
    best = float("inf")
    for attempt in range(2):
        started = time.process_time()
        build_briefing(tmp / f"b{words}-{attempt}", seeds=seeds, with_index=False)
        best = min(best, time.process_time() - started)
    return best


def test_one_long_paragraph_scales_through_the_whole_pipeline(tmp_path: Path) -> None:
    """A single long paragraph through every stage (annotation, chronology, rendering): near-linear."""
    small, large = _pipeline_seconds(tmp_path, 1000), _pipeline_seconds(tmp_path, 4000)
    STATS["scaling cases"] += 1
    assert large <= 6.25 * small, f"{small:.2f} s -> {large:.2f} s (4x the words)"
