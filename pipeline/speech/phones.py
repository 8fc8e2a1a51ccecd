"""Phone numbers, service numbers and emergency numbers, read digit by digit."""

from __future__ import annotations

import re

from pipeline.speech.context import pad
from pipeline.speech.lexicon import spell_letters
from pipeline.speech.numbers import number_to_words, read_digits

_SERVICE_NUMBER = re.compile(r"(?<![\d.,/])(1[89]00)[ .-]?(\d{4}|\d{2}[ .]\d{2}|\d{3}[ .]\d{3}|\d{6})(?![\d])")
_SUBSCRIBER_NUMBER = re.compile(r"(?<![\w.,/+])(?:\+84[ .-]?|0)\d(?:[ .-]?\d){7,10}(?!\d)")


def read_phone_number(written: str) -> str:
    """A phone number read digit by digit, a pause (comma) between the groups as written.

    "1900 9068" -> "một chín không không, chín không sáu tám"; an unbroken 10-digit mobile number
    is grouped 4-3-3, an 11-digit one 3-4-4; "+84" is "cộng tám bốn".
    """
    written = written.strip()
    prefix = ""
    if written.startswith("+"):
        prefix = "cộng " + read_digits(written[1:3]) + ", "
        written = written[3:].lstrip(" .-")
    groups = [group for group in re.split(r"[ .-]", written) if group]
    if len(groups) == 1:
        digits = groups[0]
        sizes = {8: (4, 4), 9: (3, 3, 3), 10: (4, 3, 3), 11: (3, 4, 4)}.get(len(digits), (len(digits),))
        groups, start = [], 0
        for size in sizes:
            groups.append(digits[start:start + size])
            start += size
    return prefix + ", ".join(read_digits(group) for group in groups)


def _subscriber(match: re.Match[str]) -> str:
    written = match.group()
    digit_count = len(re.sub(r"\D", "", written)) - (1 if written.startswith("+84") else 0)
    if not 9 <= digit_count <= 11:
        return written  # not a Vietnamese subscriber number: leave it to the number pass
    return pad(read_phone_number(written))


# A landline with its area code in brackets: "(024) 3936 5678".
_BRACKETED_AREA = re.compile(r"\((0\d{1,3})\)\s*(\d{3,4})[ .-]?(\d{3,4})(?!\d)")
# Emergency numbers 111-115 are dialled, so said digit by digit ("một một ba"), when the text says
# they are called: after "gọi", "đường dây", "tổng đài", "hotline", "điện thoại", or after "số" when
# nothing counted follows ("số 115 người" stays a number); a list "113, 114, 115" follows its first.
_EMERGENCY = r"11[1-5]"
_SERVICES = r"báo cháy|cứu hỏa|chữa cháy|cấp cứu|cứu nạn|cứu hộ|công an|cảnh sát"
_EMERGENCY_AFTER_CALL = re.compile(
    rf"(?<!\w)((?i:gọi|đường dây(?: nóng)?|tổng đài|hotline|điện thoại|{_SERVICES})"
    rf"(?:\s+(?i:ngay|số|khẩn cấp|{_SERVICES}))*\s+)"
    rf"({_EMERGENCY}(?:\s*(?:,|và|hoặc)\s*{_EMERGENCY})*)(?![\d.,]\d|\d)"
)
_EMERGENCY_AFTER_SO = re.compile(
    rf"(?<!\w)((?i:số)\s+)({_EMERGENCY})(?=\s*(?:$|[,.;:!?)]|(?:để|hoặc|và|khi|ngay|nếu|miễn phí)(?!\w)))"
)
# Any short number a phone dials, "đầu số 156", "gọi 1022", "tổng đài 1088", "nhắn tin đến 5656": three to five digits
# said one by one after the words of calling or texting, unless a count follows ("gọi 100 lần" is a quantity).
_SHORT_CODE = re.compile(
    r"(?<!\w)((?:(?i:đầu số)|(?i:gọi|gọi điện|đường dây nóng|tổng đài|hotline|nhắn tin|soạn tin|số điện thoại)"
    r"(?:\s+(?i:ngay|số|miễn phí|đến|tới|về|gửi))*)\s+)(\d{3,5})(?![\d.,]\d|\d|\s?\d|\s*[%/])"
    r"(?!\s*(?i:lần|cuộc|người|lượt|phút|giây|giờ|ngày|nghìn|triệu|tỷ|đồng|tin nhắn|hộ|ca)(?!\w))"
)
# Country calling codes after "số", "đầu số" or "mã quốc gia" ("các đầu số lạ như +232, +247", "từ số +855"): "cộng"
# and the digits.
_COUNTRY_CODES = re.compile(
    r"(?<!\w)((?i:đầu số|số|mã quốc gia|mã vùng quốc tế)[^\d+.;:!?]{0,30}?)"
    r"(\+\d{1,4}(?:\s*(?:,|và|hoặc)\s*\+\d{1,4})*)(?![\d.,]\d|\d|\s\d)"
)


def _country_codes(match: re.Match[str]) -> str:
    codes = re.sub(r"\+(\d+)", lambda m: pad(f"cộng {read_digits(m.group(1))}"), match.group(2))
    return match.group(1) + codes


# A text message's keyword and the short number it is sent to, "soạn TTTB gửi 1414", "soạn tin DK BHYT gửi 8088": the
# number is dialled, said digit by digit (the keyword is spelled or read by the later passes).
_TEXT_TO = re.compile(
    r"(?<!\w)((?i:soạn)(?:\s+(?i:tin(?: nhắn)?))?(?:\s+(?:[<\[]?[A-ZĐ0-9][\w.<>\[\]-]*|<[^<>]{1,40}>)){1,5}\s+(?i:gửi)"
    r"(?:\s+(?i:đến|tới|về|số))*\s+)(\d{3,5})(?![\d.,]\d|\d)"
)
# A programme, project, case, team or force named by its number, "Chương trình 135", "Đề án 844", "Tổ công tác 141",
# "lực lượng 141", a power line "đường dây 371" (not "đường dây 110 kV", a voltage), says the
# number's digits, as national media do; so does a name's number written with a leading zero ("Đề án 06": "không sáu").
# A year ("Chương trình 2018") and a document's code after it ("Đề án 06/ĐA-UBND") are not such names.
_NAMED_BY_NUMBER = re.compile(
    r"(?<!\w)((?i:chương trình|đề án|chuyên án|tổ công tác|lực lượng|ban chỉ đạo|đường dây)\s+(?:(?i:số)\s+)?)"
    r"(0\d{1,3}|(?!(?:19|20)\d\d(?!\d))[1-9]\d{2,3})(?![\d/-]|[.,]\d|\s*(?i:nghìn|triệu|tỷ|người|hộ|đồng|ha|km|%"
    r"|cán bộ|chiến sĩ|đoàn viên|tình nguyện viên|lượt|thành viên|hội viên|xe|phương tiện|kV|V|kW|MW|m|mét)(?!\w))"
)
# A hotline named in words and its number ending the phrase, "Tổng đài quốc gia bảo vệ trẻ em 111", "đường dây nóng
# của Sở Y tế 1022": the number is dialled, said digit by digit. A word of counting or time just before it ("đã tiếp
# nhận 120", "năm 2025") makes it a quantity.
_HOTLINE_NAMED = re.compile(
    r"(?<!\w)((?i:tổng đài|đường dây nóng|hotline)(?:\s+(?!(?i:năm|tháng|ngày|quý|hơn|khoảng|gần|trên|dưới|đạt"
    r"|nhận|tiếp nhận|có|được|tới|đến|còn|tổng cộng|gồm|với|mất)\s+\d)[^\W\d_]+){1,8}\s+)(\d{3,5})(?![\d.,]\d)"
    r"(?=\s*(?:$|[,.;:!?)]|(?:để|hoặc|và|khi|nếu|miễn phí)(?!\w)))"
)
# An app or a service named with an emergency number glued to a word, "Help114", "eCall112": the number is the one
# dialled, digit by digit (a road's "QL114", in capitals, is not such a name).
_EMERGENCY_GLUED = re.compile(rf"(?<![\w])([^\W\d_]*[a-zà-ỹđ][^\W\d_]*)({_EMERGENCY})(?![\d.,]\d|\d)")
_EMERGENCY_ALONE = re.compile(rf"^(\s*)({_EMERGENCY})(\s*[.!]?\s*)$")


def _emergency(match: re.Match[str]) -> str:
    numbers = re.sub(r"\d+", lambda m: pad(read_digits(m.group())), match.group(2))
    return match.group(1) + numbers + (match.group(3) if match.lastindex >= 3 else "")


# USSD codes dialled on a phone's keypad, "*9068#", "*101#", "*#06#": each key said, "*" is "sao", "#" "thăng".
# A syntax may hold what the user types in words, between two keys: "*100*mã thẻ#", "*100*<mã số thẻ>#".
_USSD_WORDS = r"[<\[]?[^\W\d_]+(?: [^\W\d_]+){0,4}[>\]]?"
_USSD = re.compile(
    rf"(?<![\w*#])(?:[*#][\d*#]*\d[\d*#]*#|\*\d[\d*#]*(?:\*(?:\d+|{_USSD_WORDS}))*\*{_USSD_WORDS}(?:\*[\d*]*)?#)"
)
_KEY_WORDS = {"*": "sao", "#": "thăng"}


def read_ussd_code(written: str) -> str:
    """"*9068#" -> "sao chín không sáu tám thăng", "*100*mã thẻ#" -> "sao một không không sao mã thẻ thăng"."""
    keys = re.findall(r"\d+|[*#]|[^\W\d_]+(?: [^\W\d_]+)*", written)
    return " ".join(_KEY_WORDS.get(key) or (read_digits(key) if key.isdigit() else key) for key in keys)


# A bank account, identity card or meeting number is typed, so read digit by digit in its written groups: "STK 3601
# 205 123 456", "Số CCCD của chủ hộ ... là 036 085 004 217", "mã phòng 812 345 6789".
_ACCOUNT = re.compile(r"(?<!\w)((?:STK|(?i:số tài khoản|tài khoản số|tài khoản))\s*:?\s*)(\d[\d .-]{4,}\d)(?![\d])")
# ... an identity card's or a meeting's, only when written in groups (an unbroken "CCCD 001234567890" is grouped
# by threes by the number pass).
_ID_NUMBER = re.compile(
    r"(?<!\w)((?:CCCD|(?i:căn cước(?: công dân)?|định danh(?: cá nhân)?|mã phòng|mã cuộc họp))"
    r"(?:\s+(?i:của [^\d,;]{1,30}?|là|số))*\s*:?\s*)(\d+(?:[ .-]\d+)+)(?![\d])"
)


# A vehicle's plate, "37A-123.45", "37B1-234.56", "29A-12345": the province's number, the series spelled, then the
# serial digit by digit in its written groups ("ba mươi bảy a, một hai ba, bốn năm").
_PLATE = re.compile(r"(?<![\w.,/-])(\d{2})\s?([A-Z]{1,2}\d?)\s?-\s?(\d{3}\.\d{2}|\d{4,5})(?![\w.,-]|[.,]\d)")


def _plate(match: re.Match[str]) -> str:
    serial = match.group(3)
    groups = serial.split(".") if "." in serial else [serial[:3], serial[3:]] if len(serial) == 5 else [serial]
    spoken = ", ".join(read_digits(group) for group in groups)
    return pad(f"{number_to_words(int(match.group(1)))} {spell_letters(match.group(2))}, {spoken}")


def _typed_groups(match: re.Match[str]) -> str:
    """A number typed in groups, each said digit by digit: "3601 205" -> "ba sáu không một, hai không năm"."""
    return match.group(1) + pad(", ".join(read_digits(group) for group in re.split(r"[ .-]+", match.group(2))))


def phone_pass(line: str) -> str:
    if "-" in line:
        line = _PLATE.sub(_plate, line)
    for typed in (_ACCOUNT, _ID_NUMBER):
        line = typed.sub(_typed_groups, line)
    line = _USSD.sub(lambda m: pad(read_ussd_code(m.group())), line)
    line = _BRACKETED_AREA.sub(lambda m: pad(read_phone_number(" ".join(m.groups()))), line)
    line = _EMERGENCY_AFTER_CALL.sub(_emergency, line)
    line = _EMERGENCY_AFTER_SO.sub(_emergency, line)
    line = _EMERGENCY_ALONE.sub(_emergency, line)
    if "11" in line:
        line = _EMERGENCY_GLUED.sub(lambda m: m.group(1) + pad(read_digits(m.group(2))), line)
    line = _SHORT_CODE.sub(_emergency, line)
    if "gửi" in line:
        line = _TEXT_TO.sub(_emergency, line)
    if "+" in line:
        line = _COUNTRY_CODES.sub(_country_codes, line)
    line = _HOTLINE_NAMED.sub(_emergency, line)
    line = _NAMED_BY_NUMBER.sub(_emergency, line)
    line = _SERVICE_NUMBER.sub(lambda m: pad(read_phone_number(m.group())), line)
    return _SUBSCRIBER_NUMBER.sub(_subscriber, line)
