"""Document-structure rules: printable annotations, hidden layers (optional content), actions and JavaScript."""

from __future__ import annotations

import pikepdf

from pipeline.leaflets.preflight.report import Check, failing

SAFE_ACTIONS = {"GoTo", "URI", "Named", "Thread"}  # navigation only: nothing runs, nothing changes the page
PAGE_EVENTS = {"/O": "page open", "/C": "page close"}


def check_annotations(pdf: pikepdf.Pdf) -> Check:
    """No printable annotation (comments, stamps, form fields would print)."""
    printable = []
    for index, page in enumerate(pdf.pages, 1):
        for annotation in page.obj.get("/Annots", []):
            subtype = str(annotation.get("/Subtype", "/?"))
            if subtype not in ("/PrinterMark", "/TrapNet") and int(annotation.get("/F", 0)) & 4:
                printable.append(f"page {index}: printable {subtype[1:]} annotation")
    if printable:
        return failing("annotations", printable)
    return Check("annotations", True, "no printable annotation")


def hidden_layers(pdf: pikepdf.Pdf) -> dict[tuple, str]:
    """The optional content groups switched off for viewing or printing in the default configuration: key -> name."""
    properties = pdf.Root.get("/OCProperties")
    if properties is None:
        return {}
    groups = {_key(group): str(group.get("/Name", "?")) for group in properties.get("/OCGs", [])}
    config = properties.get("/D", pikepdf.Dictionary())
    on = {_key(group) for group in config.get("/ON", [])}
    off = {_key(group) for group in config.get("/OFF", [])}
    if str(config.get("/BaseState", "/ON")) == "/OFF":
        off |= set(groups) - on
    for group in properties.get("/OCGs", []):
        print_state = group.get("/Usage", {}).get("/Print", {}).get("/PrintState")
        if str(print_state) == "/OFF":
            off.add(_key(group))
    return {key: name for key, name in groups.items() if key in off}


def check_layers(pdf: pikepdf.Pdf) -> Check:
    """No content in a hidden layer: whether it prints depends on the RIP, never on what the proof showed."""
    hidden = hidden_layers(pdf)
    groups = pdf.Root.get("/OCProperties", {}).get("/OCGs", [])
    if not groups:
        return Check("layers", True, "no layers (optional content)")
    problems = []
    for index, page in enumerate(pdf.pages, 1):
        for key in sorted(_page_layers(page), key=str):
            if key in hidden:
                problems.append(f"page {index}: content in the hidden layer {hidden[key]!r}")
    if problems:
        return failing("layers", problems, "hidden layers print or not at the RIP's choice, not as proofed: ")
    unused = sorted(hidden.values())
    return Check("layers", True, f"{len(groups)} layer(s), every one with content visible"
                                 + (f" (hidden but unused: {', '.join(unused)})" if unused else ""))


def _page_layers(page: pikepdf.Page) -> set:
    """Keys of the optional content groups a page's content, forms and annotations are marked with."""
    found: set = set()
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    properties = resources.get("/Properties", pikepdf.Dictionary())
    try:
        instructions = pikepdf.parse_content_stream(page)
    except pikepdf.PdfError:
        instructions = []
    for instruction in instructions:
        if isinstance(instruction, pikepdf.ContentStreamInstruction) and str(instruction.operator) == "BDC":
            tag, value = instruction.operands[0], instruction.operands[1]
            if tag == pikepdf.Name("/OC"):
                group = properties.get(value) if isinstance(value, pikepdf.Name) else value
                found |= _groups_of(group)
    for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
        found |= _groups_of(xobject.get("/OC"))
    for annotation in page.obj.get("/Annots", []):
        found |= _groups_of(annotation.get("/OC"))
    return found


def _groups_of(marking) -> set:
    """An OCG's key, or an OCMD's groups (hidden when its groups are), or nothing."""
    if marking is None:
        return set()
    if marking.get("/Type") == "/OCMD":
        groups = marking.get("/OCGs", [])
        groups = [groups] if isinstance(groups, pikepdf.Dictionary) else list(groups)
        return {_key(group) for group in groups}
    return {_key(marking)}


def _key(obj) -> tuple:
    return obj.objgen if obj.is_indirect else (id(obj),)


def check_actions(pdf: pikepdf.Pdf) -> Check:
    """No JavaScript and no action that runs or changes the page, in the document, its pages or annotations."""
    problems: list[str] = []
    root = pdf.Root
    names = root.get("/Names", pikepdf.Dictionary())
    if "/JavaScript" in names:
        problems.append("document: JavaScript in the name tree")
    problems += [f"document: open action {kind}" for kind in _actions(root.get("/OpenAction"))
                 if kind not in SAFE_ACTIONS]
    for event, action in root.get("/AA", pikepdf.Dictionary()).items():
        problems += [f"document: {event[1:]} action {kind}" for kind in _actions(action)]
    for index, page in enumerate(pdf.pages, 1):
        for event, action in page.obj.get("/AA", pikepdf.Dictionary()).items():
            when = PAGE_EVENTS.get(event, event[1:])
            problems += [f"page {index}: {when} action {kind}" for kind in _actions(action)]
        for annotation in page.obj.get("/Annots", []):
            subtype = str(annotation.get("/Subtype", "/?"))[1:]
            problems += [f"page {index}: {subtype} annotation action {kind}" for kind in _actions(annotation.get("/A"))
                         if kind not in SAFE_ACTIONS]
            for event, action in annotation.get("/AA", pikepdf.Dictionary()).items():
                problems += [f"page {index}: {subtype} annotation {event[1:]} action {kind}" for kind in _actions(action)]
    if problems:
        return failing("actions", problems, "a print file runs nothing (JavaScript, actions): ")
    return Check("actions", True, "no JavaScript or actions")


def _actions(action, depth: int = 0) -> list[str]:
    """Kinds of an action and of the actions it chains to (/Next), JavaScript named as such."""
    if not isinstance(action, pikepdf.Dictionary) or depth > 16:
        return []
    kinds = [str(action.get("/S", "/?"))[1:]]
    following = action.get("/Next")
    for item in ([following] if isinstance(following, pikepdf.Dictionary) else list(following or [])):
        kinds += _actions(item, depth + 1)
    return kinds
