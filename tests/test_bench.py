"""`make bench` end to end on a small corpus: every step runs and the last line is the JSON."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

KEYS = {"articles", "import_per_s", "rebuild_cold_s", "rebuild_warm_s", "peak_rss_mb", "search_p95_ms",
        "fts5_p95_ms", "page_p95_ms", "pages_per_s", "search_page_cold_p95_ms", "index_mb", "fts5_mb",
        "postings_per_report"}  # fmt: skip


def _bench(tmp_path, *options) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DATA_DIR")
    }
    command = [sys.executable, "benchmarks/bench.py", "--articles", "40", "--workdir", str(tmp_path / "bench"),
               "--repeat", "1", "--requests", "2", "--wrk-seconds", "1", "--cold-requests", "4", *options]  # fmt: skip
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_bench_runs_and_ends_with_its_figures(tmp_path):
    # In two parts, as the long runs are made: the rebuilds after the rest, on the kept archive.
    figures = _bench(tmp_path, "--rebuilds", "skip")
    assert set(figures) >= KEYS
    assert figures["rebuild_cold_s"] is None and figures["rebuild_warm_s"] is None
    assert figures["articles"] == 40 and figures["page_errors"] == 0
    assert set(figures["search_p95_ms"]) == set(figures["search_cold_p95_ms"]) == set(figures["fts5_p95_ms"]) == {
        "term", "and", "folded", "faceted", "phrase", "prefix",
    }  # fmt: skip
    assert figures["pages_per_s"] > 0
    sizes = ("search_page_cold_p95_ms", "index_mb", "fts5_mb", "postings_per_report")
    assert all(figures[key] > 0 for key in sizes), {key: figures[key] for key in sizes}
    again = _bench(tmp_path, "--reuse", "--cold-requests", "1")  # 4 above: workers replaced once
    assert again["import_per_s"] == figures["import_per_s"]
    assert again["rebuild_cold_s"] > 0 and again["rebuild_warm_s"] > 0 and again["page_errors"] == 0
