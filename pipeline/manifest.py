"""Stage manifests: `<out>/<stage>/manifest.json`, what produced every file, with its hash.

A build records each finished job as one line appended to the stage's journal, `<out>/<stage>/.journal.jsonl`,
and folds the journal into the manifest once at the end of the stage (and when a later build or `status`
reads it). Just before an output replaces the old file, its new hash is journaled as an *intent*: a kill
between the rename and the record is then recognised as an interrupted build, not as a file changed by hand.

What a crash can lose:
- a kill (SIGKILL, an OOM kill) of any process: nothing written. Every line is handed to the kernel in one
  write() as soon as its job finishes (or before its rename), and the kernel keeps it whatever happens to
  the process; so a kill loses at most the jobs in flight.
- a power cut (or a kernel crash): what the disk did not get yet. Job records are made durable (fdatasync)
  in groups, at most every COMMIT_INTERVAL_S, and at the end of the stage: a power cut also loses the jobs
  finished in the last second or so, which the next build renders again. An intent is durable before its
  rename whenever the rename replaces a file, so a replaced file is never taken for one changed by hand.
  The manifest is written durably (file and folder) before the journal it replaces is removed.

A manifest is validated when read; one that is unreadable, foreign (another schema or stage) or malformed
is never trusted: it is reported (naming the file) and the stage is rebuilt from scratch.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.atomic import sha256_file, write_json

log = logging.getLogger(__name__)

SCHEMA = 1
JOURNAL_NAME = ".journal.jsonl"
COMMIT_INTERVAL_S = 0.5   # job records are made durable at most this often (one fdatasync per group)
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ManifestInvalid(ValueError):
    """A manifest (or journal line) that does not follow the schema; the message names the field."""


class PathEscape(ManifestInvalid):
    """A manifest path that points outside the output folder (absolute, `..`, or through a symlink)."""

    def __init__(self, where: str, rel_path: str):
        self.where, self.rel_path = where, rel_path
        super().__init__(f"{where}: {rel_path!r} is outside the output folder")


@dataclass
class Manifest:
    """One stage's manifest: items by job key, the texts refused, the last failures, and unrecorded intents."""

    stage: str
    items: dict[str, dict] = field(default_factory=dict)
    refused: list[dict] = field(default_factory=list)
    params_sha256: str | None = None
    failed: dict[str, dict] = field(default_factory=dict)  # job key -> what went wrong in the last build
    pending: dict[str, str] = field(default_factory=dict)  # path -> sha256 written by a build but not recorded
    problem: ManifestInvalid | None = None                  # why the file on disk was not trusted
    journaled: int = 0                                      # journal lines folded in when loading

    @classmethod
    def path_for(cls, out_dir: Path, stage: str) -> Path:
        """Where a stage's manifest lives."""
        return Path(out_dir) / stage / "manifest.json"

    @classmethod
    def journal_path(cls, out_dir: Path, stage: str) -> Path:
        """Where a stage's journal of finished jobs lives."""
        return Path(out_dir) / stage / JOURNAL_NAME

    @classmethod
    def load(cls, out_dir: Path, stage: str) -> "Manifest":
        """Read a stage's manifest and fold its journal in; an absent or untrusted one is empty (rebuilds).

        An untrusted manifest keeps the reason in `problem` and is logged as a warning naming the file.
        """
        path = cls.path_for(out_dir, stage)
        manifest = cls(stage)
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
            manifest = cls.from_dict(data, stage)
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:  # JSONDecodeError, UnicodeDecodeError and ManifestInvalid are ValueErrors
            problem = exc if isinstance(exc, ManifestInvalid) else ManifestInvalid(f"unreadable ({exc})")
            log.warning("%s: %s; not trusted, the %s stage will be rebuilt", path, problem, stage)
            manifest.problem = problem
        manifest.fold_journal(out_dir)
        return manifest

    @classmethod
    def from_dict(cls, data: Any, stage: str) -> "Manifest":
        """A Manifest from its JSON form, checked against the schema (raises ManifestInvalid)."""
        if not isinstance(data, dict):
            raise ManifestInvalid(f"not a manifest (a JSON {type(data).__name__}, expected an object)")
        if data.get("schema") != SCHEMA:
            raise ManifestInvalid(f"schema: {data.get('schema')!r} is not supported (expected {SCHEMA})")
        if data.get("stage") != stage:
            raise ManifestInvalid(f"stage: {data.get('stage')!r} is not {stage!r}")
        items = {item["key"]: item for item in
                 (check_item(item, f"items[{index}]") for index, item in enumerate(_list(data, "items")))}
        failed = {entry["key"]: entry for entry in
                  (check_failure(entry, f"failed[{index}]") for index, entry in enumerate(_list(data, "failed")))}
        refused = _list(data, "refused")
        if not all(isinstance(entry, dict) and isinstance(entry.get("text_id"), str) for entry in refused):
            raise ManifestInvalid("refused: every entry needs a text_id")
        params = data.get("params_sha256")
        if params is not None and not isinstance(params, str):
            raise ManifestInvalid("params_sha256: not a string")
        return cls(stage, items, refused, params, failed)

    def fold_journal(self, out_dir: Path) -> None:
        """Apply the journal's lines in order: finished items, failures and intents (a torn last line is skipped)."""
        path = self.journal_path(out_dir, self.stage)
        try:
            lines = path.read_bytes().split(b"\n")
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("%s: unreadable (%s); ignored", path, exc)
            return
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                self.apply(json.loads(line.decode("utf-8")), f"{path.name}:{number}")
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("%s: line %d ignored (%s)", path, number, exc)
                continue
            self.journaled += 1

    def apply(self, entry: dict, where: str) -> None:
        """Apply one journal entry to the manifest in memory."""
        kind = entry["kind"]
        if kind == "item":
            item = check_item(entry["item"], where)
            self.items[item["key"]] = item
            self.failed.pop(item["key"], None)
            for out in item["outputs"]:
                self.pending.pop(out["path"], None)
        elif kind == "failed":
            failure = check_failure(entry["entry"], where)
            self.failed[failure["key"]] = failure
        elif kind == "intent":
            check_path(entry["path"], where)
            if not _SHA256.fullmatch(str(entry["sha256"])):
                raise ManifestInvalid(f"{where}: sha256: not a SHA-256")
            self.pending[entry["path"]] = entry["sha256"]
        else:
            raise ManifestInvalid(f"{where}: unknown kind {kind!r}")

    def save(self, out_dir: Path) -> None:
        """Write the manifest atomically and durably, items sorted by key; the journal then holds only intents.

        Intents not yet matched by a record (a render killed after its rename) stay in the journal.
        """
        path = self.path_for(out_dir, self.stage)
        write_json(path, self.as_dict(), durable=True)
        fsync_folder(path.parent)   # the new manifest is on disk before the journal it replaces goes
        self.pending = unresolved_intents(out_dir, self.pending, self.output_hashes())
        journal = self.journal_path(out_dir, self.stage)
        if self.pending:
            rewrite_journal(journal, [{"kind": "intent", "path": path, "sha256": sha}
                                      for path, sha in sorted(self.pending.items())])
        else:
            journal.unlink(missing_ok=True)
        self.problem = None

    def as_dict(self) -> dict:
        """The JSON form (see CONTRACT.md)."""
        return {
            "schema": SCHEMA,
            "stage": self.stage,
            "pipeline_version": __version__,
            "params_sha256": self.params_sha256,
            "items": [self.items[key] for key in sorted(self.items)],
            "refused": sorted(self.refused, key=lambda r: r["text_id"]),
            "failed": [self.failed[key] for key in sorted(self.failed)],
        }

    def output_hashes(self) -> dict[str, str]:
        """sha256 of every output path recorded in this manifest."""
        return {out["path"]: out["sha256"] for item in self.items.values() for out in item.get("outputs", [])}


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ManifestInvalid(f"{key}: {type(value).__name__}, expected a list")
    return value


def check_item(item: Any, where: str) -> dict:
    """One manifest item checked against the schema: a key, and outputs each with a confined path and hash."""
    if not isinstance(item, dict):
        raise ManifestInvalid(f"{where}: {type(item).__name__}, expected an object")
    if not isinstance(item.get("key"), str) or not item["key"]:
        raise ManifestInvalid(f"{where}.key: missing or not a string")
    outputs = item.get("outputs")
    if not isinstance(outputs, list):
        raise ManifestInvalid(f"{where}.outputs: {type(outputs).__name__}, expected a list")
    for index, out in enumerate(outputs):
        here = f"{where}.outputs[{index}]"
        if not isinstance(out, dict):
            raise ManifestInvalid(f"{here}: {type(out).__name__}, expected an object")
        check_path(out.get("path"), f"{here}.path")
        if not isinstance(out.get("sha256"), str) or not _SHA256.fullmatch(out["sha256"]):
            raise ManifestInvalid(f"{here}.sha256: not a SHA-256")
        if type(out.get("bytes")) is not int or out["bytes"] < 0:
            raise ManifestInvalid(f"{here}.bytes: not a size")
    inputs = item.get("inputs", [])
    if not isinstance(inputs, list) or not all(isinstance(entry, dict) and isinstance(entry.get("path"), str)
                                               and isinstance(entry.get("sha256"), str) for entry in inputs):
        raise ManifestInvalid(f"{where}.inputs: expected a list of {{path, sha256}}")
    _check_engine(item.get("engine"), f"{where}.engine")
    _check_text_ids(item, where)
    return item


def _check_engine(engine: Any, where: str) -> None:
    """`engine`: absent, null, or an object whose `name` and `version` (when given) are strings; `review`,
    `publish` and the stations page read them as such (a speech engine nested under `speech` likewise)."""
    if engine is None:
        return
    if not isinstance(engine, dict):
        raise ManifestInvalid(f"{where}: {type(engine).__name__}, expected an object")
    for key in ("name", "version"):
        if not isinstance(engine.get(key, ""), str):
            raise ManifestInvalid(f"{where}.{key}: not a string")
    if "speech" in engine:
        _check_engine(engine["speech"], f"{where}.speech")


def check_failure(entry: Any, where: str) -> dict:
    """One record of a failed job: a key, its texts and the message `status` shows."""
    if not isinstance(entry, dict) or not isinstance(entry.get("key"), str) \
            or not isinstance(entry.get("message"), str):
        raise ManifestInvalid(f"{where}: a failure needs a key and a message")
    _check_text_ids(entry, where)
    return entry


def _check_text_ids(entry: dict, where: str) -> None:
    text_ids = entry.get("text_ids", [])
    if not isinstance(text_ids, list) or not all(isinstance(text_id, str) for text_id in text_ids):
        raise ManifestInvalid(f"{where}.text_ids: expected a list of text ids")
    if not isinstance(entry.get("text_id"), (str, type(None))):
        raise ManifestInvalid(f"{where}.text_id: not a text id")


def check_path(rel_path: Any, where: str) -> str:
    """A recorded path must name a file inside the output folder: relative, forward slashes, no `..`."""
    if not isinstance(rel_path, str) or not rel_path:
        raise ManifestInvalid(f"{where}: missing or not a string")
    # (string tests, not PurePosixPath: this runs for every output of every manifest read)
    if rel_path.startswith("/") or "\\" in rel_path or ".." in rel_path.split("/") or "\x00" in rel_path:
        raise PathEscape(where, rel_path)
    return rel_path


def confined(out_dir: Path, rel_path: str, where: str = "manifest") -> Path:
    """The file a recorded path names, resolved; PathEscape when a symlink leads outside the output folder."""
    check_path(rel_path, where)
    root = Path(out_dir).resolve()
    path = (root / rel_path).resolve()
    if not path.is_relative_to(root):
        raise PathEscape(where, rel_path)
    return path


def unresolved_intents(out_dir: Path, pending: dict[str, str], recorded: dict[str, str]) -> dict[str, str]:
    """The intents still telling something: the file is the one an interrupted build wrote, its record is older."""
    kept = {}
    for rel_path, sha in pending.items():
        path = Path(out_dir) / rel_path
        if rel_path in recorded and recorded[rel_path] != sha and path.is_file() and sha256_file(path) == sha:
            kept[rel_path] = sha
    return kept


def journal_line(entry: dict) -> bytes:
    """One journal entry as one JSON line."""
    return (json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def append_journal(journal: Path, entry: dict, durable: bool = True) -> None:
    """Append one entry as one JSON line, in one write (a kill cannot lose it); `durable`: fdatasync it too,
    so that it survives a power cut."""
    journal.parent.mkdir(parents=True, exist_ok=True)
    created = durable and not os.path.exists(journal)
    fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        os.write(fd, journal_line(entry))
        if durable:
            os.fdatasync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_folder(journal.parent)


class Journal:
    """A stage's journal as the build process writes it: every entry handed to the kernel at once, made durable
    in groups (group commit): `commit_due()` syncs what waited COMMIT_INTERVAL_S or more, `close()` the rest."""

    def __init__(self, path: Path, interval_s: float | None = None):
        self.path = path
        self.interval_s = COMMIT_INTERVAL_S if interval_s is None else interval_s
        self.fd: int | None = None
        self.waiting_since: float | None = None   # when the oldest entry not yet durable was written

    def append(self, entry: dict) -> None:
        """Write one entry (one write(): it survives a kill of this process from now on)."""
        if self.fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            created = not os.path.exists(self.path)
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o666)
            if created:
                fsync_folder(self.path.parent)
        os.write(self.fd, journal_line(entry))
        if self.waiting_since is None:
            self.waiting_since = time.monotonic()
        if self.interval_s <= 0:
            self.commit()

    def commit_due(self) -> None:
        """Make the entries durable if the oldest has waited the interval."""
        if self.waiting_since is not None and time.monotonic() - self.waiting_since >= self.interval_s:
            self.commit()

    def commit(self) -> None:
        """Make every entry written so far durable (one fdatasync)."""
        if self.fd is not None and self.waiting_since is not None:
            os.fdatasync(self.fd)
        self.waiting_since = None

    def close(self) -> None:
        """Commit and close."""
        if self.fd is not None:
            try:
                self.commit()
            finally:
                os.close(self.fd)
                self.fd = None


def fsync_folder(folder: Path) -> None:
    """Make a folder's entries (a file created, renamed or removed in it) durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rewrite_journal(journal: Path, entries: list[dict]) -> None:
    """Replace the journal with `entries` (atomically)."""
    from pipeline.atomic import write_text

    write_text(journal, "".join(json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n"
                                for entry in entries))


def output_record(out_dir: Path, rel_path: str, media: dict | None, sha256: str | None = None) -> dict:
    """The manifest entry of a freshly written output: hash, size, the stat fast path and media facts.

    `sha256` is the hash journaled just before the file was renamed into place (saves hashing it twice).
    """
    path = Path(out_dir) / rel_path
    stat = path.stat()
    return {"path": rel_path, "sha256": sha256 or sha256_file(path), "bytes": stat.st_size,
            "mtime_ns": stat.st_mtime_ns, "ctime_ns": stat.st_ctime_ns, "inode": stat.st_ino,
            "media": media or {}}


def output_state(out_dir: Path, record: dict, rehash: bool = False, pending: dict[str, str] | None = None,
                 restat: dict[str, dict] | None = None) -> str | None:
    """None when the file on disk is as recorded; else "output missing", "output modified" or "interrupted".

    Like doit's MD5Checker, an unchanged stat is trusted, anything else falls back to the hash; but the stat
    includes the inode and the change time (ctime), which a user cannot put back the way `touch -d` puts back
    a modification time. `rehash` (build --verify) hashes every file whatever its stat says.
    A file whose stat changed but whose bytes are as recorded (an output folder copied to another disk,
    hard-linked by a backup) gets its new stat in `restat` (path -> fields), for the build to record: the
    next build trusts the stat again instead of hashing that file every time.
    """
    path = os.path.join(out_dir, record["path"])  # a string: called for every output of every build
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return "output missing"
    written = (pending or {}).get(record["path"])  # the hash an interrupted build journaled for this path
    same_size = stat.st_size == record.get("bytes")
    if not same_size and written is None:
        return "output modified"
    if same_size and not rehash and (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino) == \
            (record.get("mtime_ns"), record.get("ctime_ns"), record.get("inode")):
        return None
    digest = sha256_file(path)
    if same_size and digest == record.get("sha256"):
        if restat is not None and written is None:
            restat[record["path"]] = {"mtime_ns": stat.st_mtime_ns, "ctime_ns": stat.st_ctime_ns,
                                      "inode": stat.st_ino}
        return None
    return "interrupted build" if digest == written else "output modified"


def verify_outputs(out_dir: Path, stages: list[str]) -> tuple[int, list[tuple[str, str, str]]]:
    """Re-hash every output of every manifest: (files checked, [(stage, path, problem)]).

    An untrusted manifest is a problem itself; a path leading outside the output folder raises PathEscape
    (the caller reports it as bad input, never hashing what it names).
    """
    checked = 0
    problems: list[tuple[str, str, str]] = []
    for stage in stages:
        path = Manifest.path_for(out_dir, stage)
        if not path.exists() and not Manifest.journal_path(out_dir, stage).exists():
            continue
        manifest = Manifest.load(out_dir, stage)
        if isinstance(manifest.problem, PathEscape):
            raise PathEscape(f"{path}: {manifest.problem.where}", manifest.problem.rel_path)
        if manifest.problem:
            problems.append((stage, f"{stage}/manifest.json",
                             f"manifest not trusted ({manifest.problem}); run `media-pipeline build` to rebuild"))
            continue
        for item in manifest.items.values():
            for out in item["outputs"]:
                checked += 1
                file_path = confined(out_dir, out["path"], f"{path}: {item['key']}")
                if not file_path.is_file():
                    problems.append((stage, out["path"], "missing"))
                    continue
                digest = sha256_file(file_path)
                if os.path.getsize(file_path) == out["bytes"] and digest == out["sha256"]:
                    continue
                if manifest.pending.get(out["path"]) == digest:
                    problems.append((stage, out["path"], "written by an interrupted build, not yet recorded; "
                                                         "run the same build again to finish it"))
                else:
                    problems.append((stage, out["path"], "changed (hash differs from the manifest)"))
    return checked, problems
