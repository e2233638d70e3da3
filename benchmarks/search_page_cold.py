"""The search page as the first request of freshly started gunicorn workers (no warm-up request).

    .venv/bin/python benchmarks/search_page_cold.py --data-dir DIR [--requests 30] [--port 8771]

gunicorn runs as deployed (diplomacy/gunicorn.conf.py, 3 workers). Before the first request every
worker must have logged "Worker ready", which it does once post_worker_init has loaded pyvi; no
request is sent to find out. Each timed request is then the first request of the worker that
answers it: the access log names that worker (its pid), and the worker is stopped (SIGSTOP) until
the round ends, so the next request goes to a worker that has served nothing. When every worker
of a round has answered, SIGHUP makes gunicorn replace them all and the next round waits for the
new ones. The URLs are the search page's in `make bench` (bench.MIX), in turn. The operating
system's file cache is not dropped: the index files stay cached, as after a restart or a deploy.

Run as a command it also gives two baselines of the same run: the About page (static) as the first
request of fresh workers, which is what any first request costs (Django's URLs, views and
templates loaded), and the same search URLs warm, timed as `make bench` times every page (15
untimed requests first). DIR is only read.
"""

import argparse
import os
import re
import runpy
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "diplomacy" / "gunicorn.conf.py"
READY = re.compile(r"Worker ready \(pid: (\d+)\)")
ANSWERED = re.compile(r"^<(\d+)> ", re.M)  # the access log's lines, in the format given below


class Gunicorn:
    """gunicorn as deployed on loopback, which knows its workers: ready, answered, replaced."""

    def __init__(self, env: dict, port: int):
        self.base = f"http://127.0.0.1:{port}"
        self.logs = Path(tempfile.mkdtemp(prefix="bench-gunicorn-"))
        self.error_log, self.access_log = self.logs / "error.log", self.logs / "access.log"
        self.error_log.touch()
        self.access_log.touch()
        self.process = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "-c", str(CONFIG), "--error-logfile", str(self.error_log),
             "--access-logfile", str(self.access_log), "--access-logformat", "%(p)s %(s)s %(U)s"],
            cwd=ROOT, env={**env, "PORT": str(port)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.count = runpy.run_path(str(CONFIG))[
            "workers"
        ]  # WEB_WORKERS: callers set os.environ as env
        self.served: set[int] = set()
        self.stopped: set[int] = set()
        self._answers = 0

    def workers(self) -> set[int]:
        pid = self.process.pid
        return {int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}

    def fresh_workers(self, timeout: float = 300) -> set[int]:
        """Workers that have served nothing, all ready: the current ones if none has served yet,
        else new ones (SIGHUP: gunicorn replaces every worker)."""
        if self.workers() & self.served:
            self.resume()
            os.kill(self.process.pid, signal.SIGHUP)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn stopped:\n{self.error_log.read_text()[-3000:]}")
            workers = self.workers()
            ready = {int(pid) for pid in READY.findall(self.error_log.read_text())}
            if len(workers) == self.count and workers <= ready and not workers & self.served:
                return workers
            time.sleep(0.1)
        sys.exit(
            f"gunicorn's workers not ready in {timeout:.0f} s:\n{self.error_log.read_text()[-3000:]}"
        )

    def answered_by(self) -> int:
        """The pid of the worker that wrote the access log's next line."""
        for _ in range(500):
            answers = ANSWERED.findall(self.access_log.read_text())
            if len(answers) > self._answers:
                self._answers += 1
                return int(answers[self._answers - 1])
            time.sleep(0.01)
        sys.exit("gunicorn logged no access")

    def retire(self, pid: int) -> None:
        """The worker has served: it waits, stopped, until its round ends."""
        self.served.add(pid)
        os.kill(pid, signal.SIGSTOP)
        self.stopped.add(pid)

    def resume(self) -> None:
        for pid in self.stopped:
            os.kill(pid, signal.SIGCONT)
        self.stopped.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.resume()
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.logs)


def first_request_ms(server: Gunicorn, url: str, fresh: set[int]) -> float:
    """One page, timed, from a worker that has served nothing; that worker then waits."""
    start = time.perf_counter()
    with urllib.request.urlopen(server.base + url, timeout=60) as response:
        response.read()
    took = (time.perf_counter() - start) * 1000
    worker = server.answered_by()
    if worker not in fresh:
        sys.exit(f"{url} was answered by worker {worker}, which had served before")
    fresh.discard(worker)
    server.retire(worker)
    return took


def first_requests_ms(server: Gunicorn, urls: list[str], requests: int) -> list[float]:
    """Milliseconds of `requests` pages, each the first request of a fresh worker."""
    fresh, times = set(), []
    while len(times) < requests:
        fresh = fresh or server.fresh_workers()
        times.append(first_request_ms(server, urls[len(times) % len(urls)], fresh))
    server.resume()
    return times


def search_page_cold(env: dict, requests: int) -> list[float]:
    """The search pages of `make bench` in turn, each the first request of a fresh worker."""
    from benchmarks.bench import free_port, search_paths

    with Gunicorn(env, free_port()) as server:
        return first_requests_ms(server, search_paths(), requests)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--requests", type=int, default=30, help="timed requests, cold and warm")
    parser.add_argument("--port", type=int, help="default: a free one")
    args = parser.parse_args()
    env = {**os.environ, "DATA_DIR": str(args.data_dir.resolve()), "DJANGO_SETTINGS_MODULE": "diplomacy.settings",
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost"}  # fmt: skip
    env.pop("DATABASE_URL", None)  # the embedded default, as `make bench`
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from benchmarks.bench import free_port, p95, search_paths, time_requests

    urls = search_paths()
    with Gunicorn(env, args.port or free_port()) as server:
        cold = first_requests_ms(server, urls, args.requests)
        about = first_requests_ms(server, ["/about/"], args.requests)
        warm, errors = time_requests(server.base, {"search": urls}, args.requests)
    print(f"search page, {len(urls)} URLs, gunicorn as deployed ({server.count} workers)")
    print(f"{'':<40}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for label, times in (
        (f"search, cold: first request of {len(cold)} workers", cold),
        (f"About page, cold: the same, {len(about)} workers", about),
        (f"search, warm: {len(warm['search'])} after 15 untimed", warm["search"]),
    ):
        print(f"{label:<40}{statistics.median(times):>9.1f}{p95(times):>9.1f}{max(times):>9.1f}")
    print(f"search_page_cold_p95_ms {p95(cold):.1f}; errors (warm) {errors}")


if __name__ == "__main__":
    main()
