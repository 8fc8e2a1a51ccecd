"""The `leaflets:` section of campaign.yaml, validated into a frozen settings object."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    quantity: int | dict[str, int] | None = None  # print run (or per product: flyer, trifold, poster), in the imprint
    poster: bool = False  # also an A3 poster per text
    min_body_pt: float = MIN_LEGIBLE_PT  # smallest body size before a text is refused as too long
    max_body_pt: float = 11.0  # the comfortable body size tried first
    # the imprint, printed small on the back: a line, or the fields of IMPRINT_FIELDS (licence, printer...)
    imprint: str | dict[str, str] | None = None
    pdfx: str = "x4"  # PDF/X-4 (ISO 15930-7) or, for shops that take only that, PDF/X-1a:2001 ("x1a")
    output_condition: str = "FOGRA39"  # the press condition the CMYK is made for (one of OUTPUT_CONDITIONS)
    # For the print-shop package only (they do not change the PDFs, so they are not in as_params):
    paper: str | dict[str, str] | None = None  # e.g. "Couché 150 g/m²", or per product
    contact: str | dict[str, str] | None = None  # who the print shop calls
    print_shop: str | dict[str, str] | None = None  # the shop's name, or {name, phone, email, address}
    proof: str | dict[str, str] | None = None  # e.g. {type: "contract proof ISO 12647-7", copies: 1, to: "..."}
    delivery: str | dict[str, str] | None = None  # e.g. {address: "...", date: "2025-07-01", contact: "..."}

    def quantity_for(self, product: str) -> int | None:
        """The print run of one product ("flyer", "trifold", "poster")."""
        if isinstance(self.quantity, dict):
            return self.quantity.get(product)
        return self.quantity

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
            if isinstance(quantity, dict):
                values["quantity"] = {_product(key, "quantity"): _copies(f"quantity.{key}", value)
                                      for key, value in quantity.items()}
            else:
                values["quantity"] = _copies("quantity", quantity)
        for key in ("pdfx", "output_condition"):
            if key in data:
                values[key] = _choice(key, data[key])
        for key in ("paper", "contact", "print_shop", "proof", "delivery"):
            if data.get(key) is not None:
                values[key] = _text_or_mapping(key, data[key], per_product=key == "paper")
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
            values["imprint"] = _imprint(data["imprint"])
        return cls(**values)

    def as_params(self) -> dict[str, Any]:
        """Plain JSON-able values for the stage's parameter hash."""
        params = dataclasses.asdict(self)
        params["trifold_texts"] = list(self.trifold_texts)
        for key in ("paper", "contact", "print_shop", "proof", "delivery"):
            del params[key]
        return params


PRODUCTS = {"flyer": "flyer", "flyers-a5": "flyer", "trifold": "trifold", "trifold-a4": "trifold",
            "poster": "poster", "posters-a3": "poster"}


# leaflets.imprint as a mapping: what Vietnamese law asks printed matter to show besides what the pipeline
# knows (publisher, format, print run): see the README, "An imprint".
IMPRINT_FIELDS = {
    "licence": "số giấy phép xuất bản (or số xác nhận đăng ký xuất bản), e.g. 123/GP-STTTT",
    "licence_date": "the licence's date, e.g. 2026-12-02",
    "issued_by": "who granted it, e.g. Sở Thông tin và Truyền thông tỉnh Quảng Trị",
    "printer": "the printing unit's name and address (tên và địa chỉ cơ sở in)",
    "deposit": "when the legal deposit copies are lodged (thời gian nộp lưu chiểu), e.g. tháng 12/2026",
    "note": "any other line",
}
IMPRINT_MAX_CHARS = 200


PDFX_VERSIONS = ("x4", "x1a")
OUTPUT_CONDITIONS = ("FOGRA39",)  # the conditions whose output profile the project bundles (assets/icc/)
CHOICES = {"pdfx": PDFX_VERSIONS, "output_condition": OUTPUT_CONDITIONS}


def _choice(field: str, value: Any) -> str:
    choices = CHOICES[field]
    if not isinstance(value, str) or value.strip() not in choices:
        raise ValueError(f"leaflets.{field}: must be one of {', '.join(choices)}, not {value!r}")
    return value.strip()


def _product(key: Any, field: str) -> str:
    if key not in PRODUCTS:
        raise ValueError(f"leaflets.{field}.{key}: unknown product (known: flyer, trifold, poster)")
    return PRODUCTS[key]


def _copies(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"leaflets.{field}: must be a whole number of copies, at least 1, not {value!r}")
    return value


def _text_or_mapping(field: str, value: Any, per_product: bool) -> str | dict[str, str]:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict) and value and all(isinstance(v, (str, int)) for v in value.values()):
        if per_product:
            return {_product(k, field): str(v) for k, v in value.items()}
        return {str(k): str(v) for k, v in value.items()}
    raise ValueError(f"leaflets.{field}: must be a line of text or a mapping of lines")


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


def _imprint(value: Any) -> str | dict[str, str] | None:
    """leaflets.imprint: a line of text, or a mapping of IMPRINT_FIELDS, each a line of at most 200 characters."""
    if isinstance(value, str):
        if len(value) > IMPRINT_MAX_CHARS:
            raise ValueError(f"leaflets.imprint: must be a line of text of at most {IMPRINT_MAX_CHARS} characters")
        return " ".join(value.split()) or None
    if not isinstance(value, dict):
        raise ValueError("leaflets.imprint: must be a line of text or a mapping of "
                         f"{', '.join(IMPRINT_FIELDS)}")
    fields: dict[str, str] = {}
    for key, item in value.items():
        if key not in IMPRINT_FIELDS:
            raise ValueError(f"leaflets.imprint.{key}: unknown key (known: {', '.join(IMPRINT_FIELDS)})")
        if item is None:
            continue
        if isinstance(item, bool) or not isinstance(item, (str, int, dt.date)):
            raise ValueError(f"leaflets.imprint.{key}: must be a line of text, not {item!r}")
        text = " ".join(str(item).split())
        if len(text) > IMPRINT_MAX_CHARS:
            raise ValueError(f"leaflets.imprint.{key}: must be at most {IMPRINT_MAX_CHARS} characters")
        if text:
            fields[key] = text
    return fields or None
