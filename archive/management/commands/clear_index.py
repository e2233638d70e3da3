from ._refused import RefusedCommand


class Command(RefusedCommand):
    help = "Refused: use rebuild_index --noinput."
    instead = "use `manage.py rebuild_index --noinput`: a new index, swapped in atomically."
