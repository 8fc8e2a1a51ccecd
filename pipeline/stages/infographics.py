"""Infographics stage: a PNG per approved text and format (`infographics/<id>/<format>.png`), each drawn
from its template, and its Vietnamese alt text beside it (`<format>.txt`) for the people who publish it."""

from __future__ import annotations

from pipeline.content import Campaign
from pipeline.stages.base import Job, RenderContext, Rendered, Stage, campaign_params


class InfographicsStage(Stage):
    """Social media and screen images drawn with Pillow (raqm layout) from YAML templates."""

    name = "infographics"
    code = ("pipeline.infographics", "pipeline.imaging", "pipeline.templates", "pipeline.textwrap_vi",
            "pipeline.fonts", "pipeline.content", "assets/words_vi*.txt", "assets/icons/*")
    worker_imports = ("pipeline.infographics.layout", "pipeline.infographics.render")

    def settings(self, campaign: Campaign):
        """`infographics:` of campaign.yaml, validated, every format's template loaded and checked."""
        from pipeline.infographics.settings import InfographicSettings

        return InfographicSettings.from_mapping(campaign.section("infographics"), campaign.root)

    def params(self, campaign: Campaign) -> dict:
        """Campaign contacts and brand, and the infographic settings."""
        return {"campaign": campaign_params(campaign), "settings": self.settings(campaign).as_params()}

    def job_params(self, campaign: Campaign, job: Job) -> dict:
        """The format's template files and the text's picture (by hash): editing one template rebuilds only its
        images, replacing a picture only its text's."""
        from pipeline.templates.model import load_template

        template = load_template(job.option("format"), campaign.root)
        params = {"template": template.path.name, "template_sha256": template.sha256}
        if job.option("size"):  # one of the template's `sizes:`
            params["size"] = list(job.option("size"))
        image = campaign.text(job.text_ids[0]).image
        if image is not None:  # only then, so the params of texts without a picture stay as they were
            params["image_sha256"] = image.asset.sha256
        return params

    def warm(self, campaign: Campaign, settings) -> None:
        """Lay out and draw (without writing) the first text in every format once, here in the build process:
        workers forked after this inherit the word list, fonts, logo and fitted logo, instead of each loading them
        (~0.2 s of CPU per worker). A failure is left for the job to report."""
        from pipeline.infographics.layout import plan_infographic
        from pipeline.infographics.render import draw_plan

        for text in campaign.approved_texts[:1]:
            for fmt in settings.formats:
                try:
                    draw_plan(plan_infographic(campaign, text, fmt, show_summary=settings.show_summary), campaign)
                except Exception:  # noqa: BLE001 - only a warm-up; the job renders and reports it
                    pass

    def jobs(self, campaign: Campaign, settings) -> list[Job]:
        """One job per approved text, format and size (the template's `size`, then each of its `sizes:`, named
        `<format>-<W>x<H>`): the PNG and its alt text."""
        from pipeline.templates.model import load_template

        sized = [(fmt, fmt, None) for fmt in settings.formats]
        for fmt in settings.formats:
            sized += [(fmt, f"{fmt}-{w}x{h}", (w, h)) for w, h in load_template(fmt, campaign.root).sizes]
        return [Job(self.name, f"{text.id}/{name}", (text.id,),
                    (f"infographics/{text.id}/{name}.png", f"infographics/{text.id}/{name}.txt"),
                    options=(("format", fmt),) + ((("size", size),) if size else ()))
                for text in campaign.approved_texts for fmt, name, size in sized]

    def render(self, job: Job, ctx: RenderContext) -> Rendered:
        """Draw one infographic and write its alt text (UTF-8, NFC, one line) beside it."""
        from pipeline.atomic import write_text
        from pipeline.infographics.render import render_infographic

        (text,) = ctx.texts(job)
        png, alt = job.outputs
        media = render_infographic(ctx.campaign, text, job.option("format"), ctx.dest(png), ctx.settings,
                                   size=job.option("size"))
        write_text(ctx.dest(alt), media["alt_text"] + "\n")
        import PIL
        from PIL import features

        return Rendered({png: media, alt: {"alt_text_of": png, "language": "vi"}},
                        engine={"name": "pillow", "version": PIL.__version__, "raqm": features.version("raqm")})
