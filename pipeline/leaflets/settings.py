"""The `leaflets:` section of campaign.yaml, validated into a frozen settings object."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Mapping

TEXT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MIN_LEGIBLE_PT = 9.0  # below this, body type is hard to read on a leaflet held at arm's length


@dataclass(frozen=True)
class LeafletSettings:
    """How leaflets are made: crop marks, tri-fold texts, print run, posters, type sizes."""

    marks: bool = True  # crop (and fold) marks outside the bleed; some print shops add their own
    trifold_texts: tuple[str, ...] = ()  # text ids of the tri-fold's four text panels; () = first four approved
    quantity: int | None = None  # print run, printed in the imprint line when given
    poster: bool = False  # also an A3 poster per text
    min_body_pt: float = MIN_LEGIBLE_PT  # smallest body size before a text is refused as too long
    max_body_pt: float = 11.0  # the comfortable body size tried first
    imprint: str | None = None  # e.g. publishing licence; printed small on the back

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> "LeafletSettings":
        """Validate a `leaflets:` mapping; ValueError("leaflets.<field>: <problem>") on the first problem."""
        data = dict(data or {})
        known = {f.name for f in dataclasses.fields(cls)}
        for key in sorted(data):
            if key not in known:
                raise ValueError(f"leaflets.{key}: unknown key (known: {', '.join(sorted(known))})")
        values: dict[str, Any] = {}
        for key in ("marks", "poster"):
            if key in data:
                if not isinstance(data[key], bool):
                    raise ValueError(f"leaflets.{key}: must be true or false, not {data[key]!r}")
                values[key] = data[key]
        if "trifold_texts" in data:
            values["trifold_texts"] = _text_ids(data["trifold_texts"])
        if data.get("quantity") is not None:
            quantity = data["quantity"]
            if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
                raise ValueError(f"leaflets.quantity: must be a whole number of copies, at least 1, not {quantity!r}")
            values["quantity"] = quantity
        for key in ("min_body_pt", "max_body_pt"):
            if key in data:
                size = data[key]
                if isinstance(size, bool) or not isinstance(size, (int, float)) or not 6 <= size <= 24:
                    raise ValueError(f"leaflets.{key}: must be a type size in points from 6 to 24, not {size!r}")
                values[key] = float(size)
        settings_min = values.get("min_body_pt", cls.min_body_pt)
        if settings_min < MIN_LEGIBLE_PT:
            raise ValueError(f"leaflets.min_body_pt: {settings_min:g} pt is below the legible minimum "
                             f"of {MIN_LEGIBLE_PT:g} pt")
        if values.get("max_body_pt", cls.max_body_pt) < settings_min:
            raise ValueError("leaflets.max_body_pt: must not be smaller than min_body_pt")
        if data.get("imprint") is not None:
            if not isinstance(data["imprint"], str) or len(data["imprint"]) > 200:
                raise ValueError("leaflets.imprint: must be a line of text of at most 200 characters")
            values["imprint"] = data["imprint"].strip() or None
        return cls(**values)

    def as_params(self) -> dict[str, Any]:
        """Plain JSON-able values for the stage's parameter hash."""
        params = dataclasses.asdict(self)
        params["trifold_texts"] = list(self.trifold_texts)
        return params


def _text_ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"leaflets.trifold_texts: must be a list of text ids, not {value!r}")
    if not 1 <= len(value) <= 4:
        raise ValueError(f"leaflets.trifold_texts: the tri-fold has four text panels; give 1 to 4 ids, "
                         f"not {len(value)}")
    ids: list[str] = []
    for item in value:
        if not isinstance(item, str) or not TEXT_ID.match(item):
            raise ValueError(f"leaflets.trifold_texts: not a text id: {item!r}")
        if item in ids:
            raise ValueError(f"leaflets.trifold_texts: {item!r} is listed twice")
        ids.append(item)
    return tuple(ids)
