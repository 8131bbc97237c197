"""Benchmark builds at several sizes: ``python benchmarks/run.py [--quick] [--sizes 100,1000,10000]``.

For each N: a cold build (fresh content/ and out), a rebuild with nothing changed, a rebuild after one
changed article, the peak memory of a build, its time per stage (SOURCEBRIEF_TIMINGS=1), the same N
pages built as plain Markdown by Hugo, Pelican and MkDocs (when installed), and a render-only floor
(markdown-it-py + Jinja, two processes, no analysis). Every build runs as a subprocess.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

PEERS = ("hugo", "pelican", "mkdocs")


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None, timeout: float = 1800) -> tuple[float, int, str]:
    """(seconds, peak RSS in MB of the process and its waited-for children, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    seconds = time.perf_counter() - start
    _, _, usage = os.wait4(proc.pid, os.WNOHANG) if proc.returncode is None else (0, 0, None)
    peak = (usage.ru_maxrss / 1024) if usage else _children_peak()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return seconds, peak, err


def _children_peak() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def measure_memory(cmd: list[str], env: dict) -> float:
    """Peak RSS (MB) of one build, the largest of its processes, measured in a fresh helper process."""
    probe = ("import os,resource,subprocess,sys;"
             "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], env={**os.environ, **env},
                         capture_output=True, text=True, check=True).stdout
    return int(out.strip()) / 1024


def stage_times(stderr: str) -> dict[str, float]:
    stages = {}
    for line in stderr.splitlines():
        if line.startswith("timing "):
            _, name, seconds = line.rsplit(" ", 2) if line.count(" ") >= 2 else (None, None, None)
            stages[line[7:].rsplit(" ", 1)[0]] = float(seconds)
    return stages


def ours(seeds: Path, work: Path) -> dict:
    """Cold build, no-change rebuild, one-changed rebuild, memory and stages of our build."""
    content, out = work / "content", work / "site"
    cmd = [sys.executable, str(ROOT / "build.py"), "--seeds", str(seeds), "--content", str(content), "--out", str(out)]
    env = {"SOURCEBRIEF_TIMINGS": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cold, _, err = run(cmd, env=env)
    stages = stage_times(err)
    unchanged, _, _ = run(cmd, env=env)
    victim = sorted(seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
    original = victim.read_bytes()
    try:
        text = original.decode("utf-8").split("\n\n")
        text[1] = text[1] + " Officials said on Wednesday that 40 more troops had arrived in Baghdad."
        victim.write_text("\n\n".join(text), encoding="utf-8")
        changed, _, _ = run(cmd, env=env)
    finally:
        victim.write_bytes(original)
    run(cmd, env=env)  # back to the original state (and cache)
    shutil.rmtree(work)
    work.mkdir(parents=True)
    peak = measure_memory(cmd, env)
    return {"cold": cold, "unchanged": unchanged, "changed": changed, "peak_mb": peak, "stages": stages}


def markdown_pages(seeds: Path, folder: Path, front: str) -> None:
    """The seeds as plain Markdown pages, for the peers and the floor."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(seeds.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        title = lines[0].replace('"', "'")
        body = "\n".join(lines[1:])
        head = front.format(title=title, slug=path.stem)
        (folder / f"{path.stem}.md").write_text(head + body, encoding="utf-8")


def find_tool(name: str, bindir: Path | None) -> str | None:
    for folder in [bindir, Path(sys.executable).parent]:
        if folder and (folder / name).is_file():
            return str(folder / name)
    return shutil.which(name)


PEER_TIMEOUT = 600
"""Seconds a peer may take (MkDocs with its default navigation slows down sharply with size)."""


def peer(name: str, tool: str, seeds: Path, work: Path) -> float:
    """Seconds for a peer to build the N pages (as plain Markdown, its default theme)."""
    shutil.rmtree(work, ignore_errors=True)
    if name == "hugo":
        markdown_pages(seeds, work / "content", '---\ntitle: "{title}"\n---\n')
        (work / "hugo.toml").write_text('baseURL = "http://example.org/"\ntitle = "bench"\n'
                                        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
        layouts = work / "layouts" / "_default"
        layouts.mkdir(parents=True)
        page = ('<!doctype html><html><head><title>{{ .Title }}</title></head>'
                '<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n')
        (layouts / "single.html").write_text(page)
        (layouts / "list.html").write_text(page.replace("{{ .Content }}", "{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">"
                                                        "{{ .Title }}</a>{{ end }}"))
        cmd = [tool, "--quiet", "-s", str(work), "-d", str(work / "public")]
    elif name == "pelican":
        markdown_pages(seeds, work / "content", "Title: {title}\nDate: 2024-01-01\nSlug: {slug}\n\n")
        (work / "pelicanconf.py").write_text("SITENAME='bench'\nTIMEZONE='UTC'\nFEED_ALL_ATOM=None\n"
                                             "CATEGORY_FEED_ATOM=None\nDEFAULT_LANG='en'\n")
        cmd = [tool, str(work / "content"), "-o", str(work / "output"), "-s", str(work / "pelicanconf.py"), "-q"]
    else:
        markdown_pages(seeds, work / "docs", "# {title}\n\n")
        (work / "mkdocs.yml").write_text("site_name: bench\n")
        cmd = [tool, "build", "-q", "-f", str(work / "mkdocs.yml"), "-d", str(work / "site")]
    try:
        seconds, _, err = run(cmd, cwd=work, timeout=PEER_TIMEOUT)
    except subprocess.TimeoutExpired:
        return float("inf")  # printed as "over PEER_TIMEOUT s"
    pages = sum(1 for _ in work.rglob("*.html"))
    wanted = sum(1 for _ in seeds.glob("*.txt"))
    if pages < wanted:  # a peer that stops early (Pelican on two equal titles did) is not a measurement
        raise RuntimeError(f"{name} wrote {pages} pages of {wanted}:\n{err[-2000:]}")
    return seconds


def floor(seeds: Path, work: Path) -> float:
    """Render-only floor: markdown-it-py + Jinja over the N pages in two processes, nothing else."""
    shutil.rmtree(work, ignore_errors=True)
    markdown_pages(seeds, work / "md", "")
    return render_only(work / "md", work / "html")


def render_only(markdown: Path, html: Path) -> float:
    """Seconds for floor.py (markdown-it-py + Jinja, two processes) over a folder of Markdown pages."""
    shutil.rmtree(html, ignore_errors=True)
    seconds, _, _ = run([sys.executable, str(HERE / "floor.py"), str(markdown), str(html)])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 100 and 300, under a minute")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--no-peers", action="store_true", help="skip Hugo, Pelican and MkDocs")
    parser.add_argument("--peers-bin", type=Path, default=os.environ.get("SOURCEBRIEF_PEERS_BIN"),
                        help="folder holding the hugo, pelican and mkdocs commands (default: PATH)")
    args = parser.parse_args()
    sizes = [100, 300] if args.quick else [int(s) for s in args.sizes.split(",")]
    tools = {} if args.no_peers else {n: t for n in PEERS if (t := find_tool(n, args.peers_bin))}
    print(f"machine: {os.cpu_count()} cores, {_cpu_model()}; peers: {', '.join(tools) or 'none found'}")
    with tempfile.TemporaryDirectory(prefix="sourcebrief-bench-") as tmp:
        base = Path(tmp)
        for n in sizes:
            seeds = base / f"seeds-{n}"
            write_corpus(n, seeds)
            result = ours(seeds, base / f"ours-{n}")
            base_floor = floor(seeds, base / f"floor-{n}")
            # The same floor over the annotated source pages our build wrote (what our render stage must parse).
            annotated = render_only(base / f"ours-{n}" / "content" / "sources", base / f"floor-annotated-{n}")
            others = {name: peer(name, tool, seeds, base / f"{name}-{n}") for name, tool in tools.items()}
            report(n, result, base_floor, others, annotated)


def report(n: int, r: dict, base_floor: float, others: dict[str, float], annotated: float) -> None:
    print(f"\nN={n}: cold {r['cold']:.2f} s ({n / r['cold']:.0f} pages/s), unchanged {r['unchanged']:.2f} s, "
          f"one changed {r['changed']:.2f} s, peak {r['peak_mb']:.0f} MB")
    print(f"  floor (markdown-it + Jinja, 2 procs) {base_floor:.2f} s; ours = {r['cold'] / base_floor:.2f}x floor")
    print(f"  floor over our annotated source pages {annotated:.2f} s; ours = {r['cold'] / annotated:.2f}x, "
          f"render stage = {r['stages'].get('render', 0) / annotated:.2f}x")
    for name, seconds in others.items():
        if seconds == float("inf"):
            print(f"  {name} over {PEER_TIMEOUT} s (stopped); ours < {r['cold'] / PEER_TIMEOUT:.2f}x {name}")
        else:
            print(f"  {name} {seconds:.2f} s; ours = {r['cold'] / seconds:.2f}x {name}")
    print("  stages: " + ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items()))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
