"""What a colour prints as: the family of a colour space (CMYK, grey, process DeviceN, spot, RGB...) and its inks."""

from __future__ import annotations

from typing import Sequence

import pikepdf

INK_PRESENT = 0.02  # a plate below 2 % is not counted as an ink of a colour
PROCESS_INKS = ("/Cyan", "/Magenta", "/Yellow", "/Black")  # the colorant names of the four process plates


def inks(family: str, components: Sequence[float]) -> int:
    """How many printing plates a colour uses (registration counts as four)."""
    if family in ("cmyk", "process"):
        return sum(1 for value in components[:4] if value > INK_PRESENT)
    if family == "gray":
        return 1 if components and components[0] < 1.0 - INK_PRESENT else 0
    if family == "registration":
        return 4
    return 1 if family == "spot" else 0


def total_ink(family: str, components: Sequence[float]) -> float | None:
    """Total ink of a colour (1.0 = one full plate), or None for a colour not printed from the process plates."""
    if family in ("cmyk", "process") and len(components) == 4:
        return sum(components)
    if family == "gray" and len(components) == 1:
        return 1.0 - components[0]
    if family == "registration" and components:
        return 4.0 * components[0]  # /All: every plate at the tint
    return None


def resolve_space(space, resources):
    """A colour space operand with a named resource (/CS0) looked up in the resources' /ColorSpace."""
    if isinstance(space, pikepdf.Name) and resources is not None:
        named = resources.get("/ColorSpace")
        if named is not None and str(space) in named:
            return named[str(space)]
    return space


def process_plates(space) -> tuple[int, ...] | None:
    """For a Separation or DeviceN (NChannel) space naming only process colorants (Cyan, Magenta, Yellow,
    Black, and None), the plate (0 = C ... 3 = K, -1 = None) of each component; else None."""
    if not (isinstance(space, pikepdf.Array) and len(space) >= 2 and str(space[0]) in ("/Separation", "/DeviceN")):
        return None
    names = [str(space[1])] if str(space[0]) == "/Separation" else [str(name) for name in space[1]]
    if not any(name in PROCESS_INKS for name in names) or not all(name in PROCESS_INKS + ("/None",) for name in names):
        return None
    return tuple(PROCESS_INKS.index(name) if name in PROCESS_INKS else -1 for name in names)


def as_cmyk(plates: Sequence[int], tints: Sequence[float]) -> list[float]:
    """Tints of a process DeviceN colour as C, M, Y, K."""
    cmyk = [0.0, 0.0, 0.0, 0.0]
    for plate, tint in zip(plates, tints):
        if plate >= 0:
            cmyk[plate] = float(tint)
    return cmyk


def colour_family(space, resources) -> str:
    """What a colour space prints as: cmyk, gray, process (DeviceN of process inks), rgb, lab, spot,
    registration, pattern or unknown."""
    if isinstance(space, pikepdf.Name):
        name = str(space)
        direct = {"/DeviceCMYK": "cmyk", "/CMYK": "cmyk", "/DeviceGray": "gray", "/G": "gray", "/DeviceRGB": "rgb",
                  "/RGB": "rgb", "/Pattern": "pattern"}
        if name in direct:
            return direct[name]
        resolved = resolve_space(space, resources)
        return "unknown" if resolved is space else colour_family(resolved, resources)
    if isinstance(space, pikepdf.Array) and len(space) > 0:
        kind = str(space[0])
        if kind == "/ICCBased":
            components = int(space[1].get("/N", 0))
            return {1: "gray", 3: "rgb", 4: "cmyk"}.get(components, "unknown")
        if kind in ("/CalRGB",):
            return "rgb"
        if kind == "/CalGray":
            return "gray"
        if kind == "/Lab":
            return "lab"
        if kind in ("/Separation", "/DeviceN"):
            if kind == "/Separation" and str(space[1]) in ("/All", "/None"):
                return "registration"
            return "process" if process_plates(space) else "spot"
        if kind in ("/Indexed", "/I"):
            return colour_family(space[1], resources)
        if kind == "/Pattern":
            return "pattern"
    return "unknown"


def initial_colour(family: str, plates: Sequence[int] = ()) -> list[float]:
    """The colour after cs/CS: black for device spaces, tint 1 for spot and process colorants."""
    if family == "process":
        return as_cmyk(plates, [1.0] * len(plates))
    return {"cmyk": [0.0, 0.0, 0.0, 1.0], "gray": [0.0]}.get(family, [1.0])
