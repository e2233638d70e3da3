"""Worker processes for CPU-bound work (decoding, extraction, pyvi) that never touch the database."""

import multiprocessing
import multiprocessing.pool

from django.db import connections


def _forget_parent_connections(initializer, initargs) -> None:
    # The forked child inherits the parent's open database sockets. Closing them here would end
    # the parent's session (and, inside a transaction, its work); dropping them is enough, because
    # psycopg and sqlite3 never finalise a handle in a process other than the one that opened it.
    for connection in connections.all(initialized_only=True):
        connection.connection = None
    if initializer is not None:
        initializer(*initargs)


def fork_pool(workers: int, initializer=None, initargs=()) -> multiprocessing.pool.Pool:
    """A pool of forked workers that leaves the parent's database connection open and usable:
    the parent may be inside a transaction (a test, an admin upload) that must go on after."""
    return multiprocessing.get_context("fork").Pool(
        workers, _forget_parent_connections, (initializer, initargs)
    )
