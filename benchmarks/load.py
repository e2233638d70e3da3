"""Load on loopback: gunicorn as deployed, a mix of pages, imports running at the same time.

    .venv/bin/python benchmarks/load.py [--duration 10] [--connections 8 32 128]

For each concurrency, wrk requests home, search, meeting and article pages for `--duration`
seconds while `import_articles` adds new reports; it prints requests/s, p50/p95/p99 latency, 5xx
and socket errors. At the end every imported report must be in the database and in the index
(check_index), i.e. zero lost updates.
"""

import argparse
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")

LUA = r"""
local paths = {%s}
local counters = {}
function setup(thread) thread:set("errors5xx", 0); table.insert(counters, thread) end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
response = function(status) if status >= 500 then errors5xx = errors5xx + 1 end end
done = function(summary, latency, requests)
  local e = 0
  for _, t in ipairs(counters) do e = e + t:get("errors5xx") end
  local s = summary.errors
  io.write(string.format("RESULT %%d %%.3f %%.3f %%.3f %%.3f %%d %%d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, e,
    s.connect + s.read + s.write + s.timeout))
end
"""


def manage(env, *args, check=True):
    return subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=check, capture_output=True, text=True
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, nargs="+", default=[8, 32, 128])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    env = {**os.environ, "DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "diplomacy.settings",
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost"}  # fmt: skip
    env.pop("DATABASE_URL", None)
    corpus = data_dir / "corpus"
    subprocess.run([PYTHON, "benchmarks/corpus.py", "--articles", str(args.articles + 60 * len(args.connections)),
                    "--seed", "11", "--output", str(corpus)], cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    files = sorted(corpus.rglob("*.txt"))
    initial, later = files[: args.articles], files[args.articles :]
    first = data_dir / "initial"
    first.mkdir()
    for path in initial:
        (first / path.name).write_bytes(path.read_bytes())
    for command in (
        ["migrate", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
        ["load_reference_data"],
        ["import_articles", str(first)],
    ):
        manage(env, *command)

    sys.path.insert(0, str(ROOT))
    os.environ.update(env)
    import django

    django.setup()
    from archive.models import Article, Meeting

    meetings = [m.get_absolute_url() for m in Meeting.objects.all()[:200]]
    articles = [a.get_absolute_url() for a in Article.objects.all()[:200]]
    searches = [
        f"/search/?q={q}"
        for q in (
            "Putin",
            "h%E1%BB%A3p+t%C3%A1c",
            "truong+tan+sang",
            "Medvedev+OR+Lavrov",
            "kinh+t%E1%BA%BF&year=2015",
        )
    ]
    paths = (
        ["/"] * 2
        + searches * 4
        + random.Random(1).sample(meetings, 20)
        + random.Random(2).sample(articles, 20)
    )
    script = data_dir / "mix.lua"
    script.write_text(LUA % ", ".join(json.dumps(p) for p in paths))

    port = free_port()
    server = subprocess.Popen([str(ROOT / ".venv/bin/gunicorn"), "-c", "diplomacy/gunicorn.conf.py", "--access-logfile", "/dev/null"],
                              cwd=ROOT, env={**env, "PORT": str(port)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        if subprocess.run(["curl", "-sf", "-o", "/dev/null", base + "/"]).returncode == 0:
            break
        time.sleep(0.2)
    rows, expected = [], len(initial)
    try:
        for level, connections in enumerate(args.connections):
            batch = data_dir / f"batch{level}"
            batch.mkdir()
            for path in later[level * 60 : (level + 1) * 60]:
                (batch / path.name).write_bytes(path.read_bytes())
            importer = subprocess.Popen([PYTHON, "manage.py", "import_articles", str(batch)], cwd=ROOT, env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
            out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{args.duration}s", "--timeout", "10s", "-s", str(script), base],
                                 capture_output=True, text=True).stdout  # fmt: skip
            imported, _ = importer.communicate()
            fields = re.search(
                r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)", out
            ).groups()
            requests, duration, p50, p95, p99, errors5xx, socket_errors = fields
            rows.append({"connections": connections, "rps": round(int(requests) / float(duration), 1),
                         "p50_ms": float(p50), "p95_ms": float(p95), "p99_ms": float(p99),
                         "errors_5xx": int(errors5xx), "socket_errors": int(socket_errors),
                         "import": imported.strip().splitlines()[-1]})  # fmt: skip
            expected += 60
    finally:
        server.terminate()
        server.wait(timeout=30)
    check = manage(env, "check_index", check=False)
    stored = Article.objects.count()
    print(
        f"{'connections':>11}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'5xx':>6}{'sock':>6}  concurrent import"
    )
    for row in rows:
        print(f"{row['connections']:>11}{row['rps']:>9}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}{row['p99_ms']:>9.1f}"
              f"{row['errors_5xx']:>6}{row['socket_errors']:>6}  {row['import']}")  # fmt: skip
    lost = expected - stored
    print(
        f"reports imported: {stored} of {expected} (lost: {lost}); check_index: {check.stdout.strip() or check.stderr.strip()}"
    )
    print(json.dumps({"levels": rows, "lost_updates": lost, "index_clean": check.returncode == 0}))


if __name__ == "__main__":
    main()
