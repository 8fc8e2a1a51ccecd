"""`approve` and `keygen`: validate texts (or the campaign's own settings) and write their approval, signed or not."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.approval import (CAMPAIGN_APPROVAL_FILE, generate_key, load_private_key, sign,
                               signature_valid, signed_message, trusted_keys_path)
from pipeline.atomic import write_text
from pipeline.campaign import (campaign_approval_hash, load_campaign, read_campaign_config, read_raw,
                               text_from_raw)  # the same validation a build applies
from pipeline.errors import CampaignError, Problem, UsageError
from pipeline import ledger
from pipeline.ledger import CAMPAIGN_ENTRY, next_seq
from pipeline.textfile import rewrite_fields, yaml_scalar


@dataclass
class Approved:
    """One approved file and whether its approval changed."""

    path: Path
    text_id: str
    approval: str
    changed: bool


def read_key(key_path: Path | None) -> Ed25519PrivateKey | None:
    """The approver's private key from --key, or None; a UsageError naming the file when it is unusable."""
    if key_path is None:
        return None
    try:
        return load_private_key(key_path)
    except ValueError as exc:
        raise UsageError(f"--key {key_path}: {exc}") from None


def approve_texts(paths: list[Path], by: str, today: dt.date | None = None,
                  key: Ed25519PrivateKey | None = None, trusted_keys: Path | None = None) -> list[Approved]:
    """Validate every file, then (only if all are valid) write status, approved_by, approved_at, approval, the
    next approval_seq and, with a `key`, the signature (over all of them)."""
    problems: list[Problem] = []
    if not by.strip():
        problems.append(Problem("--by", None, "the approver's name must not be empty"))
    valid = []
    for path in paths:
        if not os.path.lexists(path):
            problems.append(Problem(path, None, "file not found"))
            continue
        raw = read_raw(path, problems)
        text = text_from_raw(raw, problems) if raw is not None else None
        if text is not None:
            valid.append((raw, text))
    if problems:
        raise CampaignError(problems)
    stamp = (today or dt.date.today()).isoformat()
    source = trusted_keys_path(trusted_keys)[0]
    results = []
    for raw, text in valid:
        approval = text.content_hash
        fm = raw.front_matter
        latest = ledger.latest_known(raw.path.parent.parent, text.id, source)
        superseded = ledger.refusal(text.approval_seq, approval, latest)
        changed = superseded is not None or not (fm.get("status") == "approved" and fm.get("approval") == approval
                                                 and _signature_current(key, fm, by.strip()))
        if changed:
            seq = next_seq(latest, text.approval_seq)
            signature = sign(key, signed_message("text", approval, by.strip(), stamp, seq)) if key else None
            write_text(raw.path, rewrite_fields(raw, {"status": "approved", "approved_by": by.strip(),
                                                      "approved_at": stamp, "approval": approval,
                                                      "approval_seq": seq, "signature": signature}))
        results.append(Approved(raw.path, text.id, approval, changed))
    return results


def _signature_current(key: Ed25519PrivateKey | None, fields: dict, by: str) -> bool:
    """Whether a text's signature state already matches the request: unsigned, or signed by `key` as `by`."""
    if key is None:
        return fields.get("signature") is None
    seq = fields.get("approval_seq") if type(fields.get("approval_seq")) is int else None
    message = signed_message("text", fields.get("approval") or "", by, str(fields.get("approved_at") or ""), seq)
    return fields.get("approved_by") == by and signature_valid(key.public_key(), fields.get("signature"), message)


def approve_campaign(root: Path, by: str, today: dt.date | None = None,
                     key: Ed25519PrivateKey | None = None, trusted_keys: Path | None = None) -> Approved:
    """Approve the campaign's public settings (campaign.yaml fields, logo) into approval.yaml, numbered one
    more than the last approval and signed with `key`."""
    if not by.strip():
        raise CampaignError([Problem("--by", None, "the approver's name must not be empty")])
    campaign = load_campaign(root, trusted_keys)  # every problem reported first, as for a build
    approval = campaign_approval_hash(campaign.root, read_campaign_config(campaign.root), campaign.brand,
                                      campaign.variants, campaign.snapshot)
    stamp = (today or dt.date.today()).isoformat()
    path = Path(root) / CAMPAIGN_APPROVAL_FILE
    seq = next_seq(ledger.latest_known(Path(root), CAMPAIGN_ENTRY, trusted_keys_path(trusted_keys)[0]),
                   _previous_seq(path))
    lines = ["# The campaign's public settings as approved (written by `media-pipeline approve --campaign`).",
             f"approval: {yaml_scalar(approval)}", f"approved_by: {yaml_scalar(by.strip())}",
             f"approved_at: {yaml_scalar(stamp)}", f"approval_seq: {seq}"]
    if key is not None:
        signature = sign(key, signed_message("campaign", approval, by.strip(), stamp, seq))
        lines.append(f"signature: {yaml_scalar(signature)}")
    write_text(path, "\n".join(lines) + "\n")
    return Approved(path, "(campaign)", approval, True)


def _previous_seq(path: Path) -> int | None:
    """The approval_seq of an existing approval.yaml, or None."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return None
    seq = data.get("approval_seq") if isinstance(data, dict) else None
    return seq if type(seq) is int else None


def write_key_pair(key_path: Path) -> str:
    """Write a new private key (PEM, owner-only) to `key_path` and its public key to `key_path`.pub; return the
    public key as `ed25519:<base64>`. Refuses to overwrite an existing key."""
    pem, public = generate_key()
    try:
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{key_path}: already exists; a key is never overwritten") from None
    except OSError as exc:
        raise UsageError(f"{key_path}: cannot be written ({exc.strerror})") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    write_text(Path(f"{key_path}.pub"), public + "\n")
    return public
