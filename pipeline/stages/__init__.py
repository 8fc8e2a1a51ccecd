"""The stage registry, in dependency order: a stage comes after every stage it needs."""

from __future__ import annotations

from pipeline.errors import UsageError
from pipeline.stages.audio import AudioStage
from pipeline.stages.base import Job, RenderContext, Rendered, Stage
from pipeline.stages.clips import ClipsStage
from pipeline.stages.infographics import InfographicsStage
from pipeline.stages.leaflets import LeafletsStage

STAGES: tuple[Stage, ...] = (LeafletsStage(), InfographicsStage(), AudioStage(), ClipsStage())
STAGE_NAMES = tuple(stage.name for stage in STAGES)

__all__ = ["STAGES", "STAGE_NAMES", "Job", "RenderContext", "Rendered", "Stage", "stage_by_name"]


def stage_by_name(name: str) -> Stage:
    """The registered stage called `name`."""
    for stage in STAGES:
        if stage.name == name:
            return stage
    raise UsageError(f"unknown stage {name!r}; stages: {', '.join(STAGE_NAMES)}")
