"""haystack's index commands that would write past the archive's index lock and generations.

haystack's `update_index` and `clear_index` open a Whoosh writer of their own: beside a running
import or rebuild they meet Whoosh's LockError, and they write into whichever generation the
symlink points at, where a rebuild's swap then loses their work. These replacements refuse, with
any of haystack's options, and name the command that does the job safely.
"""

import sys

from django.core.management.base import BaseCommand, CommandError


class RefusedCommand(BaseCommand):
    instead = ""

    def run_from_argv(self, argv):
        sys.stderr.write(self.message() + "\n")
        sys.exit(2)

    def handle(self, *args, **options):
        raise CommandError(self.message())

    def message(self) -> str:
        name = type(self).__module__.rsplit(".", 1)[-1]
        return (
            f"`{name}` is haystack's command and would write past the archive's index lock: "
            f"{self.instead}"
        )
