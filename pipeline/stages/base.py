"""The Stage base class: what every stage declares, and the hooks it fills in.

The build driver (pipeline.build) owns the flow: planning, the up-to-date decision, manifests and
parallel execution. A stage only says which jobs it has and how to render one.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from pipeline.approval import canonical_json
from pipeline.content import Campaign, Text


@dataclass(frozen=True)
class Job:
    """One unit of rendering: some outputs made from one text (or several, for campaign-wide jobs)."""

    stage: str
    key: str                    # unique in its stage: "<text id>" or "<text id>/<format>" or "trifold"
    text_ids: tuple[str, ...]
    outputs: tuple[str, ...]    # paths relative to the output folder
    inputs: tuple[str, ...] = ()  # outputs of other stages this job reads (relative paths)
    options: tuple[tuple[str, Any], ...] = ()  # per-job choices, e.g. (("format", "portrait"),)

    @property
    def text_id(self) -> str | None:
        """The text of a single-text job, None for a campaign-wide job."""
        return self.text_ids[0] if len(self.text_ids) == 1 else None

    def option(self, name: str, default: Any = None) -> Any:
        """A per-job option."""
        return dict(self.options).get(name, default)


@dataclass
class Rendered:
    """What a render reports back: media facts per output path, and the engine used if any."""

    media: dict[str, dict] = field(default_factory=dict)
    engine: dict | None = None
    shared: dict | None = None  # work shared with other jobs (variants): what came from a cache, what was made


@dataclass(frozen=True)
class RenderContext:
    """What a render may use besides its job."""

    campaign: Campaign
    out_dir: Path
    settings: Any

    def dest(self, rel_path: str) -> Path:
        """Absolute path of an output or input, given relative to the output folder."""
        return self.out_dir / rel_path

    @property
    def cache_dir(self) -> Path:
        """`.cache/` of the output folder, shared by every variant's build (`<out>/.cache`, not `<out>/<id>/`)."""
        from pipeline.variants import shared_dir

        return shared_dir(self.campaign, self.out_dir) / ".cache"

    def texts(self, job: Job) -> list[Text]:
        """The Text objects of a job."""
        return [self.campaign.text(text_id) for text_id in job.text_ids]


class Stage:
    """Base of every stage: class attributes declare it, hooks fill it in."""

    name: ClassVar[str]
    needs: ClassVar[tuple[str, ...]] = ()   # stages whose outputs this one reads
    # Modules/packages whose source is this stage's code version, and the data files its renderers read
    # (a glob relative to the repository, e.g. "assets/icc/*.icc"): a change to either rebuilds its outputs.
    code: ClassVar[tuple[str, ...]] = ()
    # The modules a render imports: a Dask LocalCluster's fork server imports them once for all its workers, as
    # pool workers inherit them from warm() (each worker importing them itself costs ~0.2-0.3 s of CPU).
    worker_imports: ClassVar[tuple[str, ...]] = ()

    def settings(self, campaign: Campaign) -> Any:
        """The validated settings of this stage (raises ValueError naming the field)."""
        return None

    def params(self, campaign: Campaign) -> dict:
        """Everything besides the text that the outputs depend on (JSON-able); hashed into `params_sha256`."""
        return {}

    def job_params(self, campaign: Campaign, job: Job) -> dict:
        """What one job's outputs depend on besides the stage's params (a template file's hash), hashed
        with them into the job's `params_sha256`; {} for none, so other jobs keep the stage's hash."""
        return {}

    def jobs(self, campaign: Campaign, settings: Any) -> list[Job]:
        """Every job for the campaign's approved texts."""
        raise NotImplementedError

    def prepare(self, campaign: Campaign, settings: Any) -> Any:
        """Once per build, in the main process, before any job renders: what the renders get as settings.

        For choices worth making once rather than in every worker (which speech engine `auto` means).
        """
        return settings

    def warm(self, campaign: Campaign, settings: Any) -> None:
        """In the build process, just before it forks its workers (and only then: inline, the first job warms the
        same state; a Dask worker inherits nothing from the build, only `worker_imports` from a LocalCluster's fork
        server): load what every render needs once, so that every worker inherits it instead of loading it again."""

    def render(self, job: Job, ctx: RenderContext) -> Rendered:
        """Render one job, writing every output atomically."""
        raise NotImplementedError

    def describe(self, campaign: Campaign) -> str:
        """A short description for logs."""
        return self.name


def campaign_params(campaign: Campaign, with_brand: bool = True) -> dict:
    """The campaign fields most stages draw: name, organisation, contacts and brand (logo by hash)."""
    params = {"name": campaign.name, "organisation": campaign.organisation, "hotline": campaign.hotline,
              "website": campaign.website}
    if campaign.variant:  # only then, so the params (and up-to-date decisions) of a campaign without stay as they were
        params.update(variant=campaign.variant, address=campaign.address, link=campaign.link)
    if with_brand:
        brand = campaign.brand
        params["brand"] = {
            "primary": brand.primary, "accent": brand.accent,
            "primary_cmyk": brand.primary_cmyk, "accent_cmyk": brand.accent_cmyk,
            "logo_sha256": campaign.logo_asset.sha256 if brand.logo else None,  # the snapshot the renders draw
        }
    return params


def params_hash(params: dict) -> str:
    """Stable hash of a params dict (in the project's one canonical JSON form)."""
    return hashlib.sha256(canonical_json(params).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=None)
def code_hash(modules: tuple[str, ...]) -> str:
    """Hash of the source of the named modules and packages (every .py file under a package) and of the
    data files named by a glob relative to the repository (an entry with a "/")."""
    digest = hashlib.sha256()
    files: set[Path] = set()
    root = Path(importlib.import_module("pipeline").__file__).parent
    for name in modules:
        if "/" in name:
            files.update(path for path in root.parent.glob(name) if path.is_file())
            continue
        spec = importlib.util.find_spec(name)  # the module's file, without importing it (and what it imports)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(f"code version: no module named {name!r}")
        origin = Path(spec.origin)
        if origin.name == "__init__.py":
            files.update(origin.parent.rglob("*.py"))
        else:
            files.add(origin)
    for path in sorted(files):
        digest.update(str(path.relative_to(root.parent) if path.is_relative_to(root.parent) else path.name)
                      .encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
