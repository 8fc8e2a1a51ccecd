"""Approval: the hash of a text's canonical content, and the reason a text may not be built."""

from __future__ import annotations

import hashlib
import json

APPROVAL_FIELDS = ("status", "approved_by", "approved_at", "approval")


def content_hash(front_matter: dict, body: str) -> str:
    """`sha256:<hex>` of every content field (all but the approval fields) plus the body.

    Inputs are already NFC with LF newlines; the body is compared without surrounding blank lines and
    trailing spaces, so re-saving a file in another editor does not unapprove it.
    """
    content = {key: value for key, value in front_matter.items() if key not in APPROVAL_FIELDS}
    body_lines = [line.rstrip() for line in body.strip("\n").split("\n")]
    canonical = json.dumps({"fields": content, "body": "\n".join(body_lines)},
                           sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def refusal_reason(status: str | None, approval: str | None, current_hash: str) -> str | None:
    """Why a text may not be built (`draft`, `not approved`, `changed after approval`), or None."""
    if status == "draft":
        return "draft"
    if status != "approved" or not approval:
        return "not approved"
    if approval != current_hash:
        return "changed after approval"
    return None
