"""`python -m awol`: the same as the `awol` command."""

from awol.cli import main

main()
