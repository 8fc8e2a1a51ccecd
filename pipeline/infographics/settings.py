"""Settings of the infographics stage (`infographics:` in campaign.yaml), validated."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Mapping

from pathlib import Path

from pipeline.infographics.formats import DEFAULT_FORMATS


@dataclass(frozen=True)
class InfographicSettings:
    """Which formats to render and how to write the PNGs."""

    formats: tuple[str, ...] = DEFAULT_FORMATS
    # zlib level of the PNG, by scripts/bench_png.py: 3 writes in 0.75x the CPU of 6 for 1.14x the bytes
    # (1 and 2 cost the same as 3 and are larger; 4-6 barely smaller, 8-9 far slower).
    compress_level: int = 3
    # Show the text's summary as a lead under the title; it is left out (logged) where it does not fit.
    show_summary: bool = True

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None, root: Path | None = None) -> "InfographicSettings":
        """Build from the campaign.yaml mapping; ValueError("infographics.<field>: <problem>") when invalid.

        Each format is a template: the campaign's `templates/<name>.yaml` (under `root`) or a built-in one;
        a template with a problem is an error naming its file, layer and field.
        """
        data = dict(data or {})
        known = [f.name for f in fields(cls)]
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"infographics.{unknown[0]}: unknown setting; known: {', '.join(known)}")
        values: dict[str, Any] = {}
        if "formats" in data:
            values["formats"] = _formats(data["formats"], root)
        if "compress_level" in data:
            level = data["compress_level"]
            if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 9:
                raise ValueError(f"infographics.compress_level: must be a whole number from 0 to 9, got {level!r}")
            values["compress_level"] = level
        if "show_summary" in data:
            if not isinstance(data["show_summary"], bool):
                raise ValueError(f"infographics.show_summary: must be true or false, got {data['show_summary']!r}")
            values["show_summary"] = data["show_summary"]
        return cls(**values)

    def as_params(self) -> dict[str, Any]:
        """Plain JSON-able values, for the stage's parameter hash."""
        return {"formats": list(self.formats), "compress_level": self.compress_level,
                "show_summary": self.show_summary}


def _formats(value: Any, root: Path | None) -> tuple[str, ...]:
    """Validate the `formats` list: known templates that load, at least one, no repeats."""
    from pipeline.templates.model import TemplateError, load_template, template_names

    known = tuple(name for name in template_names(root) if not name.startswith("card-"))  # clip cards: not images
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value:
        raise ValueError(f"infographics.formats: must be a non-empty list of {', '.join(known)}")
    names: list[str] = []
    for name in value:
        if not isinstance(name, str) or name not in known:
            raise ValueError(f"infographics.formats: unknown format {name!r}; one of {', '.join(known)} "
                             "(or a template of the campaign's templates/ folder)")
        try:
            template = load_template(name, root)
        except TemplateError as exc:
            raise ValueError(f"infographics.formats: {name}: template {exc}") from None
        if template.kind != "image":
            raise ValueError(f"infographics.formats: {name}: template {template.path.name} is a {template.kind} "
                             "template, not an image")
        if name in names:
            raise ValueError(f"infographics.formats: {name!r} is listed twice")
        names.append(name)
    return tuple(names)
