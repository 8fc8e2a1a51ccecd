"""Text prepared for speech: written Vietnamese in, what a TTS engine or an announcer reads out.

Neither gTTS nor espeak-ng reads Vietnamese dates, amounts, document numbers, phone numbers or
abbreviations well, so every engine gets text that `prepare_script` has spelt out in words.
"""

from __future__ import annotations

from pipeline.speech.lexicon import BUNDLED_LEXICON_PATH, LETTER_NAMES, load_lexicon, spell_letters
from pipeline.speech.numbers import (
    date_to_words,
    month_to_words,
    number_to_words,
    ordinal_to_words,
    read_digits,
    roman_to_int,
    written_number_to_words,
)
from pipeline.speech.rules import prepare_script, read_phone_number, read_web_address
from pipeline.speech.split import chunk_for_tts, split_sentences

__all__ = [
    "BUNDLED_LEXICON_PATH",
    "LETTER_NAMES",
    "chunk_for_tts",
    "date_to_words",
    "load_lexicon",
    "month_to_words",
    "number_to_words",
    "ordinal_to_words",
    "prepare_script",
    "read_digits",
    "read_phone_number",
    "read_web_address",
    "roman_to_int",
    "spell_letters",
    "split_sentences",
    "written_number_to_words",
]
