"""``sourcebrief check``: what an editor should fix before publishing, as ``path:line: message`` lines."""

from __future__ import annotations

import difflib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .analysis import Analysis, analyse, content_pages
from .config import BuildConfig
from .entities import load_entity_overrides
from .linkcheck import find_broken_links
from .model import Article, Diagnostic
from .pages import edit_state, page_text
from .pipeline import build, gather_articles
from .yamlsafe import YamlError, compose, line_of, scalar


@dataclass(frozen=True)
class Finding:
    """One thing to fix before publishing."""

    path: str
    """File to open."""
    line: int
    """1-based line in it (0: the whole file)."""
    message: str
    """What is wrong, in one sentence."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def check(config: BuildConfig, progress: Callable[[str], None] | None = None) -> list[Finding]:
    """Every finding: metadata, dates, single sources, unused entity entries, edited pages, build problems, links."""
    report = progress or (lambda message: None)
    problems: list[Diagnostic] = []
    articles = gather_articles(config.seeds, problems)
    overrides, _ = load_entity_overrides(config.content / "entities.yml")
    analysis = analyse(articles, overrides)
    report("analysed")
    findings = missing_metadata(analysis.articles, config.seeds / "sources.yml")
    findings += unresolved_dates(analysis)
    findings += single_source_facts(analysis)
    findings += [Finding(str(config.content / "entities.yml"), o.line, f"entry {o.id or o.name!r} matched no entity")
                 for o in analysis.entities.unmatched_overrides]
    findings += edited_pages(config.content, analysis)
    report("checked the analysis")
    build_problems, links = trial_build(config)
    report("built into a temporary folder")
    known = {(f.path, f.line) for f in findings} | {(f.path, 1) for f in findings if "edited by hand" in f.message}
    findings += [Finding(d.path, d.line, f"{d.severity}: {d.message}") for d in build_problems
                 if (d.path, max(d.line, 1)) not in known]
    return findings + links


def missing_metadata(articles: tuple[Article, ...], sources_yml: Path) -> list[Finding]:
    """Sources without an outlet or a publication date, at their sources.yml entry if there is one."""
    lines = _entry_lines(sources_yml)
    findings = []
    for article in articles:
        missing = [name for name, value in (("outlet", article.outlet), ("publication date", article.published)) if not value]
        if not missing:
            continue
        where = (str(sources_yml), lines[article.id]) if article.id in lines else (article.path, 1)
        findings.append(Finding(*where, f"{article.id}: no {' and no '.join(missing)} (add to {sources_yml.name})"))
    return findings


def _entry_lines(path: Path) -> dict[str, int]:
    """Line of each top-level key in sources.yml (empty if it is missing or broken)."""
    try:
        root = compose(path.read_text(encoding="utf-8-sig"), str(path))
    except (OSError, UnicodeDecodeError, YamlError):
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    lines = {}
    for key, _ in root.value:
        try:
            lines[scalar(key, str(path)) or ""] = line_of(key)
        except YamlError:
            continue
    return lines


def unresolved_dates(analysis: Analysis) -> list[Finding]:
    """Date expressions the chronology could not place, at the seed line of their paragraph."""
    by_id = analysis.by_id
    findings = []
    for item in analysis.chronology.unresolved:
        article = by_id[item.source_id]
        line = _line_of(article, item.paragraph, item.quote)
        findings.append(Finding(article.path, line, f"date left unresolved: {item.expression!r} ({item.reason})"))
    return findings


def _line_of(article: Article, paragraph: int, quote: str) -> int:
    if 0 <= paragraph < len(article.paragraphs):
        return article.paragraphs[paragraph].line
    caption = next((c for c in article.captions if quote and quote in c.text), None)
    return caption.line if caption else 1


def single_source_facts(analysis: Analysis) -> list[Finding]:
    """Key facts that only one source states."""
    by_id = analysis.by_id
    findings = []
    for fact in analysis.corroboration.facts:
        if len(fact.sources) != 1:
            continue
        source = fact.sources[0]
        text = fact.text if len(fact.text) <= 100 else fact.text[:99] + "…"
        findings.append(Finding(by_id[source.source_id].path, source.paragraph,
                                f"key fact has a single source ({source.source_id}): {text}"))
    return findings


def edited_pages(content: Path, analysis: Analysis) -> list[Finding]:
    """Generated pages changed by hand, with how they differ from what the build would write now."""
    findings = []
    for page in content_pages(analysis):
        target = content / page.path
        if not target.is_file() or target.is_symlink():
            continue
        existing = target.read_text(encoding="utf-8", errors="replace")
        if edit_state(existing) != "edited":
            continue
        count, first, text = diff_summary(existing, page_text(page))
        findings.append(Finding(str(target), first, f"generated page edited by hand: {count} lines differ from what "
                                                    f"the build would write; first at line {first}: {text!r}"))
    return findings


def diff_summary(edited: str, generated: str) -> tuple[int, int, str]:
    """(changed lines, first changed line of ``edited``, its text) of a unified diff."""
    old, new = generated.splitlines(), edited.splitlines()
    count, first, text = 0, 0, ""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        count += (i2 - i1) + (j2 - j1)
        if not first:
            first = j1 + 1
            text = new[j1] if j1 < j2 else f"(removed) {old[i1]}"
    return count, max(first, 1), text[:80]


def trial_build(config: BuildConfig) -> tuple[list[Diagnostic], list[Finding]]:
    """Build a copy of content/ into a temporary folder; its problems and broken links, shown at the real paths."""
    with tempfile.TemporaryDirectory(prefix="sourcebrief-check-") as folder:
        scratch = Path(folder)
        if config.content.is_dir():
            shutil.copytree(config.content, scratch / "content", symlinks=True)
        trial = BuildConfig(seeds=config.seeds, content=scratch / "content", out=scratch / "site", layouts=config.layouts)
        result = build(trial)
        problems = [Diagnostic(_real(d.path, trial.content, config.content), d.line, d.message, d.severity)
                    for d in result.diagnostics]
        site = scratch / "site"
        links = [Finding(str(config.out / link.page.relative_to(site)), link.line,
                         f"broken link {link.attribute}={link.url!r} ({link.reason})")
                 for link in find_broken_links(site)]
    return problems, links


def _real(path: str, scratch: Path, content: Path) -> str:
    """A path under the scratch copy of content/, shown under the real content/."""
    try:
        return str(content / Path(path).relative_to(scratch))
    except ValueError:
        return path
