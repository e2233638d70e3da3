from ._refused import RefusedCommand


class Command(RefusedCommand):
    help = "Refused: use check_index --repair or rebuild_index --noinput."
    instead = (
        "use `manage.py check_index --repair` to index what is missing or stale, or "
        "`manage.py rebuild_index --noinput` for a new index swapped in atomically."
    )
