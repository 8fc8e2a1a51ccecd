"""Web addresses and e-mail addresses, read as a listener would type them."""

from __future__ import annotations

import re
from typing import Mapping

from pipeline.speech.context import Context, context_for, pad
from pipeline.speech.domains import domain_words
from pipeline.speech.lexicon import spell_letters
from pipeline.speech.numbers import read_digits

# Readings for the parts of a web address that the lexicon does not know.
URL_WORDS = {
    "gov": "gờ o vê", "vn": "vê nờ", "com": "com", "net": "nét", "org": "o rờ gờ", "edu": "e đu",
    "info": "in phô", "int": "in", "io": "i o", "www": "vê kép vê kép vê kép",
}

_SCHEMED_URL = re.compile(r"(?<!\w)https?://[^\s<>\"]*[^\s<>\".,;:!?)\]]", re.IGNORECASE)
_BARE_URL = re.compile(
    r"(?<![\w@.])(?:www\.)?(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:vn|com|net|org|gov|edu|info|int|io)"
    r"(?![A-Za-z0-9-])(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.])[A-Za-z0-9][\w.+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])")


def _read_url_label(label: str, ctx: Context) -> str:
    """One dot- or slash-separated part of an address."""
    key = label.casefold()
    if key in URL_WORDS:
        return URL_WORDS[key]  # before the lexicon: "vn" in an address is not "Việt Nam"
    if key in ctx.web_words:
        return ctx.web_words[key]
    words = domain_words(key)
    if words:
        return words  # "khonggianmang": Vietnamese words typed without their marks, "không gian mạng"
    if "-" in label or "_" in label:
        return " gạch ngang ".join(_read_url_label(part, ctx) for part in re.split(r"[-_]", label) if part)
    pieces = re.findall(r"\d+|[^\W\d_]+", label)
    words = []
    for piece in pieces:
        if piece.isdigit():
            words.append(read_digits(piece))
        elif re.search(r"[aeiouy]", piece, re.IGNORECASE) and len(piece) > 1:
            words.append(piece.lower())  # a pronounceable word: leave it to the reader
        else:
            words.append(spell_letters(piece))
    return " ".join(words)


def _read_host_and_path(address: str, ctx: Context) -> str:
    host, _, path = address.partition("/")
    host_words = " chấm ".join(_read_url_label(label, ctx) for label in host.split(".") if label)
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return host_words
    path_words = " gạch chéo ".join(
        " chấm ".join(_read_url_label(part, ctx) for part in segment.split(".") if part) for segment in segments
    )
    return f"{host_words} gạch chéo {path_words}"


def read_web_address(url: str, lexicon: Mapping[str, str] | None = None) -> str:
    """A web address read aloud: "https://baohiemxahoi.gov.vn" -> "bảo hiểm xã hội chấm gov chấm vê nờ"."""
    return read_url(url, context_for(lexicon))


def read_url(url: str, ctx: Context) -> str:
    # The scheme and "www." are left out: browsers add them, and listeners cannot type them from a horn.
    address = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    address = re.sub(r"^www\.", "", address, flags=re.IGNORECASE)
    address = address.split("?")[0].split("#")[0]
    return _read_host_and_path(address, ctx)


_LOCAL_SEPARATORS = {".": "chấm", "_": "gạch dưới", "-": "gạch ngang", "+": "cộng"}


def _read_email_local(local: str) -> str:
    """The part before "@" is typed, so spelled: letter names, digits one by one ("bhxh" -> "bê hát ích hát")."""
    words = []
    for piece in re.findall(r"\d+|[^\W\d_]+|[._+-]", local):
        if piece in _LOCAL_SEPARATORS:
            words.append(_LOCAL_SEPARATORS[piece])
        elif piece.isdigit():
            words.append(read_digits(piece))
        else:
            words.append(spell_letters(piece))
    return " ".join(words)


def _read_email(email: str, ctx: Context) -> str:
    local, _, domain = email.partition("@")
    local_words = _read_email_local(local)
    return f"{local_words} a còng {_read_host_and_path(domain, ctx)}"


def web_pass(line: str, ctx: Context) -> str:
    line = _EMAIL.sub(lambda m: pad(_read_email(m.group(), ctx)), line)
    line = _SCHEMED_URL.sub(lambda m: pad(read_url(m.group(), ctx)), line)
    return _BARE_URL.sub(lambda m: pad(read_url(m.group(), ctx)), line)
