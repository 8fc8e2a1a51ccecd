"""The start of a parallel build: the campaign is read in a forked helper while the build imports the renderers.

With `-j 2` or more the build process warms up before it forks its workers (stage.warm: ReportLab, pikepdf,
pdfium, fonts), and reading the campaign came before that, one after the other on one core. Here a child forked
at the start reads the campaign (YAML, templates, pictures: ~0.2 s for 100 texts) and hands it back pickled,
while this process imports the modules the renders need (Stage.worker_imports) on the other core, stage by stage:
a stage's modules once begun are all imported (the warm-up needs them next), and no stage is begun once the child
is done (a build that turns out to have nothing to render pays at most one stage's imports more).

A bad campaign's error (a PipelineError, which names the file and field) comes back from the helper and is raised
here: reading again would repeat the warnings the helper already printed. Any other failure of the helper (a bug,
a signal, a value that does not pickle) makes this process read the campaign itself, so an unexpected error is
raised, with its traceback, as without the helper. Linux only; elsewhere, one after the other.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import select
import sys
from typing import Callable, Sequence, TypeVar

from pipeline.errors import PipelineError

T = TypeVar("T")


def load_beside_imports(load: Callable[[], T], groups: Sequence[Sequence[str]]) -> T:
    """`load()` in a forked child while this process imports the modules of `groups` (a stage's each), a group
    at a time until the child is done; the child's value, or `load()` called here when the child gave none."""
    if not sys.platform.startswith("linux") or not any(groups):
        return load()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:   # the helper: never returns, never runs the parent's exit handlers or flushes its buffers
        code = 1
        try:
            os.close(read_end)
            try:
                data = pickle.dumps((True, load()), protocol=pickle.HIGHEST_PROTOCOL)
            except PipelineError as exc:
                data = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    data = b""
    try:
        with os.fdopen(read_end, "rb") as pipe:
            for modules in groups:
                if select.select([pipe], [], [], 0)[0]:   # the child is handing its value back: no more stages
                    break
                for module in modules:
                    with contextlib.suppress(Exception):   # a renderer that cannot import fails its jobs, as before
                        importlib.import_module(module)
            data = pipe.read()
    finally:
        _, status = os.waitpid(pid, 0)
    delivered = None
    if os.waitstatus_to_exitcode(status) == 0 and data:
        with contextlib.suppress(Exception):
            delivered = pickle.loads(data)
    if delivered is None:
        return load()
    read, value = delivered
    if not read:
        raise value
    return value
