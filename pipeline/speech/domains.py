"""Vietnamese words glued without their marks in a web address: "canhbao.khonggianmang.gov.vn" is "cảnh báo chấm không
gian mạng ...", as the address's owner named it.

A domain label types Vietnamese words with no tone marks and no spaces, so one syllable alone has many readings
("mang": mang, màng, mạng) and only a whole word gives it back. DOMAIN_WORDS lists the words and names state and
commune sites are made of, each with its marks; a label is read as such words only when it is wholly and in one way
made of them (the fewest words; two readings as short is no reading), longest words first. Any other label keeps its
plain reading (web.py): "moh", "vss", "hcdc" are letters nobody can restore.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Words (mostly two syllables or more: one alone is rarely sure) of the names of state, province and commune sites;
# bodies and places with their capitals, as the lexicon writes them.
_WORDS = """
cảnh báo|không gian mạng|tín nhiệm mạng|an ninh mạng|an toàn thông tin|chống lừa đảo|lừa đảo|dịch vụ công|dịch vụ|
bảo hiểm xã hội|bảo hiểm y tế|bảo hiểm|xã hội|chính phủ|báo chính phủ|công an|Bộ Công an|quốc hội|văn bản|công báo|
pháp luật|thư viện|tra cứu|hỗ trợ|tổng đài|tuyển sinh|tuyển dụng|việc làm|thuế điện tử|hóa đơn điện tử|điện tử|cá nhân|
thông tin|tin tức|cổng thông tin|sức khỏe|đời sống|y tế|tiêm chủng|giáo dục|đào tạo|nông nghiệp|môi trường|
tài nguyên|tài chính|tư pháp|nội vụ|xây dựng|giao thông|đăng kiểm|đăng ký|kinh doanh|doanh nghiệp|đất đai|nhân dân|
đảng cộng sản|tuyên giáo|dân vận|mặt trận|thanh niên|phụ nữ|nông dân|cựu chiến binh|công đoàn|lao động|
thương binh|trẻ em|phòng chống|thiên tai|thời tiết|khí tượng|thủy văn|thủy lợi|khuyến nông|thú y|bảo vệ thực vật|
an toàn thực phẩm|phòng cháy|chữa cháy|cứu nạn|cứu hộ|cảnh sát|biên phòng|quân sự|xuất nhập cảnh|hộ chiếu|
căn cước|định danh|chuyển đổi số|ngân hàng|kho bạc|thống kê|hải quan|mua sắm công|đấu thầu|đấu giá|tòa án|
viện kiểm sát|thanh tra|kiểm toán|bưu điện|nước sạch|điện lực|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|ủy ban|
hội đồng|văn phòng|hành chính công|một cửa|hỏi đáp|phản ánh|kiến nghị|bầu cử|dân số|an sinh|an ninh|an toàn|
người có công|bình đẳng giới|giảm nghèo|nông thôn mới|văn hóa|thể thao|du lịch|khoa học|công nghệ|công thương|
truyền thông|quản lý|thị trường|phát triển|hợp tác xã|khuyến công|học nghề|người lao động|
Sở Y tế|Sở Tài chính|Sở Tư pháp|Sở Nội vụ|Sở Xây dựng|Sở Giáo dục|Sở Công Thương|Sở Nông nghiệp|Bộ Y tế|
Bộ Tài chính|Bộ Tư pháp|Bộ Nội vụ|Bộ Xây dựng|Bộ Giáo dục|Bộ Công Thương|Bộ Nông nghiệp|tổng cục|chi cục|
trung tâm|bệnh viện|kiểm soát bệnh tật|trạm y tế|
Việt Nam|Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|An Giang|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|
Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|
Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|
Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|
Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|
Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Bà Rịa|Vũng Tàu
"""
DOMAIN_WORDS = tuple(word.strip() for word in _WORDS.replace("\n", "").split("|") if word.strip())


def typed(word: str) -> str:
    """How an address types `word`: no marks, "đ" as "d", no spaces ("Nghệ An" -> "nghean")."""
    bare = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch) and not ch.isspace())


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in DOMAIN_WORDS:
        key = typed(word)
        if table.get(key, word) != word:
            raise ValueError(f"{word!r} and {table[key]!r} are both typed {key!r}: neither can be restored")
        table[key] = word
    return table


_TABLE = _table()
_LONGEST = max(map(len, _TABLE))


@lru_cache(maxsize=512)
def domain_words(label: str) -> str | None:
    """The words a label types ("khonggianmang" -> "không gian mạng"), or None when it is not wholly and in one way
    made of DOMAIN_WORDS."""
    label = label.casefold()
    if not label.isascii() or not label.isalpha():
        return None
    # best[i]: (fewest words for label[:i], their reading, or None when two readings tie)
    best: list[tuple[int, str | None] | None] = [None] * (len(label) + 1)
    best[0] = (0, "")
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - _LONGEST), end):
            word, before = _TABLE.get(label[start:end]), best[start]
            if word is None or before is None:
                continue
            count = before[0] + 1
            reading = None if before[1] is None else f"{before[1]} {word}".strip()
            current = best[end]
            if current is None or count < current[0]:
                best[end] = (count, reading)
            elif count == current[0] and current[1] != reading:
                best[end] = (count, None)
    result = best[-1]
    return result[1] if result else None
