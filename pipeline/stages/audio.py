"""Audio stage: an MP3 bulletin per approved text for loudspeaker stations, and its spoken script.

`audio/<id>.mp3` (mastered for horns) and `audio/<id>.txt` (the words as read, for live reading).
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from pipeline.atomic import sha256_file
from pipeline.content import Campaign
from pipeline.stages.base import Job, RenderContext, Rendered, Stage, campaign_params

log = logging.getLogger(__name__)
_engines: dict = {}
_resolved: dict[str, str] = {}


def resolve_engine(settings):
    """Settings with `engine: auto` made concrete (gtts if Google answers, else espeak), probing once per process."""
    if settings.engine != "auto":
        return settings
    key = repr(settings)
    if key not in _resolved:
        from pipeline.audio.engines import EngineUnavailable
        from pipeline.audio.gtts_engine import GttsEngine

        try:
            GttsEngine(settings).check_reachable()
            _resolved[key] = "gtts"
        except EngineUnavailable as exc:
            log.warning("audio engine auto: %s; using the offline espeak engine instead", exc)
            _resolved[key] = "espeak"
    return dataclasses.replace(settings, engine=_resolved[key])


def engine_for(settings, cache_dir: Path | None = None):
    """The speech engine for these settings, made once per process (auto probes the network only once)."""
    from pipeline.audio.engines import get_engine

    key = (repr(settings), str(cache_dir))
    if key not in _engines:
        _engines[key] = get_engine(settings.engine, settings, cache_dir=cache_dir)
    return _engines[key]


def lexicon_for(campaign: Campaign) -> dict:
    """The campaign's extra abbreviations (`lexicon:` of campaign.yaml)."""
    return dict(campaign.section("lexicon"))


class AudioStage(Stage):
    """Loudspeaker bulletins: prepared speech, TTS, mastering for horns, MP3."""

    name = "audio"
    code = ("pipeline.audio", "pipeline.speech", "pipeline.content", "assets/lexicon.yaml")
    worker_imports = ("pipeline.audio.bulletin", "pipeline.audio.speech_cache")

    def settings(self, campaign: Campaign):
        """`audio:` of campaign.yaml, validated."""
        from pipeline.audio.settings import AudioSettings

        return AudioSettings.from_mapping(campaign.section("audio"))

    def params(self, campaign: Campaign) -> dict:
        """Organisation and campaign name (spoken and tagged), audio settings and lexicon."""
        from pipeline.speech import BUNDLED_LEXICON_PATH

        return {"campaign": campaign_params(campaign, with_brand=False),
                "settings": self.settings(campaign).as_params(), "lexicon": lexicon_for(campaign),
                "bundled_lexicon_sha256": sha256_file(BUNDLED_LEXICON_PATH)}

    def jobs(self, campaign: Campaign, settings) -> list[Job]:
        """One bulletin per approved text."""
        return [Job(self.name, text.id, (text.id,), (f"audio/{text.id}.mp3", f"audio/{text.id}.txt"))
                for text in campaign.approved_texts]

    def prepare(self, campaign: Campaign, settings):
        """Decide once what `auto` means for this build, so workers neither probe nor warn again."""
        return resolve_engine(settings)

    def render(self, job: Job, ctx: RenderContext) -> Rendered:
        """Prepare, speak, master and encode one bulletin."""
        from pipeline.audio.bulletin import render_bulletin

        from pipeline.audio.speech_cache import CachedSpeech

        (text,) = ctx.texts(job)
        mp3, script = job.outputs
        voice = engine_for(ctx.settings, cache_dir=ctx.cache_dir / "tts")
        engine = CachedSpeech(voice, ctx.cache_dir / "speech")  # the body's sentences are shared by variants
        media = render_bulletin(ctx.campaign, text, ctx.dest(mp3), ctx.dest(script), ctx.settings, engine,
                                lexicon=lexicon_for(ctx.campaign))
        return Rendered({mp3: media, script: {"kind": "script", "encoding": "utf-8"}},
                        engine={"name": engine.name, "version": engine.version, "settings": engine.settings()},
                        shared={"speech": engine.counts()})
