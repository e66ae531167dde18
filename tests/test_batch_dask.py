"""The Dask executor against an in-process LocalCluster: the same records as a local run,
failures per file, bounded submission."""

import json
import shutil

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from conftest import SAMPLES

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                       dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def records(path):
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    return sorted(recs, key=lambda r: r["document"]["path"])


def test_dask_run_matches_local_run(tmp_path, scheduler):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("it-services-agreement-strong.docx", "one-sided-agreement-weak.pdf",
                 "plain-services-agreement.txt", "statement-of-work.docx"):
        shutil.copy(SAMPLES / name, d / name)
    shutil.copy(SAMPLES / "plain-services-agreement.txt", d / "copy.txt")
    (d / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    r1 = CliRunner().invoke(cli, ["batch", str(d), "-j", "1", "--no-cache", "-o", str(local)])
    r2 = CliRunner().invoke(cli, ["batch", str(d), "--scheduler", scheduler, "--no-cache", "-o", str(dask)])
    assert r1.exit_code == r2.exit_code == 2, r2.output
    assert records(local) == records(dask)
    bad = [r for r in records(dask) if "error" in r]
    assert len(bad) == 1 and bad[0]["document"]["path"].endswith("bad.pdf")
    assert "1 failed" in r2.output


def test_bounded_window(scheduler):
    from analyzer.batch.dask_executor import DaskExecutor
    from analyzer.batch.executor import Job

    class Echo:
        def __call__(self, path):
            return {"document": {"path": path}, "findings": []}

    ex = DaskExecutor(Echo(), scheduler, window=2)
    jobs = [Job(f"f{i}", 1, f"h{i}") for i in range(7)]
    seen = []
    for job, rec in ex.run(iter(jobs)):
        seen.append(job.path)
        assert rec["document"]["path"] == job.path
    assert sorted(seen) == sorted(j.path for j in jobs)
    assert ex.max_in_flight == 2


def test_unreachable_scheduler_is_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setattr("analyzer.batch.dask_executor.CONNECT_TIMEOUT", 1.0)
    r = CliRunner().invoke(cli, ["batch", str(SAMPLES / "plain-services-agreement.txt"), "--no-cache",
                                 "--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 2 and "cannot connect to the Dask scheduler" in r.output
    assert "Traceback" not in r.output
