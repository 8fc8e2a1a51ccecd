"""Approval: the hash of a text's canonical content, signatures that prove who approved, refusal reasons.

A text's `approval` is the sha256 of its content; `signature` (optional) is an Ed25519 signature by the
approver over that hash, their name, the date and the approval's sequence number (`approval_seq`, one more
at each approval of the text). The campaign's own public content (name, organisation, hotline, website,
brand, lexicon, stations, leaflet lines) is approved the same way in `approval.yaml` next to campaign.yaml.

Which keys are trusted, and whether signatures are required, is said by a file outside the campaign (the
trusted-keys file: `--trusted-keys`, MEDIA_PIPELINE_TRUSTED_KEYS, or ~/.config/media-pipeline/trusted-keys.yaml):
whoever can edit a campaign must not be able to trust their own key or drop the requirement. campaign.yaml's
`approval:` block can only add a requirement. Superseded signed approvals are refused by pipeline.ledger.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
# cryptography (~30 ms to import) is imported where a key or a signature is handled: every command reads
# approvals, few campaigns sign them.

APPROVAL_FIELDS = ("status", "approved_by", "approved_at", "approval", "signature", "approval_seq")
KEY_PREFIX = "ed25519:"
CAMPAIGN_APPROVAL_FILE = "approval.yaml"
# The parts of campaign.yaml that reach the public (printed, spoken or published); a change needs a new approval.
PUBLIC_CAMPAIGN_FIELDS = ("name", "organisation", "hotline", "website", "brand", "lexicon", "stations", "leaflets",
                          "approval")
_TEXT_MESSAGE = "media-pipeline text approval v1"
_CAMPAIGN_MESSAGE = "media-pipeline campaign approval v1"
_SEQ_MESSAGE = "v2"   # approvals with a sequence number: the number is signed too
TRUSTED_KEYS_ENV = "MEDIA_PIPELINE_TRUSTED_KEYS"
TRUSTED_KEYS_FIELDS = {"require_signature", "trusted_keys"}  # the approval policy: trusted-keys file, campaign.yaml


def canonical_json(value: Any) -> str:
    """The one JSON form content is hashed in: sorted keys, no spaces, UTF-8 characters as they are."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def content_hash(front_matter: dict, body: str, files: dict[str, str] | None = None) -> str:
    """`sha256:<hex>` of every content field (all but the approval fields) plus the body, and the SHA-256 of
    each file the text shows (`files`: its picture), so replacing a picture unapproves the text.

    Inputs are already NFC with LF newlines; the body is compared without surrounding blank lines and
    trailing spaces, so re-saving a file in another editor does not unapprove it.
    """
    content = {key: value for key, value in front_matter.items() if key not in APPROVAL_FIELDS}
    body_lines = [line.rstrip() for line in body.strip("\n").split("\n")]
    covered: dict = {"fields": content, "body": "\n".join(body_lines)}
    if files:  # absent otherwise, so the approvals of texts without a picture stay valid
        covered["files_sha256"] = files
    canonical = canonical_json(covered)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def campaign_content_hash(config: dict, logo_bytes: bytes | None, variants: list[dict] | None = None,
                          templates: dict[str, str] | None = None) -> str:
    """`sha256:<hex>` of campaign.yaml's public fields (and the approval policy) plus the logo file's bytes,
    the variants' fields (read from campaign.yaml or their own file) and the SHA-256 of each file of its
    `templates/` folder (what its images look like), each only when the campaign has any."""
    content = {key: config[key] for key in PUBLIC_CAMPAIGN_FIELDS if key in config}
    logo = hashlib.sha256(logo_bytes).hexdigest() if logo_bytes is not None else None
    covered: dict = {"campaign": content, "logo_sha256": logo}
    if variants:  # absent otherwise, so approvals of campaigns without variants stay valid
        covered["variants"] = variants
    if templates:  # likewise
        covered["templates"] = templates
    canonical = canonical_json(covered)
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


def signed_message(kind: str, approval: str, approved_by: str, approved_at: str, seq: int | None = None) -> bytes:
    """The bytes a signature covers: what is approved (its hash), by whom, when and, from v2 on, its sequence
    number (an approval signed before sequence numbers existed counts as number 0)."""
    header = _CAMPAIGN_MESSAGE if kind == "campaign" else _TEXT_MESSAGE
    if seq is None:
        return canonical_json([header, approval, approved_by, approved_at]).encode("utf-8")
    return canonical_json([header, _SEQ_MESSAGE, approval, approved_by, approved_at, seq]).encode("utf-8")


def generate_key() -> tuple[bytes, str]:
    """A new Ed25519 key pair: the private key as PEM (PKCS#8) and the public key as `ed25519:<base64>`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return pem, public_key_text(private.public_key())


def public_key_text(public: Ed25519PublicKey) -> str:
    """A public key as campaign.yaml lists it: `ed25519:<base64 of the 32 raw bytes>`."""
    from cryptography.hazmat.primitives import serialization

    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """An Ed25519 private key from a PEM file; ValueError naming the problem."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not an unencrypted PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 key (make one with `media-pipeline keygen`)")
    return key


def parse_public_key(text: Any) -> Ed25519PublicKey:
    """`ed25519:<base64>` as a public key; ValueError when it is not one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(text, str) or not text.startswith(KEY_PREFIX):
        raise ValueError(f"must be '{KEY_PREFIX}<base64>' as `media-pipeline keygen` prints it")
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX):], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise ValueError("not a valid Ed25519 public key (32 bytes in base64)") from None


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    """`ed25519:<base64 signature>` of `message`."""
    return KEY_PREFIX + base64.b64encode(key.sign(message)).decode("ascii")


def signature_valid(public: Ed25519PublicKey, signature: Any, message: bytes) -> bool:
    """Whether `signature` (`ed25519:<base64>`) is `public`'s signature of `message`."""
    from cryptography.exceptions import InvalidSignature

    if not isinstance(signature, str) or not signature.startswith(KEY_PREFIX):
        return False
    try:
        public.verify(base64.b64decode(signature[len(KEY_PREFIX):], validate=True), message)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


@dataclass(frozen=True)
class ApprovalPolicy:
    """Whether signatures are required and whose keys are trusted (from the trusted-keys file), and that file."""

    require_signature: bool = False
    trusted_keys: dict[str, str] = field(default_factory=dict)  # name -> "ed25519:<base64>", checked when read
    source: Path | None = None   # the trusted-keys file; its folder also keeps the approvals ledger


def default_trusted_keys_path() -> Path:
    """The per-user trusted-keys file: $XDG_CONFIG_HOME/media-pipeline/trusted-keys.yaml (~/.config/...)."""
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(config) / "media-pipeline" / "trusted-keys.yaml"


def trusted_keys_path(explicit: Path | None = None) -> tuple[Path | None, str]:
    """The trusted-keys file in force and how it was chosen: `--trusted-keys`, then MEDIA_PIPELINE_TRUSTED_KEYS
    (both must exist), then the per-user file when it exists; (None, ...) when there is none."""
    if explicit is not None:
        return Path(explicit), "--trusted-keys"
    if os.environ.get(TRUSTED_KEYS_ENV):
        return Path(os.environ[TRUSTED_KEYS_ENV]), TRUSTED_KEYS_ENV
    default = default_trusted_keys_path()
    return (default, "default") if default.is_file() else (None, "default")


def parse_trusted_keys(data: Any, where: str) -> tuple[bool, dict[str, str], list[tuple[str, str]]]:
    """`{require_signature, trusted_keys}` read: (required, keys, [(field, problem)]); fails closed."""
    problems: list[tuple[str, str]] = []
    if not isinstance(data, dict):
        return True, {}, [("", f"must be a mapping ({', '.join(sorted(TRUSTED_KEYS_FIELDS))})")]
    required = data.get("require_signature", False)
    if not isinstance(required, bool):
        problems.append((f"{where}require_signature", f"must be true or false, not {required!r}"))
        required = True  # fail closed
    keys = data.get("trusted_keys") or {}
    if not isinstance(keys, dict):
        problems.append((f"{where}trusted_keys", "must map an approver's name to 'ed25519:<base64>'"))
        keys = {}
    trusted = {}
    for name, key_text in keys.items():
        try:
            parse_public_key(key_text)
            trusted[name] = key_text
        except ValueError as exc:
            problems.append((f"{where}trusted_keys.{name}", str(exc)))
    return required, trusted, problems


def signature_refusal(policy: ApprovalPolicy, kind: str, approval: str | None, approved_by: Any, approved_at: Any,
                      signature: Any, seq: int | None = None) -> str | None:
    """Why a (hash-valid) approval is refused on signature grounds, or None.

    An unsigned approval passes unless the policy requires signatures; a signature, when the campaign
    trusts any key, must be a trusted approver's valid one (a forged one is refused even when not required).
    A campaign that trusts no key ignores signatures, as before signed approvals existed.
    """
    if signature is None:
        return "not signed (the campaign requires signed approvals)" if policy.require_signature else None
    if not policy.trusted_keys and not policy.require_signature:
        return None
    key = policy.trusted_keys.get(approved_by) if isinstance(approved_by, str) else None
    if key is None:
        where = policy.source or "the trusted-keys file"
        return f"signed by {approved_by!r}, whose key is not trusted (trusted keys come from {where})"
    message = signed_message(kind, approval or "", approved_by, str(approved_at or ""), seq)
    if not signature_valid(parse_public_key(key), signature, message):
        return "bad signature (not made by the trusted key for this content, approver and date)"
    return None
