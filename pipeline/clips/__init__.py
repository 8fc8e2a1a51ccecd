"""MP4 motion clips of campaign texts: cards drawn once, moved with array operations, narrated and captioned."""

from pipeline.clips.settings import SHAPES, ClipSettings


def render_clip(*args, **kwargs):
    """Render one clip (see pipeline.clips.render.render_clip); OpenCV loads on first use."""
    from pipeline.clips.render import render_clip as _render_clip

    return _render_clip(*args, **kwargs)


__all__ = ["SHAPES", "ClipSettings", "render_clip"]
