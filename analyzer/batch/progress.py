"""Progress on a terminal (files done, failed, rate, ETA); nothing at all when stderr is not a TTY."""

from __future__ import annotations

import sys
import time


class NoProgress:
    def start(self, total: int) -> None:
        pass

    def advance(self, failed: bool) -> None:
        pass

    def stop(self) -> None:
        pass


class RichProgress(NoProgress):
    def __init__(self):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("{task.completed}/{task.total} files"), BarColumn(),
                                 TextColumn("{task.fields[failed]} failed"), TextColumn("{task.fields[rate]}"),
                                 TextColumn("ETA"), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=False)
        self.task = None
        self.failed = 0
        self.t0 = time.monotonic()
        self.done = 0

    def start(self, total: int) -> None:
        self.t0 = time.monotonic()
        self.progress.start()
        self.task = self.progress.add_task("batch", total=total, failed=0, rate="")

    def advance(self, failed: bool) -> None:
        self.failed += failed
        self.done += 1
        rate = self.done / max(1e-6, time.monotonic() - self.t0) * 60
        self.progress.update(self.task, advance=1, failed=self.failed, rate=f"{rate:,.0f} files/min")

    def stop(self) -> None:
        self.progress.stop()


def for_terminal(enabled: bool | None = None) -> NoProgress:
    """A rich progress bar when stderr is a terminal (or when forced), else a silent one."""
    on = sys.stderr.isatty() if enabled is None else enabled
    return RichProgress() if on else NoProgress()
