"""Leaflets stage: an A5 flyer per approved text, the campaign A4 tri-fold, optional A3 posters.

Every PDF is preflighted before it replaces the previous one; a PDF that fails preflight is
never written over a good one.
"""

from __future__ import annotations

import logging

from pipeline.atomic import atomic_path
from pipeline.content import Campaign
from pipeline.errors import RenderError
from pipeline.stages.base import Job, RenderContext, Rendered, Stage, campaign_params

log = logging.getLogger(__name__)

TRIFOLD_KEY = "trifold"
TRIFOLD_PANELS = 4


def profile_brand_colours(campaign: Campaign) -> dict[str, str]:
    """The brand colours converted through the output profile (not those campaign.yaml gives in CMYK)."""
    brand = campaign.brand
    colours = {"primary": (brand.primary, brand.primary_cmyk), "accent": (brand.accent, brand.accent_cmyk)}
    return {name: hex_colour for name, (hex_colour, cmyk) in colours.items() if hex_colour and not cmyk}


def print_template_names(kind: str) -> tuple[str, ...]:
    """The print templates a leaflet product is drawn from."""
    from pipeline.leaflets.flyer import BACK, FRONT
    from pipeline.leaflets.poster import TEMPLATE as POSTER
    from pipeline.leaflets.trifold import INSIDE, OUTSIDE, PANEL

    return {"flyer": (FRONT, BACK), "poster": (POSTER,), "trifold": (OUTSIDE, INSIDE, PANEL)}.get(kind, ())


def check_print_templates(campaign: Campaign) -> None:
    """Every print template loads and is a print template: a problem is a ValueError naming file, layer and field
    (an invalid campaign, before anything renders)."""
    from pipeline.templates.model import TemplateError, load_print_template

    for name in print_template_names("flyer") + print_template_names("poster") + print_template_names("trifold"):
        try:
            load_print_template(name, campaign.root)
        except (TemplateError, ValueError) as exc:
            raise ValueError(f"leaflets: template {exc}") from None


class LeafletsStage(Stage):
    """Print-ready PDFs for print shops (ReportLab)."""

    name = "leaflets"
    code = ("pipeline.leaflets", "pipeline.imaging", "pipeline.templates", "pipeline.textwrap_vi", "pipeline.textwrap_pdf",
            "pipeline.fonts", "pipeline.content", "assets/icc/*.icc", "assets/words_vi*.txt", "assets/icons/*")
    worker_imports = ("pipeline.leaflets", "pipeline.leaflets.pages", "pipeline.leaflets.preflight")

    def settings(self, campaign: Campaign):
        """`leaflets:` of campaign.yaml, validated."""
        from pipeline.leaflets.settings import LeafletSettings

        settings = LeafletSettings.from_mapping(campaign.section("leaflets"))
        check_print_templates(campaign)
        return settings

    def params(self, campaign: Campaign) -> dict:
        """Campaign contacts and brand, and the leaflet settings."""
        return {"campaign": campaign_params(campaign), "settings": self.settings(campaign).as_params()}

    def job_params(self, campaign: Campaign, job: Job) -> dict:
        """The print templates of the job's product and the pictures they place (by hash): editing one template
        rebuilds only the PDFs drawn from it, replacing a picture only its text's."""
        from pipeline.templates.model import TemplateError, load_template

        found, shows_pictures = {}, False
        for name in print_template_names(job.option("kind")):
            try:
                template = load_template(name, campaign.root)
            except (TemplateError, ValueError) as exc:  # the render names it, as a failed job
                found[name] = f"invalid: {exc}"
                continue
            found[name] = template.sha256
            shows_pictures |= any(layer.type == "image" and layer.get("bind") == "image"
                                  for layer in template.all_layers().values())
        params = {"templates": found} if found else {}
        pictures = {text_id: image.asset.sha256 for text_id in job.text_ids
                    if (image := campaign.text(text_id).image) is not None} if shows_pictures else {}
        if pictures:  # only then, so the params of PDFs without a picture stay as they were
            params["image_sha256"] = pictures
        return params

    def trifold_text_ids(self, campaign: Campaign, settings) -> tuple[str, ...]:
        """The texts of the tri-fold's inside panels: as chosen in campaign.yaml, else the first four approved."""
        if settings.trifold_texts:
            return tuple(settings.trifold_texts)
        approved = campaign.approved_texts
        if len(approved) > TRIFOLD_PANELS:
            left_out = ", ".join(text.id for text in approved[TRIFOLD_PANELS:])
            log.warning("the tri-fold has %d text panels: it carries the first %d approved texts, not %s "
                        "(choose them with leaflets.trifold_texts in campaign.yaml)",
                        TRIFOLD_PANELS, TRIFOLD_PANELS, left_out)
        return tuple(text.id for text in approved[:TRIFOLD_PANELS])

    def warm(self, campaign: Campaign, settings) -> None:
        """Render and preflight the first text's flyer once, into a scratch folder, here in the build process:
        workers forked after this inherit ReportLab, pikepdf, the registered fonts and the ICC profile instead of
        each loading them (~0.5 s of CPU per worker). A failure is left for the job to report."""
        import tempfile
        from pathlib import Path

        from pipeline.leaflets import render_flyer
        from pipeline.leaflets.preflight import preflight

        for text in campaign.approved_texts[:1]:
            with tempfile.TemporaryDirectory(prefix="media-pipeline-warm-") as scratch:
                try:
                    render_flyer(campaign, text, Path(scratch) / "warm.pdf", settings)
                    preflight(Path(scratch) / "warm.pdf", product="flyer", brand=profile_brand_colours(campaign))
                except Exception:  # noqa: BLE001 - only a warm-up; the job renders and reports it
                    pass

    def jobs(self, campaign: Campaign, settings) -> list[Job]:
        """A flyer (and a poster when asked) per approved text, then the tri-fold."""
        jobs = []
        for text in campaign.approved_texts:
            jobs.append(Job(self.name, text.id, (text.id,), (f"leaflets/{text.id}.pdf",), options=(("kind", "flyer"),)))
            if settings.poster:
                jobs.append(Job(self.name, f"{text.id}/poster", (text.id,), (f"leaflets/{text.id}-poster.pdf",),
                                options=(("kind", "poster"),)))
        trifold_ids = self.trifold_text_ids(campaign, settings)
        if trifold_ids:
            jobs.append(Job(self.name, TRIFOLD_KEY, trifold_ids, ("leaflets/trifold.pdf",),
                            options=(("kind", "trifold"),)))
        return jobs

    def render(self, job: Job, ctx: RenderContext) -> Rendered:
        """Render one PDF, preflight it, and only then put it in place."""
        from pipeline.leaflets import render_flyer, render_poster, render_trifold
        from pipeline.leaflets.pdfx import PDFX_LABELS
        from pipeline.leaflets.preflight import preflight

        known = {text.id for text in ctx.campaign.texts}
        missing = [text_id for text_id in job.text_ids if text_id not in known]
        if missing:
            raise RenderError(f"the tri-fold names {', '.join(map(repr, missing))} in leaflets.trifold_texts "
                              "(campaign.yaml), but no text has that id: fix the list or restore the text")
        texts = ctx.texts(job)
        refused = [f"{text.id} ({text.refusal})" for text in texts if not text.buildable]
        if refused:
            raise RenderError(f"the tri-fold needs approved texts: {', '.join(refused)}")
        (out,) = job.outputs
        kind = job.option("kind")
        with atomic_path(ctx.dest(out)) as tmp_path:
            if kind == "trifold":
                media = render_trifold(ctx.campaign, texts, tmp_path, ctx.settings)
            elif kind == "poster":
                media = render_poster(ctx.campaign, texts[0], tmp_path, ctx.settings)
            else:
                media = render_flyer(ctx.campaign, texts[0], tmp_path, ctx.settings)
            report = preflight(tmp_path, product=kind, brand=profile_brand_colours(ctx.campaign))
            if not report.ok:
                failed = "; ".join(f"{c.name}: {c.detail}" for c in report.checks if not c.ok)
                raise RenderError(f"{out} failed preflight: {failed}")
        media["preflight"] = report.as_dict()
        media.update(kind=kind, pdfx=PDFX_LABELS[ctx.settings.pdfx], output_condition=ctx.settings.output_condition)
        import reportlab

        return Rendered({out: media}, engine={"name": "reportlab", "version": reportlab.Version})
