"""The review page: one static HTML file in Vietnamese that opens from disk (inline CSS and JS, nothing
fetched from a network), built from the review data, its thumbnails and the changes since the last build.

Files are linked relative to `<out>/review/index.html`: built files as `../<path>`, thumbnails as
`thumbs/<name>`. Every filterable element carries `data-variant`, `data-stage` and `data-status`
(an element without one of them is not filtered on it).
"""

from __future__ import annotations

import html
from urllib.parse import quote

from pipeline.delivery.printers import format_date_vi
from pipeline.delivery.station_page import duration_vi, size_vi

STAGE_LABELS = {"leaflets": "Tờ rơi (PDF in)", "infographics": "Đồ họa thông tin", "audio": "Bản tin phát thanh",
                "clips": "Video ngắn"}
STATUS_LABELS = {"ok": "Đạt", "outdated": "Cần dựng lại", "failed": "Lỗi", "refused": "Bị từ chối"}
TEXT_STATUS_LABELS = {"ok": "Đã duyệt", "failed": "Lỗi khi dựng", "refused": "Bị từ chối"}
REFUSALS_VI = {"draft": "bản nháp", "not approved": "chưa được duyệt",
               "changed after approval": "đã sửa sau khi duyệt"}
CHANGE_LABELS = {"changed": "Đã thay đổi", "new": "Mới", "removed": "Đã bỏ"}
MAIN_KINDS = ("pdf", "video", "audio", "image")  # the file a job's card previews, in this order of preference
e = html.escape


def number_vi(value: float, digits: int = 1) -> str:
    """A decimal number with a decimal comma ("-16,1")."""
    return f"{value:.{digits}f}".replace(".", ",")


def refusal_vi(reason: str) -> str:
    """A refusal reason in Vietnamese, the pipeline's own words kept in brackets."""
    return f"{REFUSALS_VI[reason]} ({reason})" if reason in REFUSALS_VI else reason


def file_href(path: str) -> str:
    """A built file's link from the review folder."""
    return "../" + quote(path)


def _attrs(variant: str | None = None, stage: str | None = None, status: str | None = None) -> str:
    """The data-* attributes the filters read (left out when None)."""
    pairs = {"variant": variant, "stage": stage, "status": status}
    return " data-filterable" + "".join(f' data-{name}="{e(value)}"' for name, value in pairs.items() if value)


def media_facts(out: dict) -> list[tuple[str, str]]:
    """What a receiver needs to know of one output, as (label, value) pairs in Vietnamese."""
    media, facts = out.get("media") or {}, []
    if out.get("bytes") is not None:
        facts.append(("Dung lượng", size_vi(out["bytes"])))
    if media.get("width") and media.get("height"):
        facts.append(("Kích thước", f"{media['width']}×{media['height']} px"))
    if media.get("pages"):
        trim = media.get("trim_size_mm")
        facts.append(("Trang", f"{media['pages']}" + (f", khổ {trim[0]:g}×{trim[1]:g} mm" if trim else "")))
    if media.get("duration_s") is not None and out["kind"] in ("audio", "video"):
        facts.append(("Thời lượng", duration_vi(media["duration_s"])))
    if media.get("lufs") is not None:
        facts.append(("Độ lớn", f"{number_vi(media['lufs'])} LUFS"))
    if media.get("true_peak_dbtp") is not None:
        facts.append(("Đỉnh thực", f"{number_vi(media['true_peak_dbtp'])} dBTP"))
    if media.get("video_codec"):
        facts.append(("Mã hóa", f"{media['video_codec']} {media.get('profile', '')} / {media.get('audio_codec', '')}"))
    if media.get("cues"):
        facts.append(("Phụ đề", f"{media['cues']} câu"))
    events = media.get("fit") if isinstance(media.get("fit"), list) else []
    notes = [_fit_note(event) for event in events if isinstance(event, dict)]
    if notes:  # what the layout had to give up: nothing is left out silently
        facts.append(("Bố cục", "; ".join(notes)))
    return facts


def _fit_note(event: dict) -> str:
    """One fit event of an image's template, in Vietnamese."""
    layer = str(event.get("layer", ""))
    if event.get("event") == "dropped":
        return f"bỏ {layer} (không đủ chỗ)"
    if event.get("event") == "shrunk":
        return f"{layer} thu nhỏ còn {event.get('size')} px (thiết kế {event.get('preferred')} px)"
    return f"{layer}: {event.get('reason', event.get('event', ''))}"


def _facts_html(facts: list[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts) + "</dl>"


def _preflight_html(media: dict) -> str:
    """A PDF's preflight verdict and each check with its detail."""
    preflight = media.get("preflight")
    if not isinstance(preflight, dict):
        return ""
    passed = preflight.get("result") == "pass"
    checks = preflight.get("checks") or {}
    rows = "".join(f'<li class="{"pass" if check.get("ok") else "fail"}">{e(name)}: {e(str(check.get("detail", "")))}'
                   "</li>" for name, check in sorted(checks.items()))
    verdict = "ĐẠT" if passed else "KHÔNG ĐẠT"
    return (f'<details class="preflight {"pass" if passed else "fail"}"><summary>Kiểm tra in: <b>{verdict}</b>'
            f" ({sum(bool(c.get('ok')) for c in checks.values())}/{len(checks)})</summary><ul>{rows}</ul></details>")


def _thumbs_html(out: dict, label: str) -> str:
    """The thumbnails of a PDF's pages or of an image, each linking to the file."""
    alt = (out.get("media") or {}).get("alt_text") or label
    pages = out.get("thumbs") or []
    imgs = "".join(f'<a href="{file_href(out["path"])}"><img loading="lazy" src="{e(name)}" '
                   f'alt="{e(alt if len(pages) == 1 else f"{label}, trang {i + 1}")}"></a>'
                   for i, name in enumerate(pages))
    return f'<div class="thumbs">{imgs}</div>'


def _poster(job: dict) -> str | None:
    """The poster frame (JPEG) of a clip job, if it has one."""
    return next((out["path"] for out in job["outputs"] if out["path"].endswith(".jpg")), None)


def _preview_html(job: dict, out: dict, label: str) -> str:
    """The main file of a job shown as a thumbnail or a player."""
    if out.get("missing"):
        return f'<p class="missing">Thiếu tệp {e(out["path"])}</p>'
    if out.get("modified"):
        return f'<p class="missing">Tệp {e(out["path"])} đã bị sửa sau khi dựng (chạy `media-pipeline verify`)</p>'
    if out["kind"] == "audio":
        return (f'<audio controls preload="none" src="{file_href(out["path"])}" aria-label="{e(label)}">'
                "</audio>")
    if out["kind"] == "video":
        poster = _poster(job)
        poster_attr = f' poster="{file_href(poster)}"' if poster else ""
        return (f'<video controls playsinline preload="none"{poster_attr} src="{file_href(out["path"])}" '
                f'aria-label="{e(label)}"></video>')
    parts = [_thumbs_html(out, label)]
    if out["kind"] == "pdf":
        parts.append(_preflight_html(out.get("media") or {}))
    alt_text = (out.get("media") or {}).get("alt_text")
    if alt_text:
        parts.append(f'<p class="alt"><b>Văn bản thay thế:</b> {e(alt_text)}</p>')
    return "".join(parts)


def main_output(job: dict) -> dict | None:
    """The output a job's card previews: its PDF, video, audio or image."""
    for kind in MAIN_KINDS:
        for out in job["outputs"]:
            if out["kind"] == kind:
                return out
    return None


def _job_card(job: dict, titles: dict[str, str]) -> str:
    """One job: status, preview, facts, every file with size and hash."""
    label = job["key"] if job["text_id"] else f"{job['key']} (cả chiến dịch)"
    title = titles.get(job["text_id"], "") if job["text_id"] else ", ".join(job["text_ids"])
    main = main_output(job)
    parts = [f'<article class="card status-{e(job["status"])}" id="{e(job["stage"] + "/" + job["key"])}"'
             f'{_attrs(job["variant"], job["stage"], job["status"])}>',
             f'<h4><span class="badge {e(job["status"])}">{e(STATUS_LABELS[job["status"]])}</span> {e(label)}</h4>',
             f'<p class="title">{e(title)}</p>']
    if job["reason"]:
        parts.append(f'<p class="reason">{e(refusal_vi(job["reason"]))}</p>')
    if main is not None:
        parts += [_preview_html(job, main, f"{STAGE_LABELS.get(job['stage'], job['stage'])}: {label}"),
                  _facts_html(media_facts(main))]
    files = "".join(f'<li data-path="{e(out["path"])}"><a href="{file_href(out["path"])}">{e(out["path"])}</a> '
                    f'<span>{e(size_vi(out["bytes"]) if out.get("bytes") is not None else "")}</span> '
                    f'<code title="SHA-256 {e(out.get("sha256") or "")}">{e((out.get("sha256") or "")[:12])}</code>'
                    f'{" <b class=missing>thiếu</b>" if out.get("missing") else ""}'
                    f'{" <b class=missing>đã bị sửa</b>" if out.get("modified") else ""}</li>'
                    for out in job["outputs"])
    parts.append(f'<ul class="files">{files}</ul>')
    if job["built_at"]:
        engine = job["engine"].get("name", "")
        parts.append(f'<p class="meta">Dựng lúc {e(job["built_at"])}{" bằng " + e(engine) if engine else ""}</p>')
    parts.append("</article>")
    return "".join(parts)


def _texts_html(texts: list[dict]) -> str:
    """Every text with its approval (who, when, hash) and status."""
    rows = []
    for text in texts:
        reasons = "; ".join(refusal_vi(reason) for reason in text["reasons"])
        approval = text["approval"] or ""
        rows.append(
            f'<tr{_attrs(text["variant"], None, text["status"])} id="text-{e(text["id"])}">'
            f'<td><span class="badge {e(text["status"])}">{e(TEXT_STATUS_LABELS[text["status"]])}</span></td>'
            f'<td><b>{e(text["title"])}</b><br><code>{e(text["id"])}</code> · {e(text["source"])}</td>'
            f'<td>{e(text["approved_by"] or "—")}</td>'
            f'<td class="nowrap">{e(format_date_vi(text["approved_at"]) or "—")}</td>'
            f'<td class="nowrap"><code title="{e(approval)}">{e(approval[:19] + "…" if approval else "—")}</code></td>'
            f'<td>{e(reasons)}</td></tr>')
    return ('<table class="texts"><thead><tr><th>Trạng thái</th><th>Văn bản</th><th>Người duyệt</th>'
            '<th>Ngày duyệt</th><th>Mã duyệt (SHA-256)</th><th>Lý do</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _problems_html(data: dict) -> str:
    """Refused texts and failed or outdated jobs, each with its reason."""
    items = [f'<li{_attrs(text["variant"], None, "refused")}><b>Bị từ chối</b> {e(text["id"])}: '
             f'{e("; ".join(refusal_vi(r) for r in text["reasons"]))}</li>'
             for text in data["texts"] if text["status"] == "refused"]
    items += [f'<li{_attrs(job["variant"], job["stage"], job["status"])}><b>{e(STATUS_LABELS[job["status"]])}</b> '
              f'<a href="#{e(job["stage"] + "/" + job["key"])}">{e(job["stage"])} {e(job["key"])}</a>: '
              f'{e(refusal_vi(job["reason"] or ""))}</li>'
              for job in data["jobs"] if job["status"] in ("failed", "outdated")]
    if not items:
        return '<p class="none">Không có văn bản bị từ chối, không có lỗi.</p>'
    return f'<ul class="problems">{"".join(items)}</ul>'


def _side_html(out: dict | None, heading: str, current: bool) -> str:
    """One side of a change: the thumbnails (or the player, for the new file) and the facts."""
    if out is None:
        return f'<div class="side"><h5>{heading}</h5><p class="none">(không có)</p></div>'
    body = ""
    if out["kind"] in ("pdf", "image") and out.get("thumbs"):
        body = "".join(f'<img loading="lazy" src="{e(name)}" alt="{e(heading)}: {e(out["path"])}">'
                       for name in out["thumbs"])
    elif current and out["kind"] == "audio" and not out.get("missing"):
        body = f'<audio controls preload="none" src="{file_href(out["path"])}"></audio>'
    facts = media_facts(out) + [("SHA-256", (out.get("sha256") or "")[:12])]
    return f'<div class="side"><h5>{heading}</h5><div class="thumbs">{body}</div>{_facts_html(facts)}</div>'


def _changes_html(changes: list[dict], has_previous: bool) -> str:
    """Old beside new for every file added, changed or removed since the previous build."""
    if not has_previous:
        return '<p class="none">Chưa có lần dựng trước để so sánh (đây là lần xem lại đầu tiên).</p>'
    if not changes:
        return '<p class="none">Không có tệp nào thay đổi so với lần dựng trước.</p>'
    rows = [f'<div class="change"{_attrs(c["variant"], c["stage"], (c["new"] or c["old"])["status"])} '
            f'data-path="{e(c["path"])}"><h4><span class="badge change-{c["change"]}">{CHANGE_LABELS[c["change"]]}'
            f'</span> {e(c["path"])}</h4><div class="sides">{_side_html(c["old"], "Trước", False)}'
            f'{_side_html(c["new"], "Sau", True)}</div></div>' for c in changes]
    return f'<div class="changes">{"".join(rows)}</div>'


def _select(name: str, label: str, options: list[tuple[str, str]], all_label: str | None = "Tất cả") -> str:
    """A filter: a select over one data-* attribute; a single choice leaves it shown but disabled."""
    choices = ([("", all_label)] if all_label and len(options) > 1 else []) + options
    disabled = " disabled" if len(options) <= 1 else ""
    opts = "".join(f'<option value="{e(value)}">{e(text)}</option>' for value, text in choices)
    return f'<label>{e(label)} <select id="filter-{name}" data-filter="{name}"{disabled}>{opts}</select></label>'


def render_page(data: dict, changes: list[dict], has_previous: bool) -> str:
    """The whole page as HTML text."""
    titles = {text["id"]: text["title"] for text in data["texts"]}
    variants = [(v, v) for v in data["variants"]] or [("—", "—")]
    stages = [(s, STAGE_LABELS.get(s, s)) for s in data["stages"]]
    statuses = [(s, STATUS_LABELS[s]) for s in STATUS_LABELS]
    jobs_by_stage = {stage: [job for job in data["jobs"] if job["stage"] == stage] for stage in data["stages"]}
    counts = {status: sum(job["status"] == status for job in data["jobs"]) for status in STATUS_LABELS}
    refused = sum(text["status"] == "refused" for text in data["texts"])
    campaign = data["campaign"]
    parts = [
        "<!DOCTYPE html>", '<html lang="vi">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Duyệt sản phẩm — {e(campaign['name'])}</title>", f"<style>{PAGE_CSS}</style>", "</head>",
        "<body>", "<header>", f"<h1>Duyệt sản phẩm: {e(campaign['name'])}</h1>",
        f"<p>{e(campaign['organisation'])} · {len(data['texts'])} văn bản ({refused} bị từ chối) · "
        f"{len(data['jobs'])} công việc: {counts['ok']} đạt, {counts['outdated']} cần dựng lại, "
        f"{counts['failed']} lỗi, {counts['refused']} của văn bản bị từ chối · {len(changes)} tệp thay đổi</p>",
        '<nav class="filters" aria-label="Lọc">',
        _select("variant", "Biến thể", variants, "Tất cả"), _select("stage", "Công đoạn", stages),
        _select("status", "Trạng thái", statuses), '<output id="shown" aria-live="polite"></output>',
        "</nav>", "</header>", "<main>",
        '<section id="texts"><h2>Văn bản và phê duyệt</h2>', _texts_html(data["texts"]), "</section>",
        '<section id="problems"><h2>Bị từ chối, lỗi và cần dựng lại</h2>', _problems_html(data), "</section>",
        '<section id="changes"><h2>Thay đổi so với lần dựng trước</h2>', _changes_html(changes, has_previous),
        "</section>", '<section id="assets"><h2>Sản phẩm</h2>',
    ]
    for stage, jobs in jobs_by_stage.items():
        parts += [f'<section class="stage"{_attrs(stage=stage)}><h3>{e(STAGE_LABELS.get(stage, stage))} '
                  f'({len(jobs)})</h3><div class="grid">', *[_job_card(job, titles) for job in jobs], "</div></section>"]
    parts += ["</section>", "</main>", f"<script>{PAGE_JS}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


PAGE_CSS = """
:root{--ink:#17212b;--muted:#5b6670;--line:#d7dde3;--ok:#1b7f3b;--warn:#9a5b00;--bad:#b3261e;--brand:#0b5fa5}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;
color:var(--ink);background:#f4f6f8}header{background:#fff;border-bottom:1px solid var(--line);padding:12px 20px;
position:sticky;top:0;z-index:2}h1{font-size:20px;margin:0 0 4px}header p{margin:0 0 8px;color:var(--muted)}
.filters{display:flex;gap:16px;flex-wrap:wrap;align-items:center}.filters select{font:inherit;padding:2px 6px}
main{padding:8px 20px 40px}h2{font-size:18px;margin:24px 0 8px}h3{font-size:16px;margin:16px 0 8px}
h4{font-size:14px;margin:0 0 4px}h5{margin:0 0 4px;font-size:13px;color:var(--muted)}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid var(--line);padding:6px 8px;
text-align:left;vertical-align:top;font-size:14px}code{font-size:12px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff;
background:var(--muted)}.badge.ok{background:var(--ok)}.badge.outdated{background:var(--warn)}
.badge.failed,.badge.refused{background:var(--bad)}.badge.change-changed{background:var(--brand)}
.badge.change-new{background:var(--ok)}.badge.change-removed{background:var(--bad)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px;min-width:0}
.card.status-failed,.card.status-refused{border-color:var(--bad)}.card.status-outdated{border-color:var(--warn)}
.title{margin:0 0 6px;color:var(--muted);font-size:13px}.reason{color:var(--bad);font-size:13px;margin:0 0 6px}
.thumbs{display:flex;gap:6px;flex-wrap:wrap}.thumbs img{max-width:180px;max-height:180px;
border:1px solid var(--line);background:#fff}video{width:100%;max-height:320px;background:#000}audio{width:100%}
.facts{display:grid;grid-template-columns:auto 1fr;gap:0 8px;font-size:13px;margin:6px 0}
.facts dt{color:var(--muted)}.facts dd{margin:0}.files{padding-left:16px;font-size:12px;margin:4px 0;
word-break:break-all}.meta{font-size:12px;color:var(--muted);margin:4px 0 0}.alt{font-size:12px;margin:6px 0}
.preflight{font-size:13px;margin:6px 0}.preflight.pass summary b{color:var(--ok)}
.preflight.fail summary b{color:var(--bad)}.preflight li.fail{color:var(--bad)}
.missing{color:var(--bad)}.none{color:var(--muted)}.problems li{margin:2px 0}
.changes{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:12px}
.change{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px;min-width:0}
.problems li,.reason,.alt,.files,dd{overflow-wrap:anywhere}td{overflow-wrap:break-word}
.badge,td.nowrap{white-space:nowrap}.texts td:nth-child(2){min-width:300px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:12px}[hidden]{display:none!important}
"""

PAGE_JS = """
(function () {
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var shown = document.getElementById("shown");
  function apply() {
    var wanted = {};
    selects.forEach(function (s) { wanted[s.dataset.filter] = s.value; });
    var cards = 0;
    document.querySelectorAll("[data-filterable]").forEach(function (el) {
      var keep = Object.keys(wanted).every(function (name) {
        return !wanted[name] || !el.dataset[name] || el.dataset[name] === wanted[name];
      });
      el.hidden = !keep;
      if (keep && el.classList.contains("card")) { cards += 1; }
    });
    shown.textContent = cards + " sản phẩm đang hiện";
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
}());
"""
