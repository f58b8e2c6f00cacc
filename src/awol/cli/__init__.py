"""The `awol` command: a thin layer over the library.

Each stage keeps its commands in its own module here; this file only assembles
them and turns awol's exceptions into messages and exit codes.
"""

from __future__ import annotations

import sys

from awol.cli.app import app
from awol.errors import AwolError

# Importing a command module registers its commands on `app`.
from awol.cli import extract as _extract  # noqa: F401,E402
from awol.cli import knowledge as _knowledge  # noqa: F401,E402
from awol.cli import places as _places  # noqa: F401,E402
from awol.cli import serve as _serve  # noqa: F401,E402
from awol.cli import store as _store  # noqa: F401,E402


def main() -> None:
    try:
        app()
    except AwolError as exc:
        print(f"awol: error: {exc}", file=sys.stderr)
        sys.exit(2)
