"""The approvals ledger: the latest signed approval accepted per text (and for the campaign's settings), so an
older signed copy put back in the campaign folder is refused instead of built.

Every approval carries a sequence number (`approval_seq`), signed with it. A build records, per text id, the
highest number it accepted and that approval's hash; an approval with a lower number is *superseded*, and one
with the same number but other content is a *conflict*. Both are refused with the numbers.

The record is kept twice, and the higher of the two counts, so deleting one file does not re-open old
approvals: beside the trusted-keys file (`approvals-seen.json`, outside the campaign folder and out of reach of
whoever edits campaigns; per campaign folder) and in the output folder (`.approvals-seen.json`). Only signed
approvals verified against a trusted key are recorded: an unsigned one proves nothing about its order.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.atomic import write_json
from pipeline.content import Campaign

log = logging.getLogger(__name__)

KEYS_SIDE_NAME = "approvals-seen.json"
OUTPUT_NAME = ".approvals-seen.json"
CAMPAIGN_ENTRY = "(campaign)"
SCHEMA = 1


@dataclass(frozen=True)
class Seen:
    """The latest approval accepted for one text (or the campaign): its sequence number and hash."""

    seq: int
    approval: str


def _keys_side_path(campaign: Campaign) -> Path | None:
    policy = campaign.approval_policy
    return policy.source.parent / KEYS_SIDE_NAME if policy is not None and policy.source is not None else None


def _campaign_key(campaign: Campaign) -> str:
    return str(Path(campaign.root).resolve())


def _read(path: Path) -> dict:
    """A ledger file as JSON; {} when absent. An unreadable one is an error: silently starting afresh would
    forget every approval it remembers."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        from pipeline.errors import PipelineError

        raise PipelineError(f"{path}: the approvals ledger is unreadable ({exc}); restore it from a backup "
                            "(deleting it would let older signed approvals back in)") from None
    return data if isinstance(data, dict) else {}


def _entries(data: dict) -> dict[str, Seen]:
    entries = {}
    for text_id, entry in (data.get("entries") or {}).items():
        if isinstance(entry, dict) and type(entry.get("seq")) is int and isinstance(entry.get("approval"), str):
            entries[text_id] = Seen(entry["seq"], entry["approval"])
    return entries


def seen(campaign: Campaign, out_dir: Path | None = None) -> dict[str, Seen]:
    """The latest accepted approval per entry, the higher of the trusted-keys side and the output folder."""
    merged: dict[str, Seen] = {}
    keys_side = _keys_side_path(campaign)
    sources = []
    if keys_side is not None:
        sources.append(_entries((_read(keys_side).get("campaigns") or {}).get(_campaign_key(campaign)) or {}))
    if out_dir is not None:
        sources.append(_entries(_read(_output_path(campaign, out_dir))))
    for entries in sources:
        for text_id, entry in entries.items():
            if text_id not in merged or entry.seq > merged[text_id].seq:
                merged[text_id] = entry
    return merged


def _output_path(campaign: Campaign, out_dir: Path) -> Path:
    from pipeline.variants import shared_dir

    return shared_dir(campaign, Path(out_dir)) / OUTPUT_NAME


def refusal(seq: int | None, approval: str | None, latest: Seen | None) -> str | None:
    """Why an approval numbered `seq` is older than the latest accepted one, or None."""
    seq = seq or 0
    if latest is None or seq > latest.seq or (seq == latest.seq and approval == latest.approval):
        return None
    if seq < latest.seq:
        return (f"superseded: this is approval #{seq}, approval #{latest.seq} was already accepted (an older "
                "signed copy put back?); approve the text again to replace it")
    return (f"approval #{seq} is not the approval #{seq} already accepted (another content under the same "
            "number); approve the text again")


def signed_entries(campaign: Campaign) -> dict[str, tuple[int, str]]:
    """The approvals a build would accept and record: {entry: (seq, approval)} of every signed, verified one."""
    policy = campaign.approval_policy
    if policy is None or not policy.trusted_keys:
        return {}
    entries = {text.id: (text.approval_seq or 0, text.approval or "") for text in campaign.texts
               if text.buildable and text.signature is not None}
    if campaign.campaign_approval is not None and campaign.approved_texts:
        entries[CAMPAIGN_ENTRY] = campaign.campaign_approval
    return entries


def check(campaign: Campaign, out_dir: Path | None = None) -> Campaign:
    """The campaign with every superseded approval refused (a superseded campaign approval refuses every text)."""
    entries = signed_entries(campaign)
    if not entries:
        return campaign
    latest = seen(campaign, out_dir)
    campaign_reason = None
    if CAMPAIGN_ENTRY in entries:
        reason = refusal(*entries[CAMPAIGN_ENTRY], latest.get(CAMPAIGN_ENTRY))
        campaign_reason = f"campaign approval {reason}" if reason else None
    texts = []
    for text in campaign.texts:
        reason = refusal(*entries[text.id], latest.get(text.id)) if text.id in entries else None
        reason = reason or (campaign_reason if text.buildable else None)
        texts.append(dataclasses.replace(text, refusal=reason) if reason else text)
    return dataclasses.replace(campaign, texts=tuple(texts))


def record(campaign: Campaign, out_dir: Path) -> None:
    """Remember the approvals this build accepts, in both places, each also given what the other remembers (so
    a deleted one is rebuilt); a file that is already current is not rewritten (a no-op build writes nothing)."""
    entries = signed_entries(campaign)
    if not entries:
        return
    merged = seen(campaign, out_dir)
    for text_id, (seq, approval) in entries.items():
        if text_id not in merged or seq > merged[text_id].seq:
            merged[text_id] = Seen(seq, approval)
    target = {text_id: {"seq": entry.seq, "approval": entry.approval} for text_id, entry in sorted(merged.items())}
    keys_side = _keys_side_path(campaign)
    if keys_side is not None:
        try:
            with _locked(keys_side):
                data = _read(keys_side)
                campaigns = dict(data.get("campaigns") or {})
                if (campaigns.get(_campaign_key(campaign)) or {}).get("entries") != target:
                    campaigns[_campaign_key(campaign)] = {"entries": target}
                    write_json(keys_side, {"schema": SCHEMA, "campaigns": campaigns}, durable=True)
        except OSError as exc:
            log.warning("%s: cannot record the approvals accepted (%s); only the output folder remembers them",
                        keys_side, exc.strerror or exc)
    path = _output_path(campaign, out_dir)
    if _read(path).get("entries") != target:
        write_json(path, {"schema": SCHEMA, "entries": target}, durable=True)


def latest_known(campaign_root: Path, entry: str, policy_source: Path | None) -> Seen | None:
    """The latest approval of `entry` that the ledger beside the trusted keys remembers, or None."""
    if policy_source is None:
        return None
    data = _read(Path(policy_source).parent / KEYS_SIDE_NAME)
    return _entries((data.get("campaigns") or {}).get(str(Path(campaign_root).resolve())) or {}).get(entry)


def next_seq(latest: Seen | None, current: int | None) -> int:
    """The sequence number of a new approval: one more than the file's and than the `latest` the ledger beside
    the trusted keys has seen (so re-approving a restored old copy still supersedes)."""
    return max(current or 0, latest.seq if latest else 0) + 1


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive lock on `path`'s ledger (builds of several campaigns share the trusted-keys folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
