"""Loudspeaker bulletins: speech engines, mastering for horn loudspeakers, MP3 delivery."""

from pipeline.audio.engines import Engine, EngineUnavailable, Speech, get_engine
from pipeline.audio.settings import AudioSettings

__all__ = ["AudioSettings", "Engine", "EngineUnavailable", "Speech", "get_engine", "render_bulletin",
           "master_for_horns", "normalize_loudness", "encode_mp3", "measure_file"]


def __getattr__(name):
    # The heavier modules (scipy, pyloudnorm, mutagen) load on first use only.
    if name == "render_bulletin":
        from pipeline.audio.bulletin import render_bulletin

        return render_bulletin
    if name in ("master_for_horns", "normalize_loudness", "encode_mp3", "measure_file"):
        from pipeline.audio import master

        return getattr(master, name)
    raise AttributeError(name)
