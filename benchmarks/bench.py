"""The archive at scale, against SQLite FTS5 on the same texts in the same run.

    make bench                                  # 10,000 synthetic articles
    BENCH_ARTICLES=100000 make bench            # the full run
    .venv/bin/python benchmarks/bench.py --articles 2000 --workdir /tmp/bench2k
    .venv/bin/python benchmarks/bench.py --articles 100000 --rebuilds skip   # import, search, pages
    .venv/bin/python benchmarks/bench.py --articles 100000 --reuse           # then the rebuilds

Steps, each on a fresh DATA_DIR under --workdir: generate the corpus (benchmarks/corpus.py);
import it with `import_articles` (parse, extract, write, index); rebuild the index cold (the
segmentation cache cleared, so pyvi runs again) and warm (cache kept); run the query mix through
the archive's search layer (the code the search page calls: facets, snippets) and the same
logical queries against SQLite FTS5 tables of the same texts (top 20 by bm25 with a snippet, plus
the year counts, as the page shows); serve a page mix with gunicorn on loopback; time the search
page as the first request of freshly started workers (benchmarks/search_page_cold.py); count the
index's postings per field (benchmarks/postings.py).

Baselines measured in the same run: pyvi alone on a sample of the texts (import), FTS5 (search),
the static About page (pages). The last line printed is one JSON object with the figures.
"""

import argparse
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")

# (query typed in the archive, facet selected, the same logical query in FTS5, which FTS5 table).
# Unquoted words must all occur in the archive (pyvi's compounds only raise the score): AND in FTS5.
MIX = {
    "term": [("Putin", (), "putin", "exact"), ("năng lượng", (), "năng AND lượng", "exact"),
             ("Medvedev", (), "medvedev", "exact"), ("hợp tác", (), "hợp AND tác", "exact")],
    "and": [("Putin hợp tác", (), "putin AND hợp AND tác", "exact"),
            ("kinh tế thương mại", (), "kinh AND tế AND thương AND mại", "exact"),
            ("Medvedev năng lượng", (), "medvedev AND năng AND lượng", "exact")],
    "folded": [("truong tan sang", (), "truong AND tan AND sang", "folded"),
               ("hoa binh", (), "hoa AND binh", "folded"),
               ("doi tac chien luoc", (), "doi AND tac AND chien AND luoc", "folded")],
    "faceted": [("hợp tác", (("years", "2015"),), "hợp AND tác", "exact", 2015),
                ("Putin", (("years", "2010"),), "putin", "exact", 2010),
                ("năng lượng", (("years", "2019"),), "năng AND lượng", "exact", 2019)],
    "phrase": [('"đối tác chiến lược"', (), '"đối tác chiến lược"', "exact"),
               ('"Liên minh Kinh tế"', (), '"liên minh kinh tế"', "exact"),
               ('"hòa bình"', (), '"hòa bình"', "exact")],
    "prefix": [("Medv*", (), "medv*", "exact"), ("Borod*", (), "borod*", "exact"),
               ("hợp*", (), "hợp*", "exact")],
}  # fmt: skip
# Untimed requests per page type first, so that every gunicorn worker has opened the index
# columns that page reads (a worker's first article page takes about a second more).
WARM_REQUESTS = 15
PAGES = ("about", "home", "meetings", "meeting", "article", "leader", "search")


class PeakMemory:
    """Peak proportional set size (PSS) of a process and all its descendants, sampled: PSS splits
    pages shared after fork, so forked workers are not counted twice."""

    def __init__(self, pid: int):
        self.pid, self.peak_mb, self._done = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _tree(self, pid: int) -> list[int]:
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return [pid]
        return [pid] + [p for child in children for p in self._tree(int(child))]

    def _sample(self) -> None:
        while not self._done.wait(0.25):
            self.peak_mb = max(self.peak_mb, sum(pss_mb(pid) for pid in self._tree(self.pid)))

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak_mb


def pss_mb(pid: int) -> float:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0
    return int(re.search(r"^Pss:\s+(\d+) kB", text, re.M).group(1)) / 1024


def timed_command(env, *args) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one manage.py command."""
    start = time.perf_counter()
    process = subprocess.Popen([PYTHON, "manage.py", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    memory = PeakMemory(process.pid)
    out, err = process.communicate()
    took, peak = time.perf_counter() - start, memory.stop()
    if process.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{out}\n{err}")
    print(f"  manage.py {args[0]}: {took:.0f} s, peak {peak:.0f} MB", flush=True)
    return took, peak


def p95(values) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(0.95 * len(values)))]


def fold(text: str) -> str:
    return text.replace("đ", "d").replace("Đ", "D")  # unicode61's remove_diacritics keeps đ


def fts5_build(path: Path, articles, years) -> sqlite3.Connection:
    """Two FTS5 tables of the archive's normalised texts: with tone marks, and folded."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE VIRTUAL TABLE exact USING fts5(title, body, tokenize='unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE folded USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE years (article INTEGER, year INTEGER);
        CREATE INDEX years_article ON years (article, year);
        CREATE INDEX years_year ON years (year, article);
    """)  # fmt: skip
    for pk, title, body in articles:
        db.execute("INSERT INTO exact (rowid, title, body) VALUES (?, ?, ?)", (pk, title, body))
        db.execute("INSERT INTO folded (rowid, title, body) VALUES (?, ?, ?)", (pk, fold(title), fold(body)))  # fmt: skip
    db.executemany("INSERT INTO years VALUES (?, ?)", years)
    db.commit()
    return db


def fts5_query(db, table: str, match: str, year: int | None):
    """What the search page needs: top 20 with a snippet, the count, and the year facet."""
    ranked = f"SELECT rowid AS id, rank AS r FROM {table} WHERE {table} MATCH ?"
    if year:  # FTS5 ranks every match; the year is joined to that, the way SQLite plans it fastest
        ranked = f"SELECT m.id, m.r FROM ({ranked}) m JOIN years y ON y.article = m.id AND y.year = {int(year)}"
    snippets = f"SELECT rowid, snippet({table}, 1, '<b>', '</b>', '…', 30) FROM {table} WHERE {table} MATCH ?"
    if year:
        ids = [row[0] for row in db.execute(f"{ranked} ORDER BY r LIMIT 20", (match,))]
        top = db.execute(f"{snippets} AND rowid IN ({','.join('?' * len(ids))}) ORDER BY rank", (match, *ids)).fetchall()  # fmt: skip
    else:
        top = db.execute(f"{snippets} ORDER BY rank LIMIT 20", (match,)).fetchall()
    count = db.execute(f"SELECT count(*) FROM ({ranked})", (match,)).fetchone()[0]
    facet = db.execute(f"SELECT year, count(*) FROM years WHERE article IN (SELECT id FROM ({ranked})) GROUP BY year", (match,)).fetchall()  # fmt: skip
    return top, facet, count


def latencies(fn, repeat: int, before=lambda: None) -> list[float]:
    fn()  # warm
    out = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def search_mix(fts5, repeat: int) -> tuple[dict, dict, dict, dict, dict]:
    """Each query warm (as for words people search often), cold (in a freshly started worker:
    nothing decoded or derived in the process, the arrays other processes wrote on disk) and
    first (the first search of the words since the index was written: nothing on disk either)."""
    from archive.search import SearchRequest, search

    archive_ms, cold_ms, first_ms, fts5_ms, hits = {}, {}, {}, {}, {}
    for kind, queries in MIX.items():
        for found in (archive_ms, cold_ms, first_ms, fts5_ms, hits):
            found[kind] = []
        for q, selected, match, table, *year in queries:
            request = SearchRequest(q=q, selected=selected)
            archive_ms[kind] += latencies(lambda r=request: search(r), repeat)
            cold_ms[kind] += latencies(lambda r=request: search(r), repeat, before=as_a_new_worker)
            first_ms[kind] += latencies(lambda r=request: search(r), repeat, before=as_a_new_index)
            fts5_ms[kind] += latencies(lambda m=match, t=table, y=year: fts5_query(fts5, t, m, y[0] if y else None), repeat)  # fmt: skip
            hits[kind].append((search(request).count, fts5_query(fts5, table, match, year[0] if year else None)[2]))  # fmt: skip
    return archive_ms, cold_ms, first_ms, fts5_ms, hits


def as_a_new_worker() -> None:
    from archive.search import forget_decoded_postings
    from archive.search.engine import close_searchers

    forget_decoded_postings()
    close_searchers()


def as_a_new_index() -> None:
    from archive.search.mapped import FOLDER
    from archive.search.store import live_generation

    shutil.rmtree(live_generation() / FOLDER, ignore_errors=True)
    as_a_new_worker()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_paths(samples: int) -> dict[str, list[str]]:
    from archive.models import Article, Leader, Meeting

    def sample(model):
        ids = list(model.objects.order_by("?").values_list("pk", flat=True)[:samples])
        return [model.objects.get(pk=pk).get_absolute_url() for pk in ids]

    return {"about": ["/about/"], "home": ["/"], "meetings": ["/meetings/", "/meetings/?page=3", "/meetings/?year=2015"],
            "meeting": sample(Meeting), "article": sample(Article), "leader": sample(Leader), "search": search_paths()}  # fmt: skip


def search_paths() -> list[str]:
    """The search page for each query of the mix, its facet selected."""
    from archive.views.search import PARAM_OF_FACET

    return ["/search/?" + urllib.parse.urlencode({"q": q, **{PARAM_OF_FACET[f]: v for f, v in sel}})
            for queries in MIX.values() for q, sel, *_ in queries]  # fmt: skip


def serve_pages(env, paths: dict, requests_per_page: int, wrk_seconds: int) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(ROOT / ".venv/bin/gunicorn"), "-c", "diplomacy/gunicorn.conf.py", "--access-logfile", "/dev/null"],
                              cwd=ROOT, env={**env, "PORT": str(port)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/about/", timeout=5)
                break
            except OSError:
                time.sleep(0.2)
        timings, errors = time_requests(base, paths, requests_per_page)
        throughput = wrk_mix(base, [u for urls in paths.values() for u in urls], wrk_seconds)
        workers = [
            int(p)
            for p in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        ]
        worker_mb = sorted(pss_mb(pid) for pid in workers)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"timings": timings, "errors": errors + throughput["errors"], "pages_per_s": throughput["rps"],
            "worker_mb": worker_mb}  # fmt: skip


def time_requests(base: str, paths: dict, requests_per_page: int) -> tuple[dict, int]:
    """Milliseconds of each page type's requests, after WARM_REQUESTS untimed ones; errors."""
    timings, errors = {}, 0
    for page, urls in paths.items():
        timings[page] = []
        for i in range(requests_per_page + WARM_REQUESTS):
            start = time.perf_counter()
            try:
                urllib.request.urlopen(base + urls[i % len(urls)], timeout=60).read()
            except OSError:
                errors += 1
            if i >= WARM_REQUESTS:
                timings[page].append((time.perf_counter() - start) * 1000)
    return timings, errors


WRK_SCRIPT = r"""
local paths = {%s}
local counters = {}
function setup(thread) thread:set("errors", 0); table.insert(counters, thread) end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
response = function(status) if status >= 400 then errors = errors + 1 end end
done = function(summary, latency, requests)
  local e = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, t in ipairs(counters) do e = e + t:get("errors") end
  io.write(string.format("RESULT %%d %%.3f %%d\n", summary.requests, summary.duration / 1e6, e))
end
"""


def wrk_mix(base: str, urls: list[str], seconds: int) -> dict:
    script = Path(os.environ["DATA_DIR"]) / "mix.lua"
    script.write_text(WRK_SCRIPT % ", ".join(json.dumps(u) for u in urls))
    out = subprocess.run(["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "30s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    done, seconds_taken, errors = re.search(r"RESULT (\d+) ([\d.]+) (\d+)", out).groups()
    return {"rps": round(int(done) / float(seconds_taken), 1), "errors": int(errors)}


def pyvi_per_s(texts: list[str]) -> float:
    from archive.text import segment

    segment("khởi động")
    start = time.perf_counter()
    for text in texts:
        segment(text)
    return len(texts) / (time.perf_counter() - start)


def disk_mb(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 1e6


def build(args, env) -> dict:
    """A fresh archive of the corpus, imported; seconds and peak MB."""
    shutil.rmtree(args.workdir, ignore_errors=True)
    data_dir, corpus = args.workdir / "data", args.workdir / "corpus"
    data_dir.mkdir(parents=True)
    print(f"bench: {args.articles} articles in {args.workdir}", flush=True)
    subprocess.run([PYTHON, "benchmarks/corpus.py", "--articles", str(args.articles), "--seed", str(args.seed),
                    "--output", str(corpus)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    for command in (
        ["migrate", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
        ["load_reference_data"],
    ):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    # The download the import writes afterwards is timed on its own line.
    return {
        "import": timed_command(env, "import_articles", str(corpus), "--no-dump"),
        "dump": timed_command(env, "dump_archive"),
    }


def rebuilds(env) -> dict:
    """The index rebuilt cold (pyvi again) and warm (segmentation kept); seconds and peak MB."""
    from django.db import connection

    from archive.models import Article

    Article.objects.update(segmented_hash="")  # cold: every text is segmented again
    connection.close()
    return {
        "cold": timed_command(env, "rebuild_index", "--noinput"),
        "warm": timed_command(env, "rebuild_index", "--noinput"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 10_000))
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--repeat", type=int, default=10, help="runs of each query")
    parser.add_argument("--requests", type=int, default=40, help="requests per page type")
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument(
        "--cold-requests", type=int, default=30,
        help="search pages timed as the first request of a fresh gunicorn worker",
    )  # fmt: skip
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the archive built by an earlier run in --workdir; time only search and pages",
    )
    parser.add_argument(
        "--rebuilds", choices=("run", "skip"), default="run",
        help="time the cold and warm rebuilds (with --reuse: on the kept archive) or skip them; "
        "a skipped step keeps the figures of the run that made them, if any",
    )  # fmt: skip
    args = parser.parse_args()

    data_dir = args.workdir / "data"
    env = {**os.environ, "DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "diplomacy.settings",
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost"}  # fmt: skip
    env.pop("DATABASE_URL", None)  # the embedded default: SQLite and a local Whoosh index
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from archive.models import Article, Meeting
    from archive.search import searcher
    from benchmarks.postings import postings_per_field
    from benchmarks.search_page_cold import search_page_cold

    built = args.workdir / "build.json"
    timings = {} if not args.reuse else json.loads(built.read_text())
    if not args.reuse:
        timings = build(args, env)
    if args.rebuilds == "run":
        timings.update(rebuilds(env))
    built.write_text(json.dumps(timings))
    import_s, import_mb = timings["import"]
    cold_s, cold_mb = timings.get("cold", (None, 0))
    warm_s, warm_mb = timings.get("warm", (None, 0))
    dump_s, dump_mb = timings.get("dump", (None, 0))

    texts = [
        (pk, title, f"{lead}\n{body}")
        for pk, title, lead, body in Article.objects.order_by("pk").values_list(
            "pk", "title", "lead", "body"
        )
    ]
    years = sorted({
        (a, d.year)
        for a, d in Meeting.objects.filter(date__isnull=False).values_list("articles", "date")
        if a
    })  # fmt: skip
    start = time.perf_counter()
    fts5 = fts5_build(args.workdir / "fts5.sqlite3", [(pk, t, b) for pk, t, b in texts], years)
    fts5_build_s = time.perf_counter() - start
    pyvi_rate = pyvi_per_s([f"{t}\n{b}" for _, t, b in texts[:: max(1, len(texts) // 200)]])
    archive_ms, cold_ms, first_ms, fts5_ms, hits = search_mix(fts5, args.repeat)
    pages = serve_pages(env, page_paths(20), args.requests, args.wrk_seconds)
    search_cold_page = search_page_cold(env, args.cold_requests)
    postings = postings_per_field(searcher().reader())

    articles = len(texts)
    search_p95 = {k: round(p95(v), 1) for k, v in archive_ms.items()}
    cold_p95 = {k: round(p95(v), 1) for k, v in cold_ms.items()}
    first_p95 = {k: round(p95(v), 1) for k, v in first_ms.items()}
    fts5_p95 = {k: round(p95(v), 1) for k, v in fts5_ms.items()}
    page_p95 = {k: round(p95(v), 1) for k, v in pages["timings"].items()}
    index_mb = disk_mb((data_dir / "whoosh_index").resolve())  # a generation after a rebuild
    fts5_mb = disk_mb(args.workdir / "fts5.sqlite3")
    derived_mb = disk_mb((data_dir / "whoosh_index").resolve() / "derived")
    print(f"\n{articles} articles; index {index_mb:.0f} MB (of which {derived_mb:.0f} MB arrays "
          "mapped by the workers, archive/search/mapped.py), database "
          f"{disk_mb(data_dir / 'archive.sqlite3'):.0f} MB, FTS5 {fts5_mb:.0f} MB")  # fmt: skip
    postings_per_report = sum(postings.values()) / articles
    print(f"postings per report {postings_per_report:.0f}: " + ", ".join(
        f"{field} {n / articles:.0f}" for field, n in postings.most_common()))  # fmt: skip
    print(f"{'step':<34}{'seconds':>9}{'per s':>9}{'peak MB':>9}   baseline")
    for label, took, peak in (("import (parse, extract, store, index)", import_s, import_mb),
                              ("rebuild cold (pyvi again)", cold_s, cold_mb), ("rebuild warm (cached)", warm_s, warm_mb),
                              ("download (JSON + CSV dump)", dump_s, dump_mb)):  # fmt: skip
        if took is None:
            print(f"{label:<34}{'not run':>27}")
            continue
        print(f"{label:<34}{took:>9.0f}{articles / took:>9.1f}{peak:>9.0f}   {articles / took / pyvi_rate:.2f}× pyvi alone ({pyvi_rate:.0f}/s)")  # fmt: skip
    print(f"{'FTS5 build, same texts':<34}{fts5_build_s:>9.0f}{articles / fts5_build_s:>9.1f}")
    print(
        f"\n{'query':<10}{'p50 ms':>9}{'p95 ms':>9}{'cold p95':>10}{'first p95':>10}{'FTS5 p50':>10}{'FTS5 p95':>10}{'p95 ×FTS5':>11}{'cold ×FTS5':>12}  hits archive/FTS5"
    )
    for kind in MIX:
        print(f"{kind:<10}{statistics.median(archive_ms[kind]):>9.1f}{search_p95[kind]:>9.1f}{cold_p95[kind]:>10.1f}{first_p95[kind]:>10.1f}"
              f"{statistics.median(fts5_ms[kind]):>10.1f}{fts5_p95[kind]:>10.1f}{search_p95[kind] / max(fts5_p95[kind], 0.01):>11.1f}"
              f"{cold_p95[kind] / max(fts5_p95[kind], 0.01):>12.1f}"
              f"  {' '.join(f'{a}/{b}' for a, b in hits[kind])}")  # fmt: skip
    print(f"\n{'page':<10}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'p95 ×about':>12}")
    for page in PAGES:
        times = pages["timings"][page]
        print(
            f"{page:<10}{statistics.median(times):>9.1f}{page_p95[page]:>9.1f}{max(times):>9.1f}{page_p95[page] / page_p95['about']:>12.1f}"
        )
    search_cold_p95 = round(p95(search_cold_page), 1)
    print(f"search, first request of {len(search_cold_page)} fresh workers: p50 {statistics.median(search_cold_page):.1f} ms, "
          f"p95 {search_cold_p95:.1f} ms, max {max(search_cold_page):.1f} ms")  # fmt: skip
    worker_mb = pages["worker_mb"]
    print(f"pages/s (wrk, 8 connections, {args.wrk_seconds} s): {pages['pages_per_s']}; errors: {pages['errors']}; "
          f"gunicorn worker PSS MB: {' '.join(f'{m:.0f}' for m in worker_mb)}")  # fmt: skip
    print(json.dumps({
        "articles": articles, "import_per_s": round(articles / import_s, 1),
        "rebuild_cold_s": cold_s and round(cold_s, 1), "rebuild_warm_s": warm_s and round(warm_s, 1),
        "dump_s": dump_s and round(dump_s, 1),
        "peak_rss_mb": round(max(import_mb, cold_mb, warm_mb)), "search_p95_ms": search_p95,
        "search_cold_p95_ms": cold_p95, "search_first_p95_ms": first_p95, "fts5_p95_ms": fts5_p95,
        "page_p95_ms": page_p95, "pages_per_s": pages["pages_per_s"], "page_errors": pages["errors"],
        "worker_pss_mb_max": round(max(worker_mb, default=0)),
        "search_page_cold_p95_ms": search_cold_p95, "index_mb": round(index_mb, 1),
        "fts5_mb": round(fts5_mb, 1), "postings_per_report": round(postings_per_report, 1),
    }, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
