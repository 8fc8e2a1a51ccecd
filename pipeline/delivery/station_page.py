"""The stations page (`index.html`) an operator reads, in plain Vietnamese: what is new, what to broadcast
today and when (priority first), every bulletin with a player, a download link and the voice that reads
it; technical figures folded away. No external assets: it works offline and from a USB stick.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from pipeline.broadcast import day_vi, schedule_vi
from pipeline.delivery.station_files import (CHECKSUMS_NAME, FEED_NAME, GENERATOR, ICON_NAME, INDEX_JSON_NAME,
                                             PRIORITY_LABEL_VI, VIETNAM_TZ, vietnam_today)

def duration_vi(seconds: float | None) -> str:
    """A duration in Vietnamese words ("1 phút 05 giây", "45 giây")."""
    if seconds is None:
        return "không rõ"
    total = int(round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes} phút {secs:02d} giây" if minutes else f"{secs} giây"


def size_vi(size: int) -> str:
    """A file size the Vietnamese way, decimal comma ("1,2 MB", "850 KB")."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    if size >= 1000:
        return f"{round(size / 1000)} KB"
    return f"{size} byte"


_PAGE_CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #d0d7de; --brand: %(brand)s; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem; font: 1.05rem/1.55 system-ui, "Segoe UI", Roboto,
       "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
header { border-bottom: 4px solid var(--brand); margin-bottom: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; } h3 { font-size: 1.15rem; margin: 0 0 .4rem; }
a { color: #0645ad; } a:focus, audio:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
ol.bulletins { list-style: none; padding: 0; margin: 0; }
ol.bulletins > li { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 0 0 1rem; }
li.priority-emergency { border: 3px solid #b00020; background: #fff5f5; }
li.priority-priority { border: 2px solid #8a5a00; background: #fffaf0; }
.badge { display: inline-block; font-size: .85rem; font-weight: 700; padding: .1rem .5rem; border-radius: 4px;
         margin-right: .4rem; vertical-align: middle; color: #fff; }
.badge-emergency { background: #b00020; } .badge-priority { background: #8a5a00; }
.badge-normal { background: #3d5a73; }
audio { width: 100%%; margin: .5rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
code { font-size: .85rem; word-break: break-all; }
.badge-new { background: #1b6e20; }
details { margin: .5rem 0; } summary { cursor: pointer; color: var(--muted); }
p.voice-offline { border-left: 4px solid #8a5a00; padding-left: .5rem; }
ol.today li { margin: .3rem 0; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); font-size: .95rem; }
"""


VOICE_VI = {
    "gtts": "Giọng đọc tổng hợp của Google (gTTS)",
    "espeak": "Giọng máy đọc ngoại tuyến (espeak-ng): đây là giọng máy, nghe kém tự nhiên; hãy nghe thử trước khi phát",
}


def voice_vi(engine: str | None) -> str:
    """Which voice read a bulletin, in plain Vietnamese (the offline machine voice said clearly)."""
    return VOICE_VI.get(engine or "", f"Giọng đọc: {engine}" if engine else "Không rõ giọng đọc")


def moment_vi(moment: datetime) -> str:
    """A publish time in Vietnam time, the Vietnamese way ("14:05 ngày 01/12/2026")."""
    local = moment.astimezone(VIETNAM_TZ)
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


def _today_line(entry: dict[str, Any]) -> str:
    """When to play a bulletin today: an emergency at once (and again at its times), else its times; its last day."""
    broadcast = entry.get("broadcast_obj")
    times = ", ".join(broadcast.times) if broadcast is not None and broadcast.times else ""
    if entry["priority"] == "emergency":
        line = "phát ngay, trước mọi bản tin khác" + (f"; nhắc lại lúc {times}" if times
                                                       else ", và nhắc lại theo chỉ đạo")
    else:
        line = f"lúc {times}" if times else "giờ phát do đài chọn"
    if broadcast is not None and broadcast.until:
        line += f" (đến hết ngày {broadcast.until:%d/%m/%Y})"
    return line


def _page_lists(entries: list[dict[str, Any]], today: date) -> list[str]:
    """The two short lists at the top of the page: new since the last publish, and what to play today."""
    e = html.escape
    new = [entry for entry in entries if entry.get("new")]
    parts = ['<section id="moi">', f"<h2>Mới kể từ lần cập nhật trước ({len(new)})</h2>"]
    if new:
        parts.append("<ul>")
        parts += [f'<li><a href="#{e(entry["id"])}">{e(entry["title"])}</a> '
                  f"({e(PRIORITY_LABEL_VI[entry['priority']])})</li>" for entry in new]
        parts.append("</ul>")
    else:
        parts.append("<p>Không có bản tin mới.</p>")
    parts.append("</section>")
    playing = [entry for entry in entries
               if entry.get("broadcast_obj") is None or entry["broadcast_obj"].valid_on(today)]
    parts += ['<section id="hom-nay">', f"<h2>Phát hôm nay, {day_vi(today)} ({len(playing)})</h2>",
              "<p>Theo thứ tự ưu tiên: khẩn cấp trước, rồi ưu tiên, rồi thông thường. Danh sách lập theo ngày "
              "cập nhật trang; ngày khác, xem lịch phát của từng bản tin bên dưới. Chương trình "
              "<code>media-pipeline sync</code> tự lập danh sách phát này mỗi ngày.</p>"]
    if playing:
        parts.append('<ol class="today">')
        parts += [f'<li><span class="badge badge-{e(entry["priority"])}">'
                  f"{e(PRIORITY_LABEL_VI[entry['priority']])}</span> "
                  f'<a href="#{e(entry["id"])}">{e(entry["title"])}</a>: {e(_today_line(entry))}</li>'
                  for entry in playing]
        parts.append("</ol>")
    else:
        parts.append("<p>Hôm nay không có bản tin nào trong lịch phát.</p>")
    parts.append("</section>")
    return parts


def _schedule_state(entry: dict[str, Any], today: date) -> str:
    """The schedule of a bulletin, and whether its days are over or still to come."""
    broadcast = entry.get("broadcast_obj")
    text = schedule_vi(broadcast)
    if broadcast is not None and broadcast.until and broadcast.until < today:
        return text + " (đã hết hạn: không phát nữa)"
    if broadcast is not None and broadcast.start and today < broadcast.start:
        return text + " (chưa đến ngày phát)"
    return text


def _page_bulletin(entry: dict[str, Any], today: date) -> list[str]:
    """One bulletin on the page: what it says, when to play it, who reads it, player, downloads, folded figures."""
    e = html.escape
    eid = e(entry["id"])
    label = PRIORITY_LABEL_VI.get(entry["priority"], entry["priority"])
    facts = [("Thời lượng", duration_vi(entry["duration_s"])), ("Dung lượng", size_vi(entry["bytes"]))]
    if entry.get("lufs") is not None:
        facts.append(("Độ lớn", f"{entry['lufs']:.1f} LUFS".replace(".", ",")))
    if entry.get("true_peak_dbtp") is not None:
        facts.append(("Đỉnh thực", f"{entry['true_peak_dbtp']:.1f} dBTP".replace(".", ",")))
    facts.append(("Tệp", entry["file"]))
    facts.append(("Mã SHA-256", entry["sha256"]))
    if entry.get("approved_at_vi"):
        facts.append(("Ngày phê duyệt", entry["approved_at_vi"]))
    facts.append(("Phát hành lần đầu", moment_vi(entry["published"])))
    new_badge = ' <span class="badge badge-new">Mới</span>' if entry.get("new") else ""
    offline = " voice-offline" if entry.get("engine") == "espeak" else ""
    parts = [
        f'<li class="bulletin priority-{e(entry["priority"])}" id="{eid}">',
        f'<article aria-labelledby="title-{eid}">',
        f'<h3 id="title-{eid}"><span class="badge badge-{e(entry["priority"])}">{e(label)}</span> '
        f"{e(entry['title'])}{new_badge}</h3>",
        f"<p>{e(entry['summary'])}</p>",
        f"<p><strong>Lịch phát:</strong> {e(_schedule_state(entry, today))}</p>",
        f'<p class="voice{offline}"><strong>Giọng đọc:</strong> {e(voice_vi(entry.get("engine")))}</p>',
        f'<audio controls preload="none" src="{e(quote(entry["file"]))}" aria-label="Nghe bản tin: '
        f'{e(entry["title"])}">Trình duyệt này không phát được âm thanh: hãy tải tệp MP3 bên dưới.</audio>',
        "<p>",
        f'<a href="{e(quote(entry["file"]))}" download>Tải bản tin MP3 ({e(size_vi(entry["bytes"]))})</a>',
    ]
    if entry.get("script"):
        parts.append(f' · <a href="{e(quote(entry["script"]))}" download>Tải kịch bản đọc (văn bản)</a>')
    parts += ["</p>", "<details>", "<summary>Thông số kỹ thuật</summary>", '<dl class="facts">',
              *[f"<dt>{e(name)}</dt><dd>{e(value)}</dd>" for name, value in facts],
              "</dl>", "</details>", "</article>", "</li>"]
    return parts


def render_icon(colour: str) -> str:
    """The page's icon (SVG): a loudspeaker on the brand colour, so browsers ask for no other file."""
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
            f'<rect width="32" height="32" rx="6" fill="{html.escape(colour)}"/>'
            '<path d="M7 12h5l7-5v18l-7-5H7z" fill="#fff"/>'
            '<path d="M22 11q3 5 0 10M25 8q5 8 0 16" stroke="#fff" stroke-width="2" fill="none"/></svg>\n')


def render_index_html(channel: dict[str, Any], entries: list[dict[str, Any]]) -> str:
    """The Vietnamese page for station operators: what is new, what to play today and when, every bulletin."""
    e = html.escape
    hotline_digits = "".join(ch for ch in channel["hotline"] if ch.isdigit() or ch == "+")
    published = channel["published"]
    today = vietnam_today(published)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(channel['title'])} — Bản tin phát thanh</title>",
        f'<link rel="alternate" type="application/rss+xml" title="{e(channel["title"])}" href="{FEED_NAME}">',
        f'<link rel="icon" type="image/svg+xml" href="{ICON_NAME}">',
        f"<style>{_PAGE_CSS % {'brand': e(channel['brand_colour'])}}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{e(channel['title'])}</h1>",
        f"<p>{e(channel['description'])}</p>",
        f"<p>{e(channel['author'])} · Đường dây nóng: "
        f"<a href=\"tel:{e(hotline_digits)}\">{e(channel['hotline'])}</a></p>",
        f"<p>Cập nhật lúc {e(moment_vi(published))}.</p>",
        "</header>",
        "<main>",
        *_page_lists(entries, today),
        '<section id="tat-ca">',
        f"<h2>Tất cả bản tin ({len(entries)})</h2>",
    ]
    if not entries:
        parts.append("<p>Chưa có bản tin nào được phê duyệt.</p>")
    parts.append('<ol class="bulletins">')
    for entry in entries:
        parts += _page_bulletin(entry, today)
    parts += [
        "</ol>",
        "</section>",
        "</main>",
        "<footer>",
        f'<p>Kiểm tra các tệp đã tải về bằng lệnh <code>sha256sum -c {CHECKSUMS_NAME}</code> '
        f'(tệp <a href="{CHECKSUMS_NAME}">{CHECKSUMS_NAME}</a>).</p>',
        f'<p>Cho phần mềm của đài: nguồn cấp podcast <a href="{FEED_NAME}">{FEED_NAME}</a> (RSS) và danh mục '
        f'<a href="{INDEX_JSON_NAME}">{INDEX_JSON_NAME}</a>.</p>',
        f"<p>Tạo bởi {e(GENERATOR)}.</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)
