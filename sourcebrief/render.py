"""Render content/ pages through the Jinja layouts into the staging site folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .markdown import LinkContext, create_markdown, render_markdown
from .model import Diagnostic
from .pages import ContentPage
from .views import SiteView, page_view

LAYOUT_BY_FOLDER = {"sources": "source", "entities": "entity"}


@dataclass(frozen=True)
class RenderedPage:
    """One output file and the content page it came from."""

    source: str
    """Content path (``sources/x.md``) or a name for built-in pages."""
    target: str
    """Output path relative to the site root (``sources/x.html``)."""
    html: str
    """The finished document."""


def create_environment(layouts: Path) -> jinja2.Environment:
    """Strict, autoescaping Jinja with the project's filters in one place."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(layouts)),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    return env


def _tojson_script(value: object) -> str:
    """JSON safe to embed in a <script type="application/json"> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


FILTERS = {"json_script": _tojson_script}


def target_path(content_path: str) -> str:
    return content_path[:-3] + ".html" if content_path.endswith(".md") else content_path


def _template_values(links: LinkContext) -> dict:
    """Per-page template globals: how to link, and which skeleton to extend."""
    return {
        "href": links.href,
        "asset": lambda name: f"{links.root}static/{name}",
        "parent": "fragment.html" if links.bundle else "base.html",
        "key": links.key,
    }


def layout_for(page: ContentPage) -> str:
    explicit = page.front.get("layout")
    if isinstance(explicit, str) and explicit.isidentifier():
        return explicit
    if page.path == "index.md":
        return "home"
    return LAYOUT_BY_FOLDER.get(page.path.split("/")[0] if "/" in page.path else "", "page")


def render_pages(pages: Sequence[ContentPage], site: SiteView, env: jinja2.Environment,
                 bundle: bool = False) -> tuple[list[RenderedPage], list[Diagnostic]]:
    """Render every content page (whole documents, or fragments for the offline briefing).

    A page that fails is reported and skipped; the rest go on.
    """
    md = create_markdown()
    rendered, problems = [], []
    for page in pages:
        target = target_path(page.path)
        links = LinkContext(target=target, entity_cards=site.entity_cards, bundle=bundle)
        try:
            html_body = render_markdown(md, page.body, links)
            view = page_view(page, target, html_body, md, links)
            template = env.get_template(f"{layout_for(page)}.html")
            html = template.render(page=view, site=site, **_template_values(links))
            rendered.append(RenderedPage(page.path, target, html))
        except jinja2.TemplateNotFound as exc:
            problems.append(Diagnostic(page.path, 1, f"layout {exc.name!r} not found in layouts/"))
        except (jinja2.TemplateError, RecursionError) as exc:
            line = getattr(exc, "lineno", None) or 1
            name = getattr(exc, "filename", None) or page.path
            problems.append(Diagnostic(str(name), line, f"could not render {page.path}: {exc}"))
    return rendered, problems


def render_builtin(name: str, target: str, site: SiteView, env: jinja2.Environment,
                   bundle: bool = False, **extra: object) -> RenderedPage:
    """A page made only from the analysis (the sources list, a home page without index.md)."""
    links = LinkContext(target=target, entity_cards=site.entity_cards, bundle=bundle)
    html = env.get_template(f"{name}.html").render(site=site, **_template_values(links), **extra)
    return RenderedPage(name, target, html)


def write_rendered(staging: Path, rendered: Sequence[RenderedPage]) -> None:
    for page in rendered:
        path = staging / page.target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.html, encoding="utf-8", newline="\n")


def copy_static(layouts: Path, staging: Path) -> None:
    """Copy layouts/static/ (CSS, JS, icons) into the site; links out of layouts/ are skipped."""
    source = layouts / "static"
    if not source.is_dir():
        return
    root = layouts.resolve()
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.resolve().is_relative_to(root):
            destination = staging / "static" / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
