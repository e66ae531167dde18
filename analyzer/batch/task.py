"""What one worker does with one file: review it, or say why it could not.

A `ReviewTask` is small and picklable so it can be sent to worker processes and Dask workers.
The Analyzer (rules compiled, spaCy pipeline built) is made once per worker thread and kept,
so only the first file a worker sees pays for loading it.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass

from analyzer.batch.records import UNEXPECTED, error_record

_local = threading.local()


@dataclass(frozen=True)
class ReviewTask:
    perspective: str = "provider"
    max_bytes: int = 100 * 1024 * 1024

    def options(self) -> dict:
        """Everything that changes a review's result, for the cache key."""
        return {"perspective": self.perspective}

    def analyzer(self):
        cache = getattr(_local, "analyzers", None)
        if cache is None:
            cache = _local.analyzers = {}
        key = tuple(sorted(asdict(self).items()))
        if key not in cache:
            from analyzer.engine import Analyzer

            cache[key] = Analyzer(perspective=self.perspective)
        return cache[key]

    def setup(self) -> None:
        """Load rules and the spaCy pipeline now, before the first file's clock starts."""
        from analyzer.nlp import pipeline

        self.analyzer()
        pipeline()

    def __call__(self, path: str) -> dict:
        """A review dict, or an error record; never raises for a bad file."""
        from analyzer.errors import AnalyzerError

        try:
            return self.analyzer().review_path(path, max_bytes=self.max_bytes).to_dict()
        except AnalyzerError as exc:
            return error_record(path, exc.type, exc.code, exc.message)
        except (MemoryError, RecursionError) as exc:
            return error_record(path, type(exc).__name__, UNEXPECTED, f"{type(exc).__name__} while reading")
        except Exception as exc:  # a bug on one file must not stop the batch
            return error_record(path, type(exc).__name__, UNEXPECTED, str(exc)[:500] or type(exc).__name__)
