"""Settings for the test run: a fresh data folder, never the developer's ./var."""

import atexit
import os
import shutil
import tempfile

_data_dir = tempfile.mkdtemp(prefix="archive-test-")
atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)
os.environ["DATA_DIR"] = _data_dir

from diplomacy.settings import *  # noqa: E402,F403

# Tests render pages without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT.mkdir(exist_ok=True)  # noqa: F405
