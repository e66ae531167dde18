"""Batch review of contract folders.

discover (which files) -> hashing and the result cache (what is already done) -> an executor
(in-process, worker processes or Dask) runs `task.ReviewTask` on the rest -> `runner` turns
each result into a JSON Lines record and a table row as soon as it arrives -> `outputs` writes
the chosen format. Every module here is importable without spaCy, so a fully cached re-run
never loads the pipeline.
"""
