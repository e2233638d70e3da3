"""The fence around Whoosh's internals: an untested version is refused, haystack's own index
commands cannot write past the archive's lock. (The equivalence with Whoosh's own results is
tests/search/test_counting.py.)"""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from archive.search.whoosh_internals import check_version


def test_an_untested_whoosh_version_is_refused_with_what_to_do():
    check_version((2, 7, 4))
    with pytest.raises(ImproperlyConfigured, match=r"Whoosh 2\.7\.5 .*whoosh==2\.7\.4"):
        check_version((2, 7, 5))


@pytest.mark.parametrize(
    "command, instead",
    [("update_index", "check_index --repair"), ("clear_index", "rebuild_index --noinput")],
)
def test_haystacks_index_commands_refuse_and_name_the_right_one(command, instead):
    with pytest.raises(CommandError, match=instead):
        call_command(command)


def test_no_whoosh_private_name_is_read_outside_the_fence():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "archive"
    private = re.compile(r"(?<!self)(?<!cls)\._[a-z]\w*|from whoosh\S* import .*\b_[a-z]")
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        if path.name != "whoosh_internals.py"
        and ("whoosh" in path.read_text() or path.parent.name == "search")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if private.search(line.split("#")[0]) and not line.lstrip().startswith("from .")
    ]
    assert offenders == []


def test_a_cancelled_parallel_writer_stops_its_processes(tmp_path):
    """Whoosh's cancel leaves them waiting on the job queue, and the interpreter for them at exit."""
    from whoosh.fields import TEXT, Schema
    from whoosh.index import create_in

    from archive.search.whoosh_internals import parallel_writer

    writer = parallel_writer(create_in(str(tmp_path), Schema(text=TEXT)), 2)
    try:
        for n in range(300):  # three job files of 100: both processes start
            writer.add_document(text=f"word{n}")
        assert [task.is_alive() for task in writer.tasks] == [True, True]
        writer.cancel()
        assert [task.is_alive() for task in writer.tasks] == [False, False]
    finally:
        for task in writer.tasks:
            task.kill()
            task.join()
