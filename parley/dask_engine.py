"""Code partitions on a Dask cluster and hand the results back in input order.

Without a scheduler address a ``LocalCluster`` is started with one single-threaded worker
process per core (the pipeline is pure Python: processes, not threads, use the cores).
With ``scheduler="tcp://host:8786"`` an existing cluster is used: any cluster that
dask.distributed can reach (dask-jobqueue on Slurm/PBS, dask-kubernetes, ``dask
scheduler`` + ``dask worker`` by hand), as long as its workers have parley installed.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from itertools import islice

from .extract import Coded, code_items
from .partitions import Partition, partition
from .settings import SETTINGS, get, override

# Partitions in flight per worker: enough to keep workers busy, few enough that results
# waiting for an earlier, slower partition stay small.
_AHEAD_PER_WORKER = 4


def code_partition(part: Partition, settings: dict[str, object], with_sentence: bool) -> list[Coded]:
    """Worker side: read and code one partition under the caller's settings."""
    for name, value in settings.items():
        override(name, value)
    return list(code_items(part.read(), with_sentence=with_sentence))


def _client(scheduler: str | None, workers: int | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a declared dependency
        raise SystemExit(f"--engine dask needs dask.distributed ({exc}); pip install 'dask[distributed]'") from exc
    if scheduler:
        try:
            return Client(scheduler), None
        except (OSError, TimeoutError) as exc:
            raise SystemExit(f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with "
                             "`dask scheduler` and `dask worker ADDRESS`, or leave out --scheduler") from exc
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def code_on_dask(paths: list[str], with_sentence: bool = False, scheduler: str | None = None,
                 workers: int | None = None) -> Iterator[Coded]:
    """Everything ``code_items(read_paths(paths))`` yields, coded on Dask workers, in the same order."""
    parts = partition(paths)
    if not parts:
        return
    # The effective value of every setting (CLI, environment or default) travels with each task:
    # remote workers do not share this machine's environment.
    settings = {s.name: get(s.name) for s in SETTINGS}
    client, cluster = _client(scheduler, workers)
    run = uuid.uuid4().hex[:8]

    index_of: dict[str, int] = {}  # future key -> partition index

    def submit(part: Partition):
        fut = client.submit(code_partition, part, settings, with_sentence, key=f"parley-{part.index}-{run}",
                            pure=False)
        index_of[fut.key] = part.index
        return fut

    try:
        from dask.distributed import as_completed
        n_workers = len(client.scheduler_info().get("workers", {})) or workers or 1
        todo = iter(parts)
        futures = as_completed([submit(p) for p in islice(todo, n_workers * _AHEAD_PER_WORKER)])
        done: dict[int, list[Coded]] = {}
        next_index = 0
        for fut in futures:
            done[index_of.pop(fut.key)] = fut.result()
            fut.release()
            nxt = next(todo, None)
            if nxt is not None:
                futures.add(submit(nxt))
            while next_index in done:  # hand results on in input order, whatever finished first
                yield from done.pop(next_index)
                next_index += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
