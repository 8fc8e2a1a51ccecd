"""Clips stage: an MP4 per approved text and shape, with burned-in captions, SRT/VTT and a poster frame.

Narration says the bulletin's prepared words (read from the audio stage's script), once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.content import Campaign
from pipeline.stages.audio import engine_for, resolve_engine
from pipeline.stages.base import Job, RenderContext, Rendered, Stage, campaign_params

CLIP_FILES = ("mp4", "srt", "vtt", "jpg")


@dataclass(frozen=True)
class ClipRenderSettings:
    """What a clip render gets: the clip settings and the narration voice with `auto` resolved."""

    clip: Any
    voice: Any


class ClipsStage(Stage):
    """Motion clips: frames composed over pre-rendered cards, encoded by ffmpeg."""

    name = "clips"
    needs = ("infographics", "audio")
    code = ("pipeline.clips", "pipeline.imaging", "pipeline.textwrap_vi", "pipeline.fonts", "pipeline.content",
            "pipeline.templates", "pipeline.infographics.render", "pipeline.infographics.layout",
            "assets/words_vi*.txt")
    worker_imports = ("pipeline.clips.render",)

    def settings(self, campaign: Campaign):
        """`clips:` of campaign.yaml, validated, and every card template of its shapes loaded and checked (a broken
        one is a ValueError naming its file, layer and field)."""
        from pipeline.clips.card_templates import check_card_templates
        from pipeline.clips.layout import content_box
        from pipeline.clips.settings import card_scale, motion_kind
        from pipeline.clips.settings import ClipSettings
        from pipeline.templates.model import TemplateError

        settings = ClipSettings.from_mapping(campaign.section("clips"))
        pan = motion_kind(settings) == "pan"
        try:
            check_card_templates(campaign.root, settings.shapes,
                                 lambda shape: content_box(shape, card_scale(settings), captions=True, pan=pan))
        except (TemplateError, ValueError) as exc:
            raise ValueError(f"clips: card template {exc}") from None
        return settings

    def job_params(self, campaign: Campaign, job: Job) -> dict:
        """The card templates of the job's shape (by hash): editing one rebuilds only the clips of its shape."""
        from pipeline.clips.card_templates import CARD_TYPES, load_card_template

        templates = [load_card_template(kind, job.option("shape"), campaign.root) for kind in CARD_TYPES]
        return {"card_templates": {template.name: template.sha256 for template in templates}}

    def audio_settings(self, campaign: Campaign):
        """The campaign's audio settings: the narration uses the same voice as the bulletins."""
        from pipeline.audio.settings import AudioSettings

        return AudioSettings.from_mapping(campaign.section("audio"))

    def params(self, campaign: Campaign) -> dict:
        """Campaign contacts and brand, clip settings and the narration voice."""
        return {"campaign": campaign_params(campaign), "settings": self.settings(campaign).as_params(),
                "voice": self.audio_settings(campaign).as_params()}

    def jobs(self, campaign: Campaign, settings) -> list[Job]:
        """One job per approved text and shape."""
        return [Job(self.name, f"{text.id}/{shape}", (text.id,),
                    tuple(f"clips/{text.id}/{shape}.{ext}" for ext in CLIP_FILES),
                    inputs=(f"audio/{text.id}.txt",), options=(("shape", shape),))
                for text in campaign.approved_texts for shape in settings.shapes]

    def prepare(self, campaign: Campaign, settings) -> ClipRenderSettings:
        """The clip settings with the narration voice decided once for the build."""
        return ClipRenderSettings(settings, resolve_engine(self.audio_settings(campaign)))

    def render(self, job: Job, ctx: RenderContext) -> Rendered:
        """Render one clip and its sidecars."""
        from pipeline.clips.render import render_clip

        (text,) = ctx.texts(job)
        shape = job.option("shape")
        dest_dir = ctx.dest(f"clips/{text.id}")
        clip_settings, voice = ctx.settings.clip, ctx.settings.voice
        silent = clip_settings.silent or text.silent_clip
        sentences = None if silent else narration_sentences(ctx.dest(job.inputs[0]).read_text("utf-8"))
        engine = None if silent else engine_for(voice, cache_dir=ctx.cache_dir / "tts")
        media = render_clip(ctx.campaign, text, shape, dest_dir, clip_settings, sentences=sentences, engine=engine)
        from importlib.metadata import version

        # frames go straight to the ffmpeg binary imageio-ffmpeg ships (pipeline.clips.encoder)
        described = {"name": "ffmpeg", "version": version("imageio-ffmpeg")}
        if engine is not None:
            described["speech"] = {"name": engine.name, "version": engine.version, "settings": engine.settings()}
        return Rendered({f"clips/{text.id}/{name}": facts for name, facts in media.items()}, engine=described)


def narration_sentences(script: str) -> list[str]:
    """The bulletin's words said once (no station opening, repeat or closing), sentence by sentence."""
    from pipeline.audio.bulletin import message_from_script
    from pipeline.speech import split_sentences

    return [sentence for paragraph in message_from_script(script) for sentence in split_sentences(paragraph)]
