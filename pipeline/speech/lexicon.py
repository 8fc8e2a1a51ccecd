"""The abbreviation lexicon (data in assets/lexicon.yaml) and letter-by-letter spelling of acronyms."""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import yaml

log = logging.getLogger(__name__)

BUNDLED_LEXICON_PATH = Path(__file__).resolve().parents[2] / "assets" / "lexicon.yaml"

# Letter names as Vietnamese speakers spell acronyms aloud ("VTV" -> "vê tê vê", "ADN" -> "a đê nờ").
LETTER_NAMES = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "đê", "Đ": "đê", "E": "e", "Ê": "ê",
    "F": "ép", "G": "gờ", "H": "hát", "I": "i", "J": "giây", "K": "ca", "L": "lờ", "M": "mờ",
    "N": "nờ", "O": "o", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "rờ", "S": "ét",
    "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích", "Y": "i", "Z": "dét",
}


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


@lru_cache(maxsize=1)
def _bundled() -> tuple[tuple[str, str], ...]:
    """The bundled lexicon, read once per process."""
    with BUNDLED_LEXICON_PATH.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{BUNDLED_LEXICON_PATH}: expected a mapping of abbreviation -> spoken form")
    return tuple((_nfc(str(key)), _nfc(str(value))) for key, value in data.items())


def load_lexicon(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The bundled abbreviation lexicon (assets/lexicon.yaml) with `extra` entries merged over it."""
    lexicon = dict(_bundled())
    for key, value in (extra or {}).items():
        key, value = _nfc(str(key)).strip(), _nfc(str(value)).strip()
        if key:
            lexicon[key] = value
    return lexicon


_VOWEL_LETTERS = frozenset("AEIOUYaeiouy")


def _foreign_q(token: str, index: int) -> bool:
    """A Q beside a vowel other than U is no Vietnamese initial (Vietnamese writes Q only before U, and the
    abbreviations of Vietnamese words put it before a consonant: "QLNN", "QĐ"); it is an English acronym's Q,
    said "kiu" as announcers do ("AQI", "IQ", "FAQ")."""
    neighbours = token[index - 1:index] + token[index + 1:index + 2]
    return any(ch in _VOWEL_LETTERS and ch not in "Uu" for ch in neighbours)


def spell_letters(token: str) -> str:
    """An acronym spelled with Vietnamese letter names ("VTV" -> "vê tê vê"); digits read one by one."""
    from pipeline.speech.numbers import digit_word

    names = []
    for index, ch in enumerate(token):
        if ch in "Qq" and _foreign_q(token, index):
            names.append("kiu")
        elif ch.isdigit():
            names.append(digit_word(ch))
        elif ch.upper() in LETTER_NAMES:
            names.append(LETTER_NAMES[ch.upper()])
    return " ".join(names)


_TOKEN_EDGE = r"[^\W_]"  # a letter or digit: an abbreviation must not touch one on either side


def lexicon_pattern(lexicon: Mapping[str, str]) -> re.Pattern[str] | None:
    """One regex matching any lexicon key as a whole token, longest keys first (so "NĐ-CP" beats "NĐ")."""
    keys = sorted((key for key in lexicon if key), key=len, reverse=True)
    if not keys:
        return None
    alternatives = "|".join(re.escape(key) for key in keys)
    # Digits may follow a key ("QH15"); letters may not ("BHXH" inside "BHXHVN" is no match),
    # unless the key ends in punctuation ("TP." before "Vinh").
    return re.compile(rf"(?<!{_TOKEN_EDGE})(?:{alternatives})(?:(?<=[\W_])|(?![^\W\d_]))")
