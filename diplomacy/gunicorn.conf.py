"""gunicorn settings; HOST, PORT and WEB_WORKERS come from the environment."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Each worker opens its own Whoosh searcher; keep the count modest on small machines.
workers = int(os.environ.get("WEB_WORKERS", min(4, multiprocessing.cpu_count() + 1)))
timeout = 30
graceful_timeout = 10
accesslog = "-"
errorlog = "-"
wsgi_app = "diplomacy.wsgi:application"


def post_worker_init(worker):
    """Prepare the worker before its first request, not during a reader's first search."""
    from diplomacy.warm import prepare_worker

    prepare_worker()
    worker.log.info("Worker ready (pid: %s)", worker.pid)  # benchmarks wait for it
