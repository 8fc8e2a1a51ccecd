"""Loudspeaker bulletins: speech engines, mastering for horn loudspeakers, MP3 delivery."""

import importlib

# Every name loads its module on first use: reading the audio settings (each build validates them) must
# not load numpy, scipy, pyloudnorm or mutagen.
_WHERE = {"AudioSettings": "settings", "Engine": "engines", "EngineUnavailable": "engines", "Speech": "engines",
          "get_engine": "engines", "render_bulletin": "bulletin", "master_for_horns": "master",
          "normalize_loudness": "master", "encode_mp3": "master", "measure_file": "master"}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
