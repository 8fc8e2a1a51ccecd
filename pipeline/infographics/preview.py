"""`media-pipeline preview`: one template rendered for one text, fast, with layout guides, re-rendered on change."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from pipeline.atomic import atomic_path
from pipeline.campaign import load_campaign
from pipeline.errors import PipelineError, RenderError, UsageError
from pipeline.templates.model import TemplateError, campaign_template_files, load_template


def template_name(template: str) -> tuple[str, Path | None]:
    """(template name, campaign folder it implies) from a name (`portrait`) or a file (`camp/templates/x.yaml`)."""
    path = Path(template)
    if path.suffix in (".yaml", ".yml"):
        if not path.is_file():
            raise UsageError(f"template file not found: {path}")
        if path.parent.name != "templates":
            raise UsageError(f"{path}: a campaign's templates live in its templates/ folder")
        return path.stem, path.parent.parent
    return template, None


def render_preview(campaign_dir: Path, template: str, text_id: str, out: Path, size: tuple[int, int] | None = None,
                   guides: bool = False) -> tuple[dict, list[Path]]:
    """Render `template` for text `text_id` (approved or not) to `out`; returns (facts, files to watch)."""
    from pipeline.infographics.layout import plan_infographic
    from pipeline.infographics.render import draw_plan, fit_warnings

    started = time.perf_counter()
    campaign = load_campaign(campaign_dir)
    try:
        text = campaign.text(text_id)
    except KeyError:
        known = ", ".join(t.id for t in campaign.texts)
        raise UsageError(f"no text {text_id!r} in {campaign_dir} (texts: {known})") from None
    try:
        loaded = load_template(template, campaign.root)
    except (TemplateError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    if loaded.is_print:
        from pipeline.leaflets.pages import preview_page

        if size is not None:
            raise UsageError(f"--size is for image templates; {template} is a leaflet page of a fixed size (page.trim)")
        facts = preview_page(campaign, text, loaded, out, guides)
        facts.update(seconds=time.perf_counter() - started, template=str(loaded.path))
        return facts, _watched(campaign, text, loaded)
    if loaded.kind == "card":  # a clip card: its frame's size, drawn as the clip shows it settled
        from pipeline.clips.cards import preview_card

        if size is not None:
            raise UsageError(f"{template}: a clip card has its clip's frame size; --size is for image templates")
        try:
            image, plan = preview_card(campaign, text, loaded, guides)
        except (TemplateError, ValueError) as exc:
            raise UsageError(str(exc)) from None
    else:
        if size is not None:
            loaded = loaded.at(*size)
        plan = plan_infographic(campaign, text, template, template=loaded)
        image = draw_plan(plan, campaign, guides)
    with atomic_path(out) as tmp:
        image.save(tmp, format="PNG", compress_level=1)
    facts = {"seconds": time.perf_counter() - started, "template": str(loaded.path), "size": (image.width, image.height),
             "scale": plan.scale, "warnings": fit_warnings(plan, text.id, template)}
    return facts, _watched(campaign, text, loaded)


def _watched(campaign, text, template) -> list[Path]:
    """What `--watch` follows: the template's files, campaign.yaml, the texts and the text's picture (the
    designer swaps or retouches it)."""
    watched = list(template.files) + [campaign.root / "campaign.yaml"]
    watched += [path for path in (campaign.root / "texts").glob("*.md")]
    if text.image is not None:
        watched.append(campaign.root / text.image.asset.rel_path)
    return watched


def preview(campaign_dir: Path, template: str, text_id: str, out: Path, size: tuple[int, int] | None, guides: bool,
            watch: bool, echo: Callable[[str], None], poll_s: float = 0.3, rounds: int | None = None) -> None:
    """Render once, or (watch) again each time a template file, campaign.yaml or a text changes (mtime polling)."""
    name, implied = template_name(template)
    campaign_dir = implied or campaign_dir

    def once() -> list[Path]:
        facts, watched = render_preview(campaign_dir, name, text_id, out, size, guides)
        shown = facts.get("trim") or f"{facts['size'][0]}x{facts['size'][1]}"
        echo(f"{out}: {name} for {text_id}, {shown}, scale {facts['scale']:.2f}, {facts['seconds'] * 1000:.0f} ms")
        for line in facts["warnings"]:
            echo(f"  warning: {line}")
        return watched

    if not watch:
        once()
        return
    watched: list[Path] = []
    stamps: dict[Path, int] = {}
    done = 0
    while rounds is None or done < rounds:
        current = {path: _mtime(path) for path in watched}
        if current != stamps or not watched:
            try:
                watched = once()
            except (PipelineError, RenderError) as exc:  # keep watching: the designer fixes the file
                echo(f"error: {exc.format_message()}")
                # A render that failed says nothing of the files it reads (a first one, none at all): watch
                # campaign.yaml and the campaign's templates too, or the fix would never be seen.
                fallback = [Path(campaign_dir) / "campaign.yaml"] + campaign_template_files(Path(campaign_dir))
                watched = list(dict.fromkeys(watched + fallback))
            stamps = {path: _mtime(path) for path in watched}
            done += 1
        time.sleep(poll_s)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
