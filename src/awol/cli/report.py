"""stderr for people, shared by `extract` and `ingest`: one `awol: ...` line per
problem or warning and, only on a terminal, a progress line that redraws."""

from __future__ import annotations

import logging
import sys


class Reporter:
    """Context manager: while open, awol's log warnings (such as a `published`
    value that is not a date) come out as `awol: ...` lines too."""

    def __init__(self) -> None:
        self.interactive = sys.stderr.isatty()
        self._progress = None
        self._task = None
        self._handler = _LogToReporter(self)

    def __enter__(self) -> "Reporter":
        logger = logging.getLogger("awol")
        logger.addHandler(self._handler)
        self._propagate, logger.propagate = logger.propagate, False
        if self.interactive:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=True)
            self._task = self._progress.add_task("starting")
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
        logger = logging.getLogger("awol")
        logger.removeHandler(self._handler)
        logger.propagate = self._propagate

    def line(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            print(text, file=sys.stderr, flush=True)

    def status(self, text: str) -> None:
        """Redraw the progress line (a no-op when stderr is not a terminal)."""
        if self._progress is not None:
            self._progress.update(self._task, description=text)


class _LogToReporter(logging.Handler):
    def __init__(self, reporter: Reporter):
        super().__init__(logging.WARNING)
        self.reporter = reporter

    def emit(self, record: logging.LogRecord) -> None:
        self.reporter.line(f"awol: {record.getMessage()}")
