"""One snapshot of a campaign's asset files per build: each file read and hashed once, when the campaign is
loaded (and its approval checked), and every render draws from those bytes, never from the path again.

So a file replaced while a build runs cannot reach an output: the outputs carry the version that was planned,
approved and recorded in the manifests (`params_sha256`), and the next build sees the new version and
rebuilds. `changed()` names the files that differ on disk by the end of a build, for its warning.

An Asset travels to workers by its hash, not its bytes (a 100 KB logo would otherwise go with every job):
the bytes stay in this process's store, which forked workers inherit; a worker elsewhere (Dask) reads the
file once and uses it only if its hash is the planned one, else the job fails naming the file.

The assets are the logo and the texts' pictures (`image:`, pipeline.imaging.pictures); template files and a
template's own pictures are read again at render time
(hashed into the params and the campaign approval, but not yet in the snapshot).
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


_CONTENT: dict[str, bytes] = {}   # sha256 -> bytes of every asset read or checked in this process


@dataclass(frozen=True)
class Asset:
    """One campaign file as read at planning: its path relative to the campaign folder and SHA-256; `data` gives
    its bytes."""

    rel_path: str
    sha256: str
    root: str = ""   # the campaign folder, where a worker without the bytes reads them

    @classmethod
    def of(cls, root: Path | str, rel_path: str, data: bytes) -> "Asset":
        """The asset of `data`, read from `rel_path`; its bytes are kept for this process and its forks."""
        sha256 = hashlib.sha256(data).hexdigest()
        _CONTENT.setdefault(sha256, data)
        return cls(rel_path, sha256, os.path.abspath(root))

    @property
    def data(self) -> bytes:
        """The bytes as planned; a RenderError naming the file when only a changed file is left to read them from."""
        data = _CONTENT.get(self.sha256)
        if data is None:
            from pipeline.errors import RenderError

            try:
                data = Path(self.root, self.rel_path).read_bytes()
            except OSError as exc:
                raise RenderError(f"{self.rel_path}: cannot be read ({exc.strerror or exc}); it was there when the "
                                  "build started: run it again") from None
            if hashlib.sha256(data).hexdigest() != self.sha256:
                raise RenderError(f"{self.rel_path} changed since the build started (SHA-256 {self.sha256[:12]}… "
                                  "planned): not rendered with another version; run the build again")
            _CONTENT[self.sha256] = data
        return data


@dataclass(frozen=True)
class Snapshot:
    """The campaign asset files of one build, keyed by their path relative to the campaign folder."""

    root: Path
    assets: tuple[Asset, ...] = ()

    def get(self, path: Path | str) -> Asset | None:
        """The asset of a file (a path relative to the campaign folder, or inside it), or None."""
        rel_path = relative_to_root(self.root, path)
        return next((asset for asset in self.assets if asset.rel_path == rel_path), None)

    # (rel_path, (size, mtime_ns, ctime_ns, inode)) of each asset's file when it was read: `changed()` hashes a
    # file again only when its status moved, as the build trusts an output's status (pipeline.manifest)
    stats: tuple[tuple[str, tuple[int, int, int, int]], ...] = ()

    def with_asset(self, asset: Asset, info: os.stat_result) -> "Snapshot":
        """This snapshot plus `asset`, whose file had the status `info` when its bytes were read."""
        others = tuple(a for a in self.assets if a.rel_path != asset.rel_path)
        stats = tuple(s for s in self.stats if s[0] != asset.rel_path) + ((asset.rel_path, _status(info)),)
        return Snapshot(self.root, others + (asset,), stats)

    def changed(self) -> list[str]:
        """The relative paths of the files that are no longer (or no longer as) they were read."""
        recorded = dict(self.stats)
        changed = []
        for asset in self.assets:
            path = Path(self.root, asset.rel_path)
            try:
                if recorded.get(asset.rel_path) == _status(path.stat()):
                    continue  # a change time cannot be put back: same status, same bytes
                current = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                current = None
            if current != asset.sha256:
                changed.append(asset.rel_path)
        return changed


def _status(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def relative_to_root(root: Path, path: Path | str) -> str:
    """`path` as a POSIX path relative to the campaign folder `root` (symlinks resolved, as the campaign reads)."""
    path = Path(path)
    if not path.is_absolute():
        path = Path(root) / path
    return Path(os.path.relpath(os.path.realpath(path), os.path.realpath(root))).as_posix()


def logo_asset(campaign: Any) -> Asset | None:
    """The campaign logo as the build planned it: from the campaign's snapshot (a loaded campaign always has
    one), else read now (a Campaign made in code, as tests do)."""
    logo = campaign.brand.logo
    if logo is None:
        return None
    snapshot = getattr(campaign, "snapshot", None)
    asset = snapshot.get(logo) if snapshot is not None else None
    if asset is not None:
        return asset
    path = Path(logo) if Path(logo).is_absolute() else Path(campaign.root) / logo
    try:
        info = path.stat()
        return _read_asset(str(path), info.st_mtime_ns, info.st_size)
    except OSError as exc:
        from pipeline.errors import RenderError

        raise RenderError(f"brand logo {path}: cannot be read ({exc.strerror or exc})") from None


@functools.lru_cache(maxsize=16)
def _read_asset(path: str, mtime_ns: int, size: int) -> Asset:
    return Asset.of(Path(path).parent, Path(path).name, Path(path).read_bytes())
