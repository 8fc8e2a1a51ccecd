"""Sentences of local-government and social-insurance announcements, read as a listener must hear them.

UNSEEN_CASES are written after real commune loudspeaker texts, BHXH notices and the bulletins of
agriculture, health, traffic and civil-defence offices: rates with a slash, Party and state document
codes, Roman numerals after ranking words, ranges, decimal points, USSD codes and the abbreviations of
commune announcements. HOLDOUT_CASES and HOLDOUT_2_CASES were never used to tune the rules: a case the
rules still miss is marked xfail (strict), so the tables report the holdout scores honestly. HOLDOUT_3_CASES
(89 sentences, written before the rules and the lexicon were read) read 66 of 89 right (74.2 %) when first scored,
88 of 89 after the round of rules and lexicon it prompted. HOLDOUT_4_CASES (46 sentences, written after that round
and never used to tune) read 43 of 46 right (93.5 %) when scored, 46 of 46 after three general rules it prompted.
HOLDOUT_5_CASES (78 sentences, written before the rules were read for them) read 62 of 78 right (79.5 %) when
scored once, 74 of 78 after the round of lexicon and rules it prompted, 78 of 78 once the team decided its
conventions for the other four (a body's name takes capitals; a date after an occasion's word is said bare).
HOLDOUT_6_CASES (181 sentences in 33 topics, by a writer who never read the rules, the lexicon or the pipeline's
history) read 163 of 181 right (90.1 %) when scored once: fourteen errors, four conventions chosen differently;
178 of 181 after the round of general rules and lexicon it prompted (the fourteen errors fixed, the writer's 'Đề án 06'
digit by digit adopted as national media say it, three conventions kept as the house's).
HOLDOUT_7_CASES (165 sentences in 37 topics, by another writer who never read the rules, scored once after that
round) read 153 of 165 right (92.7 %): eight errors, four conventions chosen differently; 161 of 165 after the round
of general rules it prompted (the eight errors fixed, the four conventions kept as the house's).
HOLDOUT_8_CASES (163 sentences in 36 topics, by a third such writer, scored once after that round) read 153 of 163
right (93.9 %): eight errors, two conventions chosen differently; 161 of 163 after the round of general rules it
prompted (a dash between two places after a word of where, the same word before both numbers of a range, weekday
lists, a text's keyword and short number, a gas's formula, litres after a slash, counted nouns abbreviated after a
slash, pH, a programme's number before a comma).
HOLDOUT_9_CASES (165 sentences in 33 topics, by a fourth such writer, scored once after that round) read 154 of 165
right (93.3 %): nine errors, two conventions chosen differently; 163 of 165 after the round of general rules it
prompted (a place named by a date, round the clock, scales with thousands, a quantity four words before a slash,
country calling codes, a force named by its number, micrograms, "cá nhân" in a web address).
HOLDOUT_10_CASES (167 sentences in 33 topics, by a fifth such writer, scored once after that round) read 156 of 167
right (93.4 %; 160 of 167, 95.8 %, as heard: four misses are capitals only): six errors, five conventions; 162 of 167
after the round it prompted (units of electricity, sound, data, pressure and concentration, two numbers over a unit,
an emergency number in an app's name, a Party rule coded QĐ, the Td vaccine).
HOLDOUT_11_CASES (163 sentences in 34 topics, by a sixth such writer, scored once after that round) read 150 of 163
right (92.0 %; 92.6 % as heard): ten errors, three conventions; 160 of 163 after the round it prompted (euros,
temperatures below zero, a time before a colon, school levels after admission words, capitals glued to a variety's
number, country codes after "số", and the lexicon's LLTP, RON, OPV).
HOLDOUT_12_CASES (165 sentences in 33 topics, by a seventh such writer, scored once after the sweep of the tuning
sets below) read 155 of 165 right (93.9 %; 157 of 165, 95.2 %, as heard): four errors, six conventions (two of
capitals only); 159 of 165 after the round it prompted (a bare range of days in a list, "nhóm độc I", a stretch of
coast, a steering committee named by its number).
HOLDOUT_13_CASES (159 sentences in 28 topics, by an eighth such writer, scored once after the sweeps of the three
tuning sets) read 154 of 159 right (96.9 %; 156 of 159, 98.1 %, as heard; 149 of 154, 96.8 %, without the five
sentences within 0.8 difflib of a tuning sentence): two errors, three conventions; 156 of 159 after the round it
prompted (a score after "tỉ số ... là", a power line named by its number).
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.speech import prepare_script, split_sentences

UNSEEN_CASES = [
    # a slash after an amount: a price reads "một <unit>", a ratio of two measures "trên", a period or a count "mỗi"
    ("Giá lợn hơi tại các hộ chăn nuôi ổn định ở mức 60.000 đồng/kg",
     "Giá lợn hơi tại các hộ chăn nuôi ổn định ở mức sáu mươi nghìn đồng một ki lô gam."),
    ("Vụ Đông Xuân năm nay năng suất lúa bình quân đạt 65 tạ/ha",
     "Vụ Đông Xuân năm nay năng suất lúa bình quân đạt sáu mươi lăm tạ trên héc ta."),
    ("Xe cơ giới chạy qua khu dân cư không vượt quá 30 km/h",
     "Xe cơ giới chạy qua khu dân cư không vượt quá ba mươi ki lô mét trên giờ."),
    ("Giá nước sạch sinh hoạt là 6.700 đồng/m³", "Giá nước sạch sinh hoạt là sáu nghìn bảy trăm đồng một mét khối."),
    ("Phí sao chụp tài liệu 2.000 đồng/trang", "Phí sao chụp tài liệu hai nghìn đồng một trang."),
    ("Giá thóc tạm trữ 7.500đ/kg", "Giá thóc tạm trữ bảy nghìn năm trăm đồng một ki lô gam."),
    ("Hỗ trợ 500.000 đồng/ha lúa bị thiệt hại", "Hỗ trợ năm trăm nghìn đồng một héc ta lúa bị thiệt hại."),
    ("Mật độ thả tôm 100 con/m²", "Mật độ thả tôm một trăm con trên mét vuông."),
    ("Phun thuốc với liều lượng 1 lít/ha", "Phun thuốc với liều lượng một lít trên héc ta."),
    ("Mức hỗ trợ 1.500.000 đồng/người/tháng", "Mức hỗ trợ một triệu năm trăm nghìn đồng mỗi người mỗi tháng."),
    ("Tốc độ tối đa trong khu đông dân cư là 40 km/giờ",
     "Tốc độ tối đa trong khu đông dân cư là bốn mươi ki lô mét trên giờ."),
    ("Mỗi con bò cần khoảng 30 kg cỏ/ngày", "Mỗi con bò cần khoảng ba mươi ki lô gam cỏ mỗi ngày."),
    ("Giá dầu diesel giảm 500 đồng/lít", "Giá dầu diesel giảm năm trăm đồng một lít."),
    ("Nhịp tim trên 100 lần/phút cần đi khám ngay", "Nhịp tim trên một trăm lần mỗi phút cần đi khám ngay."),
    ("Hỗ trợ 300.000 đồng/con lợn phải tiêu hủy", "Hỗ trợ ba trăm nghìn đồng mỗi con lợn phải tiêu hủy."),
    ("Đ/c Nguyễn Văn Hùng, Chủ tịch UBND xã chủ trì hội nghị",
     "Đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân xã chủ trì hội nghị."),
    ("Mời các đ/c trong Ban Chỉ đạo dự họp", "Mời các đồng chí trong Ban Chỉ đạo dự họp."),
    # a slash between two alternatives still means "or"
    ("Con/cháu của người có công được hỗ trợ học phí", "Con hoặc cháu của người có công được hỗ trợ học phí."),
    ("Nộp bản sao CCCD/CMND", "Nộp bản sao căn cước công dân hoặc chứng minh nhân dân."),
    ("Cháu/con của thương binh được ưu tiên", "Cháu hoặc con của thương binh được ưu tiên."),
    # Party and state document codes
    ("Thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương",
     "Thực hiện Nghị quyết số hai mươi tám của Ban Chấp hành Trung ương."),
    ("Nghị quyết số 28-NQ/TW về cải cách chính sách BHXH",
     "Nghị quyết số hai mươi tám của Trung ương về cải cách chính sách bảo hiểm xã hội."),
    ("Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
     "Chỉ thị số năm của Trung ương về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
    ("Kế hoạch 125-KH/HU của Ban Thường vụ Huyện ủy",
     "Kế hoạch số một trăm hai mươi lăm của Ban Thường vụ Huyện ủy."),
    ("Chỉ thị 15-CT/TU về công tác phòng, chống thiên tai",
     "Chỉ thị số mười lăm của Tỉnh ủy về công tác phòng, chống thiên tai."),
    ("Kết luận số 69-KL/TW", "Kết luận số sáu mươi chín của Trung ương."),
    ("Quy định số 08-QĐi/TW", "Quy định số tám của Trung ương."),
    ("Thông báo số 45-TB/ĐU của Đảng ủy xã", "Thông báo số bốn mươi lăm của Đảng ủy xã."),
    ("Quyết định 1199/QĐ-TTg của Thủ tướng Chính phủ",
     "Quyết định số một nghìn một trăm chín mươi chín của Thủ tướng Chính phủ."),
    ("Kế hoạch số 210/KH-UBND ngày 12/3/2025 của UBND huyện",
     "Kế hoạch số hai trăm mười ngày mười hai tháng ba năm hai nghìn không trăm hai mươi lăm "
     "của Ủy ban nhân dân huyện."),
    ("Theo hướng dẫn tại NĐ-CP và QĐ-TTg",
     "Theo hướng dẫn tại Nghị định của Chính phủ và Quyết định của Thủ tướng Chính phủ."),
    ("Triển khai văn bản KH-UBND và CT/TU", "Triển khai văn bản Kế hoạch của Ủy ban nhân dân và Chỉ thị của Tỉnh ủy."),
    # Roman numerals after ordinals and ranking words
    ("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội đại biểu toàn quốc lần thứ mười ba của Đảng."),
    ("Bệnh viện Đa khoa huyện là bệnh viện hạng III", "Bệnh viện Đa khoa huyện là bệnh viện hạng ba."),
    ("Giai đoạn II của dự án nước sạch", "Giai đoạn hai của dự án nước sạch."),
    ("Hội nghị lần thứ I Ban Chấp hành Đảng bộ xã", "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã."),
    ("Kỳ họp thứ IV, HĐND xã khóa XXI", "Kỳ họp thứ tư, Hội đồng nhân dân xã khóa hai mươi mốt."),
    ("Tiêm vắc xin đợt II cho trẻ dưới 5 tuổi", "Tiêm vắc xin đợt hai cho trẻ dưới năm tuổi."),
    ("Mực nước sông Lam vượt báo động III", "Mực nước sông Lam vượt báo động ba."),
    ("Xã đạt chuẩn nông thôn mới giai đoạn I", "Xã đạt chuẩn nông thôn mới giai đoạn một."),
    ("Thị xã được công nhận đô thị loại IV", "Thị xã được công nhận đô thị loại bốn."),
    ("Bệnh viện hạng I của tỉnh", "Bệnh viện hạng một của tỉnh."),
    # abbreviations of commune announcements
    ("Tăng cường công tác PCCC trong mùa hanh khô", "Tăng cường công tác phòng cháy, chữa cháy trong mùa hanh khô."),
    ("Kiểm tra ATTP tại các bếp ăn tập thể", "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể."),
    ("Bảo đảm ASXH cho người dân vùng ĐBSCL",
     "Bảo đảm an sinh xã hội cho người dân vùng Đồng bằng sông Cửu Long."),
    ("Bộ phận một cửa làm việc từ thứ 2 đến CN", "Bộ phận một cửa làm việc từ thứ hai đến chủ nhật."),
    ("Điểm tiêm chủng mở cửa T2 - CN", "Điểm tiêm chủng mở cửa thứ hai đến chủ nhật."),
    ("Trụ sở BHXH Tp Vinh", "Trụ sở Bảo hiểm xã hội thành phố Vinh."),
    ("Phòng LĐ-TB&XH huyện thông báo", "Phòng Lao động Thương binh và Xã hội huyện thông báo."),
    ("Sở LĐ-TB&XH tỉnh Nghệ An", "Sở Lao động Thương binh và Xã hội tỉnh Nghệ An."),
    ("Sở TN&MT phối hợp Sở VH-TT&DL",
     "Sở Tài nguyên và Môi trường phối hợp Sở Văn hóa, Thể thao và Du lịch."),
    ("Phòng GD&ĐT huyện và Sở NN&PTNT",
     "Phòng Giáo dục và Đào tạo huyện và Sở Nông nghiệp và Phát triển nông thôn."),
    ("MTTQ và các đoàn thể", "Mặt trận Tổ quốc và các đoàn thể."),
    ("Đăng ký cấp CCCD gắn chíp", "Đăng ký cấp căn cước công dân gắn chíp."),
    ("BCĐ phòng chống dịch xã họp", "Ban Chỉ đạo phòng chống dịch xã họp."),
    ("Tháng cao điểm ATGT", "Tháng cao điểm an toàn giao thông."),
    ("Phòng, chống SXH và bệnh TCM", "Phòng, chống sốt xuất huyết và bệnh tay chân miệng."),
    ("Ban CHQS xã thông báo lịch khám sức khỏe NVQS",
     "Ban Chỉ huy quân sự xã thông báo lịch khám sức khỏe nghĩa vụ quân sự."),
    ("Công tác PCTT&TKCN năm 2025",
     "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm hai nghìn không trăm hai mươi lăm."),
    ("Lực lượng PCCC&CNCH có mặt kịp thời",
     "Lực lượng phòng cháy, chữa cháy và cứu nạn, cứu hộ có mặt kịp thời."),
    ("Người vi phạm nồng độ cồn bị tước GPLX", "Người vi phạm nồng độ cồn bị tước giấy phép lái xe."),
    ("Tiêm phòng LMLM cho đàn trâu bò", "Tiêm phòng lở mồm long móng cho đàn trâu bò."),
    ("Khoanh vùng ổ dịch DTLCP tại thôn 3", "Khoanh vùng ổ dịch dịch tả lợn châu Phi tại thôn ba."),
    ("Hướng dẫn xây dựng NTM nâng cao", "Hướng dẫn xây dựng nông thôn mới nâng cao."),
    ("Trạm BVTV huyện khuyến cáo", "Trạm bảo vệ thực vật huyện khuyến cáo."),
    ("Công chức VH-XH và công chức TP-HT của xã",
     "Công chức văn hóa, xã hội và công chức tư pháp, hộ tịch của xã."),
    ("Công chức ĐC-XD xã kiểm tra hiện trường", "Công chức địa chính, xây dựng xã kiểm tra hiện trường."),
    ("Hội NCT và Hội NKT xã", "Hội người cao tuổi và Hội người khuyết tật xã."),
    ("Đóng thuế TNCN", "Đóng thuế thu nhập cá nhân."),
    ("Tuyên truyền phòng, chống HIV/AIDS", "Tuyên truyền phòng, chống hát i vê ết."),
    ("Cơ sở kinh doanh phải bảo đảm VSATTP", "Cơ sở kinh doanh phải bảo đảm vệ sinh an toàn thực phẩm."),
    # ranges with a unit on both ends
    ("Ngân sách hỗ trợ từ 45% - 75% mức đóng",
     "Ngân sách hỗ trợ từ bốn mươi lăm phần trăm đến bảy mươi lăm phần trăm mức đóng."),
    ("Tiếp công dân từ 8h - 11h sáng thứ 5", "Tiếp công dân từ tám giờ đến mười một giờ sáng thứ năm."),
    ("Thời gian thu BHYT HSSV từ 1/7 - 31/12",
     "Thời gian thu bảo hiểm y tế học sinh, sinh viên từ ngày một tháng bảy đến ngày ba mươi mốt tháng mười hai."),
    ("Mức lương từ 2.000.000 - 3.000.000 đồng", "Mức lương từ hai triệu đến ba triệu đồng."),
    ("Phạt tiền từ 800.000đ - 1.000.000đ", "Phạt tiền từ tám trăm nghìn đồng đến một triệu đồng."),
    ("Nhiệt độ cao nhất 37 - 39 độ C", "Nhiệt độ cao nhất ba mươi bảy đến ba mươi chín độ xê."),
    ("Cao điểm mưa bão từ tháng 9 - tháng 11", "Cao điểm mưa bão từ tháng chín đến tháng mười một."),
    # a decimal point before nghìn, triệu, tỷ
    ("Hỗ trợ 1.5 triệu đồng cho mỗi hộ", "Hỗ trợ một phẩy năm triệu đồng cho mỗi hộ."),
    ("Tổng kinh phí 2.5 tỷ đồng", "Tổng kinh phí hai phẩy năm tỷ đồng."),
    ("Dự toán 1.500 triệu đồng", "Dự toán một nghìn năm trăm triệu đồng."),
    # USSD codes
    ("Bấm *9068# để tra cứu", "Bấm sao chín không sáu tám thăng để tra cứu."),
    ("Kiểm tra tài khoản bằng cách bấm *101#", "Kiểm tra tài khoản bằng cách bấm sao một không một thăng."),
    # civil defence, farming, health and traffic bulletins
    ("Áp thấp nhiệt đới (ATNĐ) cách đảo Hòn Ngư khoảng 150 km",
     "Áp thấp nhiệt đới cách đảo Hòn Ngư khoảng một trăm năm mươi ki lô mét."),
    ("Mực nước sông Cả tại Nam Đàn ở mức 7,5 m, trên BĐ II 0,5 m",
     "Mực nước sông Cả tại Nam Đàn ở mức bảy phẩy năm mét, trên báo động hai không phẩy năm mét."),
    ("Mưa lớn từ 100 - 200 mm, có nơi trên 250 mm",
     "Mưa lớn từ một trăm đến hai trăm mi li mét, có nơi trên hai trăm năm mươi mi li mét."),
    ("Tiêm phòng dại cho chó, mèo; mức thu 50.000đ/con",
     "Tiêm phòng dại cho chó, mèo; mức thu năm mươi nghìn đồng mỗi con."),
    ("Hỗ trợ giống lúa 30 kg/ha, phân bón 200 kg/ha",
     "Hỗ trợ giống lúa ba mươi ki lô gam trên héc ta, phân bón hai trăm ki lô gam trên héc ta."),
    ("Giá phân Urê tăng 1.000 - 1.500 đồng/kg",
     "Giá phân Urê tăng một nghìn đến một nghìn năm trăm đồng một ki lô gam."),
    ("Đóng BHYT HGĐ: người thứ nhất đóng 1.263.600 đồng/năm",
     "Đóng bảo hiểm y tế hộ gia đình: người thứ nhất đóng một triệu hai trăm sáu mươi ba nghìn sáu trăm đồng "
     "mỗi năm."),
    ("Đ/c Chủ tịch UBND xã yêu cầu các thôn, xóm triển khai ngay",
     "Đồng chí Chủ tịch Ủy ban nhân dân xã yêu cầu các thôn, xóm triển khai ngay."),
    ("Thời gian tiêm: 7h30 - 11h00, thứ 2 - thứ 6 hằng tuần",
     "Thời gian tiêm: bảy giờ ba mươi phút đến mười một giờ, thứ hai đến thứ sáu hằng tuần."),
    ("Nghị định 168/2024/NĐ-CP quy định xử phạt vi phạm hành chính về trật tự, ATGT đường bộ",
     "Nghị định số một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ quy định xử phạt "
     "vi phạm hành chính về trật tự, an toàn giao thông đường bộ."),
    # units with no number, weekends, the Roman headings of a plan
    ("Tốc độ tối đa (km/h) ghi trên biển báo", "Tốc độ tối đa, ki lô mét trên giờ, ghi trên biển báo."),
    ("Bảng giá thu mua (đồng/kg)", "Bảng giá thu mua, đồng một ki lô gam."),
    ("Bộ phận một cửa nghỉ thứ 7/CN", "Bộ phận một cửa nghỉ thứ bảy, chủ nhật."),
    ("I. MỤC ĐÍCH, YÊU CẦU", "Phần một, mục đích, yêu cầu."),
    ("IV. Kinh phí thực hiện", "Phần bốn, Kinh phí thực hiện."),
    # plain notices that must keep reading right
    ("Mức đóng BHYT hộ gia đình người thứ nhất bằng 4,5% mức lương cơ sở",
     "Mức đóng bảo hiểm y tế hộ gia đình người thứ nhất bằng bốn phẩy năm phần trăm mức lương cơ sở."),
    ("Lương cơ sở từ 1/7/2024 là 2.340.000 đồng/tháng",
     "Lương cơ sở từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư là hai triệu ba trăm bốn mươi "
     "nghìn đồng mỗi tháng."),
    ("Liên hệ đại lý thu BHXH, BHYT tại thôn hoặc gọi 1900 9068",
     "Liên hệ đại lý thu bảo hiểm xã hội, bảo hiểm y tế tại thôn hoặc gọi một chín không không, chín không sáu tám."),
]

HOLDOUT_CASES = [
    ("Giá bán gà thả vườn 85.000 đồng/kg", "Giá bán gà thả vườn tám mươi lăm nghìn đồng một ki lô gam."),
    ("Năng suất ngô ước đạt 55 tạ/ha", "Năng suất ngô ước đạt năm mươi lăm tạ trên héc ta."),
    ("Tàu thuyền chạy với tốc độ 15 km/h", "Tàu thuyền chạy với tốc độ mười lăm ki lô mét trên giờ."),
    ("Lệ phí cấp bản sao 3.000 đồng/bản", "Lệ phí cấp bản sao ba nghìn đồng một bản."),
    ("Đ/c Trần Thị Lan, Bí thư Đảng ủy xã phát biểu", "Đồng chí Trần Thị Lan, Bí thư Đảng ủy xã phát biểu."),
    ("Thực hiện Chỉ thị số 45-CT/TW của Ban Bí thư", "Thực hiện Chỉ thị số bốn mươi lăm của Ban Bí thư."),
    ("Đại hội Đoàn TNCS Hồ Chí Minh xã lần thứ XXV",
     "Đại hội Đoàn thanh niên cộng sản Hồ Chí Minh xã lần thứ hai mươi lăm."),
    ("Trạm y tế xã đạt chuẩn hạng IV", "Trạm y tế xã đạt chuẩn hạng bốn."),
    ("Đợt III tiêm vắc xin sởi", "Đợt ba tiêm vắc xin sởi."),
    ("Tuyên truyền về ATVSTP trong dịp Tết", "Tuyên truyền về an toàn vệ sinh thực phẩm trong dịp Tết."),
    ("Trạm khuyến nông tập huấn KHKT cho nông dân", "Trạm khuyến nông tập huấn khoa học kỹ thuật cho nông dân."),
    ("Sở KH&CN tổ chức hội thảo", "Sở Khoa học và Công nghệ tổ chức hội thảo."),
    ("Trẻ em từ 6 - 15 tuổi", "Trẻ em từ sáu đến mười lăm tuổi."),
    ("Giảm giá từ 10% - 20%", "Giảm giá từ mười phần trăm đến hai mươi phần trăm."),
    ("Hỗ trợ 3.5 triệu đồng mỗi tháng", "Hỗ trợ ba phẩy năm triệu đồng mỗi tháng."),
    ("Nạp tiền bằng cú pháp *100*mã thẻ#", "Nạp tiền bằng cú pháp sao một không không sao mã thẻ thăng."),
    ("Lịch trực PCCC ngày thứ 7, CN", "Lịch trực phòng cháy, chữa cháy ngày thứ bảy, chủ nhật."),
    ("Thời gian làm việc 7h30 - 11h30 và 13h30 - 17h",
     "Thời gian làm việc bảy giờ ba mươi phút đến mười một giờ ba mươi phút và mười ba giờ ba mươi phút "
     "đến mười bảy giờ."),
    ("Người dân vùng ĐBSCL chủ động phòng, chống hạn mặn",
     "Người dân vùng Đồng bằng sông Cửu Long chủ động phòng, chống hạn mặn."),
    ("Phòng TC-KH huyện thông báo", "Phòng Tài chính, Kế hoạch huyện thông báo."),
    ("Khu dân cư số 5 đạt danh hiệu KDC văn hóa", "Khu dân cư số năm đạt danh hiệu khu dân cư văn hóa."),
    ("Xử phạt xe máy chạy quá tốc độ từ 5 - 10 km/h",
     "Xử phạt xe máy chạy quá tốc độ từ năm đến mười ki lô mét trên giờ."),
]

# A second holdout, written after the first was scored and before the lexicon was widened to the abbreviations
# of commune texts at large; scored once, after that.
HOLDOUT_2_CASES = [
    ("Giá cá rô phi thương phẩm 40.000 đồng/kg", "Giá cá rô phi thương phẩm bốn mươi nghìn đồng một ki lô gam."),
    ("Mưa to đến rất to với lượng mưa phổ biến 150 - 250 mm",
     "Mưa to đến rất to với lượng mưa phổ biến một trăm năm mươi đến hai trăm năm mươi mi li mét."),
    ("Đ/c Phó Chủ tịch UBND xã trực tiếp chỉ đạo", "Đồng chí Phó Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo."),
    ("Quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị", "Quán triệt Nghị quyết số năm mươi bảy của Bộ Chính trị."),
    ("Hội nghị lần thứ II Ban Chấp hành Đảng bộ huyện khóa XXV",
     "Hội nghị lần thứ hai Ban Chấp hành Đảng bộ huyện khóa hai mươi lăm."),
    ("Cảnh báo lũ trên sông Lam ở mức BĐ III", "Cảnh báo lũ trên sông Lam ở mức báo động ba."),
    ("Thu hoạch lúa Hè Thu đạt 58 tạ/ha", "Thu hoạch lúa Hè Thu đạt năm mươi tám tạ trên héc ta."),
    ("Hỗ trợ 2 triệu đồng/người cho người cao tuổi", "Hỗ trợ hai triệu đồng mỗi người cho người cao tuổi."),
    ("Thôn trưởng/Tổ trưởng TDP chịu trách nhiệm", "Thôn trưởng hoặc Tổ trưởng tổ dân phố chịu trách nhiệm."),
    ("Lịch TCMR tháng này vào ngày 25", "Lịch tiêm chủng mở rộng tháng này vào ngày hai mươi lăm."),
    ("Đăng ký tài khoản ĐDĐT mức độ 2 trên VNeID",
     "Đăng ký tài khoản định danh điện tử mức độ hai trên vê en e ai đi."),
    ("Vận động hộ cận nghèo tham gia BHYT, ngân sách hỗ trợ 70% mức đóng",
     "Vận động hộ cận nghèo tham gia bảo hiểm y tế, ngân sách hỗ trợ bảy mươi phần trăm mức đóng."),
    ("Tuyển sinh lớp 10 THPT năm học 2025 - 2026",
     "Tuyển sinh lớp mười trung học phổ thông năm học hai nghìn không trăm hai mươi lăm đến "
     "hai nghìn không trăm hai mươi sáu."),
    ("Không chở quá 2 người/xe máy", "Không chở quá hai người mỗi xe máy."),
    ("Phun khử trùng 1 lần/tuần tại các chợ", "Phun khử trùng một lần mỗi tuần tại các chợ."),
    ("Bấm *8079# để nhận thông tin BHXH", "Bấm sao tám không bảy chín thăng để nhận thông tin bảo hiểm xã hội."),
    ("Lãi suất cho vay 0.65%/tháng", "Lãi suất cho vay không phẩy sáu mươi lăm phần trăm mỗi tháng."),
    ("Hỗ trợ 2.5 triệu đồng cho mỗi người đi XKLĐ",
     "Hỗ trợ hai phẩy năm triệu đồng cho mỗi người đi xuất khẩu lao động."),
    ("Sản phẩm OCOP đạt 3 sao", "Sản phẩm ô cốp đạt ba sao."),
    ("Diện tích bị ngập sâu từ 0,5 - 1 m", "Diện tích bị ngập sâu từ không phẩy năm đến một mét."),
    ("Phòng KT-HT huyện cấp GPXD", "Phòng Kinh tế và Hạ tầng huyện cấp giấy phép xây dựng."),
    ("Ưu tiên con em đồng bào DTTS", "Ưu tiên con em đồng bào dân tộc thiểu số."),
    ("Mở lớp bồi dưỡng LLCT cho đảng viên mới", "Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới."),
    ("Khám sàng lọc THA, ĐTĐ cho người cao tuổi",
     "Khám sàng lọc tăng huyết áp, đái tháo đường cho người cao tuổi."),
]

# A third holdout, 89 sentences written before the rules and the lexicon were read (social and health insurance,
# commune notices and addresses, elections, agriculture, weather, health, tax, school, police, codes); scored once
# before any change: 66 of 89 (74.2 %). Expectations are strict: a reading that differs only in case or in a
# variant wording counts as a miss.
HOLDOUT_3_CASES = [
    # social and health insurance
    ("Từ ngày 1/7/2025, Luật BHXH số 41/2024/QH15 chính thức có hiệu lực",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, Luật Bảo hiểm xã hội số bốn mươi mốt năm hai nghìn "
     "không trăm hai mươi tư của Quốc hội khóa mười lăm chính thức có hiệu lực."),
    ("Người tham gia BHXH tự nguyện thuộc hộ nghèo được NSNN hỗ trợ 50% mức đóng",
     "Người tham gia bảo hiểm xã hội tự nguyện thuộc hộ nghèo được ngân sách nhà nước hỗ trợ năm mươi phần trăm "
     "mức đóng."),
    ("Chuẩn hộ nghèo khu vực nông thôn là 2.000.000 đồng/người/tháng",
     "Chuẩn hộ nghèo khu vực nông thôn là hai triệu đồng mỗi người mỗi tháng."),
    ("Thẻ BHYT năm 2026 có giá trị sử dụng từ ngày 01/01/2026",
     "Thẻ bảo hiểm y tế năm hai nghìn không trăm hai mươi sáu có giá trị sử dụng từ ngày một tháng một năm hai nghìn "
     "không trăm hai mươi sáu."),
    ("Người bệnh KCB đúng tuyến được quỹ BHYT chi trả 80% chi phí",
     "Người bệnh khám chữa bệnh đúng tuyến được quỹ bảo hiểm y tế chi trả tám mươi phần trăm chi phí."),
    ("Tra cứu quá trình đóng BHXH trên ứng dụng VssID hoặc gọi 1900 9068",
     "Tra cứu quá trình đóng bảo hiểm xã hội trên ứng dụng vê ét ét i đê hoặc gọi một chín không không, "
     "chín không sáu tám."),
    ("Trợ cấp hưu trí xã hội 500.000 đồng/tháng cho người từ đủ 75 tuổi",
     "Trợ cấp hưu trí xã hội năm trăm nghìn đồng mỗi tháng cho người từ đủ bảy mươi lăm tuổi."),
    ("Đại lý thu BHXH, BHYT xã Nghi Phong: bà Nguyễn Thị Hoa, ĐT 0912 456 789",
     "Đại lý thu bảo hiểm xã hội, bảo hiểm y tế xã Nghi Phong: bà Nguyễn Thị Hoa, điện thoại không chín một hai, "
     "bốn năm sáu, bảy tám chín."),
    ("Mức đóng BHXH tự nguyện bằng 22% mức thu nhập tháng do người tham gia lựa chọn",
     "Mức đóng bảo hiểm xã hội tự nguyện bằng hai mươi hai phần trăm mức thu nhập tháng do người tham gia lựa chọn."),
    ("Học sinh, sinh viên được NSNN hỗ trợ tối thiểu 50% mức đóng BHYT",
     "Học sinh, sinh viên được ngân sách nhà nước hỗ trợ tối thiểu năm mươi phần trăm mức đóng bảo hiểm y tế."),
    ("Hồ sơ hưởng chế độ ốm đau nộp tại BHXH cơ sở trong 45 ngày",
     "Hồ sơ hưởng chế độ ốm đau nộp tại Bảo hiểm xã hội cơ sở trong bốn mươi lăm ngày."),
    ("Tham gia BHTN để được hỗ trợ học nghề và tìm việc làm",
     "Tham gia bảo hiểm thất nghiệp để được hỗ trợ học nghề và tìm việc làm."),
    # commune and ward notices, addresses, documents
    ("UBND xã thông báo: Bộ phận TN&TKQ làm việc từ thứ 2 đến thứ 6",
     "Ủy ban nhân dân xã thông báo: Bộ phận tiếp nhận và trả kết quả làm việc từ thứ hai đến thứ sáu."),
    ("Thực hiện Kế hoạch số 85/KH-UBND ngày 10/3/2025 của UBND huyện",
     "Thực hiện Kế hoạch số tám mươi lăm ngày mười tháng ba năm hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân "
     "huyện."),
    ("Căn cứ Quyết định số 2345/QĐ-UBND ngày 20/8/2025 của UBND tỉnh Nghệ An",
     "Căn cứ Quyết định số hai nghìn ba trăm bốn mươi lăm ngày hai mươi tháng tám năm hai nghìn không trăm hai mươi "
     "lăm "
     "của Ủy ban nhân dân tỉnh Nghệ An."),
    ("Thông báo số 12/TB-UBND về lịch tiếp công dân tháng 11",
     "Thông báo số mười hai của Ủy ban nhân dân về lịch tiếp công dân tháng mười một."),
    ("Nhà văn hóa xóm 3, số 25 ngõ 120 đường Trần Phú",
     "Nhà văn hóa xóm ba, số hai mươi lăm ngõ một trăm hai mươi đường Trần Phú."),
    ("Liên hệ số nhà 8, ngách 15, ngõ 64 phố Nguyễn Trãi",
     "Liên hệ số nhà tám, ngách mười lăm, ngõ sáu mươi tư phố Nguyễn Trãi."),
    ("Điểm thu nằm tại hẻm 45/12 đường Lê Lợi, P. An Hòa",
     "Điểm thu nằm tại hẻm bốn mươi lăm trên mười hai đường Lê Lợi, phường An Hòa."),
    ("Trụ sở UBND phường mới tại số 2 đường Lê Hồng Phong, TP. Vinh",
     "Trụ sở Ủy ban nhân dân phường mới tại số hai đường Lê Hồng Phong, thành phố Vinh."),
    ("Đ/c Bí thư Chi bộ và Trưởng thôn chủ trì họp dân lúc 19h30",
     "Đồng chí Bí thư Chi bộ và Trưởng thôn chủ trì họp dân lúc mười chín giờ ba mươi phút."),
    ("Họp dân vào lúc 19 giờ 30 phút tối thứ 7 tại nhà văn hóa thôn",
     "Họp dân vào lúc mười chín giờ ba mươi phút tối thứ bảy tại nhà văn hóa thôn."),
    ("Đề nghị các hộ gia đình nộp quỹ PCTT năm 2025 trước ngày 30/9",
     "Đề nghị các hộ gia đình nộp quỹ phòng, chống thiên tai năm hai nghìn không trăm hai mươi lăm trước ngày ba mươi "
     "tháng chín."),
    ("Thực hiện Chương trình MTQG xây dựng NTM giai đoạn 2021 - 2025",
     "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn hai nghìn không trăm hai mươi mốt đến "
     "hai nghìn không trăm hai mươi lăm."),
    ("Ban Thường trực UBMTTQ xã phối hợp Hội LHPN và Đoàn TN tổ chức ra quân",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã phối hợp Hội Liên hiệp Phụ nữ và Đoàn thanh niên tổ chức ra quân."),
    ("Hội ND xã tổ chức tập huấn cho hội viên", "Hội Nông dân xã tổ chức tập huấn cho hội viên."),
    ("Tổng số 1.245 hộ, đạt 98,5% kế hoạch", "Tổng số một nghìn hai trăm bốn mươi lăm hộ, đạt chín mươi tám phẩy năm "
     "phần trăm kế hoạch."),
    ("Thôn Đông có 312/320 hộ đạt danh hiệu gia đình văn hóa",
     "Thôn Đông có ba trăm mười hai trên ba trăm hai mươi hộ đạt danh hiệu gia đình văn hóa."),
    ("Phát triển KT-XH, bảo đảm QP-AN trên địa bàn xã",
     "Phát triển kinh tế, xã hội, bảo đảm quốc phòng, an ninh trên địa bàn xã."),
    ("Cán bộ, công chức thực hiện TTHC trên Cổng DVC quốc gia",
     "Cán bộ, công chức thực hiện thủ tục hành chính trên Cổng dịch vụ công quốc gia."),
    ("Nộp hồ sơ trực tuyến tại dichvucong.gov.vn",
     "Nộp hồ sơ trực tuyến tại dịch vụ công chấm gờ o vê chấm vê nờ."),
    ("Thông tin chi tiết xem tại www.baohiemxahoi.gov.vn",
     "Thông tin chi tiết xem tại bảo hiểm xã hội chấm gờ o vê chấm vê nờ."),
    # elections
    ("Ngày 15/3/2026, cử tri đi bầu cử ĐBQH khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031",
     "Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu, cử tri đi bầu cử đại biểu Quốc hội khóa mười sáu "
     "và "
     "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi "
     "mốt."),
    ("Cử tri thôn 2 bỏ phiếu tại KVBP số 3, nhà văn hóa thôn",
     "Cử tri thôn hai bỏ phiếu tại khu vực bỏ phiếu số ba, nhà văn hóa thôn."),
    ("Việc bỏ phiếu bắt đầu từ 7 giờ sáng và kết thúc vào 19 giờ cùng ngày",
     "Việc bỏ phiếu bắt đầu từ bảy giờ sáng và kết thúc vào mười chín giờ cùng ngày."),
    ("Tổ bầu cử số 05 niêm yết danh sách cử tri", "Tổ bầu cử số năm niêm yết danh sách cử tri."),
    ("Đại hội Đảng bộ xã lần thứ XXIII, nhiệm kỳ 2025 - 2030",
     "Đại hội Đảng bộ xã lần thứ hai mươi ba, nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba "
     "mươi."),
    ("Học tập Nghị quyết Đại hội XIV của Đảng", "Học tập Nghị quyết Đại hội mười bốn của Đảng."),
    # agriculture
    ("Rầy nâu gây hại với mật độ 3.000 - 5.000 con/m²",
     "Rầy nâu gây hại với mật độ ba nghìn đến năm nghìn con trên mét vuông."),
    ("Giá cà phê nhân xô hôm nay 120.000đ/kg",
     "Giá cà phê nhân xô hôm nay một trăm hai mươi nghìn đồng một ki lô gam."),
    ("Lượng giống gieo sạ từ 80 - 100 kg/ha", "Lượng giống gieo sạ từ tám mươi đến một trăm ki lô gam trên héc ta."),
    ("Trạm Khuyến nông khuyến cáo bà con bón phân NPK 16-16-8",
     "Trạm Khuyến nông khuyến cáo bà con bón phân en pê ca mười sáu, mười sáu, tám."),
    ("HTX dịch vụ nông nghiệp thu mua lúa tươi 6.800 đồng/kg",
     "Hợp tác xã dịch vụ nông nghiệp thu mua lúa tươi sáu nghìn tám trăm đồng một ki lô gam."),
    ("Sản xuất lúa theo tiêu chuẩn VietGAP trên diện tích 50 ha",
     "Sản xuất lúa theo tiêu chuẩn việt gáp trên diện tích năm mươi héc ta."),
    ("Không sử dụng thuốc BVTV trong vòng 7 ngày trước khi thu hoạch",
     "Không sử dụng thuốc bảo vệ thực vật trong vòng bảy ngày trước khi thu hoạch."),
    ("Tiêm vắc xin phòng bệnh VDNC cho đàn trâu bò", "Tiêm vắc xin phòng bệnh viêm da nổi cục cho đàn trâu bò."),
    ("Đàn lợn của xã hiện có 12.500 con, tăng 8% so với cùng kỳ",
     "Đàn lợn của xã hiện có mười hai nghìn năm trăm con, tăng tám phần trăm so với cùng kỳ."),
    # weather and disasters
    ("Hồi 7 giờ ngày 24/10, vị trí tâm bão ở vào khoảng 17,5 độ Vĩ Bắc; 112,3 độ Kinh Đông",
     "Hồi bảy giờ ngày hai mươi tư tháng mười, vị trí tâm bão ở vào khoảng mười bảy phẩy năm độ Vĩ Bắc; một trăm mười "
     "hai phẩy ba độ Kinh Đông."),
    ("Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 10 - 11, giật cấp 13",
     "Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười đến mười một, giật cấp mười ba."),
    ("Bão di chuyển theo hướng Tây Tây Bắc, tốc độ 15 - 20 km/h",
     "Bão di chuyển theo hướng Tây Tây Bắc, tốc độ mười lăm đến hai mươi ki lô mét trên giờ."),
    ("Rủi ro thiên tai do bão cấp độ 4", "Rủi ro thiên tai do bão cấp độ bốn."),
    ("Nắng nóng gay gắt, nhiệt độ cao nhất 38 - 40°C, độ ẩm thấp nhất 45 - 50%",
     "Nắng nóng gay gắt, nhiệt độ cao nhất ba mươi tám đến bốn mươi độ xê, độ ẩm thấp nhất bốn mươi lăm đến năm mươi "
     "phần trăm."),
    ("Hồ thủy điện xả lũ với lưu lượng 1.200 m³/s",
     "Hồ thủy điện xả lũ với lưu lượng một nghìn hai trăm mét khối trên giây."),
    ("Ban Chỉ huy PCTT&TKCN xã yêu cầu di dời 35 hộ dân ra khỏi vùng nguy hiểm",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã yêu cầu di dời ba mươi lăm hộ dân ra khỏi vùng nguy "
     "hiểm."),
    ("Mực nước sông Hiếu lên mức BĐ2 lúc 16h hôm nay",
     "Mực nước sông Hiếu lên mức báo động hai lúc mười sáu giờ hôm nay."),
    ("Theo Trung tâm Dự báo KTTV quốc gia, đêm nay có mưa to",
     "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, đêm nay có mưa to."),
    # health
    ("Trạm Y tế xã tổ chức TCMR vào ngày 25 hằng tháng, từ 7h30 đến 11h",
     "Trạm Y tế xã tổ chức tiêm chủng mở rộng vào ngày hai mươi lăm hằng tháng, từ bảy giờ ba mươi phút đến mười một "
     "giờ."),
    ("Trẻ có dấu hiệu sốt cao trên 38,5°C cần đưa đến cơ sở y tế",
     "Trẻ có dấu hiệu sốt cao trên ba mươi tám phẩy năm độ xê cần đưa đến cơ sở y tế."),
    ("Toàn xã ghi nhận 15 ca SXH, tăng 5 ca so với tuần trước",
     "Toàn xã ghi nhận mười lăm ca sốt xuất huyết, tăng năm ca so với tuần trước."),
    ("Uống vitamin A liều 200.000 đơn vị cho trẻ từ 36 - 60 tháng tuổi",
     "Uống vitamin A liều hai trăm nghìn đơn vị cho trẻ từ ba mươi sáu đến sáu mươi tháng tuổi."),
    ("Khám sức khỏe miễn phí tại BVĐK huyện", "Khám sức khỏe miễn phí tại Bệnh viện Đa khoa huyện."),
    ("Người dân gọi 115 khi cần cấp cứu", "Người dân gọi một một năm khi cần cấp cứu."),
    # tax
    ("Hạn cuối quyết toán thuế TNCN năm 2024 là ngày 2/5/2025",
     "Hạn cuối quyết toán thuế thu nhập cá nhân năm hai nghìn không trăm hai mươi tư là ngày hai tháng năm năm hai "
     "nghìn "
     "không trăm hai mươi lăm."),
    ("Hộ kinh doanh có doanh thu trên 1 tỷ đồng/năm phải dùng HĐĐT",
     "Hộ kinh doanh có doanh thu trên một tỷ đồng mỗi năm phải dùng hóa đơn điện tử."),
    ("Thuế suất thuế GTGT giảm từ 10% xuống 8%",
     "Thuế suất thuế giá trị gia tăng giảm từ mười phần trăm xuống tám phần trăm."),
    ("Chi cục Thuế khu vực III thông báo lịch hỗ trợ người nộp thuế",
     "Chi cục Thuế khu vực ba thông báo lịch hỗ trợ người nộp thuế."),
    ("Người nộp thuế tra cứu MST cá nhân trên ứng dụng eTax Mobile",
     "Người nộp thuế tra cứu mã số thuế cá nhân trên ứng dụng i tắc mô bai."),
    ("Lệ phí trước bạ nhà đất là 0,5% giá tính lệ phí",
     "Lệ phí trước bạ nhà đất là không phẩy năm phần trăm giá tính lệ phí."),
    # school
    ("Học sinh các trường MN, TH, THCS tựu trường ngày 2/9 và khai giảng ngày 5/9",
     "Học sinh các trường mầm non, tiểu học, trung học cơ sở tựu trường ngày hai tháng chín và khai giảng ngày năm "
     "tháng chín."),
    ("Kỳ thi tốt nghiệp THPT năm 2025 diễn ra trong 2 ngày 26 và 27/6",
     "Kỳ thi tốt nghiệp trung học phổ thông năm hai nghìn không trăm hai mươi lăm diễn ra trong hai ngày hai mươi sáu "
     "và hai mươi bảy tháng sáu."),
    ("Trường TH&THCS Nghi Phong tuyển sinh lớp 1 và lớp 6",
     "Trường tiểu học và trung học cơ sở Nghi Phong tuyển sinh lớp một và lớp sáu."),
    ("Đề nghị PHHS nhắc nhở con em không tắm sông, suối",
     "Đề nghị phụ huynh học sinh nhắc nhở con em không tắm sông, suối."),
    ("Chương trình GDPT 2018 áp dụng cho tất cả các khối lớp",
     "Chương trình giáo dục phổ thông hai nghìn không trăm mười tám áp dụng cho tất cả các khối lớp."),
    # police and traffic
    ("Người điều khiển xe máy vi phạm nồng độ cồn bị phạt từ 6 - 8 triệu đồng",
     "Người điều khiển xe máy vi phạm nồng độ cồn bị phạt từ sáu đến tám triệu đồng."),
    ("CSGT huyện tổng kiểm soát phương tiện trên QL1A",
     "Cảnh sát giao thông huyện tổng kiểm soát phương tiện trên quốc lộ một A."),
    ("Phát hiện đối tượng khả nghi, báo ngay cho Công an xã qua số 0238.3861.113",
     "Phát hiện đối tượng khả nghi, báo ngay cho Công an xã qua số không hai ba tám, ba tám sáu một, một một ba."),
    ("Đảm bảo ANTT, TTATGT trong dịp Tết Nguyên đán",
     "Đảm bảo an ninh trật tự, trật tự an toàn giao thông trong dịp Tết Nguyên đán."),
    ("Công an xã hỗ trợ kích hoạt tài khoản định danh điện tử mức 2",
     "Công an xã hỗ trợ kích hoạt tài khoản định danh điện tử mức hai."),
    ("Giao nộp vũ khí, VLN, CCHT tại trụ sở Công an xã",
     "Giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ tại trụ sở Công an xã."),
    ("Tuyển chọn công dân thực hiện NVQS và nghĩa vụ tham gia CAND năm 2026",
     "Tuyển chọn công dân thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân năm hai nghìn không trăm "
     "hai "
     "mươi sáu."),
    # codes, Roman headings, money, ranges
    ("Nạp thẻ cào theo cú pháp *100*mã số thẻ#", "Nạp thẻ cào theo cú pháp sao một không không sao mã số thẻ thăng."),
    ("Kiểm tra số dư tài khoản bấm *101#", "Kiểm tra số dư tài khoản bấm sao một không một thăng."),
    ("III. TỔ CHỨC THỰC HIỆN", "Phần ba, tổ chức thực hiện."),
    ("Thực hiện theo Chương II, Điều 12 của Luật", "Thực hiện theo Chương hai, Điều mười hai của Luật."),
    ("Tổng kinh phí hỗ trợ 1,2 tỷ đồng", "Tổng kinh phí hỗ trợ một phẩy hai tỷ đồng."),
    ("Mỗi suất quà trị giá 500.000đ gồm tiền mặt và hiện vật",
     "Mỗi suất quà trị giá năm trăm nghìn đồng gồm tiền mặt và hiện vật."),
    ("Người từ 18 - 60 tuổi đăng ký tham gia", "Người từ mười tám đến sáu mươi tuổi đăng ký tham gia."),
    ("Quý I/2026 giải ngân 35% vốn đầu tư công",
     "Quý một năm hai nghìn không trăm hai mươi sáu giải ngân ba mươi lăm phần trăm vốn đầu tư công."),
    ("Giá điện sinh hoạt bậc 1 là 1.893 đồng/kWh",
     "Giá điện sinh hoạt bậc một là một nghìn tám trăm chín mươi ba đồng một ki lô oát giờ."),
]

# A fourth holdout, 46 sentences written after the round of rules and lexicon the third prompted and scored once,
# with no change made for it: 43 of 46 (93.5 %). Its three misses were then fixed by general rules (see
# HOLDOUT_4_MISSES).
HOLDOUT_4_CASES = [
    ("BHXH huyện Yên Thành thông báo lịch chi trả lương hưu tháng 1/2026",
     "Bảo hiểm xã hội huyện Yên Thành thông báo lịch chi trả lương hưu tháng một năm hai nghìn không trăm hai mươi "
     "sáu."),
    ("Người hưởng lương hưu nhận tiền tại điểm chi trả từ ngày 2 - 20 hằng tháng",
     "Người hưởng lương hưu nhận tiền tại điểm chi trả từ ngày hai đến hai mươi hằng tháng."),
    ("Mức đóng BHYT HSSV năm học 2025 - 2026 là 1.263.600 đồng/12 tháng",
     "Mức đóng bảo hiểm y tế học sinh, sinh viên năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm "
     "hai "
     "mươi sáu là một triệu hai trăm sáu mươi ba nghìn sáu trăm đồng cho mười hai tháng."),
    ("Lao động nữ sinh con được hưởng chế độ thai sản 6 tháng",
     "Lao động nữ sinh con được hưởng chế độ thai sản sáu tháng."),
    ("Đóng BHXH đủ 15 năm trở lên được hưởng lương hưu",
     "Đóng bảo hiểm xã hội đủ mười lăm năm trở lên được hưởng lương hưu."),
    ("Tra cứu thông tin thẻ BHYT trên ứng dụng VssID - BHXH số",
     "Tra cứu thông tin thẻ bảo hiểm y tế trên ứng dụng vê ét ét i đê, bảo hiểm xã hội số."),
    ("UBND xã thông báo lịch tiếp công dân của Chủ tịch UBND xã vào thứ 5 hằng tuần",
     "Ủy ban nhân dân xã thông báo lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã vào thứ năm hằng tuần."),
    ("Thực hiện Công văn số 456/UBND-NN ngày 18/11/2025 của UBND huyện",
     "Thực hiện Công văn số bốn trăm năm mươi sáu ngày mười tám tháng mười một năm hai nghìn không trăm hai mươi lăm "
     "của "
     "Ủy ban nhân dân huyện."),
    ("Đề nghị các hộ dân xóm 7 tập trung tại NVH xóm lúc 7h sáng CN",
     "Đề nghị các hộ dân xóm bảy tập trung tại nhà văn hóa xóm lúc bảy giờ sáng chủ nhật."),
    ("Tổng vệ sinh môi trường vào ngày 15 hằng tháng",
     "Tổng vệ sinh môi trường vào ngày mười lăm hằng tháng."),
    ("Hạn chót nộp quỹ Vì người nghèo là ngày 31/12/2025",
     "Hạn chót nộp quỹ Vì người nghèo là ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm."),
    ("Mỗi hộ đóng góp 50.000 đồng xây dựng đường giao thông nông thôn",
     "Mỗi hộ đóng góp năm mươi nghìn đồng xây dựng đường giao thông nông thôn."),
    ("Cửa hàng số 35, ngõ 12, phố Hàng Bông", "Cửa hàng số ba mươi lăm, ngõ mười hai, phố Hàng Bông."),
    ("Hội LHPN xã tổ chức hội thi nấu ăn ngày 20/10",
     "Hội Liên hiệp Phụ nữ xã tổ chức hội thi nấu ăn ngày hai mươi tháng mười."),
    ("Đại hội Chi bộ thôn 3 nhiệm kỳ 2025 - 2027",
     "Đại hội Chi bộ thôn ba nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi bảy."),
    ("Kỷ niệm 95 năm ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2025)",
     "Kỷ niệm chín mươi lăm năm ngày thành lập Hội Nông dân Việt Nam, mười bốn tháng mười năm một nghìn chín trăm ba "
     "mươi "
     "đến mười bốn tháng mười năm hai nghìn không trăm hai mươi lăm."),
    ("Ủy ban bầu cử xã công bố danh sách 12 người ứng cử ĐBHĐND xã",
     "Ủy ban bầu cử xã công bố danh sách mười hai người ứng cử đại biểu Hội đồng nhân dân xã."),
    ("Cử tri mang theo thẻ cử tri và CCCD khi đi bỏ phiếu",
     "Cử tri mang theo thẻ cử tri và căn cước công dân khi đi bỏ phiếu."),
    ("Dự báo có mưa vừa, mưa to với lượng mưa 70 - 150 mm",
     "Dự báo có mưa vừa, mưa to với lượng mưa bảy mươi đến một trăm năm mươi mi li mét."),
    ("Đề phòng lũ quét, sạt lở đất ở vùng núi và ngập úng vùng trũng thấp",
     "Đề phòng lũ quét, sạt lở đất ở vùng núi và ngập úng vùng trũng thấp."),
    ("Tàu thuyền không ra khơi khi có gió mạnh cấp 7 trở lên",
     "Tàu thuyền không ra khơi khi có gió mạnh cấp bảy trở lên."),
    ("Mực nước hồ Vực Mấu đạt cao trình 19,5 m",
     "Mực nước hồ Vực Mấu đạt cao trình mười chín phẩy năm mét."),
    ("Không khí lạnh tăng cường, nhiệt độ thấp nhất 10 - 13 độ C",
     "Không khí lạnh tăng cường, nhiệt độ thấp nhất mười đến mười ba độ xê."),
    ("Chuột gây hại trên 30 ha lúa Đông Xuân", "Chuột gây hại trên ba mươi héc ta lúa Đông Xuân."),
    ("Giá lúa khô tại ruộng 7.200 - 7.500 đồng/kg",
     "Giá lúa khô tại ruộng bảy nghìn hai trăm đến bảy nghìn năm trăm đồng một ki lô gam."),
    ("Phun thuốc trừ sâu cuốn lá khi mật độ trên 50 con/m²",
     "Phun thuốc trừ sâu cuốn lá khi mật độ trên năm mươi con trên mét vuông."),
    ("Tiêm phòng vắc xin dại cho chó, mèo đợt I năm 2026",
     "Tiêm phòng vắc xin dại cho chó, mèo đợt một năm hai nghìn không trăm hai mươi sáu."),
    ("Trung tâm Y tế huyện khám sàng lọc ung thư vú miễn phí cho phụ nữ từ 40 tuổi",
     "Trung tâm Y tế huyện khám sàng lọc ung thư vú miễn phí cho phụ nữ từ bốn mươi tuổi."),
    ("Toàn huyện có 235 ca mắc sởi, trong đó 12 ca phải nhập viện",
     "Toàn huyện có hai trăm ba mươi lăm ca mắc sởi, trong đó mười hai ca phải nhập viện."),
    ("Uống thuốc tẩy giun 6 tháng/lần cho trẻ từ 24 tháng tuổi",
     "Uống thuốc tẩy giun sáu tháng một lần cho trẻ từ hai mươi tư tháng tuổi."),
    ("Người nộp thuế nộp hồ sơ khai thuế qua cổng thuedientu.gdt.gov.vn",
     "Người nộp thuế nộp hồ sơ khai thuế qua cổng thuế điện tử chấm gờ đê tê chấm gờ o vê chấm vê nờ."),
    ("Hộ kinh doanh nộp thuế khoán theo quý, hạn nộp chậm nhất ngày 30/4",
     "Hộ kinh doanh nộp thuế khoán theo quý, hạn nộp chậm nhất ngày ba mươi tháng tư."),
    ("Miễn thuế sử dụng đất nông nghiệp đến hết ngày 31/12/2030",
     "Miễn thuế sử dụng đất nông nghiệp đến hết ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm ba mươi."),
    ("Trường THCS Lý Tự Trọng tuyển sinh lớp 6 năm học 2026 - 2027 với 180 chỉ tiêu",
     "Trường trung học cơ sở Lý Tự Trọng tuyển sinh lớp sáu năm học hai nghìn không trăm hai mươi sáu đến hai nghìn "
     "không "
     "trăm hai mươi bảy với một trăm tám mươi chỉ tiêu."),
    ("Học sinh được nghỉ Tết Nguyên đán từ ngày 14/2 đến hết ngày 22/2/2026",
     "Học sinh được nghỉ Tết Nguyên đán từ ngày mười bốn tháng hai đến hết ngày hai mươi hai tháng hai năm hai nghìn "
     "không "
     "trăm hai mươi sáu."),
    ("Điểm chuẩn vào lớp 10 Trường THPT Huỳnh Thúc Kháng là 38,5 điểm",
     "Điểm chuẩn vào lớp mười Trường trung học phổ thông Huỳnh Thúc Kháng là ba mươi tám phẩy năm điểm."),
    ("Công an xã tiếp nhận hồ sơ đăng ký thường trú từ 7h30 - 11h30 các ngày trong tuần",
     "Công an xã tiếp nhận hồ sơ đăng ký thường trú từ bảy giờ ba mươi phút đến mười một giờ ba mươi phút các ngày "
     "trong "
     "tuần."),
    ("Xe máy chạy quá tốc độ quy định từ 10 km/h đến 20 km/h bị phạt tiền",
     "Xe máy chạy quá tốc độ quy định từ mười ki lô mét trên giờ đến hai mươi ki lô mét trên giờ bị phạt tiền."),
    ("Cảnh giác với các cuộc gọi giả danh cơ quan Công an, BHXH để lừa đảo",
     "Cảnh giác với các cuộc gọi giả danh cơ quan Công an, bảo hiểm xã hội để lừa đảo."),
    ("Khi phát hiện cháy, gọi ngay 114 hoặc báo cho Công an xã",
     "Khi phát hiện cháy, gọi ngay một một bốn hoặc báo cho Công an xã."),
    ("Bấm *9090# để kiểm tra gói cước", "Bấm sao chín không chín không thăng để kiểm tra gói cước."),
    ("II. NỘI DUNG THỰC HIỆN", "Phần hai, nội dung thực hiện."),
    ("Hỗ trợ tối đa 2 triệu đồng/hộ có nhà bị tốc mái",
     "Hỗ trợ tối đa hai triệu đồng mỗi hộ có nhà bị tốc mái."),
    ("Khu vực I gồm các xã vùng thấp", "Khu vực một gồm các xã vùng thấp."),
    ("Tặng 150 suất quà, mỗi suất trị giá 300.000 đồng",
     "Tặng một trăm năm mươi suất quà, mỗi suất trị giá ba trăm nghìn đồng."),
    ("Liên hệ Hội CTĐ xã qua số 0977 123 456",
     "Liên hệ Hội Chữ thập đỏ xã qua số không chín bảy bảy, một hai ba, bốn năm sáu."),
]

# A fifth holdout, 78 sentences written before the rules were read for them and before the fourth holdout's
# fixes (vaccination days, agricultural extension, floods and storms, military service call-up, tax and land,
# school enrolment, electricity and water outages, elections of village heads, traffic safety, social assistance
# and insurance); scored once, after the fourth holdout's fixes and with no change made for it: 62 of 78 (79.5 %).
# Expectations are strict, as for the third: a capital or a variant wording counts as a miss.
HOLDOUT_5_CASES = [
    # vaccination days and health
    ("Tiêm bổ sung vắc xin sởi cho trẻ từ 1 - 5 tuổi vào ngày 18 và 19/4/2026",
     "Tiêm bổ sung vắc xin sởi cho trẻ từ một đến năm tuổi vào ngày mười tám và mười chín tháng tư năm hai nghìn "
     "không trăm hai mươi sáu."),
    ("Lịch tiêm chủng tháng 5: sáng từ 7h00 - 10h30, chiều nghỉ",
     "Lịch tiêm chủng tháng năm: sáng từ bảy giờ đến mười giờ ba mươi phút, chiều nghỉ."),
    ("Trẻ 9 tháng tuổi tiêm mũi 1 vắc xin sởi, trẻ 18 tháng tiêm mũi 2",
     "Trẻ chín tháng tuổi tiêm mũi một vắc xin sởi, trẻ mười tám tháng tiêm mũi hai."),
    ("Phụ nữ có thai tiêm vắc xin uốn ván (UV) tại TYT xã",
     "Phụ nữ có thai tiêm vắc xin uốn ván tại Trạm Y tế xã."),
    ("Người từ 60 tuổi trở lên nên tiêm vắc xin cúm mỗi năm 1 lần",
     "Người từ sáu mươi tuổi trở lên nên tiêm vắc xin cúm mỗi năm một lần."),
    ("Uống vitamin A đợt II năm 2025 vào ngày 1 - 2/12",
     "Uống vitamin A đợt hai năm hai nghìn không trăm hai mươi lăm vào ngày một đến hai tháng mười hai."),
    ("Mọi thắc mắc liên hệ CTV dân số thôn hoặc số 0238 3855 115",
     "Mọi thắc mắc liên hệ cộng tác viên dân số thôn hoặc số không hai ba tám, ba tám năm năm, một một năm."),
    # agricultural extension
    ("Trạm Khuyến nông huyện mở lớp tập huấn kỹ thuật nuôi ong vào 8h ngày 12/6",
     "Trạm Khuyến nông huyện mở lớp tập huấn kỹ thuật nuôi ong vào tám giờ ngày mười hai tháng sáu."),
    ("Gieo mạ trà Xuân muộn từ 25/1 - 5/2, cấy khi mạ đạt 3 - 4 lá",
     "Gieo mạ trà Xuân muộn từ ngày hai mươi lăm tháng một đến ngày năm tháng hai, cấy khi mạ đạt ba đến bốn lá."),
    ("Bón lót 8 - 10 tấn phân chuồng/ha và 400 - 500 kg lân/ha",
     "Bón lót tám đến mười tấn phân chuồng trên héc ta và bốn trăm đến năm trăm ki lô gam lân trên héc ta."),
    ("Hỗ trợ 50% giá giống lúa lai, tối đa 1,2 triệu đồng/ha",
     "Hỗ trợ năm mươi phần trăm giá giống lúa lai, tối đa một phẩy hai triệu đồng một héc ta."),
    ("Nhiệt độ chuồng nuôi gà con duy trì ở mức 32 - 35°C trong tuần đầu",
     "Nhiệt độ chuồng nuôi gà con duy trì ở mức ba mươi hai đến ba mươi lăm độ xê trong tuần đầu."),
    ("Thả cá giống cỡ 8 - 10 cm, mật độ 2 con/m²",
     "Thả cá giống cỡ tám đến mười xăng ti mét, mật độ hai con trên mét vuông."),
    ("Đăng ký nhận giống lúa Bắc thơm số 7 tại HTX trước ngày 15/9",
     "Đăng ký nhận giống lúa Bắc thơm số bảy tại hợp tác xã trước ngày mười lăm tháng chín."),
    ("Tiêm phòng THT, LMLM cho trâu bò đợt I năm 2026",
     "Tiêm phòng tụ huyết trùng, lở mồm long móng cho trâu bò đợt một năm hai nghìn không trăm hai mươi sáu."),
    ("Giá thu mua sắn tươi tại nhà máy 2.800 - 3.100 đ/kg",
     "Giá thu mua sắn tươi tại nhà máy hai nghìn tám trăm đến ba nghìn một trăm đồng một ki lô gam."),
    # floods and storms
    ("Hồi 13h ngày 5/10, vị trí tâm áp thấp nhiệt đới ở khoảng 18,2 độ Vĩ Bắc",
     "Hồi mười ba giờ ngày năm tháng mười, vị trí tâm áp thấp nhiệt đới ở khoảng mười tám phẩy hai độ Vĩ Bắc."),
    ("Cơn bão số 3 trên Biển Đông đã mạnh lên cấp 12, giật cấp 15",
     "Cơn bão số ba trên Biển Đông đã mạnh lên cấp mười hai, giật cấp mười lăm."),
    ("Mực nước sông Cả tại Đô Lương lúc 7h sáng nay là 13,85 m, dưới BĐI 0,15 m",
     "Mực nước sông Cả tại Đô Lương lúc bảy giờ sáng nay là mười ba phẩy tám mươi lăm mét, dưới báo động một "
     "không phẩy mười lăm mét."),
    ("Từ đêm 20 đến ngày 22/9, khu vực có mưa to, lượng mưa phổ biến 200 - 300 mm, có nơi trên 400 mm",
     "Từ đêm hai mươi đến ngày hai mươi hai tháng chín, khu vực có mưa to, lượng mưa phổ biến hai trăm đến ba trăm "
     "mi li mét, có nơi trên bốn trăm mi li mét."),
    ("Thủy điện Bản Vẽ điều tiết xả lũ với lưu lượng từ 500 - 1.000 m³/s",
     "Thủy điện Bản Vẽ điều tiết xả lũ với lưu lượng từ năm trăm đến một nghìn mét khối trên giây."),
    ("Các hộ dân vùng thấp trũng ven sông di dời trước 17h ngày 28/9",
     "Các hộ dân vùng thấp trũng ven sông di dời trước mười bảy giờ ngày hai mươi tám tháng chín."),
    ("Gió Tây Nam mạnh cấp 6, có lúc cấp 7, biển động",
     "Gió Tây Nam mạnh cấp sáu, có lúc cấp bảy, biển động."),
    ("Số điện thoại trực PCTT của xã: 0975.222.114",
     "Số điện thoại trực phòng, chống thiên tai của xã: không chín bảy năm, hai hai hai, một một bốn."),
    ("Rủi ro thiên tai do lũ, ngập lụt cấp độ 2 tại các xã ven sông Lam",
     "Rủi ro thiên tai do lũ, ngập lụt cấp độ hai tại các xã ven sông Lam."),
    # military service call-up
    ("Ban CHQS xã thông báo lịch khám tuyển NVQS năm 2026 vào ngày 10/11/2025",
     "Ban Chỉ huy quân sự xã thông báo lịch khám tuyển nghĩa vụ quân sự năm hai nghìn không trăm hai mươi sáu vào "
     "ngày mười tháng mười một năm hai nghìn không trăm hai mươi lăm."),
    ("Công dân nam sinh năm 2008 đăng ký NVQS lần đầu trong tháng 4/2026",
     "Công dân nam sinh năm hai nghìn không trăm linh tám đăng ký nghĩa vụ quân sự lần đầu trong tháng tư năm hai "
     "nghìn không trăm hai mươi sáu."),
    ("Công dân có trình độ CĐ, ĐH được tạm hoãn gọi nhập ngũ đến 27 tuổi",
     "Công dân có trình độ cao đẳng, đại học được tạm hoãn gọi nhập ngũ đến hai mươi bảy tuổi."),
    ("Lễ giao nhận quân năm 2026 tổ chức lúc 6h30 ngày 12/2 tại Sân vận động huyện",
     "Lễ giao nhận quân năm hai nghìn không trăm hai mươi sáu tổ chức lúc sáu giờ ba mươi phút ngày mười hai tháng "
     "hai tại Sân vận động huyện."),
    ("Chỉ tiêu giao quân của xã là 14 công dân, trong đó 2 công dân thực hiện nghĩa vụ CAND",
     "Chỉ tiêu giao quân của xã là mười bốn công dân, trong đó hai công dân thực hiện nghĩa vụ Công an nhân dân."),
    ("Đơn vị nhận quân: Sư đoàn 324, Quân khu IV",
     "Đơn vị nhận quân: Sư đoàn ba trăm hai mươi tư, Quân khu bốn."),
    ("Kế hoạch 56/KH-BCH ngày 2/10/2025 của Ban CHQS huyện",
     "Kế hoạch số năm mươi sáu ngày hai tháng mười năm hai nghìn không trăm hai mươi lăm của Ban Chỉ huy quân sự "
     "huyện."),
    # tax and land
    ("Hạn nộp tiền thuế SDĐPNN năm 2025 chậm nhất ngày 31/10",
     "Hạn nộp tiền thuế sử dụng đất phi nông nghiệp năm hai nghìn không trăm hai mươi lăm chậm nhất ngày ba mươi "
     "mốt tháng mười."),
    ("Hộ gia đình đăng ký cấp GCNQSDĐ lần đầu tại Bộ phận một cửa",
     "Hộ gia đình đăng ký cấp giấy chứng nhận quyền sử dụng đất lần đầu tại Bộ phận một cửa."),
    ("Thửa đất số 125, tờ bản đồ số 12, diện tích 250 m²",
     "Thửa đất số một trăm hai mươi lăm, tờ bản đồ số mười hai, diện tích hai trăm năm mươi mét vuông."),
    ("Hộ kinh doanh có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế GTGT, thuế TNCN",
     "Hộ kinh doanh có doanh thu từ một trăm triệu đồng mỗi năm trở xuống không phải nộp thuế giá trị gia tăng, "
     "thuế thu nhập cá nhân."),
    ("Tiền chậm nộp thuế tính theo mức 0,03%/ngày",
     "Tiền chậm nộp thuế tính theo mức không phẩy không ba phần trăm mỗi ngày."),
    ("Niêm yết công khai danh sách 36 hộ được bồi thường GPMB dự án mở rộng QL48",
     "Niêm yết công khai danh sách ba mươi sáu hộ được bồi thường giải phóng mặt bằng dự án mở rộng quốc lộ bốn "
     "mươi tám."),
    ("Giá đất ở vị trí 1 là 4.500.000 đồng/m²",
     "Giá đất ở vị trí một là bốn triệu năm trăm nghìn đồng một mét vuông."),
    # school enrolment
    ("Tuyển sinh trực tuyến vào lớp 1 từ ngày 1/7 đến 17h ngày 10/7/2026",
     "Tuyển sinh trực tuyến vào lớp một từ ngày một tháng bảy đến mười bảy giờ ngày mười tháng bảy năm hai nghìn "
     "không trăm hai mươi sáu."),
    ("Trẻ sinh năm 2020 vào lớp 1, trẻ sinh năm 2021 vào lớp Mẫu giáo 5 tuổi",
     "Trẻ sinh năm hai nghìn không trăm hai mươi vào lớp một, trẻ sinh năm hai nghìn không trăm hai mươi mốt vào "
     "lớp Mẫu giáo năm tuổi."),
    ("Trường MN Sơn Ca nhận trẻ từ 18 - 36 tháng tuổi vào nhóm nhà trẻ",
     "Trường mầm non Sơn Ca nhận trẻ từ mười tám đến ba mươi sáu tháng tuổi vào nhóm nhà trẻ."),
    ("Học sinh lớp 9 đăng ký nguyện vọng vào lớp 10 THPT trước ngày 20/5",
     "Học sinh lớp chín đăng ký nguyện vọng vào lớp mười trung học phổ thông trước ngày hai mươi tháng năm."),
    ("Mỗi lớp 1 không quá 35 HS", "Mỗi lớp một không quá ba mươi lăm học sinh."),
    ("Miễn 100% học phí cho trẻ MN và HS phổ thông công lập từ năm học 2025 - 2026",
     "Miễn một trăm phần trăm học phí cho trẻ mầm non và học sinh phổ thông công lập từ năm học hai nghìn không "
     "trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu."),
    # electricity and water outages
    ("Điện lực huyện thông báo tạm ngừng cấp điện từ 7h00 đến 16h30 ngày 14/8",
     "Điện lực huyện thông báo tạm ngừng cấp điện từ bảy giờ đến mười sáu giờ ba mươi phút ngày mười bốn tháng "
     "tám."),
    ("Khu vực mất điện: TBA xóm 4 và TBA Đồng Mới để bảo dưỡng đường dây 22 kV",
     "Khu vực mất điện: trạm biến áp xóm bốn và trạm biến áp Đồng Mới để bảo dưỡng đường dây hai mươi hai ki lô "
     "vôn."),
    ("Công ty CP Cấp nước tạm ngừng cấp nước từ 22h ngày 3/6 đến 5h ngày 4/6",
     "Công ty cổ phần Cấp nước tạm ngừng cấp nước từ hai mươi hai giờ ngày ba tháng sáu đến năm giờ ngày bốn tháng "
     "sáu."),
    ("Mọi chi tiết xin liên hệ Tổng đài CSKH 19006769",
     "Mọi chi tiết xin liên hệ Tổng đài chăm sóc khách hàng một chín không không, sáu bảy sáu chín."),
    ("Giá nước sinh hoạt bậc 1 (từ 0 - 10 m³) là 7.500 đồng/m³",
     "Giá nước sinh hoạt bậc một, từ không đến mười mét khối, là bảy nghìn năm trăm đồng một mét khối."),
    ("Tiết kiệm điện giờ cao điểm từ 17h - 22h",
     "Tiết kiệm điện giờ cao điểm từ mười bảy giờ đến hai mươi hai giờ."),
    # elections of village heads, mass organisations
    ("Hội nghị bầu Trưởng thôn Đông Sơn nhiệm kỳ 2025 - 2027 tổ chức lúc 14h ngày 7/12",
     "Hội nghị bầu Trưởng thôn Đông Sơn nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai "
     "mươi bảy tổ chức lúc mười bốn giờ ngày bảy tháng mười hai."),
    ("Mỗi hộ gia đình cử 1 đại diện cử tri đi bầu", "Mỗi hộ gia đình cử một đại diện cử tri đi bầu."),
    ("Ông Lê Văn Tâm trúng cử với 285/312 phiếu, đạt 91,35%",
     "Ông Lê Văn Tâm trúng cử với hai trăm tám mươi lăm trên ba trăm mười hai phiếu, đạt chín mươi mốt phẩy ba "
     "mươi lăm phần trăm."),
    ("Cuộc bầu cử hợp lệ khi có trên 50% số hộ tham gia",
     "Cuộc bầu cử hợp lệ khi có trên năm mươi phần trăm số hộ tham gia."),
    ("Ban công tác Mặt trận thôn giới thiệu 2 ứng viên Trưởng thôn",
     "Ban công tác Mặt trận thôn giới thiệu hai ứng viên Trưởng thôn."),
    ("Đại hội Hội Cựu chiến binh xã lần thứ VIII, nhiệm kỳ 2027 - 2032",
     "Đại hội Hội Cựu chiến binh xã lần thứ tám, nhiệm kỳ hai nghìn không trăm hai mươi bảy đến hai nghìn không "
     "trăm ba mươi hai."),
    # traffic safety
    ("Người ngồi trên xe mô tô, xe gắn máy không đội MBH bị phạt từ 400.000 - 600.000 đồng",
     "Người ngồi trên xe mô tô, xe gắn máy không đội mũ bảo hiểm bị phạt từ bốn trăm nghìn đến sáu trăm nghìn "
     "đồng."),
    ("Ô tô chạy trên ĐT 535 không quá 60 km/h",
     "Ô tô chạy trên đường tỉnh năm trăm ba mươi lăm không quá sáu mươi ki lô mét trên giờ."),
    ("Không giao xe cho trẻ dưới 16 tuổi điều khiển xe máy trên 50 cm³",
     "Không giao xe cho trẻ dưới mười sáu tuổi điều khiển xe máy trên năm mươi xăng ti mét khối."),
    ("Vi phạm nồng độ cồn vượt quá 80 mg/100 ml máu bị tước GPLX từ 22 - 24 tháng",
     "Vi phạm nồng độ cồn vượt quá tám mươi mi li gam trên một trăm mi li lít máu bị tước giấy phép lái xe từ hai "
     "mươi hai đến hai mươi tư tháng."),
    ("Đường dây nóng CSGT tỉnh: 069.2592.444",
     "Đường dây nóng Cảnh sát giao thông tỉnh: không sáu chín, hai năm chín hai, bốn bốn bốn."),
    # social-assistance payments, social and health insurance
    ("Chi trả trợ cấp xã hội tháng 3 cho 245 đối tượng BTXH qua tài khoản ngân hàng",
     "Chi trả trợ cấp xã hội tháng ba cho hai trăm bốn mươi lăm đối tượng bảo trợ xã hội qua tài khoản ngân hàng."),
    ("Mức chuẩn trợ giúp xã hội từ 1/7/2025 là 500.000 đồng/tháng",
     "Mức chuẩn trợ giúp xã hội từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm là năm trăm nghìn đồng "
     "mỗi tháng."),
    ("Người khuyết tật đặc biệt nặng được hưởng hệ số 2,5",
     "Người khuyết tật đặc biệt nặng được hưởng hệ số hai phẩy năm."),
    ("Hỗ trợ tiền điện 50.000 đồng/hộ/tháng cho hộ nghèo",
     "Hỗ trợ tiền điện năm mươi nghìn đồng mỗi hộ mỗi tháng cho hộ nghèo."),
    ("Người có công với CM nhận quà của Chủ tịch nước dịp 27/7",
     "Người có công với cách mạng nhận quà của Chủ tịch nước dịp hai mươi bảy tháng bảy."),
    ("Trợ cấp mai táng phí 9.000.000 đồng/người", "Trợ cấp mai táng phí chín triệu đồng mỗi người."),
    ("Chi trả trợ cấp tại nhà văn hóa các thôn từ 7h30 - 11h ngày 10 - 12 hằng tháng",
     "Chi trả trợ cấp tại nhà văn hóa các thôn từ bảy giờ ba mươi phút đến mười một giờ ngày mười đến mười hai hằng "
     "tháng."),
    ("Người dân tộc thiểu số được NSNN hỗ trợ 30% mức đóng BHXH tự nguyện",
     "Người dân tộc thiểu số được ngân sách nhà nước hỗ trợ ba mươi phần trăm mức đóng bảo hiểm xã hội tự nguyện."),
    ("Người hưởng trợ cấp thất nghiệp thông báo tìm việc 1 lần/tháng tại TTDVVL tỉnh",
     "Người hưởng trợ cấp thất nghiệp thông báo tìm việc một lần mỗi tháng tại Trung tâm Dịch vụ việc làm tỉnh."),
    ("Thẻ BHYT hết hạn ngày 31/12 cần gia hạn trước ngày 25/12 để không bị gián đoạn",
     "Thẻ bảo hiểm y tế hết hạn ngày ba mươi mốt tháng mười hai cần gia hạn trước ngày hai mươi lăm tháng mười hai "
     "để không bị gián đoạn."),
    ("Quý III/2025, toàn xã cấp 215 thẻ BHYT cho trẻ dưới 6 tuổi",
     "Quý ba năm hai nghìn không trăm hai mươi lăm, toàn xã cấp hai trăm mười lăm thẻ bảo hiểm y tế cho trẻ dưới "
     "sáu tuổi."),
    ("Hộ nghèo, hộ cận nghèo được vay vốn NHCSXH với lãi suất 0,66%/tháng",
     "Hộ nghèo, hộ cận nghèo được vay vốn Ngân hàng Chính sách xã hội với lãi suất không phẩy sáu mươi sáu phần "
     "trăm mỗi tháng."),
    ("Thực hiện Nghị định 20/2021/NĐ-CP về chính sách trợ giúp xã hội",
     "Thực hiện Nghị định số hai mươi năm hai nghìn không trăm hai mươi mốt của Chính phủ về chính sách trợ giúp xã "
     "hội."),
    # commune notices, codes
    ("Hội thi Dân vận khéo lần thứ IV của huyện", "Hội thi Dân vận khéo lần thứ tư của huyện."),
    ("Cán bộ, công chức xã nghỉ lễ Quốc khánh 2/9 từ ngày 30/8 - 2/9/2025",
     "Cán bộ, công chức xã nghỉ lễ Quốc khánh hai tháng chín từ ngày ba mươi tháng tám đến ngày hai tháng chín năm "
     "hai nghìn không trăm hai mươi lăm."),
    ("Kiểm tra dung lượng data bấm *102#", "Kiểm tra dung lượng data bấm sao một không hai thăng."),
]

# Holdout sentences the rules still read wrong, by their written text. The first holdout read 16 of 22 right
# when first scored (misses then: TNCS, ATVSTP, KHKT, KH&CN, TC-KH and "*100*mã thẻ#"); the lexicon was then
# widened to the abbreviations of commune texts at large, which holds those words too, so its 21 of 22 today is
# no longer a clean holdout figure. The second holdout was written before that widening and scored once after
# it: 22 of 24.
HOLDOUT_MISSES: dict[str, str] = {}  # the last three ("*100*mã thẻ#", LLCT, THA/ĐTĐ) read right since the
# USSD codes with words and the wider lexicon of the third holdout's round

# Third holdout misses when first scored (66 of 89): 21 abbreviations missing from the lexicon or spelled (TN&TKQ,
# MTQG, Đoàn TN, Hội ND, KVBP, NPK, VietGAP, VDNC, KTTV, BVĐK in lower case, HĐĐT, GTGT, eTax Mobile, MN/TH, TH&THCS,
# PHHS, GDPT, VLN/CCHT, CAND, KCB), "NPK 16-16-8" read as a range, "ngày 26 và 27/6" given a second "ngày",
# "QL1A" spelled, "*100*mã số thẻ#" losing its keys. After the lexicon and rule round: 88 of 89.
HOLDOUT_3_MISSES: dict[str, str] = {
    "Người bệnh KCB đúng tuyến được quỹ BHYT chi trả 80% chi phí":
        "KCB reads the legal 'khám bệnh, chữa bệnh', a variant of the expected 'khám chữa bệnh'",
}

# Fourth holdout misses when scored (43 of 46): "đồng/12 tháng" read "hoặc" (now "cho": a slash before a number
# of periods), the dates of an anniversary's span in brackets given "ngày" (now said bare, as an aside), "6 tháng/lần"
# read "mỗi lần" (now "một lần": a period before "lần" says how often). 46 of 46 after those general rules; the
# holdout's own figure stays the 43 of 46 first measured.
HOLDOUT_4_MISSES: dict[str, str] = {}

# Fifth holdout misses when scored once (62 of 78): eleven abbreviations missing from the lexicon or misread (THT,
# CĐ/ĐH, SDĐPNN, HS after a number, MN, TBA, CSKH, MBH, ĐT with a road number, CM, TTDVVL), two slashes
# ("tấn phân chuồng/ha", "mg/100 ml"), two capitals (TYT, CSGT) and two extra "ngày" before a day/month after a
# holiday's word ("Quốc khánh 2/9", "dịp 27/7"). The round of lexicon and rules it prompted (other senses by
# context, school levels after a schooling, HS by its clause, "ĐT 535" a road, a measure of something per unit,
# a measure over a quantity of a measure) reads 74 of 78; the holdout's own figure stays the 62 of 78 first
# measured. The four left then (TYT and CSGT in lower case, "ngày" before the dates of "Quốc khánh 2/9" and "dịp
# 27/7") read right since the team's conventions: a body's name takes capitals, a date after the word or the name
# of an occasion is said bare (assets/lexicon.yaml, README).
HOLDOUT_5_MISSES: dict[str, str] = {}

# A sixth holdout, 181 sentences in 33 topics (commune notices, social and health insurance, digital government,
# scams, health, farming, weather, traffic, police, schools, tax, land, elections, military service, mass
# organisations, utilities, census, social assistance, Party and state documents), written by a writer who never
# read the rules, the lexicon or the pipeline's history and never ran it; scored once, after the fifth holdout's
# round, with no change made for it: 163 of 181 (90.1 %). Strict, as for the third.
HOLDOUT_6_CASES = [
    # commune and ward notices (UBND xã/phường)
    ("UBND xã Hưng Nguyên thông báo: từ ngày 1/10/2025, Trung tâm PVHCC xã tiếp nhận hồ sơ vào các ngày từ thứ 2 "
     "đến sáng thứ 7",
     "Ủy ban nhân dân xã Hưng Nguyên thông báo: từ ngày một tháng mười năm hai nghìn không trăm hai mươi lăm, Trung "
     "tâm phục vụ hành chính công xã tiếp nhận hồ sơ vào các ngày từ thứ hai đến sáng thứ bảy."),
    ("Sáng thứ 6 ngày 17/10/2025, UBND phường tổ chức đối thoại với Nhân dân tại hội trường tổ dân phố số 4",
     "Sáng thứ sáu ngày mười bảy tháng mười năm hai nghìn không trăm hai mươi lăm, Ủy ban nhân dân phường tổ chức đối "
     "thoại với Nhân dân tại hội trường tổ dân phố số bốn."),
    ("Đề nghị các hộ gia đình tại TDP 3 và TDP 5 không đổ rác ra lòng đường, xe thu gom đi qua lúc 17h30 hằng ngày",
     "Đề nghị các hộ gia đình tại tổ dân phố ba và tổ dân phố năm không đổ rác ra lòng đường, xe thu gom đi qua lúc "
     "mười bảy giờ ba mươi phút hằng ngày."),
    ("Thực hiện Công văn số 1520/UBND-VP ngày 06/10/2025 của UBND tỉnh về việc sắp xếp thôn, tổ dân phố",
     "Thực hiện Công văn số một nghìn năm trăm hai mươi ngày sáu tháng mười năm hai nghìn không trăm hai mươi lăm của "
     "Ủy ban nhân dân tỉnh về việc sắp xếp thôn, tổ dân phố."),
    ("Lệ phí chứng thực bản sao từ bản chính là 2.000 đồng/trang, từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối "
     "đa 200.000 đồng/bản",
     "Lệ phí chứng thực bản sao từ bản chính là hai nghìn đồng một trang, từ trang thứ ba trở lên thu một nghìn đồng "
     "một trang, tối đa hai trăm nghìn đồng một bản."),
    ("UBND xã tổ chức ra quân tổng vệ sinh môi trường lúc 6h30 CN ngày 12/10, mỗi hộ cử ít nhất 01 người tham gia",
     "Ủy ban nhân dân xã tổ chức ra quân tổng vệ sinh môi trường lúc sáu giờ ba mươi phút chủ nhật ngày mười hai tháng "
     "mười, mỗi hộ cử ít nhất một người tham gia."),
    ("Niêm yết công khai dự toán ngân sách xã năm 2026 với tổng thu 12,6 tỷ đồng tại trụ sở UBND xã trong 30 ngày",
     "Niêm yết công khai dự toán ngân sách xã năm hai nghìn không trăm hai mươi sáu với tổng thu mười hai phẩy sáu tỷ "
     "đồng tại trụ sở Ủy ban nhân dân xã trong ba mươi ngày."),
    ("2. Thời gian thu: từ 7h30 đến 16h30 các ngày trong tuần",
     "Hai là, Thời gian thu: từ bảy giờ ba mươi phút đến mười sáu giờ ba mươi phút các ngày trong tuần."),

    # social insurance (BHXH): law, retirement, sickness, maternity
    ("NLĐ tham gia BHXH trước ngày 01/7/2025, sau 12 tháng không tiếp tục đóng và có dưới 20 năm đóng thì được nhận "
     "BHXH một lần nếu có yêu cầu",
     "Người lao động tham gia bảo hiểm xã hội trước ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, sau mười "
     "hai tháng không tiếp tục đóng và có dưới hai mươi năm đóng thì được nhận bảo hiểm xã hội một lần nếu có yêu cầu."),
    ("Năm 2025, tuổi nghỉ hưu của NLĐ trong điều kiện bình thường là đủ 61 tuổi 3 tháng đối với nam và đủ 56 tuổi "
     "8 tháng đối với nữ",
     "Năm hai nghìn không trăm hai mươi lăm, tuổi nghỉ hưu của người lao động trong điều kiện bình thường là đủ sáu "
     "mươi mốt tuổi ba tháng đối với nam và đủ năm mươi sáu tuổi tám tháng đối với nữ."),
    ("Mức lương cơ sở hiện hành là 2.340.000 đồng/tháng; lương hưu tối đa bằng 75% mức bình quân tiền lương làm căn "
     "cứ đóng BHXH",
     "Mức lương cơ sở hiện hành là hai triệu ba trăm bốn mươi nghìn đồng mỗi tháng; lương hưu tối đa bằng bảy mươi "
     "lăm phần trăm mức bình quân tiền lương làm căn cứ đóng bảo hiểm xã hội."),
    ("Từ ngày 01/01/2026, mức lương tối thiểu vùng I là 5.310.000 đồng/tháng, vùng IV là 3.700.000 đồng/tháng",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, mức lương tối thiểu vùng một là năm triệu ba trăm "
     "mười nghìn đồng mỗi tháng, vùng bốn là ba triệu bảy trăm nghìn đồng mỗi tháng."),
    ("Khi vợ sinh con, lao động nam đang đóng BHXH được nghỉ 5 ngày làm việc; sinh đôi được nghỉ 10 ngày, từ sinh ba "
     "trở lên thì cứ thêm mỗi con được nghỉ thêm 3 ngày",
     "Khi vợ sinh con, lao động nam đang đóng bảo hiểm xã hội được nghỉ năm ngày làm việc; sinh đôi được nghỉ mười "
     "ngày, từ sinh ba trở lên thì cứ thêm mỗi con được nghỉ thêm ba ngày."),
    ("Công văn số 2835/BHXH-CSXH hướng dẫn giải quyết chế độ ốm đau: tối đa 30 ngày/năm nếu đóng BHXH dưới 15 năm",
     "Công văn số hai nghìn tám trăm ba mươi lăm của Bảo hiểm xã hội hướng dẫn giải quyết chế độ ốm đau: tối đa ba "
     "mươi ngày mỗi năm nếu đóng bảo hiểm xã hội dưới mười lăm năm."),
    ("ĐVSDLĐ tra cứu, đối chiếu số liệu đóng BHXH tại dichvucong.baohiemxahoi.gov.vn",
     "Đơn vị sử dụng lao động tra cứu, đối chiếu số liệu đóng bảo hiểm xã hội tại dịch vụ công chấm bảo hiểm xã hội "
     "chấm gờ o vê chấm vê nờ."),

    # pensions and their payment
    ("BHXH cơ sở Diễn Châu chi trả lương hưu, trợ cấp BHXH tháng 11/2025 qua hệ thống Bưu điện từ ngày 02/11 đến "
     "ngày 25/11/2025",
     "Bảo hiểm xã hội cơ sở Diễn Châu chi trả lương hưu, trợ cấp bảo hiểm xã hội tháng mười một năm hai nghìn không "
     "trăm hai mươi lăm qua hệ thống Bưu điện từ ngày hai tháng mười một đến ngày hai mươi lăm tháng mười một năm hai "
     "nghìn không trăm hai mươi lăm."),
    ("Người đang hưởng lương hưu muốn thay đổi nơi nhận liên hệ BHXH cơ sở nơi cư trú hoặc làm trực tuyến trên ứng "
     "dụng VssID",
     "Người đang hưởng lương hưu muốn thay đổi nơi nhận liên hệ Bảo hiểm xã hội cơ sở nơi cư trú hoặc làm trực tuyến "
     "trên ứng dụng vê ét ét i đê."),
    ("Đến nay 78,6% người hưởng lương hưu, trợ cấp trên địa bàn đã nhận tiền qua tài khoản ngân hàng",
     "Đến nay bảy mươi tám phẩy sáu phần trăm người hưởng lương hưu, trợ cấp trên địa bàn đã nhận tiền qua tài khoản "
     "ngân hàng."),
    ("Từ ngày 01/7/2024, lương hưu được điều chỉnh tăng 15%; người nghỉ hưu trước năm 1995 có mức hưởng dưới 3,5 "
     "triệu đồng/tháng được tăng thêm",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư, lương hưu được điều chỉnh tăng mười lăm phần trăm; "
     "người nghỉ hưu trước năm một nghìn chín trăm chín mươi lăm có mức hưởng dưới ba phẩy năm triệu đồng mỗi tháng "
     "được tăng thêm."),

    # voluntary social insurance
    ("Mức đóng BHXH tự nguyện thấp nhất là 330.000 đồng/tháng, bằng 22% mức chuẩn hộ nghèo khu vực nông thôn",
     "Mức đóng bảo hiểm xã hội tự nguyện thấp nhất là ba trăm ba mươi nghìn đồng mỗi tháng, bằng hai mươi hai phần "
     "trăm mức chuẩn hộ nghèo khu vực nông thôn."),
    ("Người thuộc hộ cận nghèo được hỗ trợ 40%, tức 132.000 đồng/tháng, nên chỉ phải đóng 198.000 đồng/tháng",
     "Người thuộc hộ cận nghèo được hỗ trợ bốn mươi phần trăm, tức một trăm ba mươi hai nghìn đồng mỗi tháng, nên chỉ "
     "phải đóng một trăm chín mươi tám nghìn đồng mỗi tháng."),
    ("Người tham gia có thể đóng hằng tháng, 3 tháng, 6 tháng, 12 tháng một lần hoặc đóng một lần cho nhiều năm về "
     "sau, tối đa 5 năm",
     "Người tham gia có thể đóng hằng tháng, ba tháng, sáu tháng, mười hai tháng một lần hoặc đóng một lần cho nhiều "
     "năm về sau, tối đa năm năm."),
    ("Từ năm 2025, người tham gia BHXH tự nguyện khi sinh con được trợ cấp thai sản 2 triệu đồng/con",
     "Từ năm hai nghìn không trăm hai mươi lăm, người tham gia bảo hiểm xã hội tự nguyện khi sinh con được trợ cấp "
     "thai sản hai triệu đồng mỗi con."),
    ("Đăng ký tham gia BHXH tự nguyện tại đại lý thu xã Nghi Xuân, liên hệ chị Hồ Thị Mai, SĐT 0366.518.247",
     "Đăng ký tham gia bảo hiểm xã hội tự nguyện tại đại lý thu xã Nghi Xuân, liên hệ chị Hồ Thị Mai, số điện thoại "
     "không ba sáu sáu, năm một tám, hai bốn bảy."),
    ("Chỉ tiêu năm 2025 của xã là phát triển thêm 185 người tham gia BHXH tự nguyện, đến 30/9 đã đạt 62,7%",
     "Chỉ tiêu năm hai nghìn không trăm hai mươi lăm của xã là phát triển thêm một trăm tám mươi lăm người tham gia "
     "bảo hiểm xã hội tự nguyện, đến ngày ba mươi tháng chín đã đạt sáu mươi hai phẩy bảy phần trăm."),

    # health insurance (BHYT)
    ("Từ 01/7/2024, mức đóng BHYT hộ gia đình của người thứ nhất là 105.300 đồng/tháng",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư, mức đóng bảo hiểm y tế hộ gia đình của người thứ "
     "nhất là một trăm linh năm nghìn ba trăm đồng mỗi tháng."),
    ("Người thứ 2 đóng bằng 70%, người thứ 3 bằng 60%, người thứ 4 bằng 50% và từ người thứ 5 trở đi bằng 40% mức "
     "đóng của người thứ nhất",
     "Người thứ hai đóng bằng bảy mươi phần trăm, người thứ ba bằng sáu mươi phần trăm, người thứ tư bằng năm mươi "
     "phần trăm và từ người thứ năm trở đi bằng bốn mươi phần trăm mức đóng của người thứ nhất."),
    ("Thẻ BHYT của trẻ em dưới 6 tuổi có giá trị sử dụng đến hết ngày trẻ đủ 72 tháng tuổi",
     "Thẻ bảo hiểm y tế của trẻ em dưới sáu tuổi có giá trị sử dụng đến hết ngày trẻ đủ bảy mươi hai tháng tuổi."),
    ("Người tham gia BHYT liên tục đủ 5 năm và có số tiền cùng chi trả trong năm lớn hơn 6 tháng lương cơ sở được "
     "cấp giấy miễn cùng chi trả",
     "Người tham gia bảo hiểm y tế liên tục đủ năm năm và có số tiền cùng chi trả trong năm lớn hơn sáu tháng lương "
     "cơ sở được cấp giấy miễn cùng chi trả."),
    ("Khi đi khám bệnh, người dân có thể xuất trình thẻ BHYT giấy, ảnh thẻ trên VssID hoặc thẻ căn cước gắn chíp",
     "Khi đi khám bệnh, người dân có thể xuất trình thẻ bảo hiểm y tế giấy, ảnh thẻ trên vê ét ét i đê hoặc thẻ căn "
     "cước gắn chíp."),
    ("Học sinh, sinh viên năm học 2025 - 2026 đóng BHYT 631.800 đồng/12 tháng sau khi được NSNN hỗ trợ 50%",
     "Học sinh, sinh viên năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu đóng bảo "
     "hiểm y tế sáu trăm ba mươi mốt nghìn tám trăm đồng cho mười hai tháng sau khi được ngân sách nhà nước hỗ trợ "
     "năm mươi phần trăm."),
    ("Tỷ lệ bao phủ BHYT toàn xã đến hết tháng 10/2025 đạt 94,83%, còn 412 người chưa tham gia",
     "Tỷ lệ bao phủ bảo hiểm y tế toàn xã đến hết tháng mười năm hai nghìn không trăm hai mươi lăm đạt chín mươi tư "
     "phẩy tám mươi ba phần trăm, còn bốn trăm mười hai người chưa tham gia."),
    ("Quỹ BHYT thanh toán 100% chi phí khi tổng chi phí một lần khám thấp hơn 15% mức lương cơ sở, tức dưới 351.000 "
     "đồng",
     "Quỹ bảo hiểm y tế thanh toán một trăm phần trăm chi phí khi tổng chi phí một lần khám thấp hơn mười lăm phần "
     "trăm mức lương cơ sở, tức dưới ba trăm năm mươi mốt nghìn đồng."),

    # digital government: VNeID, e-identification, online public services, cashless payment
    ("Cài đặt ứng dụng VssID trên điện thoại thông minh, đăng nhập bằng số định danh cá nhân 12 chữ số",
     "Cài đặt ứng dụng vê ét ét i đê trên điện thoại thông minh, đăng nhập bằng số định danh cá nhân mười hai chữ "
     "số."),
    ("Công an xã hỗ trợ kích hoạt tài khoản ĐDĐT mức độ 2 vào các buổi tối thứ 3, thứ 5 tại nhà văn hóa các thôn",
     "Công an xã hỗ trợ kích hoạt tài khoản định danh điện tử mức độ hai vào các buổi tối thứ ba, thứ năm tại nhà văn "
     "hóa các thôn."),
    ("Từ ngày 01/7/2025, người dân có thể dùng tài khoản VNeID đăng nhập Cổng DVC quốc gia để nộp hồ sơ TTHC",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người dân có thể dùng tài khoản vê en e ai đi đăng "
     "nhập Cổng dịch vụ công quốc gia để nộp hồ sơ thủ tục hành chính."),
    ("Tổ CNSCĐ thôn Yên Lạc hướng dẫn bà con cài đặt chữ ký số và thanh toán không dùng tiền mặt qua mã QR",
     "Tổ công nghệ số cộng đồng thôn Yên Lạc hướng dẫn bà con cài đặt chữ ký số và thanh toán không dùng tiền mặt qua "
     "mã kiu a."),
    ("Thực hiện Đề án 06 của Chính phủ, đến nay 100% người hưởng trợ cấp xã hội trên địa bàn đã nhận tiền qua tài "
     "khoản",
     "Thực hiện Đề án không sáu của Chính phủ, đến nay một trăm phần trăm người hưởng trợ cấp xã hội trên địa bàn đã "
     "nhận tiền qua tài khoản."),
    ("Tích hợp thẻ BHYT, GPLX vào ứng dụng VNeID để thay thế giấy tờ khi làm thủ tục",
     "Tích hợp thẻ bảo hiểm y tế, giấy phép lái xe vào ứng dụng vê en e ai đi để thay thế giấy tờ khi làm thủ tục."),
    ("Mọi vướng mắc về tài khoản định danh điện tử, người dân gọi tổng đài 1900 0368 hoặc truy cập vneid.gov.vn",
     "Mọi vướng mắc về tài khoản định danh điện tử, người dân gọi tổng đài một chín không không, không ba sáu tám hoặc "
     "truy cập vê en e ai đi chấm gờ o vê chấm vê nờ."),
    ("Năm 2025, xã phấn đấu 80% hồ sơ TTHC được nộp trực tuyến và 100% kết quả giải quyết được số hóa",
     "Năm hai nghìn không trăm hai mươi lăm, xã phấn đấu tám mươi phần trăm hồ sơ thủ tục hành chính được nộp trực "
     "tuyến và một trăm phần trăm kết quả giải quyết được số hóa."),

    # fraud and scam warnings
    ("Cảnh giác với đối tượng giả danh cán bộ BHXH gọi điện thông báo truy thu, yêu cầu cài ứng dụng lạ và cung cấp "
     "mã OTP",
     "Cảnh giác với đối tượng giả danh cán bộ bảo hiểm xã hội gọi điện thông báo truy thu, yêu cầu cài ứng dụng lạ và "
     "cung cấp mã ô tê pê."),
    ("BHXH Việt Nam không gọi điện, nhắn tin yêu cầu người dân chuyển tiền; mọi thắc mắc gọi Tổng đài 1900.9068 "
     "(cước 1.000 đồng/phút)",
     "Bảo hiểm xã hội Việt Nam không gọi điện, nhắn tin yêu cầu người dân chuyển tiền; mọi thắc mắc gọi Tổng đài một "
     "chín không không, chín không sáu tám, cước một nghìn đồng mỗi phút."),
    ("Không bấm vào đường link lạ gửi qua Zalo, Facebook; kiểm tra trang web nghi vấn tại "
     "canhbao.khonggianmang.gov.vn",
     "Không bấm vào đường link lạ gửi qua Zalo, Facebook; kiểm tra trang web nghi vấn tại cảnh báo chấm không gian "
     "mạng chấm gờ o vê chấm vê nờ."),
    ("Trong 9 tháng năm 2025, trên địa bàn tỉnh xảy ra 126 vụ lừa đảo qua mạng, thiệt hại hơn 48 tỷ đồng",
     "Trong chín tháng năm hai nghìn không trăm hai mươi lăm, trên địa bàn tỉnh xảy ra một trăm hai mươi sáu vụ lừa "
     "đảo qua mạng, thiệt hại hơn bốn mươi tám tỷ đồng."),
    ("Đối tượng mạo danh Công an gọi điện yêu cầu cập nhật CCCD, tích hợp VNeID qua đường link giả mạo",
     "Đối tượng mạo danh Công an gọi điện yêu cầu cập nhật căn cước công dân, tích hợp vê en e ai đi qua đường link "
     "giả mạo."),
    ("Khi nghi ngờ bị lừa đảo, báo ngay cho Công an xã hoặc gọi 113; phản ánh cuộc gọi rác qua đầu số 156",
     "Khi nghi ngờ bị lừa đảo, báo ngay cho Công an xã hoặc gọi một một ba; phản ánh cuộc gọi rác qua đầu số một năm "
     "sáu."),
    ("Chiêu trò “việc nhẹ lương cao” hứa trả 500.000 - 1.000.000 đồng/ngày chỉ để thả tim, like bài viết",
     "Chiêu trò việc nhẹ lương cao hứa trả năm trăm nghìn đến một triệu đồng mỗi ngày chỉ để thả tim, like bài viết."),

    # drug prevention
    ("Hưởng ứng Tháng hành động phòng, chống ma túy từ ngày 01/6 đến 30/6/2025",
     "Hưởng ứng Tháng hành động phòng, chống ma túy từ ngày một tháng sáu đến ngày ba mươi tháng sáu năm hai nghìn "
     "không trăm hai mươi lăm."),
    ("Toàn xã hiện có 27 người nghiện ma túy có hồ sơ quản lý, trong đó 9 người đang cai nghiện tại cơ sở",
     "Toàn xã hiện có hai mươi bảy người nghiện ma túy có hồ sơ quản lý, trong đó chín người đang cai nghiện tại cơ "
     "sở."),
    ("Tuyệt đối không sử dụng “nước vui”, bóng cười (khí N2O) và thuốc lá điện tử",
     "Tuyệt đối không sử dụng nước vui, bóng cười, khí nờ hai o, và thuốc lá điện tử."),
    ("Người nghiện ma túy từ đủ 12 đến dưới 18 tuổi được cai nghiện tự nguyện tại gia đình, cộng đồng",
     "Người nghiện ma túy từ đủ mười hai đến dưới mười tám tuổi được cai nghiện tự nguyện tại gia đình, cộng đồng."),

    # dengue fever
    ("Tuần 41/2025, toàn tỉnh ghi nhận 318 ca mắc SXH, tăng 27% so với tuần trước, chưa có ca tử vong",
     "Tuần bốn mươi mốt năm hai nghìn không trăm hai mươi lăm, toàn tỉnh ghi nhận ba trăm mười tám ca mắc sốt xuất "
     "huyết, tăng hai mươi bảy phần trăm so với tuần trước, chưa có ca tử vong."),
    ("Trạm Y tế xã phối hợp tổ chức chiến dịch diệt lăng quăng, bọ gậy tại thôn 2, thôn 6 vào sáng 18/10",
     "Trạm Y tế xã phối hợp tổ chức chiến dịch diệt lăng quăng, bọ gậy tại thôn hai, thôn sáu vào sáng ngày mười tám "
     "tháng mười."),
    ("Phun hóa chất diệt muỗi trong bán kính 200 m quanh ổ dịch, các hộ mở cửa từ 7h - 10h30",
     "Phun hóa chất diệt muỗi trong bán kính hai trăm mét quanh ổ dịch, các hộ mở cửa từ bảy giờ đến mười giờ ba mươi "
     "phút."),
    ("Khi sốt cao liên tục 2 - 7 ngày kèm xuất huyết dưới da, cần đến ngay TYT xã hoặc TTYT khu vực, không tự ý truyền "
     "dịch tại nhà",
     "Khi sốt cao liên tục hai đến bảy ngày kèm xuất huyết dưới da, cần đến ngay trạm y tế xã hoặc Trung tâm Y tế khu "
     "vực, không tự ý truyền dịch tại nhà."),
    ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh khuyến cáo người dân ngủ màn kể cả ban ngày, thả cá bảy màu vào dụng cụ "
     "chứa nước",
     "Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo người dân ngủ màn kể cả ban ngày, thả cá bảy màu vào dụng cụ chứa "
     "nước."),

    # rabies and vaccination
    ("Tiêm phòng dại cho chó, mèo đợt II năm 2025 tại 12 thôn từ ngày 03 - 07/11, giá 40.000 đồng/liều",
     "Tiêm phòng dại cho chó, mèo đợt hai năm hai nghìn không trăm hai mươi lăm tại mười hai thôn từ ngày ba đến bảy "
     "tháng mười một, giá bốn mươi nghìn đồng một liều."),
    ("Chủ nuôi để chó thả rông nơi công cộng, không đeo rọ mõm có thể bị phạt từ 600.000 - 800.000 đồng",
     "Chủ nuôi để chó thả rông nơi công cộng, không đeo rọ mõm có thể bị phạt từ sáu trăm nghìn đến tám trăm nghìn "
     "đồng."),
    ("Bị chó, mèo cắn cần rửa vết thương bằng xà phòng dưới vòi nước chảy trong 15 phút và tiêm vắc xin dại trong vòng "
     "24h",
     "Bị chó, mèo cắn cần rửa vết thương bằng xà phòng dưới vòi nước chảy trong mười lăm phút và tiêm vắc xin dại "
     "trong vòng hai mươi tư giờ."),
    ("Trẻ 2 tháng tuổi tiêm mũi 1 vắc xin 5 trong 1 phòng bạch hầu, ho gà, uốn ván, viêm gan B và viêm phổi, viêm màng "
     "não mủ",
     "Trẻ hai tháng tuổi tiêm mũi một vắc xin năm trong một phòng bạch hầu, ho gà, uốn ván, viêm gan B và viêm phổi, "
     "viêm màng não mủ."),
    ("Chiến dịch tiêm vắc xin sởi - rubella (MR) cho trẻ từ 1 - 10 tuổi diễn ra từ 15/10 đến hết 30/11/2025",
     "Chiến dịch tiêm vắc xin sởi, rubella cho trẻ từ một đến mười tuổi diễn ra từ ngày mười lăm tháng mười đến hết "
     "ngày ba mươi tháng mười một năm hai nghìn không trăm hai mươi lăm."),

    # other health notices
    ("TTYT khu vực Nghi Lộc khám, tư vấn miễn phí bệnh THA, ĐTĐ cho người từ 40 tuổi trở lên vào thứ 4 hằng tuần",
     "Trung tâm Y tế khu vực Nghi Lộc khám, tư vấn miễn phí bệnh tăng huyết áp, đái tháo đường cho người từ bốn mươi "
     "tuổi trở lên vào thứ tư hằng tuần."),
    ("Ngộ độc thực phẩm tại một đám cưới làm 46 người phải nhập viện; BCĐ liên ngành ATTP xã đã lấy mẫu xét nghiệm",
     "Ngộ độc thực phẩm tại một đám cưới làm bốn mươi sáu người phải nhập viện; Ban Chỉ đạo liên ngành an toàn thực "
     "phẩm xã đã lấy mẫu xét nghiệm."),
    ("Nắng nóng trên 37°C, người cao tuổi và trẻ nhỏ hạn chế ra ngoài từ 11h đến 15h, uống đủ 2 lít nước/ngày",
     "Nắng nóng trên ba mươi bảy độ xê, người cao tuổi và trẻ nhỏ hạn chế ra ngoài từ mười một giờ đến mười lăm giờ, "
     "uống đủ hai lít nước mỗi ngày."),
    ("Phụ nữ mang thai cần khám thai ít nhất 4 lần trong thai kỳ và uống viên sắt 60 mg mỗi ngày",
     "Phụ nữ mang thai cần khám thai ít nhất bốn lần trong thai kỳ và uống viên sắt sáu mươi mi li gam mỗi ngày."),

    # livestock disease and farming
    ("Ổ dịch DTLCP tại thôn Trung Phú đã tiêu hủy 67 con lợn với tổng trọng lượng 4.215 kg",
     "Ổ dịch dịch tả lợn châu Phi tại thôn Trung Phú đã tiêu hủy sáu mươi bảy con lợn với tổng trọng lượng bốn nghìn "
     "hai trăm mười lăm ki lô gam."),
    ("Hỗ trợ chủ hộ có lợn phải tiêu hủy do dịch bệnh mức 38.000 đồng/kg lợn hơi",
     "Hỗ trợ chủ hộ có lợn phải tiêu hủy do dịch bệnh mức ba mươi tám nghìn đồng một ki lô gam lợn hơi."),
    ("Không mua bán, vận chuyển gia cầm ốm chết; khi phát hiện báo ngay cho thú y xã qua số 0983 461 205",
     "Không mua bán, vận chuyển gia cầm ốm chết; khi phát hiện báo ngay cho thú y xã qua số không chín tám ba, bốn "
     "sáu một, hai không năm."),
    ("Vụ Đông năm 2025, toàn xã gieo trồng 215,5 ha, trong đó ngô 120 ha, khoai lang 45 ha, rau màu các loại 50,5 ha",
     "Vụ Đông năm hai nghìn không trăm hai mươi lăm, toàn xã gieo trồng hai trăm mười lăm phẩy năm héc ta, trong đó "
     "ngô một trăm hai mươi héc ta, khoai lang bốn mươi lăm héc ta, rau màu các loại năm mươi phẩy năm héc ta."),
    ("Sâu cuốn lá nhỏ lứa 6 phát sinh gây hại, mật độ phổ biến 20 - 30 con/m², nơi cao 80 con/m²",
     "Sâu cuốn lá nhỏ lứa sáu phát sinh gây hại, mật độ phổ biến hai mươi đến ba mươi con trên mét vuông, nơi cao tám "
     "mươi con trên mét vuông."),
    ("HTX nông nghiệp Thanh Xuân bao tiêu lạc giống với giá 35.000đ/kg, đăng ký trước 25/01/2026",
     "Hợp tác xã nông nghiệp Thanh Xuân bao tiêu lạc giống với giá ba mươi lăm nghìn đồng một ki lô gam, đăng ký trước "
     "ngày hai mươi lăm tháng một năm hai nghìn không trăm hai mươi sáu."),
    ("Lấy nước đổ ải cho 350 ha lúa Xuân theo lịch: từ 5/1 - 12/1 vùng trên, từ 13/1 - 20/1 vùng dưới",
     "Lấy nước đổ ải cho ba trăm năm mươi héc ta lúa Xuân theo lịch: từ ngày năm tháng một đến ngày mười hai tháng một "
     "vùng trên, từ ngày mười ba tháng một đến ngày hai mươi tháng một vùng dưới."),
    ("Sở NN&MT khuyến cáo mỗi sào (500 m²) bón lót 300 - 400 kg phân chuồng hoai mục",
     "Sở Nông nghiệp và Môi trường khuyến cáo mỗi sào, năm trăm mét vuông, bón lót ba trăm đến bốn trăm ki lô gam "
     "phân chuồng hoai mục."),

    # weather and natural disasters
    ("Hồi 10h ngày 28/9, vị trí tâm bão số 10 ở khoảng 17,8 độ Vĩ Bắc, 107,4 độ Kinh Đông, cách Hà Tĩnh khoảng 120 km",
     "Hồi mười giờ ngày hai mươi tám tháng chín, vị trí tâm bão số mười ở khoảng mười bảy phẩy tám độ Vĩ Bắc, một trăm "
     "linh bảy phẩy bốn độ Kinh Đông, cách Hà Tĩnh khoảng một trăm hai mươi ki lô mét."),
    ("Trên đất liền ven biển Nghệ An, Hà Tĩnh gió mạnh dần lên cấp 8 - 9 (62-88 km/h), vùng gần tâm bão cấp 12, "
     "giật cấp 14",
     "Trên đất liền ven biển Nghệ An, Hà Tĩnh gió mạnh dần lên cấp tám đến chín, sáu mươi hai đến tám mươi tám ki lô "
     "mét trên giờ, vùng gần tâm bão cấp mười hai, giật cấp mười bốn."),
    ("Vùng biển ngoài khơi có sóng cao 5 - 7 m, biển động dữ dội; tàu thuyền vào nơi tránh trú trước 17h ngày 27/9",
     "Vùng biển ngoài khơi có sóng cao năm đến bảy mét, biển động dữ dội; tàu thuyền vào nơi tránh trú trước mười bảy "
     "giờ ngày hai mươi bảy tháng chín."),
    ("Từ đêm ngày 29/9 đến hết ngày 01/10, khu vực có mưa to đến rất to, tổng lượng mưa cả đợt từ 200 - 350 mm",
     "Từ đêm ngày hai mươi chín tháng chín đến hết ngày một tháng mười, khu vực có mưa to đến rất to, tổng lượng mưa cả "
     "đợt từ hai trăm đến ba trăm năm mươi mi li mét."),
    ("Cảnh báo cấp độ rủi ro thiên tai do lũ quét, sạt lở đất: cấp 1; do mưa lớn: cấp 2",
     "Cảnh báo cấp độ rủi ro thiên tai do lũ quét, sạt lở đất: cấp một; do mưa lớn: cấp hai."),
    ("BCH PCTT&TKCN xã yêu cầu sơ tán 48 hộ với 163 nhân khẩu tại các vùng có nguy cơ sạt lở ở thôn Khe Nạp",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã yêu cầu sơ tán bốn mươi tám hộ với một trăm sáu mươi "
     "ba nhân khẩu tại các vùng có nguy cơ sạt lở ở thôn Khe Nạp."),
    ("Hồ chứa nước Sông Rác xả tràn với lưu lượng 350 m³/s từ 14h ngày 30/9, mực nước hạ du có thể lên 1,5 - 2 m",
     "Hồ chứa nước Sông Rác xả tràn với lưu lượng ba trăm năm mươi mét khối trên giây từ mười bốn giờ ngày ba mươi "
     "tháng chín, mực nước hạ du có thể lên một phẩy năm đến hai mét."),
    ("Đợt rét đậm, rét hại kéo dài, vùng núi có nơi dưới 8°C; người dân che chắn chuồng trại, không thả rông trâu bò",
     "Đợt rét đậm, rét hại kéo dài, vùng núi có nơi dưới tám độ xê; người dân che chắn chuồng trại, không thả rông "
     "trâu bò."),

    # traffic
    ("Theo NĐ 168/2024/NĐ-CP, lái ô tô có nồng độ cồn vượt quá 50 mg đến 80 mg/100 ml máu bị phạt từ 18 - 20 triệu "
     "đồng và trừ 10 điểm GPLX",
     "Theo Nghị định số một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ, lái ô tô có nồng độ "
     "cồn vượt quá năm mươi mi li gam đến tám mươi mi li gam trên một trăm mi li lít máu bị phạt từ mười tám đến hai "
     "mươi triệu đồng và trừ mười điểm giấy phép lái xe."),
    ("Từ 01/01/2026, trẻ em dưới 10 tuổi và cao dưới 1,35 m không được ngồi cùng hàng ghế với người lái xe ô tô",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, trẻ em dưới mười tuổi và cao dưới một phẩy ba mươi "
     "lăm mét không được ngồi cùng hàng ghế với người lái xe ô tô."),
    ("Trong 9 tháng, trên địa bàn xã xảy ra 5 vụ TNGT, làm chết 2 người, bị thương 4 người",
     "Trong chín tháng, trên địa bàn xã xảy ra năm vụ tai nạn giao thông, làm chết hai người, bị thương bốn người."),
    ("Phân luồng giao thông trên QL7 đoạn Km 45 - Km 52 từ 22h ngày 15/11 đến 5h ngày 16/11 để thi công cầu",
     "Phân luồng giao thông trên quốc lộ bảy đoạn ki lô mét bốn mươi lăm đến ki lô mét năm mươi hai từ hai mươi hai "
     "giờ ngày mười lăm tháng mười một đến năm giờ ngày mười sáu tháng mười một để thi công cầu."),
    ("Trẻ em từ đủ 6 tuổi trở lên ngồi xe máy phải đội MBH đạt chuẩn, cài quai đúng quy cách",
     "Trẻ em từ đủ sáu tuổi trở lên ngồi xe máy phải đội mũ bảo hiểm đạt chuẩn, cài quai đúng quy cách."),
    ("Tổ công tác 141 Công an tỉnh tuần tra, kiểm soát trên tuyến ĐT 534 từ 19h - 23h các ngày cuối tuần",
     "Tổ công tác một bốn một Công an tỉnh tuần tra, kiểm soát trên tuyến đường tỉnh năm trăm ba mươi tư từ mười chín "
     "giờ đến hai mươi ba giờ các ngày cuối tuần."),
    ("Xe máy điện mới mua phải đăng ký trong vòng 30 ngày kể từ ngày làm chứng từ chuyển quyền sở hữu",
     "Xe máy điện mới mua phải đăng ký trong vòng ba mươi ngày kể từ ngày làm chứng từ chuyển quyền sở hữu."),

    # police: identity cards, residence, security
    ("Công an xã làm thủ tục cấp thẻ căn cước cho trẻ em dưới 14 tuổi vào thứ 7, CN tuần thứ 2 và tuần thứ 4 hằng "
     "tháng",
     "Công an xã làm thủ tục cấp thẻ căn cước cho trẻ em dưới mười bốn tuổi vào thứ bảy, chủ nhật tuần thứ hai và tuần "
     "thứ tư hằng tháng."),
    ("Cơ sở cho thuê nhà trọ thông báo lưu trú cho Công an xã trước 23h; khách đến sau 23h thì thông báo trước 8h sáng "
     "hôm sau",
     "Cơ sở cho thuê nhà trọ thông báo lưu trú cho Công an xã trước hai mươi ba giờ; khách đến sau hai mươi ba giờ thì "
     "thông báo trước tám giờ sáng hôm sau."),
    ("Theo Luật Căn cước 2023, công dân từ đủ 14 tuổi phải làm thủ tục cấp thẻ căn cước",
     "Theo Luật Căn cước năm hai nghìn không trăm hai mươi ba, công dân từ đủ mười bốn tuổi phải làm thủ tục cấp thẻ "
     "căn cước."),
    ("Phong trào “Toàn dân bảo vệ an ninh Tổ quốc”: 100% thôn xây dựng mô hình camera an ninh, lắp đặt 235 camera",
     "Phong trào Toàn dân bảo vệ an ninh Tổ quốc: một trăm phần trăm thôn xây dựng mô hình camera an ninh, lắp đặt hai "
     "trăm ba mươi lăm camera."),
    ("Thôn Bình Minh kiện toàn Tổ bảo vệ ANTT ở cơ sở gồm 5 thành viên, mức hỗ trợ 1.200.000 đồng/tháng",
     "Thôn Bình Minh kiện toàn Tổ bảo vệ an ninh trật tự ở cơ sở gồm năm thành viên, mức hỗ trợ một triệu hai trăm "
     "nghìn đồng mỗi tháng."),

    # fire prevention
    ("Khoảng 70% vụ cháy nhà ở có nguyên nhân từ sự cố điện, người dân không sạc xe điện qua đêm",
     "Khoảng bảy mươi phần trăm vụ cháy nhà ở có nguyên nhân từ sự cố điện, người dân không sạc xe điện qua đêm."),
    ("Mỗi hộ gia đình nên trang bị ít nhất 1 bình chữa cháy loại 4 kg và 1 mặt nạ lọc độc",
     "Mỗi hộ gia đình nên trang bị ít nhất một bình chữa cháy loại bốn ki lô gam và một mặt nạ lọc độc."),
    ("Cảnh sát PCCC&CNCH Công an tỉnh hướng dẫn thoát nạn khi cháy nhà ống, nhà nhiều tầng; số điện thoại báo cháy "
     "114",
     "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh hướng dẫn thoát nạn khi cháy nhà ống, nhà nhiều "
     "tầng; số điện thoại báo cháy một một bốn."),
    ("Cấp dự báo cháy rừng trên địa bàn hiện ở cấp IV (nguy hiểm), nghiêm cấm đốt thực bì, đốt nương rẫy",
     "Cấp dự báo cháy rừng trên địa bàn hiện ở cấp bốn, nguy hiểm, nghiêm cấm đốt thực bì, đốt nương rẫy."),
    ("Diễn tập phương án PCCC tại chợ trung tâm xã lúc 8h00 ngày 09/11 với sự tham gia của 120 tiểu thương",
     "Diễn tập phương án phòng cháy, chữa cháy tại chợ trung tâm xã lúc tám giờ ngày chín tháng mười một với sự tham "
     "gia của một trăm hai mươi tiểu thương."),

    # drowning prevention
    ("Trung bình mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước, cao gấp 8 lần các nước phát triển",
     "Trung bình mỗi năm cả nước có khoảng hai nghìn trẻ em tử vong do đuối nước, cao gấp tám lần các nước phát "
     "triển."),
    ("Lớp dạy bơi miễn phí cho trẻ từ 7 - 14 tuổi khai giảng ngày 10/6 tại hồ bơi Trường THCS Hưng Lộc, mỗi khóa 10 "
     "buổi",
     "Lớp dạy bơi miễn phí cho trẻ từ bảy đến mười bốn tuổi khai giảng ngày mười tháng sáu tại hồ bơi Trường trung học "
     "cơ sở Hưng Lộc, mỗi khóa mười buổi."),
    ("Tại các điểm nước sâu, UBND xã đã cắm 34 biển cảnh báo nguy hiểm",
     "Tại các điểm nước sâu, Ủy ban nhân dân xã đã cắm ba mươi tư biển cảnh báo nguy hiểm."),
    ("Khi phát hiện người đuối nước, hô hoán mọi người, gọi 115 và không nhảy xuống cứu nếu không biết bơi",
     "Khi phát hiện người đuối nước, hô hoán mọi người, gọi một một năm và không nhảy xuống cứu nếu không biết bơi."),
    ("Theo Tổ chức Y tế Thế giới (WHO), đuối nước là một trong những nguyên nhân hàng đầu gây tử vong ở trẻ em từ "
     "1 - 14 tuổi",
     "Theo Tổ chức Y tế Thế giới, đuối nước là một trong những nguyên nhân hàng đầu gây tử vong ở trẻ em từ một đến "
     "mười bốn tuổi."),

    # education
    ("Học sinh lớp 12 đăng ký dự thi tốt nghiệp THPT năm 2026 trực tuyến từ ngày 20/4 đến 17h00 ngày 29/4",
     "Học sinh lớp mười hai đăng ký dự thi tốt nghiệp trung học phổ thông năm hai nghìn không trăm hai mươi sáu trực "
     "tuyến từ ngày hai mươi tháng tư đến mười bảy giờ ngày hai mươi chín tháng tư."),
    ("Từ năm học 2025 - 2026, học sinh phổ thông công lập được miễn học phí; học sinh trường tư thục được hỗ trợ theo "
     "mức do HĐND tỉnh quy định",
     "Từ năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu, học sinh phổ thông công lập "
     "được miễn học phí; học sinh trường tư thục được hỗ trợ theo mức do Hội đồng nhân dân tỉnh quy định."),
    ("Trường TH số 2 Hưng Đạo tuyển 140 HS vào lớp 1, nhận hồ sơ từ 8/7 - 25/7/2026",
     "Trường tiểu học số hai Hưng Đạo tuyển một trăm bốn mươi học sinh vào lớp một, nhận hồ sơ từ ngày tám tháng bảy "
     "đến ngày hai mươi lăm tháng bảy năm hai nghìn không trăm hai mươi sáu."),
    ("Lễ khai giảng năm học mới bắt đầu lúc 7h15 ngày 05/9, học sinh có mặt trước 6h45",
     "Lễ khai giảng năm học mới bắt đầu lúc bảy giờ mười lăm phút ngày năm tháng chín, học sinh có mặt trước sáu giờ "
     "bốn mươi lăm phút."),
    ("Học sinh đạt giải Nhất cấp tỉnh được khen thưởng 3.000.000 đ, giải Nhì 2.000.000 đ, giải Ba 1.500.000 đ",
     "Học sinh đạt giải Nhất cấp tỉnh được khen thưởng ba triệu đồng, giải Nhì hai triệu đồng, giải Ba một triệu năm "
     "trăm nghìn đồng."),
    ("Tỷ lệ học sinh tốt nghiệp THPT năm 2025 của trường đạt 99,12%",
     "Tỷ lệ học sinh tốt nghiệp trung học phổ thông năm hai nghìn không trăm hai mươi lăm của trường đạt chín mươi "
     "chín phẩy mười hai phần trăm."),

    # tax
    ("Từ ngày 01/01/2026, hộ kinh doanh chuyển từ thuế khoán sang tự kê khai; hộ có doanh thu từ 1 tỷ đồng/năm trở "
     "lên dùng HĐĐT khởi tạo từ máy tính tiền",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, hộ kinh doanh chuyển từ thuế khoán sang tự kê khai; "
     "hộ có doanh thu từ một tỷ đồng mỗi năm trở lên dùng hóa đơn điện tử khởi tạo từ máy tính tiền."),
    ("Mức giảm trừ gia cảnh cho bản thân người nộp thuế TNCN là 15,5 triệu đồng/tháng, người phụ thuộc 6,2 triệu "
     "đồng/tháng",
     "Mức giảm trừ gia cảnh cho bản thân người nộp thuế thu nhập cá nhân là mười lăm phẩy năm triệu đồng mỗi tháng, "
     "người phụ thuộc sáu phẩy hai triệu đồng mỗi tháng."),
    ("Thuế cơ sở 3 tỉnh Nghệ An hỗ trợ hộ kinh doanh kê khai thuế qua ứng dụng eTax Mobile vào sáng thứ 3, thứ 5 hằng "
     "tuần",
     "Thuế cơ sở ba tỉnh Nghệ An hỗ trợ hộ kinh doanh kê khai thuế qua ứng dụng i tắc mô bai vào sáng thứ ba, thứ năm "
     "hằng tuần."),
    ("Tiền thuê đất trả hằng năm nộp kỳ thứ nhất chậm nhất ngày 31/5, kỳ thứ hai chậm nhất ngày 31/10",
     "Tiền thuê đất trả hằng năm nộp kỳ thứ nhất chậm nhất ngày ba mươi mốt tháng năm, kỳ thứ hai chậm nhất ngày ba "
     "mươi mốt tháng mười."),
    ("Thuế suất thuế GTGT 8% được áp dụng đến hết ngày 31/12/2026 theo Nghị định 174/2025/NĐ-CP",
     "Thuế suất thuế giá trị gia tăng tám phần trăm được áp dụng đến hết ngày ba mươi mốt tháng mười hai năm hai nghìn "
     "không trăm hai mươi sáu theo Nghị định số một trăm bảy mươi tư năm hai nghìn không trăm hai mươi lăm của Chính "
     "phủ."),

    # land
    ("Niêm yết công khai kết quả kiểm tra hồ sơ đề nghị cấp GCN của 23 hộ tại nhà văn hóa thôn trong thời gian 15 "
     "ngày",
     "Niêm yết công khai kết quả kiểm tra hồ sơ đề nghị cấp giấy chứng nhận của hai mươi ba hộ tại nhà văn hóa thôn "
     "trong thời gian mười lăm ngày."),
    ("Thu hồi 2,35 ha đất nông nghiệp để xây dựng tuyến đường từ QL1A vào KCN Hoàng Mai II",
     "Thu hồi hai phẩy ba mươi lăm héc ta đất nông nghiệp để xây dựng tuyến đường từ quốc lộ một A vào khu công nghiệp "
     "Hoàng Mai hai."),
    ("Theo bảng giá đất áp dụng từ 01/01/2026, đất ở mặt tiền đường Lê Duẩn có giá 18,5 triệu đồng/m²",
     "Theo bảng giá đất áp dụng từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, đất ở mặt tiền đường Lê "
     "Duẩn có giá mười tám phẩy năm triệu đồng một mét vuông."),
    ("Người sử dụng đất nộp hồ sơ đăng ký biến động tại Chi nhánh VPĐKĐĐ khu vực Diễn Châu",
     "Người sử dụng đất nộp hồ sơ đăng ký biến động tại Chi nhánh Văn phòng đăng ký đất đai khu vực Diễn Châu."),
    ("Luật Đất đai năm 2024 quy định hạn mức nhận chuyển quyền sử dụng đất nông nghiệp không quá 15 lần hạn mức giao "
     "đất",
     "Luật Đất đai năm hai nghìn không trăm hai mươi tư quy định hạn mức nhận chuyển quyền sử dụng đất nông nghiệp "
     "không quá mười lăm lần hạn mức giao đất."),

    # elections
    ("Danh sách cử tri được niêm yết tại 9 KVBP của xã từ ngày 03/02/2026, cử tri kiểm tra và phản ánh sai sót trong "
     "10 ngày",
     "Danh sách cử tri được niêm yết tại chín khu vực bỏ phiếu của xã từ ngày ba tháng hai năm hai nghìn không trăm "
     "hai mươi sáu, cử tri kiểm tra và phản ánh sai sót trong mười ngày."),
    ("Đơn vị bầu cử số 2 gồm thôn 4, thôn 5, thôn 7, được bầu 03 đại biểu, có 05 người ứng cử",
     "Đơn vị bầu cử số hai gồm thôn bốn, thôn năm, thôn bảy, được bầu ba đại biểu, có năm người ứng cử."),
    ("Công dân sinh vào hoặc trước ngày 15/3/2008 có quyền bầu cử; người sinh sau ngày này chưa đủ 18 tuổi",
     "Công dân sinh vào hoặc trước ngày mười lăm tháng ba năm hai nghìn không trăm linh tám có quyền bầu cử; người sinh "
     "sau ngày này chưa đủ mười tám tuổi."),
    ("Tại KVBP số 5, đến 15h đã có 1.126/1.204 cử tri đi bỏ phiếu, đạt 93,52%",
     "Tại khu vực bỏ phiếu số năm, đến mười lăm giờ đã có một nghìn một trăm hai mươi sáu trên một nghìn hai trăm linh "
     "bốn cử tri đi bỏ phiếu, đạt chín mươi ba phẩy năm mươi hai phần trăm."),
    ("Hội nghị hiệp thương lần thứ 3 do Ban Thường trực UBMTTQ xã tổ chức lập danh sách chính thức những người ứng cử",
     "Hội nghị hiệp thương lần thứ ba do Ban Thường trực Ủy ban Mặt trận Tổ quốc xã tổ chức lập danh sách chính thức "
     "những người ứng cử."),
    ("Kỳ họp thứ nhất HĐND xã khóa I, nhiệm kỳ 2026 - 2031 bầu các chức danh lãnh đạo",
     "Kỳ họp thứ nhất Hội đồng nhân dân xã khóa một, nhiệm kỳ hai nghìn không trăm hai mươi sáu đến hai nghìn không "
     "trăm ba mươi mốt bầu các chức danh lãnh đạo."),

    # military service
    ("Hội đồng NVQS xã gọi 31 công dân khám sức khỏe NVQS năm 2026 tại TTYT khu vực vào ngày 12 và 13/11/2025",
     "Hội đồng nghĩa vụ quân sự xã gọi ba mươi mốt công dân khám sức khỏe nghĩa vụ quân sự năm hai nghìn không trăm hai "
     "mươi sáu tại Trung tâm Y tế khu vực vào ngày mười hai và mười ba tháng mười một năm hai nghìn không trăm hai "
     "mươi lăm."),
    ("Ban CHQS xã tổ chức huấn luyện lực lượng DQTV năm 2026 trong 12 ngày, từ 03/3 đến 14/3/2026",
     "Ban Chỉ huy quân sự xã tổ chức huấn luyện lực lượng dân quân tự vệ năm hai nghìn không trăm hai mươi sáu trong "
     "mười hai ngày, từ ngày ba tháng ba đến ngày mười bốn tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ("Năm 2026, tân binh của xã được biên chế về Trung đoàn 335 và Lữ đoàn 414, Quân khu 4",
     "Năm hai nghìn không trăm hai mươi sáu, tân binh của xã được biên chế về Trung đoàn ba trăm ba mươi lăm và Lữ "
     "đoàn bốn trăm mười bốn, Quân khu bốn."),
    ("Quân nhân hoàn thành NVQS trở về địa phương đăng ký vào ngạch dự bị trong 15 ngày làm việc",
     "Quân nhân hoàn thành nghĩa vụ quân sự trở về địa phương đăng ký vào ngạch dự bị trong mười lăm ngày làm việc."),
    ("Tân binh nhập ngũ năm 2026 được địa phương tặng quà trị giá 3 triệu đồng/người",
     "Tân binh nhập ngũ năm hai nghìn không trăm hai mươi sáu được địa phương tặng quà trị giá ba triệu đồng mỗi "
     "người."),

    # youth union
    ("Đoàn TN xã ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 lúc 7h00 ngày 24/5 với 150 đoàn viên tham gia",
     "Đoàn thanh niên xã ra quân Chiến dịch Thanh niên tình nguyện hè năm hai nghìn không trăm hai mươi sáu lúc bảy "
     "giờ ngày hai mươi tư tháng năm với một trăm năm mươi đoàn viên tham gia."),
    ("Kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026), Đoàn xã tổ chức giải chạy 5 km",
     "Kỷ niệm chín mươi lăm năm Ngày thành lập Đoàn thanh niên cộng sản Hồ Chí Minh, hai mươi sáu tháng ba năm một "
     "nghìn chín trăm ba mươi mốt đến hai mươi sáu tháng ba năm hai nghìn không trăm hai mươi sáu, Đoàn xã tổ chức "
     "giải chạy năm ki lô mét."),
    ("Ngày hội hiến máu tình nguyện “Giọt hồng yêu thương” tiếp nhận 215 đơn vị máu (mỗi đơn vị 350 ml)",
     "Ngày hội hiến máu tình nguyện Giọt hồng yêu thương tiếp nhận hai trăm mười lăm đơn vị máu, mỗi đơn vị ba trăm "
     "năm mươi mi li lít."),
    ("Thanh niên từ 18 - 35 tuổi đăng ký tham gia lớp tập huấn khởi nghiệp, hạn chót 30/4",
     "Thanh niên từ mười tám đến ba mươi lăm tuổi đăng ký tham gia lớp tập huấn khởi nghiệp, hạn chót ngày ba mươi "
     "tháng tư."),

    # women's union
    ("Hội LHPN xã trao 5 mái ấm tình thương, mỗi căn trị giá 60 triệu đồng, cho hội viên có hoàn cảnh khó khăn",
     "Hội Liên hiệp Phụ nữ xã trao năm mái ấm tình thương, mỗi căn trị giá sáu mươi triệu đồng, cho hội viên có hoàn "
     "cảnh khó khăn."),
    ("Nhân kỷ niệm ngày 8/3, Hội Phụ nữ thôn tổ chức giao lưu văn nghệ lúc 19h30 tại NVH thôn",
     "Nhân kỷ niệm ngày tám tháng ba, Hội Phụ nữ thôn tổ chức giao lưu văn nghệ lúc mười chín giờ ba mươi phút tại nhà "
     "văn hóa thôn."),
    ("Hội viên phụ nữ thuộc hộ nghèo được vay vốn qua Tổ TK&VV với mức tối đa 100 triệu đồng/hộ, thời hạn 60 tháng",
     "Hội viên phụ nữ thuộc hộ nghèo được vay vốn qua Tổ tiết kiệm và vay vốn với mức tối đa một trăm triệu đồng mỗi "
     "hộ, thời hạn sáu mươi tháng."),
    ("Hội LHPN tỉnh phát động chương trình “Mẹ đỡ đầu” hỗ trợ 500.000 đồng/tháng cho trẻ mồ côi đến khi đủ 18 tuổi",
     "Hội Liên hiệp Phụ nữ tỉnh phát động chương trình Mẹ đỡ đầu hỗ trợ năm trăm nghìn đồng mỗi tháng cho trẻ mồ côi "
     "đến khi đủ mười tám tuổi."),

    # veterans and the elderly
    ("Hội CCB xã kỷ niệm 36 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam (6/12/1989 - 6/12/2025)",
     "Hội cựu chiến binh xã kỷ niệm ba mươi sáu năm Ngày truyền thống Hội Cựu chiến binh Việt Nam, sáu tháng mười hai "
     "năm một nghìn chín trăm tám mươi chín đến sáu tháng mười hai năm hai nghìn không trăm hai mươi lăm."),
    ("Cụ tròn 100 tuổi được Chủ tịch nước tặng thiếp mừng thọ và quà trị giá 700.000 đồng; cụ 90 tuổi được UBND tỉnh "
     "tặng quà 500.000 đồng",
     "Cụ tròn một trăm tuổi được Chủ tịch nước tặng thiếp mừng thọ và quà trị giá bảy trăm nghìn đồng; cụ chín mươi "
     "tuổi được Ủy ban nhân dân tỉnh tặng quà năm trăm nghìn đồng."),
    ("Hội NCT xã tổ chức mừng thọ cho 168 cụ ở các độ tuổi 70, 75, 80, 85, 90 và trên 100 tuổi",
     "Hội người cao tuổi xã tổ chức mừng thọ cho một trăm sáu mươi tám cụ ở các độ tuổi bảy mươi, bảy mươi lăm, tám "
     "mươi, tám mươi lăm, chín mươi và trên một trăm tuổi."),
    ("Hội viên CCB được khám sức khỏe định kỳ 1 lần/năm tại BVĐK tỉnh",
     "Hội viên cựu chiến binh được khám sức khỏe định kỳ một lần mỗi năm tại Bệnh viện Đa khoa tỉnh."),

    # culture and sports
    ("Giải bóng đá thanh niên xã lần thứ V năm 2026 khai mạc lúc 15h30 ngày 19/4 tại SVĐ trung tâm với 12 đội bóng",
     "Giải bóng đá thanh niên xã lần thứ năm năm hai nghìn không trăm hai mươi sáu khai mạc lúc mười lăm giờ ba mươi "
     "phút ngày mười chín tháng tư tại sân vận động trung tâm với mười hai đội bóng."),
    ("Lễ hội đền Cuông năm 2026 diễn ra từ ngày 14 - 16 tháng 2 âm lịch, tức từ ngày 01 - 03/4/2026",
     "Lễ hội đền Cuông năm hai nghìn không trăm hai mươi sáu diễn ra từ ngày mười bốn đến mười sáu tháng hai âm lịch, "
     "tức từ ngày một đến ba tháng tư năm hai nghìn không trăm hai mươi sáu."),
    ("Hội thi văn nghệ quần chúng các thôn có 14 tiết mục, thời lượng mỗi tiết mục không quá 7 phút",
     "Hội thi văn nghệ quần chúng các thôn có mười bốn tiết mục, thời lượng mỗi tiết mục không quá bảy phút."),
    ("Giải chạy “Vì sức khỏe cộng đồng” có 3 cự ly: 3 km, 5 km và 21,1 km",
     "Giải chạy Vì sức khỏe cộng đồng có ba cự ly: ba ki lô mét, năm ki lô mét và hai mươi mốt phẩy một ki lô mét."),
    ("CLB dân ca ví, giặm xã sinh hoạt vào tối thứ 7 tuần đầu tiên hằng tháng",
     "Câu lạc bộ dân ca ví, giặm xã sinh hoạt vào tối thứ bảy tuần đầu tiên hằng tháng."),

    # electricity and water
    ("Điện lực Quỳnh Lưu thông báo ngừng cấp điện từ 06h00 đến 17h30 ngày 22/10/2025 (thứ Tư) để đấu nối đường dây "
     "110kV",
     "Điện lực Quỳnh Lưu thông báo ngừng cấp điện từ sáu giờ đến mười bảy giờ ba mươi phút ngày hai mươi hai tháng "
     "mười năm hai nghìn không trăm hai mươi lăm, thứ Tư, để đấu nối đường dây một trăm mười ki lô vôn."),
    ("Khu vực mất điện gồm TBA Đông Hồi 1, TBA Đông Hồi 2 và các hộ dọc QL48D",
     "Khu vực mất điện gồm trạm biến áp Đông Hồi một, trạm biến áp Đông Hồi hai và các hộ dọc quốc lộ bốn mươi tám D."),
    ("Từ ngày 10/5/2025, giá bán lẻ điện bình quân tăng 4,8%, lên 2.204,07 đồng/kWh (chưa gồm thuế GTGT)",
     "Từ ngày mười tháng năm năm hai nghìn không trăm hai mươi lăm, giá bán lẻ điện bình quân tăng bốn phẩy tám phần "
     "trăm, lên hai nghìn hai trăm linh bốn phẩy không bảy đồng một ki lô oát giờ, chưa gồm thuế giá trị gia tăng."),
    ("Do sự cố vỡ đường ống chính, các xóm 3, 4, 5 mất nước từ 13h hôm nay, dự kiến cấp nước trở lại trước 20h cùng "
     "ngày",
     "Do sự cố vỡ đường ống chính, các xóm ba, bốn, năm mất nước từ mười ba giờ hôm nay, dự kiến cấp nước trở lại "
     "trước hai mươi giờ cùng ngày."),
    ("Hộ dân lắp đặt mới đồng hồ nước được hỗ trợ 50% chi phí, tối đa 1,5 triệu đồng/hộ",
     "Hộ dân lắp đặt mới đồng hồ nước được hỗ trợ năm mươi phần trăm chi phí, tối đa một phẩy năm triệu đồng mỗi hộ."),
    ("Mọi thắc mắc về hóa đơn tiền điện, khách hàng gọi Tổng đài CSKH 1900.1288",
     "Mọi thắc mắc về hóa đơn tiền điện, khách hàng gọi Tổng đài chăm sóc khách hàng một chín không không, một hai tám "
     "tám."),

    # census
    ("Thời điểm Tổng điều tra nông thôn, nông nghiệp năm 2025 là 0 giờ ngày 01/7/2025",
     "Thời điểm Tổng điều tra nông thôn, nông nghiệp năm hai nghìn không trăm hai mươi lăm là không giờ ngày một tháng "
     "bảy năm hai nghìn không trăm hai mươi lăm."),
    ("Điều tra viên thu thập thông tin tại 1.356 hộ của xã từ ngày 01/7 đến ngày 30/7/2025 bằng thiết bị điện tử",
     "Điều tra viên thu thập thông tin tại một nghìn ba trăm năm mươi sáu hộ của xã từ ngày một tháng bảy đến ngày ba "
     "mươi tháng bảy năm hai nghìn không trăm hai mươi lăm bằng thiết bị điện tử."),
    ("Đề nghị các hộ cung cấp đầy đủ thông tin về diện tích đất, số trâu bò, lợn, gia cầm; thông tin được bảo mật theo "
     "Luật Thống kê 2015",
     "Đề nghị các hộ cung cấp đầy đủ thông tin về diện tích đất, số trâu bò, lợn, gia cầm; thông tin được bảo mật theo "
     "Luật Thống kê năm hai nghìn không trăm mười lăm."),
    ("Mỗi cuộc phỏng vấn hộ kéo dài khoảng 45 - 60 phút, điều tra viên có thẻ và giấy chứng nhận do BCĐ xã cấp",
     "Mỗi cuộc phỏng vấn hộ kéo dài khoảng bốn mươi lăm đến sáu mươi phút, điều tra viên có thẻ và giấy chứng nhận do "
     "Ban Chỉ đạo xã cấp."),

    # poverty reduction and social assistance
    ("Rà soát hộ nghèo, hộ cận nghèo cuối năm 2025: toàn xã còn 86 hộ nghèo, chiếm 2,14%, giảm 0,87% so với đầu năm",
     "Rà soát hộ nghèo, hộ cận nghèo cuối năm hai nghìn không trăm hai mươi lăm: toàn xã còn tám mươi sáu hộ nghèo, "
     "chiếm hai phẩy mười bốn phần trăm, giảm không phẩy tám mươi bảy phần trăm so với đầu năm."),
    ("Hộ cận nghèo khu vực nông thôn là hộ có thu nhập bình quân đầu người/tháng từ 1.500.000 đồng trở xuống và thiếu "
     "hụt dưới 3 chỉ số dịch vụ xã hội cơ bản",
     "Hộ cận nghèo khu vực nông thôn là hộ có thu nhập bình quân đầu người mỗi tháng từ một triệu năm trăm nghìn đồng "
     "trở xuống và thiếu hụt dưới ba chỉ số dịch vụ xã hội cơ bản."),
    ("Hỗ trợ xóa nhà tạm, nhà dột nát: xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn",
     "Hỗ trợ xóa nhà tạm, nhà dột nát: xây mới sáu mươi triệu đồng mỗi căn, sửa chữa ba mươi triệu đồng mỗi căn."),
    ("Người khuyết tật nặng được hưởng trợ cấp xã hội hằng tháng với hệ số 1,5, tương đương 750.000 đồng/tháng",
     "Người khuyết tật nặng được hưởng trợ cấp xã hội hằng tháng với hệ số một phẩy năm, tương đương bảy trăm năm mươi "
     "nghìn đồng mỗi tháng."),
    ("Chương trình MTQG giảm nghèo bền vững hỗ trợ 25 con bò sinh sản cho 25 hộ nghèo, mỗi con trị giá 18 triệu đồng",
     "Chương trình mục tiêu quốc gia giảm nghèo bền vững hỗ trợ hai mươi lăm con bò sinh sản cho hai mươi lăm hộ "
     "nghèo, mỗi con trị giá mười tám triệu đồng."),
    ("Dịp Tết Nguyên đán năm 2026, mỗi hộ nghèo được tặng 1 suất quà gồm 10 kg gạo và 500.000 đ tiền mặt",
     "Dịp Tết Nguyên đán năm hai nghìn không trăm hai mươi sáu, mỗi hộ nghèo được tặng một suất quà gồm mười ki lô gam "
     "gạo và năm trăm nghìn đồng tiền mặt."),

    # Party and state documents, plan headings
    ("Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII",
     "Thực hiện Nghị quyết số sáu mươi ngày mười hai tháng tư năm hai nghìn không trăm hai mươi lăm của Hội nghị lần "
     "thứ mười một Ban Chấp hành Trung ương Đảng khóa mười ba."),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025",
     "Căn cứ Luật Tổ chức chính quyền địa phương số bảy mươi hai năm hai nghìn không trăm hai mươi lăm của Quốc hội "
     "khóa mười lăm ngày mười sáu tháng sáu năm hai nghìn không trăm hai mươi lăm."),
    ("Theo Quyết định số 759/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án sắp xếp ĐVHC",
     "Theo Quyết định số bảy trăm năm mươi chín của Thủ tướng Chính phủ phê duyệt Đề án sắp xếp đơn vị hành chính."),
    ("Thông tư số 12/2025/TT-BYT hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh BHYT",
     "Thông tư số mười hai năm hai nghìn không trăm hai mươi lăm của Bộ Y tế hướng dẫn thanh toán chi phí khám bệnh, "
     "chữa bệnh bảo hiểm y tế."),
    ("II. ĐỐI TƯỢNG, PHẠM VI ÁP DỤNG", "Phần hai, đối tượng, phạm vi áp dụng."),
    ("Chỉ thị số 05-CT/ĐU ngày 20/8/2025 của Ban Thường vụ Đảng ủy xã về tăng cường công tác PCCC",
     "Chỉ thị số năm ngày hai mươi tháng tám năm hai nghìn không trăm hai mươi lăm của Ban Thường vụ Đảng ủy xã về "
     "tăng cường công tác phòng cháy, chữa cháy."),
    ("Kế hoạch số 34/KH-UBND thực hiện Chương trình chuyển đổi số năm 2026",
     "Kế hoạch số ba mươi tư của Ủy ban nhân dân thực hiện Chương trình chuyển đổi số năm hai nghìn không trăm hai "
     "mươi sáu."),

    # addresses and contacts
    ("Hồ sơ gửi về BHXH tỉnh Nghệ An, số 21 đường Trường Thi, P. Trường Vinh",
     "Hồ sơ gửi về Bảo hiểm xã hội tỉnh Nghệ An, số hai mươi mốt đường Trường Thi, phường Trường Vinh."),
    ("Mọi chi tiết liên hệ Văn phòng UBND xã, số điện thoại 0238 3631 225 trong giờ hành chính",
     "Mọi chi tiết liên hệ Văn phòng Ủy ban nhân dân xã, số điện thoại không hai ba tám, ba sáu ba một, hai hai năm "
     "trong giờ hành chính."),
    ("Điểm tiếp nhận đặt tại số 45 Nguyễn Du, KP 3, phường Trấn Biên, tỉnh Đồng Nai",
     "Điểm tiếp nhận đặt tại số bốn mươi lăm Nguyễn Du, khu phố ba, phường Trấn Biên, tỉnh Đồng Nai."),
    ("Hotline hỗ trợ người dân 24/7: 0868.113.115",
     "Đường dây nóng hỗ trợ người dân hai mươi tư trên bảy: không tám sáu tám, một một ba, một một năm."),

    # environment
    ("Từ ngày 01/01/2025, hộ gia đình phải phân loại chất thải rắn sinh hoạt thành 3 nhóm theo Luật Bảo vệ môi trường "
     "2020",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi lăm, hộ gia đình phải phân loại chất thải rắn sinh hoạt "
     "thành ba nhóm theo Luật Bảo vệ môi trường năm hai nghìn không trăm hai mươi."),
    ("Giá dịch vụ thu gom rác thải sinh hoạt: 25.000 đồng/hộ/tháng đối với hộ gia đình, 60.000 đồng/tháng đối với hộ "
     "kinh doanh",
     "Giá dịch vụ thu gom rác thải sinh hoạt: hai mươi lăm nghìn đồng mỗi hộ mỗi tháng đối với hộ gia đình, sáu mươi "
     "nghìn đồng mỗi tháng đối với hộ kinh doanh."),
    ("Nghiêm cấm đốt rơm rạ sau thu hoạch gây khói bụi ảnh hưởng tới các phương tiện trên QL46",
     "Nghiêm cấm đốt rơm rạ sau thu hoạch gây khói bụi ảnh hưởng tới các phương tiện trên quốc lộ bốn mươi sáu."),

    # jobs and labour
    ("Phiên giao dịch việc làm lưu động ngày 14/11 tại Trung tâm PVHCC xã có 650 vị trí tuyển dụng, lương từ 8 - 15 "
     "triệu đồng/tháng",
     "Phiên giao dịch việc làm lưu động ngày mười bốn tháng mười một tại Trung tâm phục vụ hành chính công xã có sáu "
     "trăm năm mươi vị trí tuyển dụng, lương từ tám đến mười lăm triệu đồng mỗi tháng."),
    ("Đơn hàng XKLĐ sang Nhật Bản tuyển nam, nữ từ 18 - 30 tuổi, chi phí dưới 3.600 USD",
     "Đơn hàng xuất khẩu lao động sang Nhật Bản tuyển nam, nữ từ mười tám đến ba mươi tuổi, chi phí dưới ba nghìn sáu "
     "trăm đô la Mỹ."),
    ("Người lao động nghỉ việc phải nộp hồ sơ hưởng TCTN trong 3 tháng kể từ ngày chấm dứt HĐLĐ",
     "Người lao động nghỉ việc phải nộp hồ sơ hưởng trợ cấp thất nghiệp trong ba tháng kể từ ngày chấm dứt hợp đồng "
     "lao động."),
]

# Sixth holdout misses when scored once (163 of 181, 90.1 %): fourteen errors and four conventions the
# writer chose differently from the house (its NOTES, kept beside the table's source: 'Đề án 06' digit by digit,
# the letter O named 'ô', 'trạm y tế' and 'văn phòng đăng ký đất đai' in lower case). The holdout's own figure stays
# the 163 of 181 first measured; a miss fixed later by a general rule leaves this table. After the round it prompted
# (lexicon families, web labels restored to words, short codes, formulas, weeks of a year, foreign acronyms after a
# body's name, kilometre posts, Roman numerals after a name, counts read 'mỗi', names numbered by digits): 178 of 181,
# the three conventions below kept as the house's.
HOLDOUT_6_MISSES: dict[str, str] = {
    'Cảnh giác với đối tượng giả danh cán bộ BHXH gọi điện thông báo truy thu, yêu cầu cài ứng dụng lạ và cung cấp mã OTP':
        "convention (kept): the writer names the letter O 'ô' in OTP; the house names it 'o' wherever it spells (as this "
        "writer did in 'N2O': 'nờ hai o', and the addresses' 'gờ o vê'); one acronym's exception would be no rule",
    'Khi sốt cao liên tục 2 - 7 ngày kèm xuất huyết dưới da, cần đến ngay TYT xã hoặc TTYT khu vực, không tự ý truyền dịch tại nhà':
        "convention (kept): the writer keeps 'trạm y tế xã' in lower case; the team gives a body's name capitals",
    'Người sử dụng đất nộp hồ sơ đăng ký biến động tại Chi nhánh VPĐKĐĐ khu vực Diễn Châu':
        "convention (kept): the writer keeps 'văn phòng đăng ký đất đai' in lower case; the lexicon capitalises the "
        "body",
}


# A seventh holdout, 165 sentences in 37 topics by another writer who never read the rules, the lexicon or the
# pipeline's history and never ran it; scored once, after the sixth holdout's round, with no change made for it:
# 153 of 165 (92.7 %). Strict, as for the third.
HOLDOUT_7_CASES = [
    # --- commune and ward notices (UBND xã/phường)
    ("UBND phường Trường Vinh thông báo: Bộ phận một cửa nghỉ làm việc chiều thứ 6 ngày 13/3/2026 để tổng vệ sinh trụ sở",
     "Ủy ban nhân dân phường Trường Vinh thông báo: Bộ phận một cửa nghỉ làm việc chiều thứ sáu ngày mười ba tháng ba "
     "năm hai nghìn không trăm hai mươi sáu để tổng vệ sinh trụ sở."),
    ("Mỗi hộ cử 01 đại diện dự họp tại NVH thôn Tân Lập lúc 19h00 tối nay để bàn việc làm đường bê tông nội đồng",
     "Mỗi hộ cử một đại diện dự họp tại nhà văn hóa thôn Tân Lập lúc mười chín giờ tối nay để bàn việc làm đường bê "
     "tông nội đồng."),
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND xã, các thôn ra quân phát quang đường làng vào CN 22/3",
     "Thực hiện Kế hoạch số bốn mươi lăm ngày mười tháng ba năm hai nghìn không trăm hai mươi sáu của Ủy ban nhân dân "
     "xã, các thôn ra quân phát quang đường làng vào chủ nhật ngày hai mươi hai tháng ba."),
    ("Lệ phí cấp bản sao trích lục hộ tịch tại Bộ phận một cửa UBND xã là 8.000 đồng/bản",
     "Lệ phí cấp bản sao trích lục hộ tịch tại Bộ phận một cửa Ủy ban nhân dân xã là tám nghìn đồng một bản."),
    ("4. Các hộ kinh doanh dọc tuyến đường liên xã không lấn chiếm vỉa hè quá 1,5 m tính từ mép nhà",
     "Bốn là, Các hộ kinh doanh dọc tuyến đường liên xã không lấn chiếm vỉa hè quá một phẩy năm mét tính từ mép nhà."),
    ("Từ ngày 1/7/2025, chính quyền địa phương 2 cấp chính thức hoạt động, xã Đông Thành mới được sáp nhập từ 3 xã cũ",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, chính quyền địa phương hai cấp chính thức hoạt động, "
     "xã Đông Thành mới được sáp nhập từ ba xã cũ."),

    # --- pensions under the Law on Social Insurance 2024
    ("Theo Luật BHXH số 41/2024/QH15, NLĐ đủ tuổi nghỉ hưu và có từ đủ 15 năm đóng BHXH trở lên được hưởng lương hưu",
     "Theo Luật Bảo hiểm xã hội số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm, người "
     "lao động đủ tuổi nghỉ hưu và có từ đủ mười lăm năm đóng bảo hiểm xã hội trở lên được hưởng lương hưu."),
    ("Lao động nữ đóng đủ 15 năm được hưởng lương hưu bằng 45% mức bình quân tiền lương, sau đó mỗi năm đóng thêm được "
     "cộng 2%",
     "Lao động nữ đóng đủ mười lăm năm được hưởng lương hưu bằng bốn mươi lăm phần trăm mức bình quân tiền lương, sau "
     "đó mỗi năm đóng thêm được cộng hai phần trăm."),
    ("Điều 64 Luật BHXH 2024 quy định điều kiện hưởng lương hưu; Điều 66 quy định mức hưởng lương hưu hằng tháng",
     "Điều sáu mươi tư Luật Bảo hiểm xã hội năm hai nghìn không trăm hai mươi tư quy định điều kiện hưởng lương hưu; "
     "Điều sáu mươi sáu quy định mức hưởng lương hưu hằng tháng."),

    # --- one-time social insurance benefit
    ("NLĐ bắt đầu đóng BHXH từ ngày 01/7/2025 trở đi chỉ được nhận BHXH một lần khi ra nước ngoài định cư hoặc mắc bệnh "
     "hiểm nghèo",
     "Người lao động bắt đầu đóng bảo hiểm xã hội từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm trở đi chỉ "
     "được nhận bảo hiểm xã hội một lần khi ra nước ngoài định cư hoặc mắc bệnh hiểm nghèo."),
    ("Mức hưởng BHXH một lần bằng 1,5 tháng bình quân tiền lương cho mỗi năm đóng trước năm 2014 và 2 tháng cho mỗi năm "
     "đóng từ năm 2014",
     "Mức hưởng bảo hiểm xã hội một lần bằng một phẩy năm tháng bình quân tiền lương cho mỗi năm đóng trước năm hai "
     "nghìn không trăm mười bốn và hai tháng cho mỗi năm đóng từ năm hai nghìn không trăm mười bốn."),
    ("Hồ sơ đề nghị hưởng BHXH một lần nộp trực tuyến trên Cổng DVCQG, cơ quan BHXH giải quyết trong 10 ngày làm việc",
     "Hồ sơ đề nghị hưởng bảo hiểm xã hội một lần nộp trực tuyến trên Cổng Dịch vụ công quốc gia, cơ quan bảo hiểm xã "
     "hội giải quyết trong mười ngày làm việc."),
    ("Trong Quý I/2026, BHXH tỉnh giải quyết 2.318 hồ sơ hưởng BHXH một lần, giảm 12,4% so với cùng kỳ",
     "Trong Quý một năm hai nghìn không trăm hai mươi sáu, Bảo hiểm xã hội tỉnh giải quyết hai nghìn ba trăm mười tám "
     "hồ sơ hưởng bảo hiểm xã hội một lần, giảm mười hai phẩy bốn phần trăm so với cùng kỳ."),

    # --- maternity and sickness
    ("Lao động nữ sinh con được nghỉ hưởng chế độ thai sản 6 tháng; sinh đôi trở lên thì từ con thứ 2 trở đi, mỗi con "
     "được nghỉ thêm 1 tháng",
     "Lao động nữ sinh con được nghỉ hưởng chế độ thai sản sáu tháng; sinh đôi trở lên thì từ con thứ hai trở đi, mỗi "
     "con được nghỉ thêm một tháng."),
    ("Trợ cấp một lần khi sinh con bằng 2 lần mức tham chiếu, tức 4.680.000 đồng cho mỗi con",
     "Trợ cấp một lần khi sinh con bằng hai lần mức tham chiếu, tức bốn triệu sáu trăm tám mươi nghìn đồng cho mỗi "
     "con."),
    ("Lao động nữ mang thai được nghỉ việc đi khám thai 5 lần, mỗi lần 1 ngày; trường hợp thai bệnh lý được nghỉ 2 "
     "ngày/lần",
     "Lao động nữ mang thai được nghỉ việc đi khám thai năm lần, mỗi lần một ngày; trường hợp thai bệnh lý được nghỉ "
     "hai ngày mỗi lần."),
    ("Mức hưởng chế độ ốm đau bằng 75% tiền lương đóng BHXH của tháng gần nhất trước khi nghỉ việc",
     "Mức hưởng chế độ ốm đau bằng bảy mươi lăm phần trăm tiền lương đóng bảo hiểm xã hội của tháng gần nhất trước khi "
     "nghỉ việc."),
    ("NLĐ đóng BHXH từ đủ 15 năm đến dưới 30 năm được nghỉ ốm tối đa 40 ngày/năm",
     "Người lao động đóng bảo hiểm xã hội từ đủ mười lăm năm đến dưới ba mươi năm được nghỉ ốm tối đa bốn mươi ngày "
     "mỗi năm."),
    ("Sau thời gian hưởng thai sản, lao động nữ chưa phục hồi sức khỏe được nghỉ dưỡng sức 5 - 10 ngày, mỗi ngày hưởng "
     "30% mức tham chiếu",
     "Sau thời gian hưởng thai sản, lao động nữ chưa phục hồi sức khỏe được nghỉ dưỡng sức năm đến mười ngày, mỗi ngày "
     "hưởng ba mươi phần trăm mức tham chiếu."),

    # --- voluntary social insurance
    ("Từ 01/7/2025, NSNN hỗ trợ người tham gia BHXH tự nguyện: hộ nghèo 50%, hộ cận nghèo 40%, người DTTS 30%, đối "
     "tượng khác 20%",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, ngân sách nhà nước hỗ trợ người tham gia bảo hiểm xã "
     "hội tự nguyện: hộ nghèo năm mươi phần trăm, hộ cận nghèo bốn mươi phần trăm, người dân tộc thiểu số ba mươi phần "
     "trăm, đối tượng khác hai mươi phần trăm."),
    ("Người thuộc hộ nghèo chỉ phải đóng tối thiểu 165.000 đồng/tháng sau khi được Nhà nước hỗ trợ 165.000 đồng",
     "Người thuộc hộ nghèo chỉ phải đóng tối thiểu một trăm sáu mươi lăm nghìn đồng mỗi tháng sau khi được Nhà nước hỗ "
     "trợ một trăm sáu mươi lăm nghìn đồng."),
    ("Đối tượng khác được hỗ trợ 20%, tương đương 66.000 đồng/tháng, nếu đóng theo mức thu nhập thấp nhất 1.500.000 đồng",
     "Đối tượng khác được hỗ trợ hai mươi phần trăm, tương đương sáu mươi sáu nghìn đồng mỗi tháng, nếu đóng theo mức "
     "thu nhập thấp nhất một triệu năm trăm nghìn đồng."),
    ("Đại lý thu BHXH, BHYT thôn Trung Hòa: ông Phan Văn Dũng, ĐT 0915.274.608",
     "Đại lý thu bảo hiểm xã hội, bảo hiểm y tế thôn Trung Hòa: ông Phan Văn Dũng, điện thoại không chín một năm, hai "
     "bảy bốn, sáu không tám."),
    ("Tháng cao điểm vận động BHXH tự nguyện, BHYT hộ gia đình diễn ra từ 10/10 đến 10/11/2025",
     "Tháng cao điểm vận động bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình diễn ra từ ngày mười tháng mười đến "
     "ngày mười tháng mười một năm hai nghìn không trăm hai mươi lăm."),

    # --- unemployment insurance
    ("Từ ngày 01/01/2026, Luật Việc làm số 74/2025/QH15 có hiệu lực, BHTN mở rộng cho NLĐ có HĐLĐ từ đủ 1 tháng trở lên",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, Luật Việc làm số bảy mươi tư năm hai nghìn không "
     "trăm hai mươi lăm của Quốc hội khóa mười lăm có hiệu lực, bảo hiểm thất nghiệp mở rộng cho người lao động có hợp "
     "đồng lao động từ đủ một tháng trở lên."),
    ("Mức hưởng TCTN hằng tháng bằng 60% bình quân tiền lương đóng BHTN của 6 tháng liền kề, tối đa không quá 5 lần lương "
     "tối thiểu vùng",
     "Mức hưởng trợ cấp thất nghiệp hằng tháng bằng sáu mươi phần trăm bình quân tiền lương đóng bảo hiểm thất nghiệp "
     "của sáu tháng liền kề, tối đa không quá năm lần lương tối thiểu vùng."),
    ("Đóng đủ 12 - 36 tháng được hưởng 3 tháng trợ cấp, sau đó cứ đóng thêm 12 tháng thì được hưởng thêm 1 tháng, tối "
     "đa 12 tháng",
     "Đóng đủ mười hai đến ba mươi sáu tháng được hưởng ba tháng trợ cấp, sau đó cứ đóng thêm mười hai tháng thì được "
     "hưởng thêm một tháng, tối đa mười hai tháng."),
    ("Người lao động làm việc tại vùng I hưởng TCTN tối đa 26.550.000 đồng/tháng",
     "Người lao động làm việc tại vùng một hưởng trợ cấp thất nghiệp tối đa hai mươi sáu triệu năm trăm năm mươi nghìn "
     "đồng mỗi tháng."),
    ("TTDVVL tỉnh tiếp nhận hồ sơ hưởng TCTN từ thứ 2 đến sáng thứ 7, buổi sáng từ 7h30 đến 11h30",
     "Trung tâm Dịch vụ việc làm tỉnh tiếp nhận hồ sơ hưởng trợ cấp thất nghiệp từ thứ hai đến sáng thứ bảy, buổi "
     "sáng từ bảy giờ ba mươi phút đến mười một giờ ba mươi phút."),

    # --- health-insurance cards
    ("Từ ngày 01/7/2025, người có thẻ BHYT đi KCB chỉ cần xuất trình thẻ căn cước hoặc ứng dụng VNeID thay cho thẻ giấy",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người có thẻ bảo hiểm y tế đi khám bệnh, chữa bệnh "
     "chỉ cần xuất trình thẻ căn cước hoặc ứng dụng vê en e ai đi thay cho thẻ giấy."),
    ("Mức đóng BHYT hộ gia đình: người thứ 2 đóng 73.710 đồng/tháng, người thứ 3 đóng 63.180 đồng/tháng",
     "Mức đóng bảo hiểm y tế hộ gia đình: người thứ hai đóng bảy mươi ba nghìn bảy trăm mười đồng mỗi tháng, người thứ "
     "ba đóng sáu mươi ba nghìn một trăm tám mươi đồng mỗi tháng."),
    ("Học sinh lớp 1 được cấp thẻ BHYT có giá trị từ ngày 01/10/2026, các lớp khác gia hạn thẻ trước ngày 31/12",
     "Học sinh lớp một được cấp thẻ bảo hiểm y tế có giá trị từ ngày một tháng mười năm hai nghìn không trăm hai mươi "
     "sáu, các lớp khác gia hạn thẻ trước ngày ba mươi mốt tháng mười hai."),
    ("Người bệnh điều trị nội trú trái tuyến tại BV tuyến tỉnh được quỹ BHYT thanh toán 100% chi phí theo mức hưởng",
     "Người bệnh điều trị nội trú trái tuyến tại bệnh viện tuyến tỉnh được quỹ bảo hiểm y tế thanh toán một trăm phần "
     "trăm chi phí theo mức hưởng."),

    # --- pensions paid by post offices and banks
    ("Bưu điện xã Nghi Lộc chi trả lương hưu, trợ cấp BHXH tháng 4/2026 tại điểm giao dịch từ ngày 02/4 đến 25/4",
     "Bưu điện xã Nghi Lộc chi trả lương hưu, trợ cấp bảo hiểm xã hội tháng tư năm hai nghìn không trăm hai mươi sáu "
     "tại điểm giao dịch từ ngày hai tháng tư đến ngày hai mươi lăm tháng tư."),
    ("Ngày 02/4 chi trả tại nhà văn hóa thôn 1, thôn 2; ngày 03/4 tại thôn 3 và thôn 4, bắt đầu từ 7h30",
     "Ngày hai tháng tư chi trả tại nhà văn hóa thôn một, thôn hai; ngày ba tháng tư tại thôn ba và thôn bốn, bắt đầu "
     "từ bảy giờ ba mươi phút."),
    ("Người nhận lương hưu qua thẻ ATM rút tiền từ ngày 02 hằng tháng, miễn phí rút tiền tại ATM của Agribank",
     "Người nhận lương hưu qua thẻ a tê mờ rút tiền từ ngày hai hằng tháng, miễn phí rút tiền tại a tê mờ của "
     "Agribank."),
    ("Tháng 1/2026, toàn tỉnh có 62.418 người nhận lương hưu, trợ cấp BHXH qua tài khoản, chiếm 81,7%",
     "Tháng một năm hai nghìn không trăm hai mươi sáu, toàn tỉnh có sáu mươi hai nghìn bốn trăm mười tám người nhận "
     "lương hưu, trợ cấp bảo hiểm xã hội qua tài khoản, chiếm tám mươi mốt phẩy bảy phần trăm."),

    # --- agricultural extension
    ("Trạm KN xã tập huấn kỹ thuật trồng lúa giảm phát thải vào 8h ngày 15/4 tại HTX Đại Thành",
     "Trạm Khuyến nông xã tập huấn kỹ thuật trồng lúa giảm phát thải vào tám giờ ngày mười lăm tháng tư tại hợp tác xã "
     "Đại Thành."),
    ("Gieo sạ lúa Hè Thu với lượng giống 40 - 50 kg/ha bằng máy sạ cụm, tiết kiệm 30% giống",
     "Gieo sạ lúa Hè Thu với lượng giống bốn mươi đến năm mươi ki lô gam trên héc ta bằng máy sạ cụm, tiết kiệm ba "
     "mươi phần trăm giống."),
    ("Bón thúc lần 1 khi lúa được 3 - 4 lá với 5 kg urê và 3 kg kali cho mỗi sào 500 m²",
     "Bón thúc lần một khi lúa được ba đến bốn lá với năm ki lô gam urê và ba ki lô gam kali cho mỗi sào năm trăm mét "
     "vuông."),
    ("Mô hình trồng dưa lưới trong nhà màng đạt năng suất 35 tấn/ha, lãi trên 400 triệu đồng/ha",
     "Mô hình trồng dưa lưới trong nhà màng đạt năng suất ba mươi lăm tấn trên héc ta, lãi trên bốn trăm triệu đồng "
     "một héc ta."),
    ("Hỗ trợ 70% chi phí mua máy cấy cho HTX, tối đa 150 triệu đồng/máy",
     "Hỗ trợ bảy mươi phần trăm chi phí mua máy cấy cho hợp tác xã, tối đa một trăm năm mươi triệu đồng mỗi máy."),

    # --- animal disease
    ("Phát hiện ổ dịch cúm gia cầm A/H5N1 tại thôn Phú Thọ, đã tiêu hủy 1.250 con gà, vịt",
     "Phát hiện ổ dịch cúm gia cầm a hát năm nờ một tại thôn Phú Thọ, đã tiêu hủy một nghìn hai trăm năm mươi con gà, "
     "vịt."),
    ("Tiêm phòng vắc xin LMLM, THT cho trâu bò đợt I/2026 từ ngày 20/3 đến 10/4",
     "Tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng cho trâu bò đợt một năm hai nghìn không trăm hai mươi sáu từ "
     "ngày hai mươi tháng ba đến ngày mười tháng tư."),
    ("Chủ hộ có lợn bị tiêu hủy do DTLCP được hỗ trợ 45.000 đồng/kg lợn hơi, tối đa 50 triệu đồng/hộ",
     "Chủ hộ có lợn bị tiêu hủy do dịch tả lợn châu Phi được hỗ trợ bốn mươi lăm nghìn đồng một ki lô gam lợn hơi, tối "
     "đa năm mươi triệu đồng mỗi hộ."),
    ("Phun khử trùng chuồng trại bằng Benkocid pha 1 lít/200 lít nước, phun 1 lít dung dịch/4 m² nền chuồng",
     "Phun khử trùng chuồng trại bằng Benkocid pha một lít trên hai trăm lít nước, phun một lít dung dịch trên bốn mét "
     "vuông nền chuồng."),
    ("Bệnh VDNC trên trâu bò lây qua côn trùng đốt hút máu; tiêm vắc xin với giá 25.000 đồng/liều",
     "Bệnh viêm da nổi cục trên trâu bò lây qua côn trùng đốt hút máu; tiêm vắc xin với giá hai mươi lăm nghìn đồng một "
     "liều."),

    # --- plant pests
    ("Rầy nâu, rầy lưng trắng lứa 3 mật độ phổ biến 1.500 - 3.000 con/m², cục bộ trên 5.000 con/m²",
     "Rầy nâu, rầy lưng trắng lứa ba mật độ phổ biến một nghìn năm trăm đến ba nghìn con trên mét vuông, cục bộ trên "
     "năm nghìn con trên mét vuông."),
    ("Bệnh đạo ôn lá gây hại 42 ha lúa, tỷ lệ lá bệnh 5 - 10%, nơi cao 20%",
     "Bệnh đạo ôn lá gây hại bốn mươi hai héc ta lúa, tỷ lệ lá bệnh năm đến mười phần trăm, nơi cao hai mươi phần "
     "trăm."),
    ("Trạm BVTV khuyến cáo phun phòng bệnh khô vằn khi lúa trỗ 5% và phun lại sau 5 - 7 ngày",
     "Trạm bảo vệ thực vật khuyến cáo phun phòng bệnh khô vằn khi lúa trỗ năm phần trăm và phun lại sau năm đến bảy "
     "ngày."),
    ("Pha 20 ml thuốc cho bình 16 lít, phun 2 - 3 bình cho mỗi sào, không phun khi trời sắp mưa",
     "Pha hai mươi mi li lít thuốc cho bình mười sáu lít, phun hai đến ba bình cho mỗi sào, không phun khi trời sắp "
     "mưa."),

    # --- weather and disaster bulletins
    ("Hồi 4h sáng 12/9, bão số 5 có tâm ở khoảng 18,6 độ Vĩ Bắc; 108,9 độ Kinh Đông, gió mạnh nhất cấp 11 (103 - 117 km/h)",
     "Hồi bốn giờ sáng ngày mười hai tháng chín, bão số năm có tâm ở khoảng mười tám phẩy sáu độ Vĩ Bắc; một trăm linh tám phẩy "
     "chín độ Kinh Đông, gió mạnh nhất cấp mười một, một trăm linh ba đến một trăm mười bảy ki lô mét trên giờ."),
    ("Công điện số 05/CĐ-UBND yêu cầu các thôn ven biển hoàn thành sơ tán dân trước 14h ngày 11/9",
     "Công điện số năm của Ủy ban nhân dân yêu cầu các thôn ven biển hoàn thành sơ tán dân trước mười bốn giờ ngày mười "
     "một tháng chín."),
    ("Lúc 19h tối nay, mực nước sông Lam tại trạm Nam Đàn đạt 6,82 m, vượt mức BĐ II 0,32 m",
     "Lúc mười chín giờ tối nay, mực nước sông Lam tại trạm Nam Đàn đạt sáu phẩy tám mươi hai mét, vượt mức báo động "
     "hai không phẩy ba mươi hai mét."),
    ("Nhiệt độ thấp nhất vùng đồng bằng 11 - 13°C, vùng núi cao có nơi dưới 5°C, có khả năng xảy ra băng giá",
     "Nhiệt độ thấp nhất vùng đồng bằng mười một đến mười ba độ xê, vùng núi cao có nơi dưới năm độ xê, có khả năng xảy "
     "ra băng giá."),
    ("Hồ Kẻ Gỗ mở 3 cửa xả tràn với tổng lưu lượng 250 m³/s từ 9h00 sáng nay",
     "Hồ Kẻ Gỗ mở ba cửa xả tràn với tổng lưu lượng hai trăm năm mươi mét khối trên giây từ chín giờ sáng nay."),
    ("Khu vực có mưa rất to, lượng mưa trong 24h qua tại trạm Kỳ Sơn đo được 312 mm",
     "Khu vực có mưa rất to, lượng mưa trong hai mươi tư giờ qua tại trạm Kỳ Sơn đo được ba trăm mười hai mi li mét."),

    # --- traffic
    ("Xe máy vượt đèn đỏ bị phạt 4 - 6 triệu đồng và trừ 4 điểm GPLX theo NĐ 168/2024/NĐ-CP",
     "Xe máy vượt đèn đỏ bị phạt bốn đến sáu triệu đồng và trừ bốn điểm giấy phép lái xe theo Nghị định số một trăm "
     "sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ."),
    ("Đề nghị chủ xe mang BKS 37C-215.48 vi phạm tốc độ đến Công an xã giải quyết trước 30/6",
     "Đề nghị chủ xe mang biển kiểm soát ba mươi bảy xê, hai một năm, bốn tám vi phạm tốc độ đến Công an xã giải quyết "
     "trước ngày ba mươi tháng sáu."),
    ("Phân luồng xe qua cầu Bến Thủy 1 từ 23h ngày 5/5 đến 5h ngày 6/5, xe trên 10 tấn đi cầu Bến Thủy 2",
     "Phân luồng xe qua cầu Bến Thủy một từ hai mươi ba giờ ngày năm tháng năm đến năm giờ ngày sáu tháng năm, xe trên "
     "mười tấn đi cầu Bến Thủy hai."),
    ("Quý I/2026, toàn tỉnh xảy ra 87 vụ TNGT đường bộ, làm chết 41 người, bị thương 65 người",
     "Quý một năm hai nghìn không trăm hai mươi sáu, toàn tỉnh xảy ra tám mươi bảy vụ tai nạn giao thông đường bộ, làm "
     "chết bốn mươi mốt người, bị thương sáu mươi lăm người."),

    # --- police: identity cards, weapons, security
    ("Công an phường tiếp nhận hồ sơ cấp thẻ căn cước tại trụ sở từ 7h30 - 17h00 các ngày T2 - T7",
     "Công an phường tiếp nhận hồ sơ cấp thẻ căn cước tại trụ sở từ bảy giờ ba mươi phút đến mười bảy giờ các ngày thứ "
     "hai đến thứ bảy."),
    ("Đối tượng Trần Văn Tùng, SN 1998, trú tại xóm 5 bị bắt quả tang khi đang tàng trữ 0,52 gam ma túy tổng hợp",
     "Đối tượng Trần Văn Tùng, sinh năm một nghìn chín trăm chín mươi tám, trú tại xóm năm bị bắt quả tang khi đang tàng "
     "trữ không phẩy năm mươi hai gam ma túy tổng hợp."),
    ("Người dân thấy đối tượng lạ mặt nghi trộm cắp thì báo Công an xã qua số 0238.3.561.113 hoặc gọi 113",
     "Người dân thấy đối tượng lạ mặt nghi trộm cắp thì báo Công an xã qua số không hai ba tám, ba năm sáu một, một một "
     "ba hoặc gọi một một ba."),
    ("Các cơ sở karaoke, dịch vụ xoa bóp phải ngừng hoạt động trước 0h và không nhận người dưới 18 tuổi vào làm việc",
     "Các cơ sở karaoke, dịch vụ xoa bóp phải ngừng hoạt động trước không giờ và không nhận người dưới mười tám tuổi "
     "vào làm việc."),

    # --- fire prevention
    ("Luật PCCC&CNCH năm 2024 có hiệu lực từ ngày 01/7/2025, hộ gia đình kinh doanh phải trang bị bình chữa cháy",
     "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm hai nghìn không trăm hai mươi tư có hiệu lực từ ngày một tháng "
     "bảy năm hai nghìn không trăm hai mươi lăm, hộ gia đình kinh doanh phải trang bị bình chữa cháy."),
    ("Từ ngày 15/4 đến 15/8, các hộ sống gần rừng không đốt rác, đốt ong, dùng lửa trong rừng khi dự báo cháy rừng cấp V",
     "Từ ngày mười lăm tháng tư đến ngày mười lăm tháng tám, các hộ sống gần rừng không đốt rác, đốt ong, dùng lửa "
     "trong rừng khi dự báo cháy rừng cấp năm."),
    ("Cảnh sát PCCC&CNCH khuyến cáo không sạc pin xe máy điện qua đêm trong nhà ở; khi có cháy gọi ngay 114",
     "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khuyến cáo không sạc pin xe máy điện qua đêm trong nhà ở; khi "
     "có cháy gọi ngay một một bốn."),
    ("Đội PCCC dân phòng thôn gồm 15 thành viên, được trang bị 2 máy bơm và 400 m vòi chữa cháy",
     "Đội phòng cháy, chữa cháy dân phòng thôn gồm mười lăm thành viên, được trang bị hai máy bơm và bốn trăm mét vòi "
     "chữa cháy."),

    # --- vaccination
    ("TYT xã tổ chức tiêm chủng thường xuyên ngày 10 và 11/6 cho trẻ dưới 2 tuổi, phụ huynh mang theo sổ tiêm chủng",
     "Trạm Y tế xã tổ chức tiêm chủng thường xuyên ngày mười và mười một tháng sáu cho trẻ dưới hai tuổi, phụ huynh "
     "mang theo sổ tiêm chủng."),
    ("Tiêm vắc xin viêm não Nhật Bản mũi 1 cho trẻ đủ 12 tháng tuổi, mũi 2 cách mũi 1 từ 1 - 2 tuần",
     "Tiêm vắc xin viêm não Nhật Bản mũi một cho trẻ đủ mười hai tháng tuổi, mũi hai cách mũi một từ một đến hai tuần."),
    ("Chiến dịch tiêm vắc xin sởi năm 2026 đạt 97,6% số trẻ trong diện, còn 38 trẻ chưa tiêm",
     "Chiến dịch tiêm vắc xin sởi năm hai nghìn không trăm hai mươi sáu đạt chín mươi bảy phẩy sáu phần trăm số trẻ "
     "trong diện, còn ba mươi tám trẻ chưa tiêm."),
    ("Người dân đăng ký tiêm vắc xin phòng cúm mùa với giá 285.000 đồng/mũi tại TTYT khu vực",
     "Người dân đăng ký tiêm vắc xin phòng cúm mùa với giá hai trăm tám mươi lăm nghìn đồng một mũi tại Trung tâm Y tế "
     "khu vực."),

    # --- dengue fever
    ("Tuần qua, xã ghi nhận 23 ca SXH tại 4 ổ dịch, trong đó thôn 7 có 11 ca",
     "Tuần qua, xã ghi nhận hai mươi ba ca sốt xuất huyết tại bốn ổ dịch, trong đó thôn bảy có mười một ca."),
    ("Chỉ số Breteau tại thôn Yên Phú là 45, vượt ngưỡng nguy cơ 20, các hộ cần tổng vệ sinh diệt lăng quăng",
     "Chỉ số Breteau tại thôn Yên Phú là bốn mươi lăm, vượt ngưỡng nguy cơ hai mươi, các hộ cần tổng vệ sinh diệt lăng "
     "quăng."),
    ("Người bị sốt xuất huyết không dùng aspirin; chỉ hạ sốt bằng paracetamol 10 - 15 mg/kg cân nặng mỗi lần",
     "Người bị sốt xuất huyết không dùng aspirin; chỉ hạ sốt bằng paracetamol mười đến mười lăm mi li gam trên ki lô gam "
     "cân nặng mỗi lần."),
    ("Phun hóa chất diệt muỗi đợt 2 tại TDP 3 và TDP 5 vào sáng 24 và 25/8, các hộ mở cửa, che đậy thức ăn",
     "Phun hóa chất diệt muỗi đợt hai tại tổ dân phố ba và tổ dân phố năm vào sáng ngày hai mươi tư và hai mươi lăm "
     "tháng tám, các hộ mở cửa, che đậy thức ăn."),

    # --- food safety
    ("Tháng hành động vì ATTP năm 2026 diễn ra từ 15/4 - 15/5 trên phạm vi toàn tỉnh",
     "Tháng hành động vì an toàn thực phẩm năm hai nghìn không trăm hai mươi sáu diễn ra từ ngày mười lăm tháng tư đến "
     "ngày mười lăm tháng năm trên phạm vi toàn tỉnh."),
    ("Đoàn kiểm tra liên ngành phát hiện 120 kg thịt lợn không rõ nguồn gốc, xử phạt cơ sở 15.000.000 đồng",
     "Đoàn kiểm tra liên ngành phát hiện một trăm hai mươi ki lô gam thịt lợn không rõ nguồn gốc, xử phạt cơ sở mười "
     "lăm triệu đồng."),
    ("Cơ sở sản xuất giò chả sử dụng hàn the bị phạt từ 60 - 80 triệu đồng, buộc tiêu hủy toàn bộ sản phẩm",
     "Cơ sở sản xuất giò chả sử dụng hàn the bị phạt từ sáu mươi đến tám mươi triệu đồng, buộc tiêu hủy toàn bộ sản "
     "phẩm."),

    # --- education and enrolment
    ("Tuyển sinh lớp 6 năm học 2026 - 2027 theo hình thức xét tuyển, nộp hồ sơ trực tuyến từ 1/7 đến 10/7",
     "Tuyển sinh lớp sáu năm học hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm hai mươi bảy theo hình thức "
     "xét tuyển, nộp hồ sơ trực tuyến từ ngày một tháng bảy đến ngày mười tháng bảy."),
    ("Kỳ thi tuyển sinh vào lớp 10 THPT công lập diễn ra ngày 3 và 4/6/2026 với 3 môn Toán, Ngữ văn, Tiếng Anh",
     "Kỳ thi tuyển sinh vào lớp mười trung học phổ thông công lập diễn ra ngày ba và bốn tháng sáu năm hai nghìn không "
     "trăm hai mươi sáu với ba môn Toán, Ngữ văn, Tiếng Anh."),
    ("Trường MN Hoa Phượng nhận trẻ 5 tuổi vào lớp lá từ 15/8, trẻ được miễn học phí",
     "Trường mầm non Hoa Phượng nhận trẻ năm tuổi vào lớp lá từ ngày mười lăm tháng tám, trẻ được miễn học phí."),
    ("Học sinh bán trú trường PTDTBT THCS được hỗ trợ 15 kg gạo/tháng và tiền ăn 936.000 đồng/tháng",
     "Học sinh bán trú trường phổ thông dân tộc bán trú trung học cơ sở được hỗ trợ mười lăm ki lô gam gạo mỗi tháng và "
     "tiền ăn chín trăm ba mươi sáu nghìn đồng mỗi tháng."),
    ("Trường TH&THCS Xuân Hòa có 12 lớp với 386 HS, 100% HS được học 2 buổi/ngày",
     "Trường tiểu học và trung học cơ sở Xuân Hòa có mười hai lớp với ba trăm tám mươi sáu học sinh, một trăm phần trăm "
     "học sinh được học hai buổi mỗi ngày."),

    # --- tax
    ("Cá nhân tự quyết toán thuế TNCN năm 2025 qua ứng dụng eTax Mobile trước ngày 30/4/2026",
     "Cá nhân tự quyết toán thuế thu nhập cá nhân năm hai nghìn không trăm hai mươi lăm qua ứng dụng i tắc mô bai trước "
     "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu."),
    ("Thuế cơ sở 7 hỗ trợ người nộp thuế tại trụ sở vào chiều thứ 3 và thứ 5 hằng tuần, từ 14h đến 16h30",
     "Thuế cơ sở bảy hỗ trợ người nộp thuế tại trụ sở vào chiều thứ ba và thứ năm hằng tuần, từ mười bốn giờ đến mười "
     "sáu giờ ba mươi phút."),
    ("Thuế sử dụng đất phi nông nghiệp đối với đất ở trong hạn mức được tính theo thuế suất 0,03%",
     "Thuế sử dụng đất phi nông nghiệp đối với đất ở trong hạn mức được tính theo thuế suất không phẩy không ba phần "
     "trăm."),
    ("Từ ngày 01/7/2025, số định danh cá nhân được dùng thay cho MST của cá nhân, hộ gia đình, hộ kinh doanh",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, số định danh cá nhân được dùng thay cho mã số thuế "
     "của cá nhân, hộ gia đình, hộ kinh doanh."),

    # --- land
    ("Thông báo thu hồi đất thực hiện dự án mở rộng ĐT 558, diện tích 3,42 ha, ảnh hưởng 57 hộ",
     "Thông báo thu hồi đất thực hiện dự án mở rộng đường tỉnh năm trăm năm mươi tám, diện tích ba phẩy bốn mươi hai "
     "héc ta, ảnh hưởng năm mươi bảy hộ."),
    ("Đấu giá quyền sử dụng 18 lô đất ở tại khu quy hoạch Đồng Cửa, giá khởi điểm từ 6,2 - 8,5 triệu đồng/m²",
     "Đấu giá quyền sử dụng mười tám lô đất ở tại khu quy hoạch Đồng Cửa, giá khởi điểm từ sáu phẩy hai đến tám phẩy "
     "năm triệu đồng một mét vuông."),
    ("Tiền đặt trước bằng 20% giá khởi điểm, nộp vào tài khoản của Trung tâm PTQĐ trước 17h ngày 25/5",
     "Tiền đặt trước bằng hai mươi phần trăm giá khởi điểm, nộp vào tài khoản của Trung tâm phát triển quỹ đất trước "
     "mười bảy giờ ngày hai mươi lăm tháng năm."),
    ("Theo Luật Đất đai 2024, đất sử dụng ổn định trước ngày 01/7/2014 không có giấy tờ vẫn được xem xét cấp GCN",
     "Theo Luật Đất đai năm hai nghìn không trăm hai mươi tư, đất sử dụng ổn định trước ngày một tháng bảy năm hai nghìn "
     "không trăm mười bốn không có giấy tờ vẫn được xem xét cấp giấy chứng nhận."),
    ("Hạn mức giao đất ở tại nông thôn của tỉnh không quá 400 m²/hộ",
     "Hạn mức giao đất ở tại nông thôn của tỉnh không quá bốn trăm mét vuông mỗi hộ."),

    # --- elections
    ("Xã có 14 KVBP với 18.652 cử tri, bầu 2 đại biểu HĐND tỉnh và 25 đại biểu HĐND xã",
     "Xã có mười bốn khu vực bỏ phiếu với mười tám nghìn sáu trăm năm mươi hai cử tri, bầu hai đại biểu Hội đồng nhân "
     "dân tỉnh và hai mươi lăm đại biểu Hội đồng nhân dân xã."),
    ("Tổ bầu cử số 7 mở cửa phòng bỏ phiếu lúc 7h00, kết thúc lúc 19h00; có thể bắt đầu sớm hơn nhưng không trước 5h",
     "Tổ bầu cử số bảy mở cửa phòng bỏ phiếu lúc bảy giờ, kết thúc lúc mười chín giờ; có thể bắt đầu sớm hơn nhưng không "
     "trước năm giờ."),
    ("Tại Đơn vị bầu cử số 3, ông Lê Văn Hòa trúng cử với 8.127 phiếu, đạt 86,45% số phiếu hợp lệ",
     "Tại Đơn vị bầu cử số ba, ông Lê Văn Hòa trúng cử với tám nghìn một trăm hai mươi bảy phiếu, đạt tám mươi sáu phẩy "
     "bốn mươi lăm phần trăm số phiếu hợp lệ."),
    ("Hội nghị hiệp thương lần thứ II thỏa thuận cơ cấu, thành phần, số lượng người ứng cử đại biểu HĐND xã",
     "Hội nghị hiệp thương lần thứ hai thỏa thuận cơ cấu, thành phần, số lượng người ứng cử đại biểu Hội đồng nhân dân "
     "xã."),

    # --- military service
    ("Công dân nam từ đủ 18 đến hết 25 tuổi có mặt tại hội trường UBND xã lúc 6h30 ngày 8/11 để khám sơ tuyển NVQS",
     "Công dân nam từ đủ mười tám đến hết hai mươi lăm tuổi có mặt tại hội trường Ủy ban nhân dân xã lúc sáu giờ ba mươi "
     "phút ngày tám tháng mười một để khám sơ tuyển nghĩa vụ quân sự."),
    ("Tiêu chuẩn gọi nhập ngũ: sức khỏe loại 1, 2, 3; nam cao từ 1,57 m, nặng từ 45 kg trở lên",
     "Tiêu chuẩn gọi nhập ngũ: sức khỏe loại một, hai, ba; nam cao từ một phẩy năm mươi bảy mét, nặng từ bốn mươi lăm "
     "ki lô gam trở lên."),
    ("Lễ giao nhận quân năm 2026 của tỉnh tổ chức đồng loạt vào sáng 27/2, tức ngày 11 tháng Giêng năm Bính Ngọ",
     "Lễ giao nhận quân năm hai nghìn không trăm hai mươi sáu của tỉnh tổ chức đồng loạt vào sáng ngày hai mươi bảy "
     "tháng hai, tức ngày mười một tháng Giêng năm Bính Ngọ."),
    ("Ban CHQS xã huấn luyện DQTV năm thứ nhất 15 ngày, từ năm thứ 2 trở đi mỗi năm 12 ngày",
     "Ban Chỉ huy quân sự xã huấn luyện dân quân tự vệ năm thứ nhất mười lăm ngày, từ năm thứ hai trở đi mỗi năm mười "
     "hai ngày."),

    # --- youth union
    ("Đoàn TN xã tổ chức hiến máu tình nguyện tại NVH thôn 3 lúc 7h ngày 12/1, mỗi người hiến được tặng quà 250.000 đồng",
     "Đoàn thanh niên xã tổ chức hiến máu tình nguyện tại nhà văn hóa thôn ba lúc bảy giờ ngày mười hai tháng một, mỗi "
     "người hiến được tặng quà hai trăm năm mươi nghìn đồng."),
    ("Chào mừng 95 năm Ngày thành lập Đoàn 26/3, Đoàn xã tổ chức giải bóng chuyền hơi với 10 đội tham gia",
     "Chào mừng chín mươi lăm năm Ngày thành lập Đoàn hai mươi sáu tháng ba, Đoàn xã tổ chức giải bóng chuyền hơi với "
     "mười đội tham gia."),
    ("Đoàn viên từ 16 - 30 tuổi đăng ký tham gia Chiến dịch Mùa hè xanh trước ngày 20/5 qua Bí thư Chi đoàn",
     "Đoàn viên từ mười sáu đến ba mươi tuổi đăng ký tham gia Chiến dịch Mùa hè xanh trước ngày hai mươi tháng năm qua "
     "Bí thư Chi đoàn."),
    ("Ban Chấp hành Đoàn xã khóa XXVI họp phiên thứ nhất bầu Bí thư, Phó Bí thư lúc 13h30",
     "Ban Chấp hành Đoàn xã khóa hai mươi sáu họp phiên thứ nhất bầu Bí thư, Phó Bí thư lúc mười ba giờ ba mươi phút."),

    # --- women's union
    ("Hội LHPN xã tổ chức Ngày hội Phụ nữ khởi nghiệp ngày 18/10, trưng bày 35 sản phẩm OCOP",
     "Hội Liên hiệp Phụ nữ xã tổ chức Ngày hội Phụ nữ khởi nghiệp ngày mười tám tháng mười, trưng bày ba mươi lăm sản "
     "phẩm ô cốp."),
    ("Nhân Ngày Phụ nữ Việt Nam 20/10, Hội Phụ nữ thôn tặng 12 suất quà cho hội viên nghèo, mỗi suất 300.000 đồng",
     "Nhân Ngày Phụ nữ Việt Nam hai mươi tháng mười, Hội Phụ nữ thôn tặng mười hai suất quà cho hội viên nghèo, mỗi "
     "suất ba trăm nghìn đồng."),
    ("Chi hội phụ nữ thôn 6 duy trì Tổ tiết kiệm vay vốn với 42 thành viên, dư nợ 2,1 tỷ đồng",
     "Chi hội phụ nữ thôn sáu duy trì Tổ tiết kiệm vay vốn với bốn mươi hai thành viên, dư nợ hai phẩy một tỷ đồng."),
    ("Trẻ em bị bạo lực, xâm hại hoặc có nguy cơ bị xâm hại, gọi ngay Tổng đài quốc gia bảo vệ trẻ em 111",
     "Trẻ em bị bạo lực, xâm hại hoặc có nguy cơ bị xâm hại, gọi ngay Tổng đài quốc gia bảo vệ trẻ em một một một."),

    # --- veterans and the elderly
    ("Hội CCB xã có 286 hội viên, trong đó 34 hội viên là thương binh, bệnh binh",
     "Hội cựu chiến binh xã có hai trăm tám mươi sáu hội viên, trong đó ba mươi tư hội viên là thương binh, bệnh binh."),
    ("Kỷ niệm 81 năm Ngày thành lập QĐND Việt Nam 22/12, Hội CCB gặp mặt tại hội trường xã lúc 8h",
     "Kỷ niệm tám mươi mốt năm Ngày thành lập Quân đội nhân dân Việt Nam hai mươi hai tháng mười hai, Hội cựu chiến binh "
     "gặp mặt tại hội trường xã lúc tám giờ."),
    ("Người từ đủ 70 tuổi đến dưới 75 tuổi thuộc hộ nghèo, không có lương hưu được hưởng trợ cấp hưu trí xã hội hằng "
     "tháng",
     "Người từ đủ bảy mươi tuổi đến dưới bảy mươi lăm tuổi thuộc hộ nghèo, không có lương hưu được hưởng trợ cấp hưu trí "
     "xã hội hằng tháng."),
    ("Hội NCT xã chúc thọ 112 cụ tròn 80 tuổi vào dịp đầu xuân Bính Ngọ năm 2026",
     "Hội người cao tuổi xã chúc thọ một trăm mười hai cụ tròn tám mươi tuổi vào dịp đầu xuân Bính Ngọ năm hai nghìn "
     "không trăm hai mươi sáu."),

    # --- culture, festivals and sports
    ("Lễ hội Làng Sen năm 2026 diễn ra từ ngày 17 - 19/5, kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh",
     "Lễ hội Làng Sen năm hai nghìn không trăm hai mươi sáu diễn ra từ ngày mười bảy đến mười chín tháng năm, kỷ niệm "
     "một trăm ba mươi sáu năm Ngày sinh Chủ tịch Hồ Chí Minh."),
    ("Chương trình nghệ thuật chào mừng Quốc khánh 2/9 bắt đầu lúc 20h tại Quảng trường Hồ Chí Minh",
     "Chương trình nghệ thuật chào mừng Quốc khánh hai tháng chín bắt đầu lúc hai mươi giờ tại Quảng trường Hồ Chí "
     "Minh."),
    ("Liên hoan Dân ca ví, giặm lần thứ VII thu hút 24 đội với hơn 300 diễn viên không chuyên",
     "Liên hoan Dân ca ví, giặm lần thứ bảy thu hút hai mươi tư đội với hơn ba trăm diễn viên không chuyên."),
    ("Xã được công nhận danh hiệu “Xã văn hóa nông thôn mới” năm 2025 với 96,3% hộ đạt gia đình văn hóa",
     "Xã được công nhận danh hiệu Xã văn hóa nông thôn mới năm hai nghìn không trăm hai mươi lăm với chín mươi sáu phẩy "
     "ba phần trăm hộ đạt gia đình văn hóa."),
    ("Giải Marathon có 4 cự ly 5 km, 10 km, 21 km và 42 km, vận động viên đăng ký trước 15/10",
     "Giải Marathon có bốn cự ly năm ki lô mét, mười ki lô mét, hai mươi mốt ki lô mét và bốn mươi hai ki lô mét, vận "
     "động viên đăng ký trước ngày mười lăm tháng mười."),

    # --- electricity and water
    ("Điện lực Nam Đàn ngừng cấp điện từ 5h30 đến 14h00 ngày 19/7 để thay máy biến áp tại TBA Vân Diên 3",
     "Điện lực Nam Đàn ngừng cấp điện từ năm giờ ba mươi phút đến mười bốn giờ ngày mười chín tháng bảy để thay máy biến "
     "áp tại trạm biến áp Vân Diên ba."),
    ("Giá bán lẻ điện sinh hoạt bậc 6, từ 401 kWh trở lên, là 3.460 đồng/kWh",
     "Giá bán lẻ điện sinh hoạt bậc sáu, từ bốn trăm linh một ki lô oát giờ trở lên, là ba nghìn bốn trăm sáu mươi đồng "
     "một ki lô oát giờ."),
    ("Nhà máy nước Hưng Vĩnh súc xả đường ống, khu vực P. Vinh Tân, P. Thành Vinh có thể mất nước từ 22h đến 4h sáng",
     "Nhà máy nước Hưng Vĩnh súc xả đường ống, khu vực phường Vinh Tân, phường Thành Vinh có thể mất nước từ hai mươi "
     "hai giờ đến bốn giờ sáng."),
    ("Hộ dùng dưới 10 m³ nước/tháng được tính theo giá bậc 1 là 8.900 đồng/m³",
     "Hộ dùng dưới mười mét khối nước mỗi tháng được tính theo giá bậc một là tám nghìn chín trăm đồng một mét khối."),
    ("Thanh toán tiền điện qua ngân hàng hoặc gọi Tổng đài CSKH 1900 1909 khi cần báo sự cố",
     "Thanh toán tiền điện qua ngân hàng hoặc gọi Tổng đài chăm sóc khách hàng một chín không không, một chín không chín "
     "khi cần báo sự cố."),

    # --- environment
    ("Thu gom rác thải sinh hoạt vào thứ 3, thứ 5, thứ 7; hộ gia đình buộc kín túi rác, để đúng nơi quy định trước 17h",
     "Thu gom rác thải sinh hoạt vào thứ ba, thứ năm, thứ bảy; hộ gia đình buộc kín túi rác, để đúng nơi quy định trước "
     "mười bảy giờ."),
    ("Chỉ số chất lượng không khí AQI tại trung tâm tỉnh sáng nay là 165, ở mức xấu",
     "Chỉ số chất lượng không khí a kiu i tại trung tâm tỉnh sáng nay là một trăm sáu mươi lăm, ở mức xấu."),
    ("Phạt từ 500.000 - 1.000.000 đồng đối với hành vi vứt, thải rác sinh hoạt không đúng nơi quy định",
     "Phạt từ năm trăm nghìn đến một triệu đồng đối với hành vi vứt, thải rác sinh hoạt không đúng nơi quy định."),
    ("Hưởng ứng Ngày Chủ nhật xanh 29/3, mỗi thôn trồng ít nhất 200 cây xanh dọc các tuyến đường liên thôn",
     "Hưởng ứng Ngày Chủ nhật xanh hai mươi chín tháng ba, mỗi thôn trồng ít nhất hai trăm cây xanh dọc các tuyến đường "
     "liên thôn."),

    # --- jobs, labour and vocational training
    ("Công ty TNHH Gain Lucky tuyển 500 công nhân may, lương từ 7 - 12 triệu đồng/tháng, làm việc tại KCN Nam Cấm",
     "Công ty trách nhiệm hữu hạn Gain Lucky tuyển năm trăm công nhân may, lương từ bảy đến mười hai triệu đồng mỗi "
     "tháng, làm việc tại khu công nghiệp Nam Cấm."),
    ("Lao động nông thôn học nghề trình độ sơ cấp được hỗ trợ tối đa 4 triệu đồng/người/khóa học",
     "Lao động nông thôn học nghề trình độ sơ cấp được hỗ trợ tối đa bốn triệu đồng mỗi người mỗi khóa học."),
    ("Người đi làm việc ở nước ngoài theo hợp đồng thuộc hộ nghèo được vay tối đa 100% chi phí tại NHCSXH",
     "Người đi làm việc ở nước ngoài theo hợp đồng thuộc hộ nghèo được vay tối đa một trăm phần trăm chi phí tại Ngân "
     "hàng Chính sách xã hội."),
    ("Mức lương tối thiểu vùng III năm 2026 là 4.140.000 đồng/tháng, tăng 7,2% so với năm 2025",
     "Mức lương tối thiểu vùng ba năm hai nghìn không trăm hai mươi sáu là bốn triệu một trăm bốn mươi nghìn đồng mỗi "
     "tháng, tăng bảy phẩy hai phần trăm so với năm hai nghìn không trăm hai mươi lăm."),
    ("Công ty CP Xây lắp Sông Lam tuyển 20 thợ hàn, yêu cầu nam từ 20 - 45 tuổi, có chứng chỉ nghề",
     "Công ty cổ phần Xây lắp Sông Lam tuyển hai mươi thợ hàn, yêu cầu nam từ hai mươi đến bốn mươi lăm tuổi, có chứng "
     "chỉ nghề."),

    # --- social assistance
    ("Trẻ em dưới 4 tuổi mồ côi cả cha và mẹ hưởng hệ số 2,5, tức 1.250.000 đồng/tháng",
     "Trẻ em dưới bốn tuổi mồ côi cả cha và mẹ hưởng hệ số hai phẩy năm, tức một triệu hai trăm năm mươi nghìn đồng mỗi "
     "tháng."),
    ("Hỗ trợ khẩn cấp 20 triệu đồng/người cho gia đình có người chết, mất tích do thiên tai",
     "Hỗ trợ khẩn cấp hai mươi triệu đồng mỗi người cho gia đình có người chết, mất tích do thiên tai."),
    ("Hồ sơ đề nghị trợ cấp xã hội hằng tháng nộp tại Trung tâm PVHCC xã, thời hạn giải quyết 15 ngày làm việc",
     "Hồ sơ đề nghị trợ cấp xã hội hằng tháng nộp tại Trung tâm phục vụ hành chính công xã, thời hạn giải quyết mười "
     "lăm ngày làm việc."),
    ("Hộ có nhà ở bị đổ, sập, trôi hoàn toàn do thiên tai được hỗ trợ 40 triệu đồng/hộ",
     "Hộ có nhà ở bị đổ, sập, trôi hoàn toàn do thiên tai được hỗ trợ bốn mươi triệu đồng mỗi hộ."),

    # --- Party and state document preambles
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025 và Nghị định số 159/2025/NĐ-CP ngày 25/6/2025",
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày mười chín tháng hai năm hai nghìn không trăm hai mươi lăm và Nghị "
     "định số một trăm năm mươi chín năm hai nghìn không trăm hai mươi lăm của Chính phủ ngày hai mươi lăm tháng sáu năm "
     "hai nghìn không trăm hai mươi lăm."),
    ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ và "
     "chuyển đổi số",
     "Thực hiện Nghị quyết số năm mươi bảy ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ "
     "Chính trị về đột phá phát triển khoa học, công nghệ và chuyển đổi số."),
    ("UBND xã ban hành Kế hoạch triển khai Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống ma túy",
     "Ủy ban nhân dân xã ban hành Kế hoạch triển khai Chỉ thị số hai mươi của Ban Thường vụ Tỉnh ủy về phòng, chống ma "
     "túy."),
    ("1. Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể, báo cáo kết quả trước ngày 15/12",
     "Một là, Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể, báo cáo kết quả trước ngày mười "
     "lăm tháng mười hai."),
    ("Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1025/QĐ-UBND ngày 14/5/2023 của UBND xã",
     "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số một nghìn không trăm hai mươi lăm ngày mười bốn "
     "tháng năm năm hai nghìn không trăm hai mươi ba của Ủy ban nhân dân xã."),
    ("V/v tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)",
     "Về việc tổ chức các hoạt động kỷ niệm chín mươi sáu năm Ngày thành lập Đảng Cộng sản Việt Nam, ba tháng hai năm "
     "một nghìn chín trăm ba mươi đến ba tháng hai năm hai nghìn không trăm hai mươi sáu."),

    # --- contacts, addresses, hotlines
    ("Mọi phản ánh về TTHC gửi vào hòm thư góp ý hoặc gọi số 0238 3 825 460 của Văn phòng UBND xã",
     "Mọi phản ánh về thủ tục hành chính gửi vào hòm thư góp ý hoặc gọi số không hai ba tám, ba tám hai năm, bốn sáu "
     "không của Văn phòng Ủy ban nhân dân xã."),
    ("Tổng đài hỗ trợ BHXH, BHYT 1900 9068 hoạt động từ 7h30 đến 21h00 các ngày trong tuần",
     "Tổng đài hỗ trợ bảo hiểm xã hội, bảo hiểm y tế một chín không không, chín không sáu tám hoạt động từ bảy giờ ba "
     "mươi phút đến hai mươi mốt giờ các ngày trong tuần."),
    ("Gửi câu hỏi về chế độ BHXH qua thư điện tử hotro@baohiemxahoi.gov.vn để được giải đáp",
     "Gửi câu hỏi về chế độ bảo hiểm xã hội qua thư điện tử hát o tê rờ o a còng bảo hiểm xã hội chấm gờ o vê chấm vê "
     "nờ để được giải đáp."),
    ("Đường dây nóng của Chủ tịch UBND xã: 0915 114 226, tiếp nhận phản ánh 24/24",
     "Đường dây nóng của Chủ tịch Ủy ban nhân dân xã: không chín một năm, một một bốn, hai hai sáu, tiếp nhận phản ánh "
     "hai mươi tư trên hai mươi tư."),
    ("Trụ sở BHXH cơ sở Thanh Chương đặt tại số 68 đường Nguyễn Sinh Cung, khối 5, xã Thanh Chương",
     "Trụ sở Bảo hiểm xã hội cơ sở Thanh Chương đặt tại số sáu mươi tám đường Nguyễn Sinh Cung, khối năm, xã Thanh "
     "Chương."),

    # --- digital services (VNeID, VssID, public-service portal)
    ("Tài khoản định danh điện tử mức 2 được dùng để đăng nhập Cổng DVCQG, ứng dụng VssID và nhiều ứng dụng ngân hàng",
     "Tài khoản định danh điện tử mức hai được dùng để đăng nhập Cổng Dịch vụ công quốc gia, ứng dụng vê ét ét i đê và "
     "nhiều ứng dụng ngân hàng."),
    ("Kích hoạt VNeID: quét mã QR trên thẻ căn cước, nhập số điện thoại và mã OTP gồm 6 chữ số",
     "Kích hoạt vê en e ai đi: quét mã kiu a trên thẻ căn cước, nhập số điện thoại và mã o tê pê gồm sáu chữ số."),
    ("Trên VssID, người tham gia xem quá trình đóng BHXH, BHYT, BHTN và lịch sử khám chữa bệnh 24/7",
     "Trên vê ét ét i đê, người tham gia xem quá trình đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp và lịch "
     "sử khám chữa bệnh hai mươi tư trên bảy."),
    ("Năm 2025, xã tiếp nhận 4.562 hồ sơ TTHC, trong đó 3.918 hồ sơ trực tuyến toàn trình, đạt 85,88%",
     "Năm hai nghìn không trăm hai mươi lăm, xã tiếp nhận bốn nghìn năm trăm sáu mươi hai hồ sơ thủ tục hành chính, "
     "trong đó ba nghìn chín trăm mười tám hồ sơ trực tuyến toàn trình, đạt tám mươi lăm phẩy tám mươi tám phần trăm."),
    ("Truy cập https://dichvucong.gov.vn, chọn mục thanh toán trực tuyến để nộp lệ phí trước bạ bằng thẻ ATM",
     "Truy cập dịch vụ công chấm gờ o vê chấm vê nờ, chọn mục thanh toán trực tuyến để nộp lệ phí trước bạ bằng thẻ a tê "
     "mờ."),

    # --- scam warnings
    ("Cảnh báo: đối tượng giả danh nhân viên Điện lực gọi điện báo cắt điện, yêu cầu chuyển 1,8 triệu đồng vào tài "
     "khoản cá nhân",
     "Cảnh báo: đối tượng giả danh nhân viên Điện lực gọi điện báo cắt điện, yêu cầu chuyển một phẩy tám triệu đồng vào "
     "tài khoản cá nhân."),
    ("Đối tượng gửi tin nhắn giả mạo cơ quan BHXH kèm đường link lạ để “hoàn tiền BHYT”; người dân tuyệt đối không truy cập",
     "Đối tượng gửi tin nhắn giả mạo cơ quan bảo hiểm xã hội kèm đường link lạ để hoàn tiền bảo hiểm y tế; người dân tuyệt đối "
     "không truy cập."),
    ("Một phụ nữ ở xã Diễn Thịnh bị lừa 1,26 tỷ đồng sau khi làm theo hướng dẫn “cập nhật định danh mức 2” qua điện thoại",
     "Một phụ nữ ở xã Diễn Thịnh bị lừa một phẩy hai mươi sáu tỷ đồng sau khi làm theo hướng dẫn cập nhật định danh mức "
     "hai qua điện thoại."),
    ("Phản ánh tin nhắn rác, cuộc gọi có dấu hiệu lừa đảo bằng cách nhắn tin tới đầu số 5656",
     "Phản ánh tin nhắn rác, cuộc gọi có dấu hiệu lừa đảo bằng cách nhắn tin tới đầu số năm sáu năm sáu."),

    # --- markets and prices
    ("Giá lúa tươi tại ruộng hôm nay dao động 6.500 - 6.800 đồng/kg, tăng 200 đồng/kg so với tuần trước",
     "Giá lúa tươi tại ruộng hôm nay dao động sáu nghìn năm trăm đến sáu nghìn tám trăm đồng một ki lô gam, tăng hai "
     "trăm đồng một ki lô gam so với tuần trước."),
    ("Giá xăng E5 từ 15h chiều nay giảm 320 đồng/lít, còn 19.870 đồng/lít",
     "Giá xăng e năm từ mười lăm giờ chiều nay giảm ba trăm hai mươi đồng một lít, còn mười chín nghìn "
     "tám trăm bảy mươi đồng một lít."),
    ("Chợ phiên Tết Bính Ngọ họp từ 5h đến 12h các ngày 25 - 29 tháng Chạp",
     "Chợ phiên Tết Bính Ngọ họp từ năm giờ đến mười hai giờ các ngày hai mươi lăm đến hai mươi chín tháng Chạp."),
    ("Giá thịt lợn mông sấn tại chợ 130.000 đồng/kg, thịt bò 280.000 - 300.000 đồng/kg",
     "Giá thịt lợn mông sấn tại chợ một trăm ba mươi nghìn đồng một ki lô gam, thịt bò hai trăm tám mươi nghìn đến ba "
     "trăm nghìn đồng một ki lô gam."),
    ("Đội QLTT số 5 kiểm tra, tạm giữ 350 hộp bánh trung thu không rõ nguồn gốc tại chợ Vinh",
     "Đội Quản lý thị trường số năm kiểm tra, tạm giữ ba trăm năm mươi hộp bánh trung thu không rõ nguồn gốc tại chợ "
     "Vinh."),

    # --- tourism and homestays
    ("Các homestay tại bản Na Xai phải thông báo lưu trú cho Công an xã trước 23h qua ứng dụng VNeID",
     "Các homestay tại bản Na Xai phải thông báo lưu trú cho Công an xã trước hai mươi ba giờ qua ứng dụng vê en e ai "
     "đi."),
    ("Giá phòng homestay dịp 30/4 - 1/5 từ 350.000 - 500.000 đồng/đêm, đã gồm bữa sáng",
     "Giá phòng homestay dịp ba mươi tháng tư đến một tháng năm từ ba trăm năm mươi nghìn đến năm trăm nghìn đồng mỗi "
     "đêm, đã gồm bữa sáng."),
    ("Khu di tích Kim Liên miễn phí vé tham quan; xe điện đưa đón 20.000 đồng/người/lượt",
     "Khu di tích Kim Liên miễn phí vé tham quan; xe điện đưa đón hai mươi nghìn đồng mỗi người mỗi lượt."),
]

# Seventh holdout misses when scored once (153 of 165, 92.7 %): eight errors, since fixed by general rules (161 of
# 165 now), and four conventions the writer chose differently from the house, kept (4-4-3 grouping of a landline
# written with a lone digit, 'mỗi máy', a lower-case letter in 'E5'). The holdout's own figure stays the 153 of 165
# first measured.
HOLDOUT_7_MISSES: dict[str, str] = {
    'Hỗ trợ 70% chi phí mua máy cấy cho HTX, tối đa 150 triệu đồng/máy':
        "convention: the writer reads 'đồng/máy' 'mỗi máy'; the house reads a machine priced by the piece 'một'",
    'Người dân thấy đối tượng lạ mặt nghi trộm cắp thì báo Công an xã qua số 0238.3.561.113 hoặc gọi 113':
        'convention: the writer groups a landline written 0238.3.561.113 as 4-4-3; the house groups numbers as written',
    'Mọi phản ánh về TTHC gửi vào hòm thư góp ý hoặc gọi số 0238 3 825 460 của Văn phòng UBND xã':
        'convention: the writer groups a landline written 0238 3 825 460 as 4-4-3; the house groups numbers as written',
    'Giá xăng E5 từ 15h chiều nay giảm 320 đồng/lít, còn 19.870 đồng/lít':
        "convention: the writer writes the letter of 'E5' in lower case; the house keeps a lone capital as written",
}


HOLDOUT_8_CASES = [
    # --- commune and ward notices after the two-level local government
    ("Từ ngày 01/7/2025, xã Yên Trung mới được thành lập trên cơ sở nhập 4 xã: Yên Phú, Yên Lâm, Yên Hồ và Yên Thịnh",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, xã Yên Trung mới được thành lập trên cơ sở nhập "
     "bốn xã: Yên Phú, Yên Lâm, Yên Hồ và Yên Thịnh."),
    ("Trụ sở HĐND - UBND xã đặt tại số 126 đường Trần Hưng Đạo, thôn Bắc Sơn; bộ phận tiếp dân làm việc từ 7h15",
     "Trụ sở Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại số một trăm hai mươi sáu đường Trần Hưng Đạo, thôn Bắc "
     "Sơn; bộ phận tiếp dân làm việc từ bảy giờ mười lăm phút."),
    ("Người dân thực hiện TTHC tại Trung tâm PVHCC xã hoặc 3 điểm tiếp nhận đặt tại trụ sở các xã cũ",
     "Người dân thực hiện thủ tục hành chính tại Trung tâm phục vụ hành chính công xã hoặc ba điểm tiếp nhận đặt tại "
     "trụ sở các xã cũ."),
    ("Sau sắp xếp, phường Nam Hồng có diện tích tự nhiên 38,62 km² và quy mô dân số 71.540 người",
     "Sau sắp xếp, phường Nam Hồng có diện tích tự nhiên ba mươi tám phẩy sáu mươi hai ki lô mét vuông và quy mô dân "
     "số bảy mươi mốt nghìn năm trăm bốn mươi người."),
    ("Thông báo số 87/TB-UBND ngày 14/8/2025 về việc đặt tên 23 thôn, tổ dân phố sau sáp nhập",
     "Thông báo số tám mươi bảy của Ủy ban nhân dân ngày mười bốn tháng tám năm hai nghìn không trăm hai mươi lăm về "
     "việc đặt tên hai mươi ba thôn, tổ dân phố sau sáp nhập."),
    ("Mời đại diện các hộ dự họp lúc 19g30 tối thứ Tư tại NVH thôn Đông Hòa để bình xét hộ nghèo",
     "Mời đại diện các hộ dự họp lúc mười chín giờ ba mươi phút tối thứ Tư tại nhà văn hóa thôn Đông Hòa để bình xét "
     "hộ nghèo."),

    # --- pensions under the Law on Social Insurance 2024
    ("Luật BHXH số 41/2024/QH15 giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm",
     "Luật Bảo hiểm xã hội số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm giảm số "
     "năm đóng tối thiểu để hưởng lương hưu từ hai mươi năm xuống mười lăm năm."),
    ("Lao động nam đóng đủ 20 năm hưởng lương hưu bằng 45%, mỗi năm đóng thêm tính thêm 2%, tối đa 75%",
     "Lao động nam đóng đủ hai mươi năm hưởng lương hưu bằng bốn mươi lăm phần trăm, mỗi năm đóng thêm tính thêm hai "
     "phần trăm, tối đa bảy mươi lăm phần trăm."),
    ("Tuổi nghỉ hưu năm 2026 của lao động nam là 61 tuổi 6 tháng, của lao động nữ là 57 tuổi",
     "Tuổi nghỉ hưu năm hai nghìn không trăm hai mươi sáu của lao động nam là sáu mươi mốt tuổi sáu tháng, của lao "
     "động nữ là năm mươi bảy tuổi."),
    ("Người nghỉ hưu trước 1/1/1995 có mức hưởng thấp được điều chỉnh thêm 300.000 đồng/tháng",
     "Người nghỉ hưu trước ngày một tháng một năm một nghìn chín trăm chín mươi lăm có mức hưởng thấp được điều "
     "chỉnh thêm ba trăm nghìn đồng mỗi tháng."),
    ("Theo khoản 1 Điều 64 Luật BHXH 2024, người có thời gian đóng từ đủ 15 năm trở lên được hưởng lương hưu khi đủ "
     "tuổi",
     "Theo khoản một Điều sáu mươi tư Luật Bảo hiểm xã hội năm hai nghìn không trăm hai mươi tư, người có thời gian "
     "đóng từ đủ mười lăm năm trở lên được hưởng lương hưu khi đủ tuổi."),

    # --- contributions and employers' arrears
    ("Tổng mức đóng BHXH, BHYT, BHTN là 32% tiền lương tháng, trong đó NLĐ đóng 10,5%",
     "Tổng mức đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp là ba mươi hai phần trăm tiền lương tháng, "
     "trong đó người lao động đóng mười phẩy năm phần trăm."),
    ("Đến 30/11/2025, 17 doanh nghiệp trên địa bàn chậm đóng BHXH với tổng số tiền 2,86 tỷ đồng",
     "Đến ngày ba mươi tháng mười một năm hai nghìn không trăm hai mươi lăm, mười bảy doanh nghiệp trên địa bàn chậm "
     "đóng bảo hiểm xã hội với tổng số tiền hai phẩy tám mươi sáu tỷ đồng."),
    ("Chủ hộ kinh doanh có đăng ký kinh doanh thuộc đối tượng tham gia BHXH bắt buộc từ 01/7/2029",
     "Chủ hộ kinh doanh có đăng ký kinh doanh thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc từ ngày một tháng "
     "bảy năm hai nghìn không trăm hai mươi chín."),
    ("Quý II/2026, BHXH tỉnh thu được 1.254 tỷ đồng, đạt 48,6% kế hoạch năm",
     "Quý hai năm hai nghìn không trăm hai mươi sáu, Bảo hiểm xã hội tỉnh thu được một nghìn hai trăm năm mươi tư tỷ "
     "đồng, đạt bốn mươi tám phẩy sáu phần trăm kế hoạch năm."),

    # --- voluntary social insurance
    ("Thu nhập làm căn cứ đóng BHXH tự nguyện thấp nhất bằng chuẩn nghèo nông thôn 1.500.000 đồng/tháng, cao nhất "
     "bằng 20 lần mức tham chiếu",
     "Thu nhập làm căn cứ đóng bảo hiểm xã hội tự nguyện thấp nhất bằng chuẩn nghèo nông thôn một triệu năm trăm "
     "nghìn đồng mỗi tháng, cao nhất bằng hai mươi lần mức tham chiếu."),
    ("Chị Lê Thị Hằng ở thôn 9 chọn đóng 12 tháng một lần với số tiền 3.960.000 đồng",
     "Chị Lê Thị Hằng ở thôn chín chọn đóng mười hai tháng một lần với số tiền ba triệu chín trăm sáu mươi nghìn "
     "đồng."),
    ("Đại lý thu BHXH xã Hòa Hiệp: anh Võ Minh Khoa, ĐT 0388.627.014, thu tại nhà vào T7, CN",
     "Đại lý thu bảo hiểm xã hội xã Hòa Hiệp: anh Võ Minh Khoa, điện thoại không ba tám tám, sáu hai bảy, không một "
     "bốn, thu tại nhà vào thứ bảy, chủ nhật."),
    ("Đến hết tháng 9/2025, toàn xã có 1.087 người tham gia BHXH tự nguyện, đạt 81,4% chỉ tiêu được giao",
     "Đến hết tháng chín năm hai nghìn không trăm hai mươi lăm, toàn xã có một nghìn không trăm tám mươi bảy người "
     "tham gia bảo hiểm xã hội tự nguyện, đạt tám mươi mốt phẩy bốn phần trăm chỉ tiêu được giao."),

    # --- health-insurance cards
    ("Luật BHYT sửa đổi số 51/2024/QH15 có hiệu lực từ 01/7/2025, người bệnh có thẻ được khám ở bất kỳ cơ sở nào cùng "
     "cấp chuyên môn",
     "Luật Bảo hiểm y tế sửa đổi số năm mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm có "
     "hiệu lực từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người bệnh có thẻ được khám ở bất kỳ cơ "
     "sở nào cùng cấp chuyên môn."),
    ("Gia đình anh Phạm Văn Long có 4 người tham gia BHYT hộ gia đình, tổng số tiền đóng cả năm là 3.538.080 đồng",
     "Gia đình anh Phạm Văn Long có bốn người tham gia bảo hiểm y tế hộ gia đình, tổng số tiền đóng cả năm là ba "
     "triệu năm trăm ba mươi tám nghìn không trăm tám mươi đồng."),
    ("Người có thẻ BHYT đi khám tại trạm y tế tuyến xã được quỹ BHYT chi trả 100% chi phí trong phạm vi hưởng",
     "Người có thẻ bảo hiểm y tế đi khám tại trạm y tế tuyến xã được quỹ bảo hiểm y tế chi trả một trăm phần trăm "
     "chi phí trong phạm vi hưởng."),
    ("Hạn sử dụng thẻ BHYT có thể tra cứu trên VssID hoặc tại trang baohiemxahoi.gov.vn, mục Tra cứu trực tuyến",
     "Hạn sử dụng thẻ bảo hiểm y tế có thể tra cứu trên vê ét ét i đê hoặc tại trang bảo hiểm xã hội chấm gờ o vê "
     "chấm vê nờ, mục Tra cứu trực tuyến."),
    ("Năm 2025, quỹ BHYT của tỉnh chi trả cho 2,14 triệu lượt khám chữa bệnh với tổng số tiền 4.312 tỷ đồng",
     "Năm hai nghìn không trăm hai mươi lăm, quỹ bảo hiểm y tế của tỉnh chi trả cho hai phẩy mười bốn triệu lượt "
     "khám chữa bệnh với tổng số tiền bốn nghìn ba trăm mười hai tỷ đồng."),

    # --- maternity and sickness benefits
    ("Lao động nam có vợ sinh con phải phẫu thuật được nghỉ 7 ngày làm việc trong vòng 60 ngày kể từ ngày vợ sinh",
     "Lao động nam có vợ sinh con phải phẫu thuật được nghỉ bảy ngày làm việc trong vòng sáu mươi ngày kể từ ngày vợ "
     "sinh."),
    ("Con dưới 7 tuổi bị ốm, cha hoặc mẹ được nghỉ chăm con tối đa 20 ngày/năm với con dưới 3 tuổi",
     "Con dưới bảy tuổi bị ốm, cha hoặc mẹ được nghỉ chăm con tối đa hai mươi ngày mỗi năm với con dưới ba tuổi."),
    ("Mức hưởng thai sản một tháng bằng 100% bình quân tiền lương của 6 tháng gần nhất trước khi nghỉ",
     "Mức hưởng thai sản một tháng bằng một trăm phần trăm bình quân tiền lương của sáu tháng gần nhất trước khi "
     "nghỉ."),

    # --- unemployment insurance
    ("Trong 6 tháng đầu năm 2026, TTDVVL tỉnh đã ra quyết định hưởng TCTN cho 5.214 người, tư vấn việc làm cho 12.600 "
     "lượt",
     "Trong sáu tháng đầu năm hai nghìn không trăm hai mươi sáu, Trung tâm Dịch vụ việc làm tỉnh đã ra quyết định "
     "hưởng trợ cấp thất nghiệp cho năm nghìn hai trăm mười bốn người, tư vấn việc làm cho mười hai nghìn sáu trăm "
     "lượt."),
    ("Người sử dụng lao động đóng BHTN bằng 1% quỹ tiền lương, người lao động đóng 1% tiền lương tháng",
     "Người sử dụng lao động đóng bảo hiểm thất nghiệp bằng một phần trăm quỹ tiền lương, người lao động đóng một "
     "phần trăm tiền lương tháng."),
    ("Hỗ trợ học nghề cho người hưởng TCTN tối đa 4,5 triệu đồng/người/khóa, thời gian học không quá 6 tháng",
     "Hỗ trợ học nghề cho người hưởng trợ cấp thất nghiệp tối đa bốn phẩy năm triệu đồng mỗi người mỗi khóa, thời "
     "gian học không quá sáu tháng."),
    ("Tư vấn về BHTN qua số 0238.3598.222 (trong giờ hành chính)",
     "Tư vấn về bảo hiểm thất nghiệp qua số không hai ba tám, ba năm chín tám, hai hai hai, trong giờ hành chính."),

    # --- tax
    ("Cơ quan thuế đối thoại với 150 hộ kinh doanh lúc 14h ngày 18/12 tại hội trường UBND phường",
     "Cơ quan thuế đối thoại với một trăm năm mươi hộ kinh doanh lúc mười bốn giờ ngày mười tám tháng mười hai tại "
     "hội trường Ủy ban nhân dân phường."),
    ("Hộ kinh doanh đăng ký sử dụng hóa đơn điện tử trên cổng hoadondientu.gdt.gov.vn trước 31/3",
     "Hộ kinh doanh đăng ký sử dụng hóa đơn điện tử trên cổng hóa đơn điện tử chấm gờ đê tê chấm gờ o vê chấm vê nờ "
     "trước ngày ba mươi mốt tháng ba."),
    ("Cá nhân có thu nhập từ tiền lương dưới 15,5 triệu đồng/tháng không phải nộp thuế TNCN nếu không có người phụ "
     "thuộc",
     "Cá nhân có thu nhập từ tiền lương dưới mười lăm phẩy năm triệu đồng mỗi tháng không phải nộp thuế thu nhập cá "
     "nhân nếu không có người phụ thuộc."),
    ("Tiền chậm nộp thuế 0,03%/ngày; 10 ngày chậm nộp trên số thuế 20 triệu đồng tương đương 60.000 đồng",
     "Tiền chậm nộp thuế không phẩy không ba phần trăm mỗi ngày; mười ngày chậm nộp trên số thuế hai mươi triệu đồng "
     "tương đương sáu mươi nghìn đồng."),

    # --- land
    ("Niêm yết phương án BTHT, TĐC dự án đường ven biển đoạn qua xã, thu hồi 12,74 ha của 96 hộ",
     "Niêm yết phương án bồi thường, hỗ trợ, tái định cư dự án đường ven biển đoạn qua xã, thu hồi mười hai phẩy bảy "
     "mươi tư héc ta của chín mươi sáu hộ."),
    ("Hồ sơ cấp đổi giấy chứng nhận gồm thửa đất số 318, tờ bản đồ số 27, diện tích 186,5 m², đất ở tại nông thôn",
     "Hồ sơ cấp đổi giấy chứng nhận gồm thửa đất số ba trăm mười tám, tờ bản đồ số hai mươi bảy, diện tích một trăm "
     "tám mươi sáu phẩy năm mét vuông, đất ở tại nông thôn."),
    ("Lệ phí cấp GCN quyền sử dụng đất lần đầu tại xã là 25.000 đồng/giấy",
     "Lệ phí cấp giấy chứng nhận quyền sử dụng đất lần đầu tại xã là hai mươi lăm nghìn đồng một giấy."),
    ("Hạn chót nhận đơn kiến nghị về giá đất bồi thường là 17h00 thứ Sáu, ngày 20/3/2026",
     "Hạn chót nhận đơn kiến nghị về giá đất bồi thường là mười bảy giờ thứ Sáu, ngày hai mươi tháng ba năm hai "
     "nghìn không trăm hai mươi sáu."),
    ("Người có công với cách mạng được giảm 1/2 tiền sử dụng đất khi được giao đất ở",
     "Người có công với cách mạng được giảm một phần hai tiền sử dụng đất khi được giao đất ở."),

    # --- farm prices
    ("Giá lúa Bắc thơm số 7 khô tại kho HTX hôm nay 9.200 đồng/kg, lúa lai 8.100 đồng/kg",
     "Giá lúa Bắc thơm số bảy khô tại kho hợp tác xã hôm nay chín nghìn hai trăm đồng một ki lô gam, lúa lai tám "
     "nghìn một trăm đồng một ki lô gam."),
    ("Giá bò hơi loại 1 dao động 85.000 - 92.000 đồng/kg, giảm nhẹ so với cuối tháng trước",
     "Giá bò hơi loại một dao động tám mươi lăm nghìn đến chín mươi hai nghìn đồng một ki lô gam, giảm nhẹ so với "
     "cuối tháng trước."),
    ("Cam Vinh loại đẹp có giá 45.000đ/kg, bưởi Phúc Trạch 35.000đ/quả",
     "Cam Vinh loại đẹp có giá bốn mươi lăm nghìn đồng một ki lô gam, bưởi Phúc Trạch ba mươi lăm nghìn đồng một "
     "quả."),
    ("Năm nay sản lượng chè búp tươi ước đạt 4.850 tấn, tăng 6,3% so với năm 2024",
     "Năm nay sản lượng chè búp tươi ước đạt bốn nghìn tám trăm năm mươi tấn, tăng sáu phẩy ba phần trăm so với năm "
     "hai nghìn không trăm hai mươi tư."),
    ("Giá phân đạm Urê Phú Mỹ bán lẻ 560.000 đồng/bao 50 kg",
     "Giá phân đạm Urê Phú Mỹ bán lẻ năm trăm sáu mươi nghìn đồng một bao năm mươi ki lô gam."),

    # --- crops, pests and extension
    ("Sâu đục thân 2 chấm lứa 2 vũ hóa rộ từ 20 - 25/4, trứng nở rộ từ 26/4 - 2/5",
     "Sâu đục thân hai chấm lứa hai vũ hóa rộ từ ngày hai mươi đến hai mươi lăm tháng tư, trứng nở rộ từ ngày hai "
     "mươi sáu tháng tư đến ngày hai tháng năm."),
    ("Trạm BVTV khuyến cáo phun trừ rầy khi mật độ trên 3.000 con/m², phun kỹ phần gốc lúa",
     "Trạm bảo vệ thực vật khuyến cáo phun trừ rầy khi mật độ trên ba nghìn con trên mét vuông, phun kỹ phần gốc "
     "lúa."),
    ("Cấy lúa với mật độ 35 - 40 khóm/m², mỗi khóm 2 - 3 dảnh",
     "Cấy lúa với mật độ ba mươi lăm đến bốn mươi khóm trên mét vuông, mỗi khóm hai đến ba dảnh."),
    ("Trung tâm DVNN xã hỗ trợ 50% giá giống ngô LVN10 cho vụ Đông năm 2025",
     "Trung tâm dịch vụ nông nghiệp xã hỗ trợ năm mươi phần trăm giá giống ngô lờ vê nờ mười cho vụ Đông năm hai "
     "nghìn không trăm hai mươi lăm."),

    # --- livestock disease
    ("Ổ dịch tả lợn châu Phi tại xóm 3 đã qua 21 ngày không phát sinh lợn bệnh, đủ điều kiện công bố hết dịch",
     "Ổ dịch tả lợn châu Phi tại xóm ba đã qua hai mươi mốt ngày không phát sinh lợn bệnh, đủ điều kiện công bố hết "
     "dịch."),
    ("Khử trùng tiêu độc bằng vôi bột 1 kg/10 m² nền chuồng, 2 lần/tuần",
     "Khử trùng tiêu độc bằng vôi bột một ki lô gam trên mười mét vuông nền chuồng, hai lần mỗi tuần."),
    ("Hỗ trợ 100% vắc xin cúm gia cầm H5N1 cho hộ chăn nuôi dưới 1.000 con",
     "Hỗ trợ một trăm phần trăm vắc xin cúm gia cầm hát năm nờ một cho hộ chăn nuôi dưới một nghìn con."),
    ("Khi phát hiện gia súc chết bất thường, báo ngay cho nhân viên thú y xã, SĐT 0974 318 625",
     "Khi phát hiện gia súc chết bất thường, báo ngay cho nhân viên thú y xã, số điện thoại không chín bảy bốn, ba "
     "một tám, sáu hai năm."),

    # --- weather and storms
    ("Hồi 16h ngày 7/10, tâm bão số 11 ở khoảng 19,3 độ Vĩ Bắc; 110,8 độ Kinh Đông, trên vùng biển phía Đông Bắc đảo "
     "Hải Nam",
     "Hồi mười sáu giờ ngày bảy tháng mười, tâm bão số mười một ở khoảng mười chín phẩy ba độ Vĩ Bắc; một trăm mười "
     "phẩy tám độ Kinh Đông, trên vùng biển phía Đông Bắc đảo Hải Nam."),
    ("Trong 12 - 24 giờ tới, bão di chuyển chủ yếu theo hướng Tây, mỗi giờ đi được 15 - 20 km",
     "Trong mười hai đến hai mươi tư giờ tới, bão di chuyển chủ yếu theo hướng Tây, mỗi giờ đi được mười lăm đến hai "
     "mươi ki lô mét."),
    ("Ven biển Thanh Hóa - Hà Tĩnh có gió mạnh cấp 9 - 10, sóng biển cao 4 - 6 m",
     "Ven biển Thanh Hóa đến Hà Tĩnh có gió mạnh cấp chín đến mười, sóng biển cao bốn đến sáu mét."),
    ("Nước dâng do bão cao 0,5 - 1,0 m, đề phòng ngập úng vùng trũng ven biển",
     "Nước dâng do bão cao không phẩy năm đến một mét, đề phòng ngập úng vùng trũng ven biển."),
    ("Đợt nắng nóng từ 3/6 - 8/6, nhiệt độ cao nhất 37 - 39°C, có nơi trên 40°C; chỉ số UV ở mức rất cao",
     "Đợt nắng nóng từ ngày ba tháng sáu đến ngày tám tháng sáu, nhiệt độ cao nhất ba mươi bảy đến ba mươi chín độ "
     "xê, có nơi trên bốn mươi độ xê; chỉ số u vê ở mức rất cao."),
    ("Dông lốc, mưa đá có thể xảy ra từ chiều tối 14/5, lượng mưa 20 - 40 mm",
     "Dông lốc, mưa đá có thể xảy ra từ chiều tối ngày mười bốn tháng năm, lượng mưa hai mươi đến bốn mươi mi li "
     "mét."),

    # --- floods and civil defence
    ("Lúc 21h, mực nước sông Ngàn Sâu tại Hòa Duyệt là 9,46 m, trên BĐ III 0,46 m và đang lên",
     "Lúc hai mươi mốt giờ, mực nước sông Ngàn Sâu tại Hòa Duyệt là chín phẩy bốn mươi sáu mét, trên báo động ba "
     "không phẩy bốn mươi sáu mét và đang lên."),
    ("Thủy điện Hố Hô tăng lưu lượng xả từ 120 m³/s lên 400 m³/s từ 10h sáng nay",
     "Thủy điện Hố Hô tăng lưu lượng xả từ một trăm hai mươi mét khối trên giây lên bốn trăm mét khối trên giây từ "
     "mười giờ sáng nay."),
    ("BCH PCTT&TKCN xã huy động 60 dân quân, 4 xuồng máy, 200 áo phao hỗ trợ di dời 132 hộ",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã huy động sáu mươi dân quân, bốn xuồng máy, hai trăm "
     "áo phao hỗ trợ di dời một trăm ba mươi hai hộ."),
    ("Thực hiện Công điện số 12/CĐ-UBND của UBND tỉnh, các xã ven sông kiểm tra đê điều 24/24 giờ",
     "Thực hiện Công điện số mười hai của Ủy ban nhân dân tỉnh, các xã ven sông kiểm tra đê điều hai mươi tư trên "
     "hai mươi tư giờ."),
    ("Điểm sạt lở tại Km 27+450 tuyến ĐT 545 đã được cắm biển cảnh báo, cấm phương tiện trên 5 tấn",
     "Điểm sạt lở tại ki lô mét hai mươi bảy cộng bốn trăm năm mươi tuyến đường tỉnh năm trăm bốn mươi lăm đã được "
     "cắm biển cảnh báo, cấm phương tiện trên năm tấn."),

    # --- traffic
    ("Từ 01/01/2025, người điều khiển xe máy có nồng độ cồn ở mức thấp nhất cũng bị phạt 2 - 3 triệu đồng",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi lăm, người điều khiển xe máy có nồng độ cồn ở mức thấp "
     "nhất cũng bị phạt hai đến ba triệu đồng."),
    ("Xe ô tô BKS 36A-847.21 gây tai nạn rồi bỏ chạy, ai biết thông tin báo Công an xã",
     "Xe ô tô biển kiểm soát ba mươi sáu a, tám bốn bảy, hai một gây tai nạn rồi bỏ chạy, ai biết thông tin báo Công "
     "an xã."),
    ("Tạm cấm xe trên 2,5 tấn lưu thông qua cầu Khe Lau từ 8h ngày 3/3 đến hết ngày 30/4/2026",
     "Tạm cấm xe trên hai phẩy năm tấn lưu thông qua cầu Khe Lau từ tám giờ ngày ba tháng ba đến hết ngày ba mươi "
     "tháng tư năm hai nghìn không trăm hai mươi sáu."),
    ("Thi công nút giao QL15A với ĐT 548, phương tiện giảm tốc độ xuống 20 km/h",
     "Thi công nút giao quốc lộ mười lăm A với đường tỉnh năm trăm bốn mươi tám, phương tiện giảm tốc độ xuống hai "
     "mươi ki lô mét trên giờ."),
    ("Người từ đủ 16 tuổi được điều khiển xe gắn máy dung tích dưới 50 cm³ hoặc xe máy điện công suất dưới 4 kW",
     "Người từ đủ mười sáu tuổi được điều khiển xe gắn máy dung tích dưới năm mươi xăng ti mét khối hoặc xe máy điện "
     "công suất dưới bốn ki lô oát."),

    # --- school enrolment
    ("Trường THCS Nguyễn Trãi được giao 6 lớp 6 với 270 chỉ tiêu, bình quân 45 HS/lớp",
     "Trường trung học cơ sở Nguyễn Trãi được giao sáu lớp sáu với hai trăm bảy mươi chỉ tiêu, bình quân bốn mươi "
     "lăm học sinh mỗi lớp."),
    ("Điểm xét tuyển vào lớp 10 = tổng điểm 3 bài thi + điểm ưu tiên",
     "Điểm xét tuyển vào lớp mười bằng tổng điểm ba bài thi cộng điểm ưu tiên."),
    ("Kỳ thi tốt nghiệp THPT năm 2026 tổ chức ngày 11 và 12/6, thí sinh có mặt tại điểm thi trước 6h30",
     "Kỳ thi tốt nghiệp trung học phổ thông năm hai nghìn không trăm hai mươi sáu tổ chức ngày mười một và mười hai "
     "tháng sáu, thí sinh có mặt tại điểm thi trước sáu giờ ba mươi phút."),
    ("Học sinh trường MN, TH, THCS công lập được miễn học phí; trường ngoài công lập được hỗ trợ tối đa 300.000 "
     "đồng/HS/tháng",
     "Học sinh trường mầm non, tiểu học, trung học cơ sở công lập được miễn học phí; trường ngoài công lập được hỗ "
     "trợ tối đa ba trăm nghìn đồng mỗi học sinh mỗi tháng."),
    ("Phụ huynh đăng ký tuyển sinh trực tuyến tại tuyensinh.nghean.edu.vn bằng mã định danh của trẻ",
     "Phụ huynh đăng ký tuyển sinh trực tuyến tại tuyển sinh chấm Nghệ An chấm e đê u chấm vê nờ bằng mã định danh "
     "của trẻ."),
    ("Trẻ 5 tuổi ra lớp đạt 100%, trẻ 3 - 5 tuổi đạt 98,7%",
     "Trẻ năm tuổi ra lớp đạt một trăm phần trăm, trẻ ba đến năm tuổi đạt chín mươi tám phẩy bảy phần trăm."),

    # --- vaccination
    ("Tiêm vắc xin HPV miễn phí cho trẻ em gái lớp 5 (11 tuổi) tại trường học từ ngày 6 - 10/10",
     "Tiêm vắc xin hát pê vê miễn phí cho trẻ em gái lớp năm, mười một tuổi, tại trường học từ ngày sáu đến mười "
     "tháng mười."),
    ("Trẻ 18 tháng tuổi tiêm nhắc vắc xin DPT mũi 4",
     "Trẻ mười tám tháng tuổi tiêm nhắc vắc xin đê pê tê mũi bốn."),
    ("Vắc xin phòng bệnh do phế cầu có giá 1.150.000 đồng/liều tại điểm tiêm dịch vụ của TTYT",
     "Vắc xin phòng bệnh do phế cầu có giá một triệu một trăm năm mươi nghìn đồng một liều tại điểm tiêm dịch vụ của "
     "Trung tâm Y tế."),
    ("Tỷ lệ tiêm chủng đầy đủ 8 loại vắc xin cho trẻ dưới 1 tuổi năm 2025 đạt 96,2%",
     "Tỷ lệ tiêm chủng đầy đủ tám loại vắc xin cho trẻ dưới một tuổi năm hai nghìn không trăm hai mươi lăm đạt chín "
     "mươi sáu phẩy hai phần trăm."),
    ("Lịch TCMR tháng 12: thôn 1 - thôn 5 tiêm sáng 8/12, thôn 6 - thôn 10 tiêm sáng 9/12",
     "Lịch tiêm chủng mở rộng tháng mười hai: thôn một đến thôn năm tiêm sáng ngày tám tháng mười hai, thôn sáu đến "
     "thôn mười tiêm sáng ngày chín tháng mười hai."),

    # --- elections
    ("Xã có 11 đơn vị bầu cử, bầu 30 đại biểu HĐND xã khóa I từ 52 người ứng cử",
     "Xã có mười một đơn vị bầu cử, bầu ba mươi đại biểu Hội đồng nhân dân xã khóa một từ năm mươi hai người ứng cử."),
    ("Mỗi cử tri được phát 3 phiếu bầu: phiếu màu hồng bầu ĐBQH, màu xanh bầu đại biểu HĐND tỉnh, màu trắng bầu đại "
     "biểu HĐND xã",
     "Mỗi cử tri được phát ba phiếu bầu: phiếu màu hồng bầu đại biểu Quốc hội, màu xanh bầu đại biểu Hội đồng nhân "
     "dân tỉnh, màu trắng bầu đại biểu Hội đồng nhân dân xã."),
    ("Đến 11h, tỷ lệ cử tri đi bầu toàn xã đạt 87,4%; 6 trong 14 khu vực bỏ phiếu đã đạt 100%",
     "Đến mười một giờ, tỷ lệ cử tri đi bầu toàn xã đạt tám mươi bảy phẩy bốn phần trăm; sáu trong mười bốn khu vực "
     "bỏ phiếu đã đạt một trăm phần trăm."),
    ("Kết quả: 28/30 đại biểu HĐND xã trúng cử ngay lần đầu; bầu thêm tại Đơn vị bầu cử số 2 vào ngày 22/3",
     "Kết quả: hai mươi tám trên ba mươi đại biểu Hội đồng nhân dân xã trúng cử ngay lần đầu; bầu thêm tại Đơn vị "
     "bầu cử số hai vào ngày hai mươi hai tháng ba."),

    # --- military service
    ("Tân binh có mặt tại NVH xóm lúc 5h30 sáng 21/2 để dự lễ tiễn, sau đó tập trung về sân vận động xã",
     "Tân binh có mặt tại nhà văn hóa xóm lúc năm giờ ba mươi phút sáng ngày hai mươi mốt tháng hai để dự lễ tiễn, "
     "sau đó tập trung về sân vận động xã."),
    ("Công dân có trình độ cao đẳng, đại học được gọi nhập ngũ đến hết 27 tuổi; nữ từ 18 - 25 tuổi có chuyên môn phù "
     "hợp có thể tình nguyện",
     "Công dân có trình độ cao đẳng, đại học được gọi nhập ngũ đến hết hai mươi bảy tuổi; nữ từ mười tám đến hai "
     "mươi lăm tuổi có chuyên môn phù hợp có thể tình nguyện."),
    ("Quân nhân xuất ngũ được trợ cấp tạo việc làm bằng 6 tháng lương cơ sở, tức 14.040.000 đồng",
     "Quân nhân xuất ngũ được trợ cấp tạo việc làm bằng sáu tháng lương cơ sở, tức mười bốn triệu không trăm bốn "
     "mươi nghìn đồng."),
    ("Lữ đoàn 168 và Trung đoàn 764 nhận quân tại điểm giao nhận quân số 2",
     "Lữ đoàn một trăm sáu mươi tám và Trung đoàn bảy trăm sáu mươi tư nhận quân tại điểm giao nhận quân số hai."),

    # --- fire safety
    ("Nhà ở kết hợp kinh doanh phải có lối thoát nạn thứ 2 qua ban công, mái hoặc cửa sổ kích thước tối thiểu 0,6 x "
     "0,8 m",
     "Nhà ở kết hợp kinh doanh phải có lối thoát nạn thứ hai qua ban công, mái hoặc cửa sổ kích thước tối thiểu "
     "không phẩy sáu nhân không phẩy tám mét."),
    ("Cấp dự báo cháy rừng cấp V - cấp cực kỳ nguy hiểm từ 11h đến 17h các ngày 20 - 24/6",
     "Cấp dự báo cháy rừng cấp năm, cấp cực kỳ nguy hiểm từ mười một giờ đến mười bảy giờ các ngày hai mươi đến hai "
     "mươi tư tháng sáu."),
    ("Khi có cháy, hô hoán, ngắt cầu dao điện và gọi ngay số 114; cuộc gọi miễn phí, kể cả khi điện thoại hết tiền",
     "Khi có cháy, hô hoán, ngắt cầu dao điện và gọi ngay số một một bốn; cuộc gọi miễn phí, kể cả khi điện thoại "
     "hết tiền."),
    ("Tổ liên gia an toàn PCCC của khu phố 4 gồm 12 hộ liền kề, tổ trưởng là ông Đặng Văn Bình",
     "Tổ liên gia an toàn phòng cháy, chữa cháy của khu phố bốn gồm mười hai hộ liền kề, tổ trưởng là ông Đặng Văn "
     "Bình."),

    # --- food safety
    ("Từ 15/12/2025 đến 15/3/2026, Đoàn liên ngành kiểm tra ATTP dịp Tết Nguyên đán Bính Ngọ",
     "Từ ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi lăm đến ngày mười lăm tháng ba năm hai nghìn "
     "không trăm hai mươi sáu, Đoàn liên ngành kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ."),
    ("Bếp ăn tập thể phục vụ từ 200 suất/bữa trở lên phải lưu mẫu thức ăn trong 24 giờ",
     "Bếp ăn tập thể phục vụ từ hai trăm suất mỗi bữa trở lên phải lưu mẫu thức ăn trong hai mươi tư giờ."),
    ("Cơ sở dịch vụ ăn uống không có giấy chứng nhận đủ điều kiện ATTP bị phạt từ 20 - 30 triệu đồng",
     "Cơ sở dịch vụ ăn uống không có giấy chứng nhận đủ điều kiện an toàn thực phẩm bị phạt từ hai mươi đến ba mươi "
     "triệu đồng."),
    ("Vụ ngộ độc tại bữa cỗ ngày 2/11 khiến 27 người nhập viện, nghi do nấm độc",
     "Vụ ngộ độc tại bữa cỗ ngày hai tháng mười một khiến hai mươi bảy người nhập viện, nghi do nấm độc."),

    # --- power outages
    ("Điện lực Thanh Chương ngừng cấp điện từ 6h30 - 15h30 thứ Năm 9/4 để sửa chữa đường dây 35 kV",
     "Điện lực Thanh Chương ngừng cấp điện từ sáu giờ ba mươi phút đến mười lăm giờ ba mươi phút thứ Năm ngày chín "
     "tháng tư để sửa chữa đường dây ba mươi lăm ki lô vôn."),
    ("Khu vực ảnh hưởng: TBA Trung Hòa 2, TBA Cầu Đá và khách hàng dọc tuyến ĐT 533",
     "Khu vực ảnh hưởng: trạm biến áp Trung Hòa hai, trạm biến áp Cầu Đá và khách hàng dọc tuyến đường tỉnh năm trăm "
     "ba mươi ba."),
    ("Hộ dùng 250 kWh/tháng trả khoảng 650.000 đồng tiền điện, chưa gồm thuế",
     "Hộ dùng hai trăm năm mươi ki lô oát giờ mỗi tháng trả khoảng sáu trăm năm mươi nghìn đồng tiền điện, chưa gồm "
     "thuế."),
    ("Báo sự cố điện qua Tổng đài 19001006 hoặc ứng dụng CSKH EVNNPC",
     "Báo sự cố điện qua Tổng đài một chín không không, một không không sáu hoặc ứng dụng chăm sóc khách hàng e vê "
     "nờ nờ pê xê."),

    # --- water supply
    ("Nhà máy nước Hưng Nguyên tạm ngừng cấp nước từ 21h ngày 12/5 đến 4h ngày 13/5 để đấu nối ống D300",
     "Nhà máy nước Hưng Nguyên tạm ngừng cấp nước từ hai mươi mốt giờ ngày mười hai tháng năm đến bốn giờ ngày mười "
     "ba tháng năm để đấu nối ống D ba trăm."),
    ("Từ kỳ hóa đơn tháng 1/2026, giá nước sạch tăng 8%, hộ dùng 15 m³/tháng trả thêm khoảng 11.000 đồng",
     "Từ kỳ hóa đơn tháng một năm hai nghìn không trăm hai mươi sáu, giá nước sạch tăng tám phần trăm, hộ dùng mười "
     "lăm mét khối mỗi tháng trả thêm khoảng mười một nghìn đồng."),
    ("Kết quả xét nghiệm mẫu nước tại xã: độ pH 7,2, clo dư 0,4 mg/l, đạt quy chuẩn nước sạch",
     "Kết quả xét nghiệm mẫu nước tại xã: độ pê hát bảy phẩy hai, clo dư không phẩy bốn mi li gam trên lít, đạt quy "
     "chuẩn nước sạch."),
    ("Hộ dân vùng hạn được cấp nước bằng xe bồn 2 lần/tuần, mỗi lần 500 lít/hộ",
     "Hộ dân vùng hạn được cấp nước bằng xe bồn hai lần mỗi tuần, mỗi lần năm trăm lít mỗi hộ."),

    # --- digital identity (VNeID) and online public services
    ("Người dân có thể đăng ký thường trú, tạm trú trực tuyến trên VNeID, lệ phí giảm 50% so với nộp trực tiếp",
     "Người dân có thể đăng ký thường trú, tạm trú trực tuyến trên vê en e ai đi, lệ phí giảm năm mươi phần trăm so "
     "với nộp trực tiếp."),
    ("Công an xã hỗ trợ cấp lại mật khẩu VNeID tại trụ sở từ 7h30 - 11h00 các ngày thứ 2, 4, 6",
     "Công an xã hỗ trợ cấp lại mật khẩu vê en e ai đi tại trụ sở từ bảy giờ ba mươi phút đến mười một giờ các ngày "
     "thứ hai, tư, sáu."),
    ("Tích hợp giấy khám sức khỏe lái xe, sổ sức khỏe điện tử trên VNeID; đến nay 68% dân số đã có sổ",
     "Tích hợp giấy khám sức khỏe lái xe, sổ sức khỏe điện tử trên vê en e ai đi; đến nay sáu mươi tám phần trăm dân "
     "số đã có sổ."),
    ("Thực hiện Đề án 06, xã đã làm sạch dữ liệu 9.846 nhân khẩu và 2.315 hộ gia đình",
     "Thực hiện Đề án không sáu, xã đã làm sạch dữ liệu chín nghìn tám trăm bốn mươi sáu nhân khẩu và hai nghìn ba "
     "trăm mười lăm hộ gia đình."),
    ("Tra cứu tiến độ giải quyết hồ sơ tại dichvucong.nghean.gov.vn hoặc gọi Tổng đài 1022",
     "Tra cứu tiến độ giải quyết hồ sơ tại dịch vụ công chấm Nghệ An chấm gờ o vê chấm vê nờ hoặc gọi Tổng đài một "
     "không hai hai."),

    # --- banking and phone scams
    ("Từ 01/7/2024, giao dịch chuyển tiền trên 10 triệu đồng/lần phải xác thực sinh trắc học khuôn mặt",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư, giao dịch chuyển tiền trên mười triệu đồng mỗi lần "
     "phải xác thực sinh trắc học khuôn mặt."),
    ("Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã OTP, mật khẩu hay bấm vào đường link qua tin nhắn",
     "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã o tê pê, mật khẩu hay bấm vào đường link qua tin nhắn."),
    ("Đối tượng giả nhân viên ngân hàng gọi từ số +84 862 417 905 mời nâng hạn mức thẻ tín dụng",
     "Đối tượng giả nhân viên ngân hàng gọi từ số cộng tám bốn, tám sáu hai, bốn một bảy, chín không năm mời nâng "
     "hạn mức thẻ tín dụng."),
    ("Bà Trần Thị Lựu (65 tuổi, thôn Phú Lợi) bị lừa mất 320 triệu đồng sau khi cài ứng dụng giả mạo",
     "Bà Trần Thị Lựu, sáu mươi lăm tuổi, thôn Phú Lợi, bị lừa mất ba trăm hai mươi triệu đồng sau khi cài ứng dụng "
     "giả mạo."),
    ("Kiểm tra website, số tài khoản nghi lừa đảo trên trang tinnhiemmang.vn trước khi chuyển tiền",
     "Kiểm tra website, số tài khoản nghi lừa đảo trên trang tín nhiệm mạng chấm vê nờ trước khi chuyển tiền."),
    ("Kiểm tra thông tin thuê bao di động chính chủ: soạn TTTB gửi 1414",
     "Kiểm tra thông tin thuê bao di động chính chủ: soạn tê tê tê bê gửi một bốn một bốn."),

    # --- jobs, job fairs and labour abroad
    ("Sàn giao dịch việc làm lưu động tổ chức lúc 8h00 thứ Bảy 16/5 tại sân UBND xã, có 32 doanh nghiệp tham gia",
     "Sàn giao dịch việc làm lưu động tổ chức lúc tám giờ thứ Bảy ngày mười sáu tháng năm tại sân Ủy ban nhân dân "
     "xã, có ba mươi hai doanh nghiệp tham gia."),
    ("Đơn hàng kỹ năng đặc định sang Nhật Bản: lương cơ bản 180.000 - 200.000 yên/tháng",
     "Đơn hàng kỹ năng đặc định sang Nhật Bản: lương cơ bản một trăm tám mươi nghìn đến hai trăm nghìn yên mỗi "
     "tháng."),
    ("Công ty CP Giày Hoàng Mai tuyển 300 công nhân, thu nhập từ 8,5 triệu đồng/tháng, hỗ trợ nhà ở 500.000 "
     "đồng/tháng",
     "Công ty cổ phần Giày Hoàng Mai tuyển ba trăm công nhân, thu nhập từ tám phẩy năm triệu đồng mỗi tháng, hỗ trợ "
     "nhà ở năm trăm nghìn đồng mỗi tháng."),
    ("NHCSXH cho vay đi XKLĐ với lãi suất 7,92%/năm, hộ nghèo được giảm 50% lãi suất",
     "Ngân hàng Chính sách xã hội cho vay đi xuất khẩu lao động với lãi suất bảy phẩy chín mươi hai phần trăm mỗi "
     "năm, hộ nghèo được giảm năm mươi phần trăm lãi suất."),

    # --- culture, festivals and sport
    ("Khai hội Đền Quả Sơn vào 8h ngày 14 tháng Giêng âm lịch (tức ngày 2/3/2026), các hộ kinh doanh không bày bán "
     "lấn chiếm lối đi",
     "Khai hội Đền Quả Sơn vào tám giờ ngày mười bốn tháng Giêng âm lịch, tức ngày hai tháng ba năm hai nghìn không "
     "trăm hai mươi sáu, các hộ kinh doanh không bày bán lấn chiếm lối đi."),
    ("Đêm nghệ thuật chào mừng 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 (1945 - 2025)",
     "Đêm nghệ thuật chào mừng tám mươi năm Cách mạng Tháng Tám và Quốc khánh hai tháng chín, một nghìn chín trăm "
     "bốn mươi lăm đến hai nghìn không trăm hai mươi lăm."),
    ("Triển lãm ảnh “Quê hương đổi mới” mở cửa từ 7h30 - 21h00 hằng ngày tại NVH trung tâm xã",
     "Triển lãm ảnh Quê hương đổi mới mở cửa từ bảy giờ ba mươi phút đến hai mươi mốt giờ hằng ngày tại nhà văn hóa "
     "trung tâm xã."),
    ("Vé xem chương trình ca nhạc 50.000 đồng/vé, trẻ em dưới 1,2 m được miễn vé; mở màn lúc 14:30",
     "Vé xem chương trình ca nhạc năm mươi nghìn đồng một vé, trẻ em dưới một phẩy hai mét được miễn vé; mở màn lúc "
     "mười bốn giờ ba mươi phút."),
    ("Chợ phiên Tết Đoan ngọ họp từ 4h sáng mùng 5/5 âm lịch tại bãi chợ cũ",
     "Chợ phiên Tết Đoan ngọ họp từ bốn giờ sáng mùng năm tháng năm âm lịch tại bãi chợ cũ."),

    # --- environment
    ("Từ 01/01/2026, rác thải thực phẩm phải được đựng riêng trong túi màu xanh lá, đặt tại điểm tập kết trước 19h",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, rác thải thực phẩm phải được đựng riêng trong túi "
     "màu xanh lá, đặt tại điểm tập kết trước mười chín giờ."),
    ("Ra quân Ngày Chủ nhật xanh lần thứ 3 năm 2026: mỗi hộ thu gom rác thải nhựa, phát quang 50 m đường trước nhà",
     "Ra quân Ngày Chủ nhật xanh lần thứ ba năm hai nghìn không trăm hai mươi sáu: mỗi hộ thu gom rác thải nhựa, "
     "phát quang năm mươi mét đường trước nhà."),
    ("Chỉ số AQI tại khu vực đô thị dao động 120 - 160, nồng độ bụi PM2.5 vượt quy chuẩn 1,4 lần",
     "Chỉ số a kiu i tại khu vực đô thị dao động một trăm hai mươi đến một trăm sáu mươi, nồng độ bụi pê mờ hai phẩy "
     "năm vượt quy chuẩn một phẩy bốn lần."),
    ("Trồng mới 15.000 cây xanh trong Tết trồng cây Xuân Bính Ngọ năm 2026, tỷ lệ sống phải đạt trên 90%",
     "Trồng mới mười lăm nghìn cây xanh trong Tết trồng cây Xuân Bính Ngọ năm hai nghìn không trăm hai mươi sáu, tỷ "
     "lệ sống phải đạt trên chín mươi phần trăm."),

    # --- social assistance and poverty reduction
    ("Xã có 64 hộ nghèo và 118 hộ cận nghèo, tỷ lệ hộ nghèo còn 1,87%",
     "Xã có sáu mươi tư hộ nghèo và một trăm mười tám hộ cận nghèo, tỷ lệ hộ nghèo còn một phẩy tám mươi bảy phần "
     "trăm."),
    ("Chi trả trợ cấp hưu trí xã hội cho 213 cụ tại NVH các thôn vào sáng 5/6",
     "Chi trả trợ cấp hưu trí xã hội cho hai trăm mười ba cụ tại nhà văn hóa các thôn vào sáng ngày năm tháng sáu."),
    ("Hỗ trợ 15 kg gạo/người/tháng cho hộ thiếu đói trong 3 tháng giáp hạt",
     "Hỗ trợ mười lăm ki lô gam gạo mỗi người mỗi tháng cho hộ thiếu đói trong ba tháng giáp hạt."),
    ("Quỹ Vì người nghèo xã tiếp nhận 286,5 triệu đồng, hỗ trợ xây 3 nhà Đại đoàn kết",
     "Quỹ Vì người nghèo xã tiếp nhận hai trăm tám mươi sáu phẩy năm triệu đồng, hỗ trợ xây ba nhà Đại đoàn kết."),
    ("Gia đình người có công được tặng quà 300.000 đồng/suất nhân dịp 27/7",
     "Gia đình người có công được tặng quà ba trăm nghìn đồng mỗi suất nhân dịp hai mươi bảy tháng bảy."),

    # --- Party and state documents
    ("Thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị về phương án nhân sự cấp ủy cấp xã",
     "Thực hiện Kết luận số một trăm năm mươi ngày mười bốn tháng tư năm hai nghìn không trăm hai mươi lăm của Bộ "
     "Chính trị về phương án nhân sự cấp ủy cấp xã."),
    ("Căn cứ Nghị quyết số 1662/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp ĐVHC cấp xã",
     "Căn cứ Nghị quyết số một nghìn sáu trăm sáu mươi hai ngày mười sáu tháng sáu năm hai nghìn không trăm hai mươi "
     "lăm của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã."),
    ("Thông tư số 01/2025/TT-BNV hướng dẫn chức năng, nhiệm vụ của phòng chuyên môn thuộc UBND cấp xã",
     "Thông tư số một năm hai nghìn không trăm hai mươi lăm của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ của phòng "
     "chuyên môn thuộc Ủy ban nhân dân cấp xã."),
    ("III. TRÁCH NHIỆM CỦA CÁC THÔN, TỔ DÂN PHỐ",
     "Phần ba, trách nhiệm của các thôn, tổ dân phố."),
    ("3. Giao Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo kết quả trước ngày 20/12",
     "Ba là, Giao Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã theo dõi, tổng hợp, báo cáo kết quả trước ngày "
     "hai mươi tháng mười hai."),
    ("V/v tổ chức ra quân làm thủy lợi nội đồng vụ Xuân năm 2026",
     "Về việc tổ chức ra quân làm thủy lợi nội đồng vụ Xuân năm hai nghìn không trăm hai mươi sáu."),

    # --- health: outbreaks, screening, blood donation
    ("Tuần 36/2025, toàn xã ghi nhận 9 ca tay chân miệng ở trẻ dưới 5 tuổi, tập trung tại 2 trường MN",
     "Tuần ba mươi sáu năm hai nghìn không trăm hai mươi lăm, toàn xã ghi nhận chín ca tay chân miệng ở trẻ dưới năm "
     "tuổi, tập trung tại hai trường mầm non."),
    ("Khám sàng lọc bệnh lao miễn phí cho 450 người từ 60 tuổi trở lên tại TYT xã vào ngày 21 - 22/8",
     "Khám sàng lọc bệnh lao miễn phí cho bốn trăm năm mươi người từ sáu mươi tuổi trở lên tại Trạm Y tế xã vào ngày "
     "hai mươi mốt đến hai mươi hai tháng tám."),
    ("Hiến máu tình nguyện đợt 2/2026 tại hội trường xã, người hiến nặng từ 45 kg, hiến 250 ml hoặc 350 ml",
     "Hiến máu tình nguyện đợt hai năm hai nghìn không trăm hai mươi sáu tại hội trường xã, người hiến nặng từ bốn "
     "mươi lăm ki lô gam, hiến hai trăm năm mươi mi li lít hoặc ba trăm năm mươi mi li lít."),
    ("Không đốt than sưởi trong phòng kín để tránh ngộ độc khí CO",
     "Không đốt than sưởi trong phòng kín để tránh ngộ độc khí xê o."),
    ("Bệnh viện Đa khoa khu vực Tây Bắc được công nhận bệnh viện hạng II từ tháng 8/2025",
     "Bệnh viện Đa khoa khu vực Tây Bắc được công nhận bệnh viện hạng hai từ tháng tám năm hai nghìn không trăm hai "
     "mươi lăm."),

    # --- drugs and public order
    ("Bắt quả tang đối tượng Lò Văn Pọm, SN 1991, tàng trữ 3 bánh heroin và 6.000 viên ma túy tổng hợp",
     "Bắt quả tang đối tượng Lò Văn Pọm, sinh năm một nghìn chín trăm chín mươi mốt, tàng trữ ba bánh heroin và sáu "
     "nghìn viên ma túy tổng hợp."),
    ("Từ đầu năm, Công an xã vận động người dân giao nộp 14 khẩu súng tự chế và 2,3 kg thuốc pháo",
     "Từ đầu năm, Công an xã vận động người dân giao nộp mười bốn khẩu súng tự chế và hai phẩy ba ki lô gam thuốc "
     "pháo."),
    ("Người dân phát hiện tội phạm ma túy báo qua đường dây nóng 069.2591.123 của Công an tỉnh",
     "Người dân phát hiện tội phạm ma túy báo qua đường dây nóng không sáu chín, hai năm chín một, một hai ba của "
     "Công an tỉnh."),
    ("Thưởng nóng 2.5 triệu đồng cho tổ dân phòng bắt giữ đối tượng trộm cắp xe máy",
     "Thưởng nóng hai phẩy năm triệu đồng cho tổ dân phòng bắt giữ đối tượng trộm cắp xe máy."),

    # --- fisheries and the sea
    ("Tàu cá có chiều dài từ 15 m trở lên phải bật thiết bị giám sát hành trình suốt chuyến biển; mất kết nối quá 6 "
     "giờ phải báo về bờ",
     "Tàu cá có chiều dài từ mười lăm mét trở lên phải bật thiết bị giám sát hành trình suốt chuyến biển; mất kết "
     "nối quá sáu giờ phải báo về bờ."),
    ("Đến 17h chiều nay, 326 tàu cá với 1.412 lao động đã vào nơi tránh trú an toàn",
     "Đến mười bảy giờ chiều nay, ba trăm hai mươi sáu tàu cá với một nghìn bốn trăm mười hai lao động đã vào nơi "
     "tránh trú an toàn."),
    ("Hỗ trợ ngư dân 50% chi phí mua thiết bị giám sát hành trình, tối đa 20 triệu đồng cho mỗi tàu",
     "Hỗ trợ ngư dân năm mươi phần trăm chi phí mua thiết bị giám sát hành trình, tối đa hai mươi triệu đồng cho mỗi "
     "tàu."),
    ("Giá mực ống tại cảng cá Cửa Hội 180.000 - 220.000 đồng/kg",
     "Giá mực ống tại cảng cá Cửa Hội một trăm tám mươi nghìn đến hai trăm hai mươi nghìn đồng một ki lô gam."),

    # --- markets and retail prices
    ("Chợ trung tâm xã họp phiên từ 4h30 - 11h, phí vệ sinh 2.000 đồng/ngày/quầy",
     "Chợ trung tâm xã họp phiên từ bốn giờ ba mươi phút đến mười một giờ, phí vệ sinh hai nghìn đồng mỗi ngày mỗi "
     "quầy."),
    ("Giá gas bán lẻ tháng 11 tăng 12.000 đồng/bình 12 kg, lên 468.000 đồng/bình",
     "Giá gas bán lẻ tháng mười một tăng mười hai nghìn đồng một bình mười hai ki lô gam, lên bốn trăm sáu mươi tám "
     "nghìn đồng một bình."),
    ("Tiểu thương thuê ki ốt tại chợ mới với giá 1,2 triệu đồng/tháng, hợp đồng 5 năm",
     "Tiểu thương thuê ki ốt tại chợ mới với giá một phẩy hai triệu đồng mỗi tháng, hợp đồng năm năm."),
    ("Thanh toán tại chợ bằng mã QR: 85% tiểu thương đã mở tài khoản",
     "Thanh toán tại chợ bằng mã kiu a: tám mươi lăm phần trăm tiểu thương đã mở tài khoản."),

    # --- contacts, addresses, hotlines
    ("Ý kiến góp ý gửi về hộp thư vpxa@nghean.gov.vn trước ngày 15/11",
     "Ý kiến góp ý gửi về hộp thư vê pê ích a a còng Nghệ An chấm gờ o vê chấm vê nờ trước ngày mười lăm tháng mười "
     "một."),
    ("Địa chỉ: số 9, hẻm 112/9 đường Phan Đình Phùng, khối 6, phường Thành Vinh",
     "Địa chỉ: số chín, hẻm một trăm mười hai trên chín đường Phan Đình Phùng, khối sáu, phường Thành Vinh."),
    ("Đường dây nóng tiếp nhận phản ánh về dịch vụ công của tỉnh: 0238.3599.888, hoạt động 24/7",
     "Đường dây nóng tiếp nhận phản ánh về dịch vụ công của tỉnh: không hai ba tám, ba năm chín chín, tám tám tám, "
     "hoạt động hai mươi tư trên bảy."),
    ("Trạm Y tế xã trực cấp cứu 24/24, số điện thoại trực 0238 3870 115",
     "Trạm Y tế xã trực cấp cứu hai mươi tư trên hai mươi tư, số điện thoại trực không hai ba tám, ba tám bảy không, "
     "một một năm."),

    # --- mass organisations: women, youth, the elderly
    ("Hội LHPN xã phát động xây dựng 45 mô hình “Gia đình 5 không, 3 sạch” trong năm 2026",
     "Hội Liên hiệp Phụ nữ xã phát động xây dựng bốn mươi lăm mô hình Gia đình năm không, ba sạch trong năm hai "
     "nghìn không trăm hai mươi sáu."),
    ("Đoàn TN xã tổ chức Ngày hội hiến máu “Chủ nhật đỏ” lần thứ XVIII vào 8h ngày 11/1",
     "Đoàn thanh niên xã tổ chức Ngày hội hiến máu Chủ nhật đỏ lần thứ mười tám vào tám giờ ngày mười một tháng một."),
    ("Kỷ niệm 96 năm Ngày thành lập Hội LHPN Việt Nam 20/10, chi hội các thôn tổ chức thi nấu ăn",
     "Kỷ niệm chín mươi sáu năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam hai mươi tháng mười, chi hội các thôn "
     "tổ chức thi nấu ăn."),
]

# Eighth holdout misses when scored once (153 of 163, 93.9 %): eight errors, since fixed by general rules (161 of 163
# now), and two conventions the writer chose differently from the house, kept. The holdout's own figure stays the 153
# of 163 first measured.
HOLDOUT_8_MISSES: dict[str, str] = {
    "Nước dâng do bão cao 0,5 - 1,0 m, đề phòng ngập úng vùng trũng ven biển":
        "convention: the writer drops a written ',0' ('một mét'); the house says every digit written "
        "('một phẩy không')",
    "Phụ huynh đăng ký tuyển sinh trực tuyến tại tuyensinh.nghean.edu.vn bằng mã định danh của trẻ":
        "convention: the writer spells 'edu' ('e đê u'); the house reads it as the syllable people say ('e đu')",
}


HOLDOUT_9_CASES = [
    # --- commune and ward notices after the two-level local government
    ("Kể từ ngày 01/7/2025, UBND xã Tân Thạnh (tỉnh Tây Ninh) chính thức hoạt động theo mô hình chính quyền 2 cấp, "
     "trụ sở đặt tại số 15 đường 30/4",
     "Kể từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, Ủy ban nhân dân xã Tân Thạnh, tỉnh Tây Ninh, "
     "chính thức hoạt động theo mô hình chính quyền hai cấp, trụ sở đặt tại số mười lăm đường ba mươi tháng tư."),
    ("Bộ phận tiếp nhận và trả kết quả của phường Đông Ba làm việc buổi sáng từ 7h00 - 11h30, buổi chiều từ 13h30 - "
     "17h00, thứ 7 làm việc buổi sáng",
     "Bộ phận tiếp nhận và trả kết quả của phường Đông Ba làm việc buổi sáng từ bảy giờ đến mười một giờ ba mươi "
     "phút, buổi chiều từ mười ba giờ ba mươi phút đến mười bảy giờ, thứ bảy làm việc buổi sáng."),
    ("Xã Hòa Phú mới có 18 thôn, 4.215 hộ với 16.870 nhân khẩu, diện tích tự nhiên 92,4 km²",
     "Xã Hòa Phú mới có mười tám thôn, bốn nghìn hai trăm mười lăm hộ với mười sáu nghìn tám trăm bảy mươi nhân "
     "khẩu, diện tích tự nhiên chín mươi hai phẩy bốn ki lô mét vuông."),
    ("Con dấu, biểu mẫu mang tên các xã cũ hết hiệu lực sau ngày 30/6/2025; giấy tờ đã cấp trước đó vẫn giữ nguyên "
     "giá trị",
     "Con dấu, biểu mẫu mang tên các xã cũ hết hiệu lực sau ngày ba mươi tháng sáu năm hai nghìn không trăm hai mươi "
     "lăm; giấy tờ đã cấp trước đó vẫn giữ nguyên giá trị."),
    ("Lịch tiếp công dân định kỳ của Bí thư Đảng ủy xã: ngày 10 và 25 hằng tháng tại phòng tiếp dân, tầng 1 trụ sở",
     "Lịch tiếp công dân định kỳ của Bí thư Đảng ủy xã: ngày mười và hai mươi lăm hằng tháng tại phòng tiếp dân, "
     "tầng một trụ sở."),
    ("Công chức một cửa hướng dẫn người dân làm thủ tục khai sinh, kết hôn tại quầy số 3 và quầy số 4, điện thoại "
     "0233 3852 416",
     "Công chức một cửa hướng dẫn người dân làm thủ tục khai sinh, kết hôn tại quầy số ba và quầy số bốn, điện thoại "
     "không hai ba ba, ba tám năm hai, bốn một sáu."),

    # --- pensions under the Law on Social Insurance 2024
    ("Ông Nguyễn Văn Thắng, 62 tuổi, ở thôn Đồng Lạc, có 16 năm 4 tháng đóng BHXH nay đủ điều kiện nhận lương hưu "
     "theo Luật số 41/2024/QH15",
     "Ông Nguyễn Văn Thắng, sáu mươi hai tuổi, ở thôn Đồng Lạc, có mười sáu năm bốn tháng đóng bảo hiểm xã hội nay "
     "đủ điều kiện nhận lương hưu theo Luật số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa "
     "mười lăm."),
    ("Mức lương hưu thấp nhất không thấp hơn mức tham chiếu, hiện là 2.340.000 đồng/tháng",
     "Mức lương hưu thấp nhất không thấp hơn mức tham chiếu, hiện là hai triệu ba trăm bốn mươi nghìn đồng mỗi "
     "tháng."),
    ("Từ 01/01/2026, lương hưu, trợ cấp BHXH được điều chỉnh tăng thêm 8% so với mức hưởng của tháng 12/2025",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, lương hưu, trợ cấp bảo hiểm xã hội được điều "
     "chỉnh tăng thêm tám phần trăm so với mức hưởng của tháng mười hai năm hai nghìn không trăm hai mươi lăm."),
    ("Lao động nam có từ 15 năm đến dưới 20 năm đóng BHXH thì tỷ lệ hưởng lương hưu là 40% tương ứng 15 năm, mỗi năm "
     "đóng thêm cộng 1%",
     "Lao động nam có từ mười lăm năm đến dưới hai mươi năm đóng bảo hiểm xã hội thì tỷ lệ hưởng lương hưu là bốn "
     "mươi phần trăm tương ứng mười lăm năm, mỗi năm đóng thêm cộng một phần trăm."),
    ("Tuổi nghỉ hưu của lao động nữ làm việc trong điều kiện bình thường năm 2027 là 57 tuổi 4 tháng",
     "Tuổi nghỉ hưu của lao động nữ làm việc trong điều kiện bình thường năm hai nghìn không trăm hai mươi bảy là "
     "năm mươi bảy tuổi bốn tháng."),

    # --- social pension and the elderly
    ("Từ tháng 7/2025, 1.342 cụ từ đủ 75 tuổi trên địa bàn xã được nhận trợ cấp hưu trí xã hội, mỗi cụ 500.000 "
     "đồng/tháng",
     "Từ tháng bảy năm hai nghìn không trăm hai mươi lăm, một nghìn ba trăm bốn mươi hai cụ từ đủ bảy mươi lăm tuổi "
     "trên địa bàn xã được nhận trợ cấp hưu trí xã hội, mỗi cụ năm trăm nghìn đồng mỗi tháng."),
    ("Người hưởng trợ cấp hưu trí xã hội được NSNN đóng BHYT; khi qua đời, thân nhân được hỗ trợ chi phí mai táng "
     "9.360.000 đồng",
     "Người hưởng trợ cấp hưu trí xã hội được ngân sách nhà nước đóng bảo hiểm y tế; khi qua đời, thân nhân được hỗ "
     "trợ chi phí mai táng chín triệu ba trăm sáu mươi nghìn đồng."),
    ("Hội NCT phường Phú Hội tổ chức mừng thọ tuổi 70, 80, 90 cho 96 cụ vào 8h sáng CN 15/3",
     "Hội người cao tuổi phường Phú Hội tổ chức mừng thọ tuổi bảy mươi, tám mươi, chín mươi cho chín mươi sáu cụ vào "
     "tám giờ sáng chủ nhật ngày mười lăm tháng ba."),
    ("Người từ 60 tuổi trở lên được giảm 15% giá vé tàu hỏa, máy bay nội địa theo Luật Người cao tuổi",
     "Người từ sáu mươi tuổi trở lên được giảm mười lăm phần trăm giá vé tàu hỏa, máy bay nội địa theo Luật Người "
     "cao tuổi."),
    ("Cụ Hoàng Thị Xuân, thôn Khe Mây, tròn 100 tuổi, được Chủ tịch nước tặng quà 700.000 đồng cùng 5 mét vải lụa",
     "Cụ Hoàng Thị Xuân, thôn Khe Mây, tròn một trăm tuổi, được Chủ tịch nước tặng quà bảy trăm nghìn đồng cùng năm "
     "mét vải lụa."),

    # --- voluntary social insurance
    ("Chị Đinh Thị Na chọn mức thu nhập 2.000.000 đồng/tháng để đóng BHXH tự nguyện, số tiền phải đóng là 440.000 "
     "đồng/tháng",
     "Chị Đinh Thị Na chọn mức thu nhập hai triệu đồng mỗi tháng để đóng bảo hiểm xã hội tự nguyện, số tiền phải "
     "đóng là bốn trăm bốn mươi nghìn đồng mỗi tháng."),
    ("Người tham gia BHXH tự nguyện có thể đóng bù cho số năm còn thiếu nếu chỉ còn dưới 5 năm là đủ điều kiện hưởng "
     "lương hưu",
     "Người tham gia bảo hiểm xã hội tự nguyện có thể đóng bù cho số năm còn thiếu nếu chỉ còn dưới năm năm là đủ "
     "điều kiện hưởng lương hưu."),
    ("Người DTTS được hỗ trợ 30%; nếu chọn mức thu nhập thấp nhất chỉ phải đóng 231.000 đồng/tháng, tương đương "
     "2.772.000 đồng/năm",
     "Người dân tộc thiểu số được hỗ trợ ba mươi phần trăm; nếu chọn mức thu nhập thấp nhất chỉ phải đóng hai trăm "
     "ba mươi mốt nghìn đồng mỗi tháng, tương đương hai triệu bảy trăm bảy mươi hai nghìn đồng mỗi năm."),
    ("Hội nghị đối thoại chính sách BHXH tự nguyện tổ chức lúc 14h00 thứ 5 ngày 23/10 tại hội trường thôn Phước Lộc",
     "Hội nghị đối thoại chính sách bảo hiểm xã hội tự nguyện tổ chức lúc mười bốn giờ thứ năm ngày hai mươi ba "
     "tháng mười tại hội trường thôn Phước Lộc."),
    ("Đại lý thu Bưu điện xã Ia Grai: anh Rơ Châm Tuấn, điện thoại 0905.731.264",
     "Đại lý thu Bưu điện xã Ia Grai: anh Rơ Châm Tuấn, điện thoại không chín không năm, bảy ba một, hai sáu bốn."),

    # --- health-insurance cards
    ("Từ 01/7/2025, người có thẻ BHYT được khám tại bất kỳ TYT xã nào trong tỉnh và được hưởng 100% mức hưởng",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người có thẻ bảo hiểm y tế được khám tại bất kỳ "
     "Trạm Y tế xã nào trong tỉnh và được hưởng một trăm phần trăm mức hưởng."),
    ("Sinh viên năm cuối đóng BHYT theo số tháng còn lại của khóa học, mỗi tháng 73.710 đồng",
     "Sinh viên năm cuối đóng bảo hiểm y tế theo số tháng còn lại của khóa học, mỗi tháng bảy mươi ba nghìn bảy trăm "
     "mười đồng."),
    ("Trẻ sinh ra được cấp thẻ BHYT miễn phí đến hết ngày đủ 72 tháng tuổi, cha mẹ đăng ký khai sinh liên thông trên "
     "Cổng DVCQG",
     "Trẻ sinh ra được cấp thẻ bảo hiểm y tế miễn phí đến hết ngày đủ bảy mươi hai tháng tuổi, cha mẹ đăng ký khai "
     "sinh liên thông trên Cổng Dịch vụ công quốc gia."),
    ("Người có thẻ BHYT tự đi KCB tại bệnh viện tuyến trung ương được hưởng 40% chi phí điều trị nội trú",
     "Người có thẻ bảo hiểm y tế tự đi khám bệnh, chữa bệnh tại bệnh viện tuyến trung ương được hưởng bốn mươi phần "
     "trăm chi phí điều trị nội trú."),
    ("Tỷ lệ bao phủ BHYT của phường Vĩnh Trường đạt 95,6%, vượt 1,1 điểm phần trăm so với chỉ tiêu tỉnh giao",
     "Tỷ lệ bao phủ bảo hiểm y tế của phường Vĩnh Trường đạt chín mươi lăm phẩy sáu phần trăm, vượt một phẩy một "
     "điểm phần trăm so với chỉ tiêu tỉnh giao."),
    ("Bà con đã kiểm tra hạn sử dụng thẻ BHYT năm 2026 của gia đình mình chưa?",
     "Bà con đã kiểm tra hạn sử dụng thẻ bảo hiểm y tế năm hai nghìn không trăm hai mươi sáu của gia đình mình chưa?"),

    # --- unemployment insurance
    ("Chị Võ Thị Thu nghỉ việc ngày 15/9, có 48 tháng đóng BHTN, được hưởng TCTN 4 tháng, mỗi tháng 3.720.000 đồng",
     "Chị Võ Thị Thu nghỉ việc ngày mười lăm tháng chín, có bốn mươi tám tháng đóng bảo hiểm thất nghiệp, được hưởng "
     "trợ cấp thất nghiệp bốn tháng, mỗi tháng ba triệu bảy trăm hai mươi nghìn đồng."),
    ("Trong thời gian hưởng TCTN, người lao động phải thông báo tìm việc làm hằng tháng với Trung tâm DVVL",
     "Trong thời gian hưởng trợ cấp thất nghiệp, người lao động phải thông báo tìm việc làm hằng tháng với Trung tâm "
     "Dịch vụ việc làm."),
    ("Người lao động đóng BHTN từ đủ 12 tháng trong 24 tháng trước khi nghỉ việc mới đủ điều kiện hưởng trợ cấp",
     "Người lao động đóng bảo hiểm thất nghiệp từ đủ mười hai tháng trong hai mươi tư tháng trước khi nghỉ việc mới "
     "đủ điều kiện hưởng trợ cấp."),
    ("Doanh nghiệp được hỗ trợ kinh phí đào tạo, bồi dưỡng để duy trì việc làm cho NLĐ, mức tối đa 1,5 triệu "
     "đồng/người/tháng",
     "Doanh nghiệp được hỗ trợ kinh phí đào tạo, bồi dưỡng để duy trì việc làm cho người lao động, mức tối đa một "
     "phẩy năm triệu đồng mỗi người mỗi tháng."),
    ("Số người nộp hồ sơ hưởng TCTN tại Chi nhánh Dịch vụ việc làm Bỉm Sơn tháng 10/2025 tăng 23,5% so với tháng "
     "trước",
     "Số người nộp hồ sơ hưởng trợ cấp thất nghiệp tại Chi nhánh Dịch vụ việc làm Bỉm Sơn tháng mười năm hai nghìn "
     "không trăm hai mươi lăm tăng hai mươi ba phẩy năm phần trăm so với tháng trước."),

    # --- job fairs and work abroad
    ("Ngày hội việc làm năm 2026 diễn ra từ 8h00 - 11h30 thứ Bảy 14/3 tại Nhà thi đấu phường Tam Kỳ với hơn 1.200 chỉ "
     "tiêu tuyển dụng",
     "Ngày hội việc làm năm hai nghìn không trăm hai mươi sáu diễn ra từ tám giờ đến mười một giờ ba mươi phút thứ "
     "Bảy ngày mười bốn tháng ba tại Nhà thi đấu phường Tam Kỳ với hơn một nghìn hai trăm chỉ tiêu tuyển dụng."),
    ("Chương trình EPS tuyển lao động sang Hàn Quốc: người dự thi từ 18 - 39 tuổi, lệ phí thi tiếng Hàn 31 USD",
     "Chương trình e pê ét tuyển lao động sang Hàn Quốc: người dự thi từ mười tám đến ba mươi chín tuổi, lệ phí thi "
     "tiếng Hàn ba mươi mốt đô la Mỹ."),
    ("Công ty TNHH Điện tử Foster tuyển 400 lao động phổ thông nữ, thu nhập 9 - 11 triệu đồng/tháng, có xe đưa đón",
     "Công ty trách nhiệm hữu hạn Điện tử Foster tuyển bốn trăm lao động phổ thông nữ, thu nhập chín đến mười một "
     "triệu đồng mỗi tháng, có xe đưa đón."),
    ("Lao động đi làm việc tại Đài Loan được vay tối đa 100 triệu đồng tại NHCSXH, lãi suất 0,55%/tháng",
     "Lao động đi làm việc tại Đài Loan được vay tối đa một trăm triệu đồng tại Ngân hàng Chính sách xã hội, lãi "
     "suất không phẩy năm mươi lăm phần trăm mỗi tháng."),

    # --- tax
    ("Ngưỡng doanh thu chịu thuế của hộ kinh doanh được nâng lên 200 triệu đồng/năm từ kỳ tính thuế năm 2026",
     "Ngưỡng doanh thu chịu thuế của hộ kinh doanh được nâng lên hai trăm triệu đồng mỗi năm từ kỳ tính thuế năm hai "
     "nghìn không trăm hai mươi sáu."),
    ("Hộ kinh doanh nộp tờ khai thuế quý I/2026 chậm nhất ngày 30/4/2026 qua ứng dụng eTax Mobile hoặc tại Thuế cơ sở "
     "5",
     "Hộ kinh doanh nộp tờ khai thuế quý một năm hai nghìn không trăm hai mươi sáu chậm nhất ngày ba mươi tháng tư "
     "năm hai nghìn không trăm hai mươi sáu qua ứng dụng i tắc mô bai hoặc tại Thuế cơ sở năm."),
    ("Hộ kinh doanh ăn uống có doanh thu 1,5 tỷ đồng/năm nộp thuế GTGT 3% và thuế TNCN 1,5% trên doanh thu",
     "Hộ kinh doanh ăn uống có doanh thu một phẩy năm tỷ đồng mỗi năm nộp thuế giá trị gia tăng ba phần trăm và thuế "
     "thu nhập cá nhân một phẩy năm phần trăm trên doanh thu."),
    ("Tra cứu nghĩa vụ thuế đất tại canhan.gdt.gov.vn bằng số định danh cá nhân gồm 12 chữ số",
     "Tra cứu nghĩa vụ thuế đất tại cá nhân chấm gờ đê tê chấm gờ o vê chấm vê nờ bằng số định danh cá nhân gồm mười "
     "hai chữ số."),
    ("Tiền thuế SDĐPNN năm 2026 của hộ bà Lương Thị Mến là 86.400 đồng, nộp trước ngày 31/10",
     "Tiền thuế sử dụng đất phi nông nghiệp năm hai nghìn không trăm hai mươi sáu của hộ bà Lương Thị Mến là tám "
     "mươi sáu nghìn bốn trăm đồng, nộp trước ngày ba mươi mốt tháng mười."),

    # --- land
    ("Ông Trịnh Văn Lực được cấp GCN cho thửa 247, tờ bản đồ 9, gồm 200 m² đất ở và 112,8 m² đất trồng cây lâu năm",
     "Ông Trịnh Văn Lực được cấp giấy chứng nhận cho thửa hai trăm bốn mươi bảy, tờ bản đồ chín, gồm hai trăm mét "
     "vuông đất ở và một trăm mười hai phẩy tám mét vuông đất trồng cây lâu năm."),
    ("Giá bồi thường đất trồng lúa tại dự án cao tốc đoạn qua xã là 85.000 đồng/m², hỗ trợ chuyển đổi nghề bằng 3 lần "
     "giá đất",
     "Giá bồi thường đất trồng lúa tại dự án cao tốc đoạn qua xã là tám mươi lăm nghìn đồng một mét vuông, hỗ trợ "
     "chuyển đổi nghề bằng ba lần giá đất."),
    ("Các hộ có đất bị thu hồi nhận tiền bồi thường tại hội trường UBND xã từ 8h ngày 6/4 đến 17h ngày 8/4/2026",
     "Các hộ có đất bị thu hồi nhận tiền bồi thường tại hội trường Ủy ban nhân dân xã từ tám giờ ngày sáu tháng tư "
     "đến mười bảy giờ ngày tám tháng tư năm hai nghìn không trăm hai mươi sáu."),
    ("Bản đồ quy hoạch sử dụng đất tỷ lệ 1:5.000 được niêm yết tại trụ sở xã trong suốt kỳ quy hoạch 2021 - 2030",
     "Bản đồ quy hoạch sử dụng đất tỷ lệ một trên năm nghìn được niêm yết tại trụ sở xã trong suốt kỳ quy hoạch hai "
     "nghìn không trăm hai mươi mốt đến hai nghìn không trăm ba mươi."),
    ("Đấu giá 12 lô đất tại khu dân cư Đồng Xoài, bước giá 20 triệu đồng, hồ sơ bán từ 2/6 - 16/6/2026",
     "Đấu giá mười hai lô đất tại khu dân cư Đồng Xoài, bước giá hai mươi triệu đồng, hồ sơ bán từ ngày hai tháng "
     "sáu đến ngày mười sáu tháng sáu năm hai nghìn không trăm hai mươi sáu."),

    # --- farm prices
    ("Giá cà phê nhân xô tại Đắk Lắk sáng nay đạt 118.500 đồng/kg, tăng 1.200 đồng so với hôm qua",
     "Giá cà phê nhân xô tại Đắk Lắk sáng nay đạt một trăm mười tám nghìn năm trăm đồng một ki lô gam, tăng một "
     "nghìn hai trăm đồng so với hôm qua."),
    ("Giá hồ tiêu đen dao động 145.000 - 148.000 đ/kg; sầu riêng Monthong loại A 72.000 đ/kg",
     "Giá hồ tiêu đen dao động một trăm bốn mươi lăm nghìn đến một trăm bốn mươi tám nghìn đồng một ki lô gam; sầu "
     "riêng Monthong loại A bảy mươi hai nghìn đồng một ki lô gam."),
    ("Giá lúa Đài Thơm 8 tươi tại ruộng ở Đồng Tháp 6.900 đồng/kg, lúa thường 6.200 đồng/kg",
     "Giá lúa Đài Thơm tám tươi tại ruộng ở Đồng Tháp sáu nghìn chín trăm đồng một ki lô gam, lúa thường sáu nghìn "
     "hai trăm đồng một ki lô gam."),
    ("Giá heo hơi khu vực phía Nam giảm 2.000 - 3.000 đồng/kg, còn 58.000 - 61.000 đồng/kg",
     "Giá heo hơi khu vực phía Nam giảm hai nghìn đến ba nghìn đồng một ki lô gam, còn năm mươi tám nghìn đến sáu "
     "mươi mốt nghìn đồng một ki lô gam."),
    ("Giá gạo ST25 xuất khẩu đạt 680 USD/tấn, cao nhất trong các loại gạo của Việt Nam",
     "Giá gạo ét tê hai mươi lăm xuất khẩu đạt sáu trăm tám mươi đô la Mỹ một tấn, cao nhất trong các loại gạo của "
     "Việt Nam."),

    # --- crops and pests
    ("Bệnh lùn sọc đen gây hại 15,3 ha lúa Hè Thu sớm tại các xã ven sông Mã",
     "Bệnh lùn sọc đen gây hại mười lăm phẩy ba héc ta lúa Hè Thu sớm tại các xã ven sông Mã."),
    ("Bón phân NPK 20-20-15 với lượng 15 - 20 kg/sào khi lúa đẻ nhánh",
     "Bón phân en pê ca hai mươi, hai mươi, mười lăm với lượng mười lăm đến hai mươi ki lô gam trên sào khi lúa đẻ "
     "nhánh."),
    ("Khung lịch thời vụ vụ Đông Xuân 2025 - 2026: gieo sạ tập trung từ 20/12/2025 đến 5/1/2026",
     "Khung lịch thời vụ vụ Đông Xuân hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu: gieo "
     "sạ tập trung từ ngày hai mươi tháng mười hai năm hai nghìn không trăm hai mươi lăm đến ngày năm tháng một năm "
     "hai nghìn không trăm hai mươi sáu."),
    ("Ốc bươu vàng mật độ 5 - 7 con/m² gây hại lúa mới sạ; dùng thuốc theo nguyên tắc 4 đúng",
     "Ốc bươu vàng mật độ năm đến bảy con trên mét vuông gây hại lúa mới sạ; dùng thuốc theo nguyên tắc bốn đúng."),
    ("Trồng ngô trên đất 2 lúa vụ Đông, khoảng cách 70 x 25 cm, mật độ 5,7 vạn cây/ha",
     "Trồng ngô trên đất hai lúa vụ Đông, khoảng cách bảy mươi nhân hai mươi lăm xăng ti mét, mật độ năm phẩy bảy "
     "vạn cây trên héc ta."),

    # --- livestock and aquaculture
    ("Tiêm vắc xin VDNC cho 2.350 con trâu, bò từ 6/5 - 20/5, NSNN hỗ trợ 100% vắc xin",
     "Tiêm vắc xin viêm da nổi cục cho hai nghìn ba trăm năm mươi con trâu, bò từ ngày sáu tháng năm đến ngày hai "
     "mươi tháng năm, ngân sách nhà nước hỗ trợ một trăm phần trăm vắc xin."),
    ("Nuôi tôm thẻ chân trắng mật độ 100 - 120 con/m², độ mặn thích hợp 10 - 25‰",
     "Nuôi tôm thẻ chân trắng mật độ một trăm đến một trăm hai mươi con trên mét vuông, độ mặn thích hợp mười đến "
     "hai mươi lăm phần nghìn."),
    ("Không thả cá khi nhiệt độ nước dưới 18°C; cho ăn thức ăn có 28 - 30% đạm, 2 lần/ngày",
     "Không thả cá khi nhiệt độ nước dưới mười tám độ xê; cho ăn thức ăn có hai mươi tám đến ba mươi phần trăm đạm, "
     "hai lần mỗi ngày."),
    ("Hỗ trợ 20 con gà giống/hộ cho 35 hộ nghèo thôn Nà Khoang, mỗi con 25.000 đồng",
     "Hỗ trợ hai mươi con gà giống mỗi hộ cho ba mươi lăm hộ nghèo thôn Nà Khoang, mỗi con hai mươi lăm nghìn đồng."),
    ("Khi lợn có biểu hiện sốt 40 - 42°C, bỏ ăn, báo ngay cán bộ thú y xã qua số 0969 224 573",
     "Khi lợn có biểu hiện sốt bốn mươi đến bốn mươi hai độ xê, bỏ ăn, báo ngay cán bộ thú y xã qua số không chín "
     "sáu chín, hai hai bốn, năm bảy ba."),

    # --- weather and storms
    ("Bão số 7 đang ở cách quần đảo Hoàng Sa khoảng 90 km về phía Tây Tây Nam, sức gió mạnh nhất cấp 13 (134 - 149 "
     "km/h), giật cấp 16",
     "Bão số bảy đang ở cách quần đảo Hoàng Sa khoảng chín mươi ki lô mét về phía Tây Tây Nam, sức gió mạnh nhất cấp "
     "mười ba, một trăm ba mươi tư đến một trăm bốn mươi chín ki lô mét trên giờ, giật cấp mười sáu."),
    ("Dự báo trong 24 giờ tới, bão đi theo hướng Tây với tốc độ 20 - 25 km/h và có khả năng mạnh thêm",
     "Dự báo trong hai mươi tư giờ tới, bão đi theo hướng Tây với tốc độ hai mươi đến hai mươi lăm ki lô mét trên "
     "giờ và có khả năng mạnh thêm."),
    ("Vùng nguy hiểm trên biển: phía Bắc vĩ tuyến 14; phía Nam vĩ tuyến 19,5; phía Tây kinh tuyến 111",
     "Vùng nguy hiểm trên biển: phía Bắc vĩ tuyến mười bốn; phía Nam vĩ tuyến mười chín phẩy năm; phía Tây kinh "
     "tuyến một trăm mười một."),
    ("Không khí lạnh tràn về đêm 24/12, nhiệt độ thấp nhất ở Sa Pa 2 - 4°C, vùng núi cao có khả năng xảy ra sương "
     "muối",
     "Không khí lạnh tràn về đêm ngày hai mươi tư tháng mười hai, nhiệt độ thấp nhất ở Sa Pa hai đến bốn độ xê, vùng "
     "núi cao có khả năng xảy ra sương muối."),
    ("Chỉ số tia UV ở mức 9 - 11, nguy cơ gây hại rất cao; người dân hạn chế ra ngoài từ 10h đến 15h",
     "Chỉ số tia u vê ở mức chín đến mười một, nguy cơ gây hại rất cao; người dân hạn chế ra ngoài từ mười giờ đến "
     "mười lăm giờ."),

    # --- floods, reservoirs and civil defence
    ("Hồ Dầu Tiếng đang xả tràn 3 cửa, mỗi cửa mở 1,2 m, tổng lưu lượng 240 m³/s",
     "Hồ Dầu Tiếng đang xả tràn ba cửa, mỗi cửa mở một phẩy hai mét, tổng lưu lượng hai trăm bốn mươi mét khối trên "
     "giây."),
    ("Mực nước sông Bồ tại Phú Ốc lúc 13h là 4,15 m, dưới BĐ III 0,35 m; dự báo đêm nay lên trên BĐ III",
     "Mực nước sông Bồ tại Phú Ốc lúc mười ba giờ là bốn phẩy mười lăm mét, dưới báo động ba không phẩy ba mươi lăm "
     "mét; dự báo đêm nay lên trên báo động ba."),
    ("Công điện số 09/CĐ-UBND ngày 27/10/2025 yêu cầu dừng mọi hoạt động trên sông, hồ từ 12h ngày 28/10",
     "Công điện số chín của Ủy ban nhân dân ngày hai mươi bảy tháng mười năm hai nghìn không trăm hai mươi lăm yêu "
     "cầu dừng mọi hoạt động trên sông, hồ từ mười hai giờ ngày hai mươi tám tháng mười."),
    ("Ban Chỉ huy PCTT&TKCN phường trực ban 24/24h, SĐT trực 0234 3822 115",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn phường trực ban hai mươi tư trên hai mươi tư giờ, số "
     "điện thoại trực không hai ba bốn, ba tám hai hai, một một năm."),
    ("Sạt lở taluy dương tại Km 112+500 QL12, khối lượng khoảng 1.500 m³ đất đá, giao thông bị chia cắt",
     "Sạt lở taluy dương tại ki lô mét một trăm mười hai cộng năm trăm quốc lộ mười hai, khối lượng khoảng một nghìn "
     "năm trăm mét khối đất đá, giao thông bị chia cắt."),

    # --- traffic
    ("Từ ngày 15/12, cấm xe tải trên 5 tấn đi vào đường Hùng Vương từ 6h - 8h và 16h - 19h hằng ngày",
     "Từ ngày mười lăm tháng mười hai, cấm xe tải trên năm tấn đi vào đường Hùng Vương từ sáu giờ đến tám giờ và "
     "mười sáu giờ đến mười chín giờ hằng ngày."),
    ("Camera giám sát trên tuyến QL45 ghi nhận 1.268 trường hợp vi phạm tốc độ trong tháng 11/2025",
     "Camera giám sát trên tuyến quốc lộ bốn mươi lăm ghi nhận một nghìn hai trăm sáu mươi tám trường hợp vi phạm "
     "tốc độ trong tháng mười một năm hai nghìn không trăm hai mươi lăm."),
    ("Chủ phương tiện có BKS 30K-582.17 và 47B2-036.94 đến Phòng CSGT giải quyết vi phạm phạt nguội trước 20/1",
     "Chủ phương tiện có biển kiểm soát ba mươi ca, năm tám hai, một bảy và bốn mươi bảy bê hai, không ba sáu, chín "
     "bốn đến Phòng Cảnh sát giao thông giải quyết vi phạm phạt nguội trước ngày hai mươi tháng một."),
    ("Đoạn đèo Hải Vân hạn chế tốc độ 40 km/h, xe khách trên 29 chỗ không được lưu thông từ 22h đến 5h sáng",
     "Đoạn đèo Hải Vân hạn chế tốc độ bốn mươi ki lô mét trên giờ, xe khách trên hai mươi chín chỗ không được lưu "
     "thông từ hai mươi hai giờ đến năm giờ sáng."),
    ("Học sinh THCS đi xe đạp điện phải đội MBH; phụ huynh không giao xe máy trên 50 cm³ cho con dưới 18 tuổi",
     "Học sinh trung học cơ sở đi xe đạp điện phải đội mũ bảo hiểm; phụ huynh không giao xe máy trên năm mươi xăng "
     "ti mét khối cho con dưới mười tám tuổi."),

    # --- school enrolment and exams
    ("Trường TH Lê Văn Tám nhận 175 HS lớp 1 (5 lớp), phụ huynh nộp giấy khai sinh bản sao tại phòng hành chính",
     "Trường tiểu học Lê Văn Tám nhận một trăm bảy mươi lăm học sinh lớp một, năm lớp, phụ huynh nộp giấy khai sinh "
     "bản sao tại phòng hành chính."),
    ("Điểm chuẩn lớp 10 Trường THPT chuyên Lam Sơn môn Toán là 36,75, môn Tin học 34,5",
     "Điểm chuẩn lớp mười Trường trung học phổ thông chuyên Lam Sơn môn Toán là ba mươi sáu phẩy bảy mươi lăm, môn "
     "Tin học ba mươi tư phẩy năm."),
    ("Thí sinh làm thủ tục dự thi lúc 8h00 ngày 10/6; buổi thi Ngữ văn bắt đầu lúc 7h35, thời gian làm bài 120 phút",
     "Thí sinh làm thủ tục dự thi lúc tám giờ ngày mười tháng sáu; buổi thi Ngữ văn bắt đầu lúc bảy giờ ba mươi lăm "
     "phút, thời gian làm bài một trăm hai mươi phút."),
    ("Phiếu đăng ký dự tuyển lớp 10 năm học 2026-2027 ghi tối đa 3 nguyện vọng, nộp về trường THCS trước 16h30 ngày "
     "8/5",
     "Phiếu đăng ký dự tuyển lớp mười năm học hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm hai mươi "
     "bảy ghi tối đa ba nguyện vọng, nộp về trường trung học cơ sở trước mười sáu giờ ba mươi phút ngày tám tháng "
     "năm."),
    ("Học sinh DTTS thuộc hộ nghèo được hỗ trợ chi phí học tập 150.000 đồng/tháng, tối đa 9 tháng/năm học",
     "Học sinh dân tộc thiểu số thuộc hộ nghèo được hỗ trợ chi phí học tập một trăm năm mươi nghìn đồng mỗi tháng, "
     "tối đa chín tháng mỗi năm học."),

    # --- vaccination
    ("Cho trẻ uống vắc xin Rota liều 1 khi đủ 2 tháng tuổi, liều 2 cách liều 1 ít nhất 4 tuần",
     "Cho trẻ uống vắc xin Rota liều một khi đủ hai tháng tuổi, liều hai cách liều một ít nhất bốn tuần."),
    ("Trẻ đến tiêm phải được khám sàng lọc, theo dõi sau tiêm ít nhất 30 phút tại điểm tiêm và 24 giờ tại nhà",
     "Trẻ đến tiêm phải được khám sàng lọc, theo dõi sau tiêm ít nhất ba mươi phút tại điểm tiêm và hai mươi tư giờ "
     "tại nhà."),
    ("Tiêm vắc xin uốn ván cho phụ nữ 15 - 35 tuổi ở vùng nguy cơ cao, đủ 3 mũi trong 12 tháng",
     "Tiêm vắc xin uốn ván cho phụ nữ mười lăm đến ba mươi lăm tuổi ở vùng nguy cơ cao, đủ ba mũi trong mười hai "
     "tháng."),
    ("Năm 2026, tỉnh phấn đấu tỷ lệ trẻ dưới 1 tuổi tiêm đủ vắc xin đạt trên 95%, vắc xin sởi mũi 2 cho trẻ 18 tháng "
     "đạt 93%",
     "Năm hai nghìn không trăm hai mươi sáu, tỉnh phấn đấu tỷ lệ trẻ dưới một tuổi tiêm đủ vắc xin đạt trên chín "
     "mươi lăm phần trăm, vắc xin sởi mũi hai cho trẻ mười tám tháng đạt chín mươi ba phần trăm."),

    # --- health: outbreaks and screening
    ("Bệnh viện Đa khoa tỉnh Quảng Trị khám sàng lọc tim bẩm sinh miễn phí cho trẻ dưới 16 tuổi vào 2 ngày 18 - 19/4",
     "Bệnh viện Đa khoa tỉnh Quảng Trị khám sàng lọc tim bẩm sinh miễn phí cho trẻ dưới mười sáu tuổi vào hai ngày "
     "mười tám đến mười chín tháng tư."),
    ("Tuần 18/2026, toàn tỉnh ghi nhận 57 ca TCM, trong đó 3 ca nặng phải chuyển Bệnh viện Sản Nhi",
     "Tuần mười tám năm hai nghìn không trăm hai mươi sáu, toàn tỉnh ghi nhận năm mươi bảy ca tay chân miệng, trong "
     "đó ba ca nặng phải chuyển Bệnh viện Sản Nhi."),
    ("Trẻ sốt trên 39°C không hạ sau 48 giờ, giật mình trên 2 lần/30 phút phải đưa đi viện ngay",
     "Trẻ sốt trên ba mươi chín độ xê không hạ sau bốn mươi tám giờ, giật mình trên hai lần trong ba mươi phút phải "
     "đưa đi viện ngay."),
    ("Nam giới không nên uống quá 2 đơn vị cồn/ngày, nữ giới không quá 1 đơn vị cồn/ngày",
     "Nam giới không nên uống quá hai đơn vị cồn mỗi ngày, nữ giới không quá một đơn vị cồn mỗi ngày."),
    ("Khám, tư vấn dinh dưỡng cho trẻ dưới 5 tuổi bị suy dinh dưỡng thể thấp còi tại TTYT khu vực Quảng Xương vào "
     "sáng thứ 4, 11/3",
     "Khám, tư vấn dinh dưỡng cho trẻ dưới năm tuổi bị suy dinh dưỡng thể thấp còi tại Trung tâm Y tế khu vực Quảng "
     "Xương vào sáng thứ tư, ngày mười một tháng ba."),

    # --- elections
    ("Phường Hạc Thành có 23 khu vực bỏ phiếu, 41.356 cử tri, bầu 2 đại biểu Quốc hội khóa XVI trong số 3 người ứng "
     "cử",
     "Phường Hạc Thành có hai mươi ba khu vực bỏ phiếu, bốn mươi mốt nghìn ba trăm năm mươi sáu cử tri, bầu hai đại "
     "biểu Quốc hội khóa mười sáu trong số ba người ứng cử."),
    ("Cử tri ốm đau, già yếu không thể đến phòng bỏ phiếu được Tổ bầu cử số 12 mang hòm phiếu phụ đến tận nơi",
     "Cử tri ốm đau, già yếu không thể đến phòng bỏ phiếu được Tổ bầu cử số mười hai mang hòm phiếu phụ đến tận nơi."),
    ("Thời gian tiếp xúc cử tri: 14h ngày 2/3 tại NVH tổ dân phố 7, 19h ngày 3/3 tại hội trường thôn Xuân Sơn",
     "Thời gian tiếp xúc cử tri: mười bốn giờ ngày hai tháng ba tại nhà văn hóa tổ dân phố bảy, mười chín giờ ngày "
     "ba tháng ba tại hội trường thôn Xuân Sơn."),
    ("Bầu cử bổ sung Trưởng thôn Bản Hon: ông Lò Văn Xuân đạt 214/256 phiếu bầu (83,59%)",
     "Bầu cử bổ sung Trưởng thôn Bản Hon: ông Lò Văn Xuân đạt hai trăm mười bốn trên hai trăm năm mươi sáu phiếu "
     "bầu, tám mươi ba phẩy năm mươi chín phần trăm."),
    ("Hồ sơ ứng cử đại biểu HĐND xã nộp tại Ủy ban bầu cử xã chậm nhất 17h00 ngày 1/2/2026",
     "Hồ sơ ứng cử đại biểu Hội đồng nhân dân xã nộp tại Ủy ban bầu cử xã chậm nhất mười bảy giờ ngày một tháng hai "
     "năm hai nghìn không trăm hai mươi sáu."),

    # --- military service
    ("Lệnh gọi nhập ngũ được giao đến công dân trước 15 ngày; công dân có mặt tại điểm tập trung lúc 6h00 ngày "
     "4/3/2026",
     "Lệnh gọi nhập ngũ được giao đến công dân trước mười lăm ngày; công dân có mặt tại điểm tập trung lúc sáu giờ "
     "ngày bốn tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ("Phường Hàm Rồng bàn giao 28 tân binh cho Sư đoàn 341 và 3 tân binh cho Công an tỉnh",
     "Phường Hàm Rồng bàn giao hai mươi tám tân binh cho Sư đoàn ba trăm bốn mươi mốt và ba tân binh cho Công an "
     "tỉnh."),
    ("Thanh niên sinh năm 2009 có mặt tại Ban CHQS xã từ ngày 1 - 30/4 để đăng ký nghĩa vụ quân sự lần đầu, mang theo "
     "căn cước",
     "Thanh niên sinh năm hai nghìn không trăm linh chín có mặt tại Ban Chỉ huy quân sự xã từ ngày một đến ba mươi "
     "tháng tư để đăng ký nghĩa vụ quân sự lần đầu, mang theo căn cước."),
    ("Gia đình quân nhân tại ngũ được trợ cấp khó khăn đột xuất 500.000 đồng/suất, tối đa 2 lần/năm",
     "Gia đình quân nhân tại ngũ được trợ cấp khó khăn đột xuất năm trăm nghìn đồng mỗi suất, tối đa hai lần mỗi "
     "năm."),
    ("Huấn luyện dự bị động viên cho 45 quân nhân thuộc Tiểu đoàn 9 từ 10/8 đến 16/8 tại thao trường xã",
     "Huấn luyện dự bị động viên cho bốn mươi lăm quân nhân thuộc Tiểu đoàn chín từ ngày mười tháng tám đến ngày "
     "mười sáu tháng tám tại thao trường xã."),

    # --- fire safety
    ("Quán karaoke có khối tích từ 1.500 m³ trở lên phải có hệ thống báo cháy tự động",
     "Quán karaoke có khối tích từ một nghìn năm trăm mét khối trở lên phải có hệ thống báo cháy tự động."),
    ("Bình chữa cháy khí CO2 dùng cho đám cháy thiết bị điện; không dùng nước để dập đám cháy xăng, dầu",
     "Bình chữa cháy khí xê o hai dùng cho đám cháy thiết bị điện; không dùng nước để dập đám cháy xăng, dầu."),
    ("Vụ cháy lúc 2h15 rạng sáng 9/12 tại ki ốt số 14 chợ Đông Hà thiêu rụi hàng hóa trị giá khoảng 350 triệu đồng",
     "Vụ cháy lúc hai giờ mười lăm phút rạng sáng ngày chín tháng mười hai tại ki ốt số mười bốn chợ Đông Hà thiêu "
     "rụi hàng hóa trị giá khoảng ba trăm năm mươi triệu đồng."),
    ("Lối thoát nạn phải rộng ít nhất 0,9 m; không để xe máy, hàng hóa chắn lối đi",
     "Lối thoát nạn phải rộng ít nhất không phẩy chín mét; không để xe máy, hàng hóa chắn lối đi."),
    ("Cảnh sát PCCC&CNCH khuyến cáo lắp đầu báo khói độc lập cho nhà ở, giá từ 200.000 - 350.000 đồng/chiếc",
     "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khuyến cáo lắp đầu báo khói độc lập cho nhà ở, giá từ hai "
     "trăm nghìn đến ba trăm năm mươi nghìn đồng một chiếc."),
    ("Mùa khô hanh, phát hiện cháy rừng hãy báo ngay cho Hạt Kiểm lâm qua số 0214 3840 116!",
     "Mùa khô hanh, phát hiện cháy rừng hãy báo ngay cho Hạt Kiểm lâm qua số không hai một bốn, ba tám bốn không, "
     "một một sáu!"),

    # --- food safety
    ("Kiểm tra 46 cơ sở kinh doanh thực phẩm, phát hiện 7 cơ sở vi phạm, phạt tổng cộng 38,5 triệu đồng",
     "Kiểm tra bốn mươi sáu cơ sở kinh doanh thực phẩm, phát hiện bảy cơ sở vi phạm, phạt tổng cộng ba mươi tám phẩy "
     "năm triệu đồng."),
    ("Không ăn cá nóc, cóc, nấm lạ; khi có triệu chứng ngộ độc gọi ngay 115",
     "Không ăn cá nóc, cóc, nấm lạ; khi có triệu chứng ngộ độc gọi ngay một một năm."),
    ("Thực phẩm chín để ở nhiệt độ thường không quá 2 giờ, bảo quản lạnh ở 0 - 5°C",
     "Thực phẩm chín để ở nhiệt độ thường không quá hai giờ, bảo quản lạnh ở không đến năm độ xê."),
    ("Mẫu bánh phở lấy tại chợ Long Xuyên có hàm lượng formol 12 mg/kg, vượt ngưỡng cho phép",
     "Mẫu bánh phở lấy tại chợ Long Xuyên có hàm lượng formol mười hai mi li gam trên ki lô gam, vượt ngưỡng cho "
     "phép."),
    ("Cơ sở giết mổ gia súc phải có giấy chứng nhận đủ điều kiện ATTP; 100% lợn đưa vào giết mổ phải có giấy kiểm "
     "dịch",
     "Cơ sở giết mổ gia súc phải có giấy chứng nhận đủ điều kiện an toàn thực phẩm; một trăm phần trăm lợn đưa vào "
     "giết mổ phải có giấy kiểm dịch."),

    # --- power outages and electricity
    ("Công ty Điện lực Quảng Ngãi thông báo ngừng cung cấp điện từ 5h00 đến 15h00 Chủ nhật 19/4 tại khu vực TBA Nghĩa "
     "Hòa 3",
     "Công ty Điện lực Quảng Ngãi thông báo ngừng cung cấp điện từ năm giờ đến mười lăm giờ Chủ nhật ngày mười chín "
     "tháng tư tại khu vực trạm biến áp Nghĩa Hòa ba."),
    ("Lý do: thay cột 12m, kéo lại dây trung thế 22kV đoạn từ cột số 45 đến cột số 52",
     "Lý do: thay cột mười hai mét, kéo lại dây trung thế hai mươi hai ki lô vôn đoạn từ cột số bốn mươi lăm đến cột "
     "số năm mươi hai."),
    ("Giá điện sinh hoạt bậc 3 (101 - 200 kWh) là 2.423 đồng/kWh, chưa gồm 8% thuế GTGT",
     "Giá điện sinh hoạt bậc ba, một trăm linh một đến hai trăm ki lô oát giờ, là hai nghìn bốn trăm hai mươi ba "
     "đồng một ki lô oát giờ, chưa gồm tám phần trăm thuế giá trị gia tăng."),
    ("Nắng nóng kéo dài, công suất tiêu thụ điện đạt đỉnh 1.125 MW lúc 14h30; đề nghị người dân để điều hòa ở mức 26 "
     "- 27°C",
     "Nắng nóng kéo dài, công suất tiêu thụ điện đạt đỉnh một nghìn một trăm hai mươi lăm mê ga oát lúc mười bốn giờ "
     "ba mươi phút; đề nghị người dân để điều hòa ở mức hai mươi sáu đến hai mươi bảy độ xê."),
    ("Báo mất điện, sự cố lưới điện qua Zalo Điện lực hoặc số điện thoại trực 0255.2211.568",
     "Báo mất điện, sự cố lưới điện qua Zalo Điện lực hoặc số điện thoại trực không hai năm năm, hai hai một một, "
     "năm sáu tám."),

    # --- water supply
    ("Do sửa chữa tuyến ống D400 trên đường Trần Phú, các hộ dân phường Xuân Hương mất nước từ 20h ngày 10/6 đến 6h "
     "sáng hôm sau",
     "Do sửa chữa tuyến ống D bốn trăm trên đường Trần Phú, các hộ dân phường Xuân Hương mất nước từ hai mươi giờ "
     "ngày mười tháng sáu đến sáu giờ sáng hôm sau."),
    ("Giá nước sinh hoạt nông thôn năm 2026 là 9.800 đồng/m³; hộ nghèo được giảm 20%",
     "Giá nước sinh hoạt nông thôn năm hai nghìn không trăm hai mươi sáu là chín nghìn tám trăm đồng một mét khối; "
     "hộ nghèo được giảm hai mươi phần trăm."),
    ("Độ mặn trên sông Hàm Luông tại trạm bơm An Hiệp đo được 3,2 g/l, các hộ không lấy nước tưới cho cây ăn trái",
     "Độ mặn trên sông Hàm Luông tại trạm bơm An Hiệp đo được ba phẩy hai gam trên lít, các hộ không lấy nước tưới "
     "cho cây ăn trái."),
    ("Mỗi người dân vùng khô hạn được cấp 30 lít nước/ngày từ xe bồn của Quân đoàn 34",
     "Mỗi người dân vùng khô hạn được cấp ba mươi lít nước mỗi ngày từ xe bồn của Quân đoàn ba mươi tư."),

    # --- digital identity (VNeID) and online public services
    ("Từ ngày 1/1/2026, người dân làm thủ tục đăng ký khai sinh, thường trú, hưởng BHYT cho trẻ dưới 6 tuổi theo 1 "
     "quy trình liên thông trên VNeID",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, người dân làm thủ tục đăng ký khai sinh, thường "
     "trú, hưởng bảo hiểm y tế cho trẻ dưới sáu tuổi theo một quy trình liên thông trên vê en e ai đi."),
    ("Đăng nhập VNeID bằng số định danh và mật khẩu; nếu quên mật khẩu, chọn “Quên mật khẩu” và nhập mã OTP gửi về số "
     "điện thoại",
     "Đăng nhập vê en e ai đi bằng số định danh và mật khẩu; nếu quên mật khẩu, chọn Quên mật khẩu và nhập mã o tê "
     "pê gửi về số điện thoại."),
    ("Phiếu lý lịch tư pháp số 1 cấp trên VNeID có giá trị như bản giấy, lệ phí 200.000 đồng/phiếu",
     "Phiếu lý lịch tư pháp số một cấp trên vê en e ai đi có giá trị như bản giấy, lệ phí hai trăm nghìn đồng một "
     "phiếu."),
    ("Người dân nộp hồ sơ trực tuyến qua https://dichvucong.thanhhoa.gov.vn được giảm 50% lệ phí",
     "Người dân nộp hồ sơ trực tuyến qua dịch vụ công chấm Thanh Hóa chấm gờ o vê chấm vê nờ được giảm năm mươi phần "
     "trăm lệ phí."),
    ("Tính đến 30/11/2025, Công an xã đã cấp 9.412 thẻ căn cước và kích hoạt 7.905 tài khoản VNeID mức 2",
     "Tính đến ngày ba mươi tháng mười một năm hai nghìn không trăm hai mươi lăm, Công an xã đã cấp chín nghìn bốn "
     "trăm mười hai thẻ căn cước và kích hoạt bảy nghìn chín trăm linh năm tài khoản vê en e ai đi mức hai."),

    # --- banking and phone scams
    ("Đối tượng gọi điện tự xưng cán bộ Công an phường, yêu cầu chuyển 85 triệu đồng vào “tài khoản tạm giữ” để điều "
     "tra",
     "Đối tượng gọi điện tự xưng cán bộ Công an phường, yêu cầu chuyển tám mươi lăm triệu đồng vào tài khoản tạm giữ "
     "để điều tra."),
    ("Chị Nguyễn Thị Thảo, 34 tuổi, ở phường Ba Đình bị lừa 460 triệu đồng khi tham gia “làm nhiệm vụ” trên mạng",
     "Chị Nguyễn Thị Thảo, ba mươi tư tuổi, ở phường Ba Đình bị lừa bốn trăm sáu mươi triệu đồng khi tham gia làm "
     "nhiệm vụ trên mạng."),
    ("Khi nghi ngờ lừa đảo, gọi ngay đường dây nóng 069.219.4052 của Phòng An ninh mạng Công an tỉnh",
     "Khi nghi ngờ lừa đảo, gọi ngay đường dây nóng không sáu chín, hai một chín, bốn không năm hai của Phòng An "
     "ninh mạng Công an tỉnh."),
    ("Không cho thuê, mượn tài khoản ngân hàng; người mua bán tài khoản có thể bị phạt đến 50 triệu đồng hoặc phạt tù "
     "đến 3 năm",
     "Không cho thuê, mượn tài khoản ngân hàng; người mua bán tài khoản có thể bị phạt đến năm mươi triệu đồng hoặc "
     "phạt tù đến ba năm."),
    ("Cảnh giác cuộc gọi từ các đầu số quốc tế lạ như +232, +247 tự xưng là nhân viên nhà mạng",
     "Cảnh giác cuộc gọi từ các đầu số quốc tế lạ như cộng hai ba hai, cộng hai bốn bảy tự xưng là nhân viên nhà "
     "mạng."),

    # --- culture, festivals and sport
    ("Lễ hội Katê năm 2025 của đồng bào Chăm diễn ra từ ngày 20 - 22/10 tại tháp Pô Klong Garai",
     "Lễ hội Katê năm hai nghìn không trăm hai mươi lăm của đồng bào Chăm diễn ra từ ngày hai mươi đến hai mươi hai "
     "tháng mười tại tháp Pô Klong Garai."),
    ("Giải bóng chuyền nam nữ mừng Đảng, mừng Xuân Bính Ngọ có 18 đội tham gia, giải Nhất trị giá 10 triệu đồng",
     "Giải bóng chuyền nam nữ mừng Đảng, mừng Xuân Bính Ngọ có mười tám đội tham gia, giải Nhất trị giá mười triệu "
     "đồng."),
    ("Đêm chung kết Hội thi tiếng hát Karaoke xã lúc 19h30 thứ Sáu 24/4 tại sân khấu ngoài trời",
     "Đêm chung kết Hội thi tiếng hát Karaoke xã lúc mười chín giờ ba mươi phút thứ Sáu ngày hai mươi tư tháng tư "
     "tại sân khấu ngoài trời."),
    ("Bắn pháo hoa tầm thấp chào năm mới 2026 tại Quảng trường 2/4 trong 15 phút, từ 0h00 ngày 1/1",
     "Bắn pháo hoa tầm thấp chào năm mới hai nghìn không trăm hai mươi sáu tại Quảng trường hai tháng tư trong mười "
     "lăm phút, từ không giờ ngày một tháng một."),
    ("Giải việt dã “Chạy vì trái tim” có cự ly nam 6 km, nữ 4 km, xuất phát lúc 6h15 tại Sân vận động Tự Do",
     "Giải việt dã Chạy vì trái tim có cự ly nam sáu ki lô mét, nữ bốn ki lô mét, xuất phát lúc sáu giờ mười lăm "
     "phút tại Sân vận động Tự Do."),
    ("1. Thời gian: 7h30 Chủ nhật, ngày 17/5/2026 (khai mạc Hội thao lúc 8h00)",
     "Một là, Thời gian: bảy giờ ba mươi phút Chủ nhật, ngày mười bảy tháng năm năm hai nghìn không trăm hai mươi "
     "sáu, khai mạc Hội thao lúc tám giờ."),

    # --- markets and retail prices
    ("Chợ Đông Ba tạm đóng cửa khu B để sửa chữa từ 1/9 đến 30/11; tiểu thương được bố trí quầy tạm tại bãi xe phía "
     "Đông",
     "Chợ Đông Ba tạm đóng cửa khu B để sửa chữa từ ngày một tháng chín đến ngày ba mươi tháng mười một; tiểu thương "
     "được bố trí quầy tạm tại bãi xe phía Đông."),
    ("Giá vàng miếng SJC sáng nay mua vào 118,5 triệu đồng/lượng, bán ra 120,5 triệu đồng/lượng",
     "Giá vàng miếng ét gi xê sáng nay mua vào một trăm mười tám phẩy năm triệu đồng một lượng, bán ra một trăm hai "
     "mươi phẩy năm triệu đồng một lượng."),
    ("Ban quản lý chợ thu phí gửi xe máy 3.000 đồng/lượt ban ngày, 5.000 đồng/lượt ban đêm",
     "Ban quản lý chợ thu phí gửi xe máy ba nghìn đồng mỗi lượt ban ngày, năm nghìn đồng mỗi lượt ban đêm."),
    ("Đợt cao điểm Tết, Sở Công Thương bố trí 12 điểm bán hàng bình ổn giá, thịt lợn giảm 10 - 15% so với giá thị "
     "trường",
     "Đợt cao điểm Tết, Sở Công Thương bố trí mười hai điểm bán hàng bình ổn giá, thịt lợn giảm mười đến mười lăm "
     "phần trăm so với giá thị trường."),
    ("Giá dầu hỏa giảm 320 đồng/lít, còn 18.240 đồng/lít; giá gas 12 kg tăng 15.000 đồng/bình",
     "Giá dầu hỏa giảm ba trăm hai mươi đồng một lít, còn mười tám nghìn hai trăm bốn mươi đồng một lít; giá gas "
     "mười hai ki lô gam tăng mười lăm nghìn đồng một bình."),

    # --- environment
    ("Nồng độ bụi PM2.5 trung bình 24 giờ tại phường Cầu Giấy là 78 µg/m³, gấp 1,6 lần quy chuẩn",
     "Nồng độ bụi pê mờ hai phẩy năm trung bình hai mươi tư giờ tại phường Cầu Giấy là bảy mươi tám mi crô gam trên "
     "mét khối, gấp một phẩy sáu lần quy chuẩn."),
    ("Hộ gia đình không phân loại chất thải rắn sinh hoạt sẽ bị xử phạt theo Nghị định 45/2022/NĐ-CP, mức phạt cao "
     "nhất 1 triệu đồng",
     "Hộ gia đình không phân loại chất thải rắn sinh hoạt sẽ bị xử phạt theo Nghị định số bốn mươi lăm năm hai nghìn "
     "không trăm hai mươi hai của Chính phủ, mức phạt cao nhất một triệu đồng."),
    ("Thu gom 3,2 tấn vỏ bao bì thuốc BVTV trên đồng ruộng trong quý IV/2025",
     "Thu gom ba phẩy hai tấn vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng trong quý bốn năm hai nghìn không trăm "
     "hai mươi lăm."),
    ("Chiến dịch Làm cho thế giới sạch hơn năm 2025 ra quân lúc 6h30 ngày 21/9 tại bãi biển Mỹ Khê",
     "Chiến dịch Làm cho thế giới sạch hơn năm hai nghìn không trăm hai mươi lăm ra quân lúc sáu giờ ba mươi phút "
     "ngày hai mươi mốt tháng chín tại bãi biển Mỹ Khê."),
    ("Trồng 2.500 cây sao đen, dầu rái dọc tuyến kênh N2 và kênh N4",
     "Trồng hai nghìn năm trăm cây sao đen, dầu rái dọc tuyến kênh N hai và kênh N bốn."),

    # --- Party and state documents
    ("Thực hiện Hướng dẫn số 35-HD/BTCTW ngày 24/6/2025 của Ban Tổ chức Trung ương về tổ chức đại hội đảng bộ cấp xã",
     "Thực hiện Hướng dẫn số ba mươi lăm ngày hai mươi tư tháng sáu năm hai nghìn không trăm hai mươi lăm của Ban Tổ "
     "chức Trung ương về tổ chức đại hội đảng bộ cấp xã."),
    ("Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh "
     "và cấp xã",
     "Căn cứ Nghị định số một trăm năm mươi năm hai nghìn không trăm hai mươi lăm của Chính phủ ngày mười hai tháng "
     "sáu năm hai nghìn không trăm hai mươi lăm quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp "
     "tỉnh và cấp xã."),
    ("Quyết định số 2156/QĐ-UBND ngày 30/9/2025 của Chủ tịch UBND tỉnh công bố danh mục 312 TTHC cấp xã",
     "Quyết định số hai nghìn một trăm năm mươi sáu ngày ba mươi tháng chín năm hai nghìn không trăm hai mươi lăm "
     "của Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục ba trăm mười hai thủ tục hành chính cấp xã."),
    ("Kế hoạch số 78/KH-UBND triển khai Nghị quyết 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi hành "
     "pháp luật",
     "Kế hoạch số bảy mươi tám của Ủy ban nhân dân triển khai Nghị quyết số sáu mươi sáu của Bộ Chính trị về đổi mới "
     "công tác xây dựng và thi hành pháp luật."),
    ("VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
     "Phần sáu, chế độ thông tin, báo cáo."),

    # --- contacts, addresses and hotlines
    ("Địa chỉ tiếp nhận: số 27A đường Lý Thường Kiệt, tổ dân phố 5, phường Đông Hà, tỉnh Quảng Trị",
     "Địa chỉ tiếp nhận: số hai mươi bảy A đường Lý Thường Kiệt, tổ dân phố năm, phường Đông Hà, tỉnh Quảng Trị."),
    ("Công dân phản ánh về TTHC qua thư điện tử tcd@hue.gov.vn hoặc hộp thư đặt tại sảnh trụ sở",
     "Công dân phản ánh về thủ tục hành chính qua thư điện tử tê xê đê a còng Huế chấm gờ o vê chấm vê nờ hoặc hộp "
     "thư đặt tại sảnh trụ sở."),
    ("Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội, bà Trương Thị Mỹ, điện thoại 0987 611 209",
     "Phó Chủ tịch Ủy ban nhân dân phường phụ trách văn hóa, xã hội, bà Trương Thị Mỹ, điện thoại không chín tám "
     "bảy, sáu một một, hai không chín."),
    ("Trụ sở Công an xã mới đặt tại km 7 QL14C, thôn Đắk Ruồng",
     "Trụ sở Công an xã mới đặt tại ki lô mét bảy quốc lộ mười bốn C, thôn Đắk Ruồng."),
    ("Liên hệ trực tiếp: phòng 204, tầng 2, nhà B, Trung tâm Hành chính công phường, hoặc hotline 0236.3888.247",
     "Liên hệ trực tiếp: phòng hai trăm linh bốn, tầng hai, nhà B, Trung tâm Hành chính công phường, hoặc đường dây "
     "nóng không hai ba sáu, ba tám tám tám, hai bốn bảy."),

    # --- social assistance and poverty reduction
    ("Hộ nghèo theo chuẩn giai đoạn 2026 - 2030 ở nông thôn là hộ có thu nhập bình quân từ 2,2 triệu đồng/người/tháng "
     "trở xuống",
     "Hộ nghèo theo chuẩn giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi ở nông thôn "
     "là hộ có thu nhập bình quân từ hai phẩy hai triệu đồng mỗi người mỗi tháng trở xuống."),
    ("Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng được trợ cấp bằng mức chuẩn 500.000 đồng nhân hệ số 2,5",
     "Trẻ em dưới mười sáu tuổi không có nguồn nuôi dưỡng được trợ cấp bằng mức chuẩn năm trăm nghìn đồng nhân hệ số "
     "hai phẩy năm."),
    ("Xã tiếp nhận 4,5 tấn gạo hỗ trợ Tết, cấp phát cho 300 nhân khẩu, mỗi khẩu 15 kg",
     "Xã tiếp nhận bốn phẩy năm tấn gạo hỗ trợ Tết, cấp phát cho ba trăm nhân khẩu, mỗi khẩu mười lăm ki lô gam."),
    ("Người trực tiếp chăm sóc người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc 750.000 đồng/tháng",
     "Người trực tiếp chăm sóc người khuyết tật đặc biệt nặng được hỗ trợ kinh phí chăm sóc bảy trăm năm mươi nghìn "
     "đồng mỗi tháng."),
    ("Chương trình Xóa nhà tạm: xã đã khởi công 42 căn, hoàn thành 37 căn, đạt 88,1% kế hoạch",
     "Chương trình Xóa nhà tạm: xã đã khởi công bốn mươi hai căn, hoàn thành ba mươi bảy căn, đạt tám mươi tám phẩy "
     "một phần trăm kế hoạch."),

    # --- drugs and public order
    ("Ngày 12/5, Công an xã Mường Lát khởi tố vụ án mua bán trái phép 2 bánh heroin, thu giữ 1 xe máy và 15,6 triệu "
     "đồng",
     "Ngày mười hai tháng năm, Công an xã Mường Lát khởi tố vụ án mua bán trái phép hai bánh heroin, thu giữ một xe "
     "máy và mười lăm phẩy sáu triệu đồng."),
    ("Người sử dụng trái phép chất ma túy lần đầu bị phạt 1 - 2 triệu đồng và bị lập hồ sơ quản lý",
     "Người sử dụng trái phép chất ma túy lần đầu bị phạt một đến hai triệu đồng và bị lập hồ sơ quản lý."),
    ("Đêm 31/12, lực lượng 141 Công an tỉnh tuần tra từ 22h đến 3h sáng, xử lý 9 trường hợp đua xe, tụ tập gây rối",
     "Đêm ngày ba mươi mốt tháng mười hai, lực lượng một bốn một Công an tỉnh tuần tra từ hai mươi hai giờ đến ba "
     "giờ sáng, xử lý chín trường hợp đua xe, tụ tập gây rối."),
    ("Người dân tự nguyện giao nộp vũ khí, VLN, CCHT không bị xử lý; liên hệ Công an xã qua số 0207 3826 113",
     "Người dân tự nguyện giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ không bị xử lý; liên hệ Công an xã qua số "
     "không hai không bảy, ba tám hai sáu, một một ba."),
]

# Ninth holdout misses when scored once (154 of 165, 93.3 %): nine errors, since fixed by general rules (163 of 165
# now), and two conventions the writer chose differently from the house, kept. The holdout's own figure stays the 154
# of 165 first measured.
HOLDOUT_9_MISSES: dict[str, str] = {
    "Trong thời gian hưởng TCTN, người lao động phải thông báo tìm việc làm hằng tháng với Trung tâm DVVL":
        "convention: the writer capitalises 'Dịch vụ việc làm' after 'Trung tâm'; the house keeps an abbreviation's "
        "own casing there (the eighth holdout's writer wrote 'Trung tâm phục vụ hành chính công' in lower case)",
    "Giá vàng miếng SJC sáng nay mua vào 118,5 triệu đồng/lượng, bán ra 120,5 triệu đồng/lượng":
        "convention: the writer names the letter J 'gi'; the house names it 'giây' wherever it spells",
}


HOLDOUT_10_CASES = [
    # --- commune, ward and special-zone notices after the two-level local government
    ("Đặc khu Vân Đồn tiếp nhận hồ sơ đất đai vào thứ 3 và thứ 6 hằng tuần tại tầng 2 Trung tâm PVHCC",
     "Đặc khu Vân Đồn tiếp nhận hồ sơ đất đai vào thứ ba và thứ sáu hằng tuần tại tầng hai Trung tâm phục vụ hành "
     "chính công."),
    ("Sau khi hợp nhất 3 xã Tà Chải, Na Hối và Bản Phố, xã Bắc Hà mới có 41 thôn với 8.926 hộ",
     "Sau khi hợp nhất ba xã Tà Chải, Na Hối và Bản Phố, xã Bắc Hà mới có bốn mươi mốt thôn với tám nghìn chín trăm "
     "hai mươi sáu hộ."),
    ("Từ 8h00 đến 10h30 sáng thứ Năm 16/10, Chủ tịch UBND phường Kim Tân đối thoại với tiểu thương chợ Cốc Lếu",
     "Từ tám giờ đến mười giờ ba mươi phút sáng thứ Năm ngày mười sáu tháng mười, Chủ tịch Ủy ban nhân dân phường "
     "Kim Tân đối thoại với tiểu thương chợ Cốc Lếu."),
    ("Người dân không phải đổi CCCD, GPLX, sổ đỏ khi địa chỉ ghi trên giấy tờ thay đổi do sắp xếp ĐVHC",
     "Người dân không phải đổi căn cước công dân, giấy phép lái xe, sổ đỏ khi địa chỉ ghi trên giấy tờ thay đổi do "
     "sắp xếp đơn vị hành chính."),
    ("Thôn Nậm Cang và thôn Sín Chải nhập thành thôn Nậm Sín từ 01/10/2025, trưởng thôn là anh Giàng A Lử",
     "Thôn Nậm Cang và thôn Sín Chải nhập thành thôn Nậm Sín từ ngày một tháng mười năm hai nghìn không trăm hai "
     "mươi lăm, trưởng thôn là anh Giàng A Lử."),
    ("Kinh phí sửa chữa nhà văn hóa 3 thôn là 1,45 tỷ đồng, trong đó Nhân dân đóng góp 320 triệu đồng",
     "Kinh phí sửa chữa nhà văn hóa ba thôn là một phẩy bốn mươi lăm tỷ đồng, trong đó Nhân dân đóng góp ba trăm hai "
     "mươi triệu đồng."),

    # --- pensions under the Law on Social Insurance 2024
    ("Luật BHXH 2024 (Luật số 41/2024/QH15) bổ sung trợ cấp hằng tháng cho người đủ tuổi nghỉ hưu nhưng chưa đủ 15 "
     "năm đóng",
     "Luật Bảo hiểm xã hội năm hai nghìn không trăm hai mươi tư, Luật số bốn mươi mốt năm hai nghìn không trăm hai "
     "mươi tư của Quốc hội khóa mười lăm, bổ sung trợ cấp hằng tháng cho người đủ tuổi nghỉ hưu nhưng chưa đủ mười "
     "lăm năm đóng."),
    ("Bà Lò Thị Dung nghỉ hưu từ tháng 3/2026 với 28 năm đóng BHXH, tỷ lệ hưởng lương hưu là 71%",
     "Bà Lò Thị Dung nghỉ hưu từ tháng ba năm hai nghìn không trăm hai mươi sáu với hai mươi tám năm đóng bảo hiểm "
     "xã hội, tỷ lệ hưởng lương hưu là bảy mươi mốt phần trăm."),
    ("Người nghỉ hưu trước tuổi do suy giảm khả năng lao động từ 61% trở lên bị trừ 2% cho mỗi năm nghỉ sớm",
     "Người nghỉ hưu trước tuổi do suy giảm khả năng lao động từ sáu mươi mốt phần trăm trở lên bị trừ hai phần trăm "
     "cho mỗi năm nghỉ sớm."),
    ("Tuổi nghỉ hưu của lao động nam cứ mỗi năm tăng thêm 3 tháng cho đến khi đủ 62 tuổi vào năm 2028",
     "Tuổi nghỉ hưu của lao động nam cứ mỗi năm tăng thêm ba tháng cho đến khi đủ sáu mươi hai tuổi vào năm hai "
     "nghìn không trăm hai mươi tám."),
    ("Theo Điều 72 Luật BHXH 2024, lương hưu được điều chỉnh trên cơ sở chỉ số giá tiêu dùng và tăng trưởng kinh tế",
     "Theo Điều bảy mươi hai Luật Bảo hiểm xã hội năm hai nghìn không trăm hai mươi tư, lương hưu được điều chỉnh "
     "trên cơ sở chỉ số giá tiêu dùng và tăng trưởng kinh tế."),
    ("Lương hưu tháng 02/2026 được chi trả sớm từ ngày 05/02 để người hưởng kịp đón Tết Bính Ngọ",
     "Lương hưu tháng hai năm hai nghìn không trăm hai mươi sáu được chi trả sớm từ ngày năm tháng hai để người "
     "hưởng kịp đón Tết Bính Ngọ."),

    # --- compulsory contributions and employers' arrears
    ("Doanh nghiệp chậm đóng BHXH từ 60 ngày trở lên bị phạt từ 12% - 15% tổng số tiền phải đóng",
     "Doanh nghiệp chậm đóng bảo hiểm xã hội từ sáu mươi ngày trở lên bị phạt từ mười hai phần trăm đến mười lăm "
     "phần trăm tổng số tiền phải đóng."),
    ("Người sử dụng lao động đóng 14% vào quỹ hưu trí và tử tuất, 3% vào quỹ ốm đau và thai sản",
     "Người sử dụng lao động đóng mười bốn phần trăm vào quỹ hưu trí và tử tuất, ba phần trăm vào quỹ ốm đau và thai "
     "sản."),
    ("Tiền lương tháng cao nhất làm căn cứ đóng BHXH bắt buộc bằng 20 lần mức tham chiếu, tức 46,8 triệu đồng",
     "Tiền lương tháng cao nhất làm căn cứ đóng bảo hiểm xã hội bắt buộc bằng hai mươi lần mức tham chiếu, tức bốn "
     "mươi sáu phẩy tám triệu đồng."),
    ("BHXH cơ sở Sa Pa công khai danh sách 9 đơn vị nợ đóng trên 3 tháng, tổng nợ 1.037 triệu đồng",
     "Bảo hiểm xã hội cơ sở Sa Pa công khai danh sách chín đơn vị nợ đóng trên ba tháng, tổng nợ một nghìn không "
     "trăm ba mươi bảy triệu đồng."),
    ("Người làm việc không trọn thời gian có tiền lương từ 2.340.000 đồng/tháng trở lên cũng thuộc diện đóng BHXH bắt "
     "buộc",
     "Người làm việc không trọn thời gian có tiền lương từ hai triệu ba trăm bốn mươi nghìn đồng mỗi tháng trở lên "
     "cũng thuộc diện đóng bảo hiểm xã hội bắt buộc."),

    # --- voluntary social insurance
    ("Anh Vàng Seo Chứ, hộ cận nghèo ở thôn Lùng Phình, đóng BHXH tự nguyện một lần cho 5 năm với số tiền 11.880.000 "
     "đồng",
     "Anh Vàng Seo Chứ, hộ cận nghèo ở thôn Lùng Phình, đóng bảo hiểm xã hội tự nguyện một lần cho năm năm với số "
     "tiền mười một triệu tám trăm tám mươi nghìn đồng."),
    ("Người thuộc hộ nghèo ở tỉnh Tuyên Quang được hỗ trợ 70% tiền đóng BHXH tự nguyện, trong đó NSNN 50%, ngân sách "
     "tỉnh 20%",
     "Người thuộc hộ nghèo ở tỉnh Tuyên Quang được hỗ trợ bảy mươi phần trăm tiền đóng bảo hiểm xã hội tự nguyện, "
     "trong đó ngân sách nhà nước năm mươi phần trăm, ngân sách tỉnh hai mươi phần trăm."),
    ("Hội nghị tuyên truyền BHXH tự nguyện tổ chức lúc 7h30 sáng CN 9/11 tại NVH thôn Xà Phìn",
     "Hội nghị tuyên truyền bảo hiểm xã hội tự nguyện tổ chức lúc bảy giờ ba mươi phút sáng chủ nhật ngày chín tháng "
     "mười một tại nhà văn hóa thôn Xà Phìn."),
    ("Chọn mức thu nhập 3 triệu đồng/tháng thì mỗi tháng người tham gia đóng 660.000 đồng",
     "Chọn mức thu nhập ba triệu đồng mỗi tháng thì mỗi tháng người tham gia đóng sáu trăm sáu mươi nghìn đồng."),
    ("Mọi thắc mắc liên hệ nhân viên thu Bưu điện xã Mường Khương, chị Sùng Thị Mai, SĐT 0347 802 159",
     "Mọi thắc mắc liên hệ nhân viên thu Bưu điện xã Mường Khương, chị Sùng Thị Mai, số điện thoại không ba bốn bảy, "
     "tám không hai, một năm chín."),

    # --- health-insurance cards
    ("Người có thẻ BHYT đến khám tại TTYT khu vực Bảo Yên mà quên thẻ giấy chỉ cần đọc số định danh cá nhân",
     "Người có thẻ bảo hiểm y tế đến khám tại Trung tâm Y tế khu vực Bảo Yên mà quên thẻ giấy chỉ cần đọc số định "
     "danh cá nhân."),
    ("Trong hộ tham gia BHYT, từ người thứ 5 trở đi mỗi người đóng 42.120 đồng/tháng, cả năm là 505.440 đồng",
     "Trong hộ tham gia bảo hiểm y tế, từ người thứ năm trở đi mỗi người đóng bốn mươi hai nghìn một trăm hai mươi "
     "đồng mỗi tháng, cả năm là năm trăm linh năm nghìn bốn trăm bốn mươi đồng."),
    ("Cựu chiến binh, thân nhân liệt sĩ được NSNN đóng 100% BHYT; người thuộc hộ cận nghèo được hỗ trợ 70%",
     "Cựu chiến binh, thân nhân liệt sĩ được ngân sách nhà nước đóng một trăm phần trăm bảo hiểm y tế; người thuộc "
     "hộ cận nghèo được hỗ trợ bảy mươi phần trăm."),
    ("Tính đến 31/10/2025, xã Si Ma Cai có 97,28% dân số tham gia BHYT",
     "Tính đến ngày ba mươi mốt tháng mười năm hai nghìn không trăm hai mươi lăm, xã Si Ma Cai có chín mươi bảy phẩy "
     "hai mươi tám phần trăm dân số tham gia bảo hiểm y tế."),

    # --- maternity and sickness benefits
    ("Chị Hà Thị Lan, công nhân KCN Tằng Loỏng, sinh đôi ngày 12/8 được nghỉ thai sản 7 tháng và nhận trợ cấp một lần "
     "9.360.000 đồng",
     "Chị Hà Thị Lan, công nhân khu công nghiệp Tằng Loỏng, sinh đôi ngày mười hai tháng tám được nghỉ thai sản bảy "
     "tháng và nhận trợ cấp một lần chín triệu ba trăm sáu mươi nghìn đồng."),
    ("Lao động nữ bị sẩy thai, nạo, hút thai được nghỉ từ 10 - 50 ngày tùy theo tuổi thai",
     "Lao động nữ bị sẩy thai, nạo, hút thai được nghỉ từ mười đến năm mươi ngày tùy theo tuổi thai."),
    ("Người mắc bệnh thuộc danh mục bệnh dài ngày được hưởng chế độ ốm đau tối đa 180 ngày/năm, kể cả ngày nghỉ lễ, "
     "Tết",
     "Người mắc bệnh thuộc danh mục bệnh dài ngày được hưởng chế độ ốm đau tối đa một trăm tám mươi ngày mỗi năm, kể "
     "cả ngày nghỉ lễ, Tết."),
    ("Hồ sơ hưởng dưỡng sức sau ốm đau nộp cho ĐVSDLĐ trong 45 ngày kể từ ngày trở lại làm việc",
     "Hồ sơ hưởng dưỡng sức sau ốm đau nộp cho đơn vị sử dụng lao động trong bốn mươi lăm ngày kể từ ngày trở lại "
     "làm việc."),
    ("Mức hưởng dưỡng sức, phục hồi sức khỏe mỗi ngày bằng 30% mức tham chiếu, tức 702.000 đồng",
     "Mức hưởng dưỡng sức, phục hồi sức khỏe mỗi ngày bằng ba mươi phần trăm mức tham chiếu, tức bảy trăm linh hai "
     "nghìn đồng."),

    # --- unemployment insurance, job fairs and work abroad
    ("Phiên giao dịch việc làm định kỳ ngày 5, 15 và 25 hằng tháng tại Trung tâm DVVL tỉnh Phú Thọ, số 1 đường Nguyễn "
     "Tất Thành",
     "Phiên giao dịch việc làm định kỳ ngày năm, mười lăm và hai mươi lăm hằng tháng tại Trung tâm Dịch vụ việc làm "
     "tỉnh Phú Thọ, số một đường Nguyễn Tất Thành."),
    ("Công ty TNHH Điện tử Việt Hưng tuyển 1.500 nam, nữ từ 18 - 35 tuổi, lương cơ bản 6.200.000 đồng/tháng, làm việc "
     "tại KCN Quang Châu",
     "Công ty trách nhiệm hữu hạn Điện tử Việt Hưng tuyển một nghìn năm trăm nam, nữ từ mười tám đến ba mươi lăm "
     "tuổi, lương cơ bản sáu triệu hai trăm nghìn đồng mỗi tháng, làm việc tại khu công nghiệp Quang Châu."),
    ("Người đang hưởng TCTN mà tìm được việc làm phải thông báo cho Trung tâm DVVL trong 5 ngày làm việc",
     "Người đang hưởng trợ cấp thất nghiệp mà tìm được việc làm phải thông báo cho Trung tâm Dịch vụ việc làm trong "
     "năm ngày làm việc."),
    ("Chương trình lao động thời vụ sang Hàn Quốc theo thị thực E-8 tuyển người từ 30 - 55 tuổi, làm việc 5 - 8 tháng",
     "Chương trình lao động thời vụ sang Hàn Quốc theo thị thực E tám tuyển người từ ba mươi đến năm mươi lăm tuổi, "
     "làm việc năm đến tám tháng."),
    ("Năm 2025, toàn tỉnh giải quyết việc làm cho 31.450 lao động, trong đó 4.120 người đi làm việc ở nước ngoài",
     "Năm hai nghìn không trăm hai mươi lăm, toàn tỉnh giải quyết việc làm cho ba mươi mốt nghìn bốn trăm năm mươi "
     "lao động, trong đó bốn nghìn một trăm hai mươi người đi làm việc ở nước ngoài."),

    # --- tax
    ("Hộ bán tạp hóa có doanh thu 850 triệu đồng/năm nộp thuế GTGT 1% và thuế TNCN 0,5%, tổng cộng 12,75 triệu đồng",
     "Hộ bán tạp hóa có doanh thu tám trăm năm mươi triệu đồng mỗi năm nộp thuế giá trị gia tăng một phần trăm và "
     "thuế thu nhập cá nhân không phẩy năm phần trăm, tổng cộng mười hai phẩy bảy mươi lăm triệu đồng."),
    ("Thuế cơ sở 12 tỉnh Phú Thọ tập huấn sử dụng HĐĐT cho 230 hộ kinh doanh vào 14h00 ngày 21/11",
     "Thuế cơ sở mười hai tỉnh Phú Thọ tập huấn sử dụng hóa đơn điện tử cho hai trăm ba mươi hộ kinh doanh vào mười "
     "bốn giờ ngày hai mươi mốt tháng mười một."),
    ("Lệ phí trước bạ ô tô con đăng ký lần đầu tại tỉnh là 12%, xe máy là 2%",
     "Lệ phí trước bạ ô tô con đăng ký lần đầu tại tỉnh là mười hai phần trăm, xe máy là hai phần trăm."),
    ("Hộ kinh doanh nộp tờ khai thuế tháng 10/2025 chậm nhất ngày 20/11, nộp chậm bị phạt từ 2 - 5 triệu đồng",
     "Hộ kinh doanh nộp tờ khai thuế tháng mười năm hai nghìn không trăm hai mươi lăm chậm nhất ngày hai mươi tháng "
     "mười một, nộp chậm bị phạt từ hai đến năm triệu đồng."),
    ("Cá nhân cho thuê nhà với giá 25 triệu đồng/tháng nộp thuế 10% trên doanh thu, gồm 5% thuế GTGT và 5% thuế TNCN",
     "Cá nhân cho thuê nhà với giá hai mươi lăm triệu đồng mỗi tháng nộp thuế mười phần trăm trên doanh thu, gồm năm "
     "phần trăm thuế giá trị gia tăng và năm phần trăm thuế thu nhập cá nhân."),
    ("Nộp thuế bằng mã QR trên ứng dụng eTax Mobile hoặc qua các ngân hàng Vietcombank, BIDV, Agribank",
     "Nộp thuế bằng mã kiu a trên ứng dụng i tắc mô bai hoặc qua các ngân hàng Vietcombank, bê i đê vê, Agribank."),

    # --- land registry and compensation
    ("UBND xã Thanh Sơn thông báo thu hồi 5,68 ha đất để xây dựng trường THCS liên xã, ảnh hưởng đến 41 hộ",
     "Ủy ban nhân dân xã Thanh Sơn thông báo thu hồi năm phẩy sáu mươi tám héc ta đất để xây dựng trường trung học "
     "cơ sở liên xã, ảnh hưởng đến bốn mươi mốt hộ."),
    ("Thửa số 56, tờ bản đồ số 31 của hộ ông Hà Văn Thuận rộng 1.024,6 m², trong đó có 300 m² đất ở",
     "Thửa số năm mươi sáu, tờ bản đồ số ba mươi mốt của hộ ông Hà Văn Thuận rộng một nghìn không trăm hai mươi tư "
     "phẩy sáu mét vuông, trong đó có ba trăm mét vuông đất ở."),
    ("Chi nhánh VPĐKĐĐ khu vực Thanh Thủy trả kết quả cấp đổi sổ đỏ trong 7 ngày làm việc, lệ phí 50.000 đồng/giấy",
     "Chi nhánh Văn phòng đăng ký đất đai khu vực Thanh Thủy trả kết quả cấp đổi sổ đỏ trong bảy ngày làm việc, lệ "
     "phí năm mươi nghìn đồng một giấy."),
    ("Theo bảng giá mới, đất ở vị trí 2 đường Hùng Vương, phường Việt Trì có giá 24.000.000 đồng/m²",
     "Theo bảng giá mới, đất ở vị trí hai đường Hùng Vương, phường Việt Trì có giá hai mươi tư triệu đồng một mét "
     "vuông."),
    ("Các hộ nhận tiền bồi thường GPMB dự án cao tốc Tuyên Quang - Hà Giang từ 8h - 16h30 ngày 24 và 25/11",
     "Các hộ nhận tiền bồi thường giải phóng mặt bằng dự án cao tốc Tuyên Quang, Hà Giang từ tám giờ đến mười sáu "
     "giờ ba mươi phút ngày hai mươi tư và hai mươi lăm tháng mười một."),

    # --- farm prices
    ("Giá chè búp tươi loại A tại các cơ sở thu mua ở xã Tân Cương 15.000 - 18.000 đồng/kg",
     "Giá chè búp tươi loại A tại các cơ sở thu mua ở xã Tân Cương mười lăm nghìn đến mười tám nghìn đồng một ki lô "
     "gam."),
    ("Vải thiều sớm Lục Ngạn đầu vụ bán được 35.000đ/kg, vào chính vụ giảm còn 18.000 - 22.000đ/kg",
     "Vải thiều sớm Lục Ngạn đầu vụ bán được ba mươi lăm nghìn đồng một ki lô gam, vào chính vụ giảm còn mười tám "
     "nghìn đến hai mươi hai nghìn đồng một ki lô gam."),
    ("Tại chợ trâu bò Bắc Hà, trâu hơi loại 1 có giá 75 - 80 nghìn đồng/kg, bê giống 14 - 16 triệu đồng/con",
     "Tại chợ trâu bò Bắc Hà, trâu hơi loại một có giá bảy mươi lăm đến tám mươi nghìn đồng một ki lô gam, bê giống "
     "mười bốn đến mười sáu triệu đồng một con."),
    ("Giá cá tra nguyên liệu tại An Giang tăng lên 31.500 đồng/kg, cao nhất từ đầu năm 2025",
     "Giá cá tra nguyên liệu tại An Giang tăng lên ba mươi mốt nghìn năm trăm đồng một ki lô gam, cao nhất từ đầu "
     "năm hai nghìn không trăm hai mươi lăm."),
    ("Quế khô xuất khẩu có giá 1.150 - 1.300 USD/tấn, thấp hơn 20% so với cùng kỳ",
     "Quế khô xuất khẩu có giá một nghìn một trăm năm mươi đến một nghìn ba trăm đô la Mỹ một tấn, thấp hơn hai mươi "
     "phần trăm so với cùng kỳ."),

    # --- crops and plant protection
    ("Bệnh thán thư hại chè nhiễm trên 86 ha, nơi nặng có tỷ lệ búp bệnh 15 - 20%",
     "Bệnh thán thư hại chè nhiễm trên tám mươi sáu héc ta, nơi nặng có tỷ lệ búp bệnh mười lăm đến hai mươi phần "
     "trăm."),
    ("Gieo mạ vụ Mùa từ 5/6 - 20/6, cấy xong trước 15/7; dùng giống lúa BC15, Khang dân 18",
     "Gieo mạ vụ Mùa từ ngày năm tháng sáu đến ngày hai mươi tháng sáu, cấy xong trước ngày mười lăm tháng bảy; dùng "
     "giống lúa bê xê mười lăm, Khang dân mười tám."),
    ("Phun trừ sâu keo mùa thu hại ngô khi tỷ lệ cây bị hại trên 20%, pha 10 ml thuốc với bình 16 lít",
     "Phun trừ sâu keo mùa thu hại ngô khi tỷ lệ cây bị hại trên hai mươi phần trăm, pha mười mi li lít thuốc với "
     "bình mười sáu lít."),
    ("Bón cho mỗi gốc cam giai đoạn nuôi quả 0,5 - 0,7 kg phân NPK 12-5-10",
     "Bón cho mỗi gốc cam giai đoạn nuôi quả không phẩy năm đến không phẩy bảy ki lô gam phân en pê ca mười hai, "
     "năm, mười."),
    ("Chuyển đổi 120 ha đất lúa kém hiệu quả sang trồng dưa hấu, lạc; lợi nhuận tăng 1,8 - 2 lần",
     "Chuyển đổi một trăm hai mươi héc ta đất lúa kém hiệu quả sang trồng dưa hấu, lạc; lợi nhuận tăng một phẩy tám "
     "đến hai lần."),

    # --- livestock and aquaculture
    ("Xã Mường Hum tiêm vắc xin tụ huyết trùng cho 3.460 con trâu, bò đợt II/2025, đạt 92,3%",
     "Xã Mường Hum tiêm vắc xin tụ huyết trùng cho ba nghìn bốn trăm sáu mươi con trâu, bò đợt hai năm hai nghìn "
     "không trăm hai mươi lăm, đạt chín mươi hai phẩy ba phần trăm."),
    ("Chuồng nuôi gà thịt bảo đảm mật độ 8 - 10 con/m², cách nhà ở ít nhất 10 m",
     "Chuồng nuôi gà thịt bảo đảm mật độ tám đến mười con trên mét vuông, cách nhà ở ít nhất mười mét."),
    ("Nuôi cá lồng trên hồ Thác Bà: thả cá rô phi cỡ 6 - 8 cm, mật độ 40 con/m³",
     "Nuôi cá lồng trên hồ Thác Bà: thả cá rô phi cỡ sáu đến tám xăng ti mét, mật độ bốn mươi con trên mét khối."),
    ("Dịch dại tại thôn Bản Mế đã được khống chế, 412 con chó được tiêm phòng, mỗi liều 30.000 đồng",
     "Dịch dại tại thôn Bản Mế đã được khống chế, bốn trăm mười hai con chó được tiêm phòng, mỗi liều ba mươi nghìn "
     "đồng."),
    ("Khi nhiệt độ dưới 12°C, không thả trâu bò lên núi cao, cho ăn thêm 1 - 2 kg cám ngô/con/ngày",
     "Khi nhiệt độ dưới mười hai độ xê, không thả trâu bò lên núi cao, cho ăn thêm một đến hai ki lô gam cám ngô mỗi "
     "con mỗi ngày."),

    # --- weather and storms
    ("Bão số 13 (tên quốc tế Kalmaegi) đổ bộ vào ven biển Gia Lai - Đắk Lắk đêm 6/11 với sức gió cấp 12 - 13",
     "Bão số mười ba, tên quốc tế Kalmaegi, đổ bộ vào ven biển Gia Lai đến Đắk Lắk đêm ngày sáu tháng mười một với "
     "sức gió cấp mười hai đến mười ba."),
    ("Áp thấp nhiệt đới trên Biển Đông có sức gió mạnh nhất cấp 7 (50 - 61 km/h), giật cấp 9",
     "Áp thấp nhiệt đới trên Biển Đông có sức gió mạnh nhất cấp bảy, năm mươi đến sáu mươi mốt ki lô mét trên giờ, "
     "giật cấp chín."),
    ("Từ đêm nay đến hết ngày 14/12, vùng núi phía Bắc rét hại, nhiệt độ thấp nhất 3 - 6°C, vùng núi cao dưới 0°C",
     "Từ đêm nay đến hết ngày mười bốn tháng mười hai, vùng núi phía Bắc rét hại, nhiệt độ thấp nhất ba đến sáu độ "
     "xê, vùng núi cao dưới không độ xê."),
    ("Lượng mưa đo được từ 19h hôm qua đến 7h sáng nay: Mù Cang Chải 186 mm, Trạm Tấu 142 mm",
     "Lượng mưa đo được từ mười chín giờ hôm qua đến bảy giờ sáng nay: Mù Cang Chải một trăm tám mươi sáu mi li mét, "
     "Trạm Tấu một trăm bốn mươi hai mi li mét."),
    ("Độ ẩm không khí thấp nhất 35 - 40%, nắng nóng gay gắt nhất từ 12h - 15h",
     "Độ ẩm không khí thấp nhất ba mươi lăm đến bốn mươi phần trăm, nắng nóng gay gắt nhất từ mười hai giờ đến mười "
     "lăm giờ."),

    # --- floods, reservoirs and civil defence
    ("Sông Thao đoạn qua phường Văn Phú đang lên nhanh, dự báo 21h tối nay đạt 32,1 m, vượt BĐ III 0,1 m",
     "Sông Thao đoạn qua phường Văn Phú đang lên nhanh, dự báo hai mươi mốt giờ tối nay đạt ba mươi hai phẩy một "
     "mét, vượt báo động ba không phẩy một mét."),
    ("Thủy điện Thác Bà mở thêm cửa xả đáy số 3, nâng tổng lưu lượng xả lên 2.850 m³/s lúc 14h30",
     "Thủy điện Thác Bà mở thêm cửa xả đáy số ba, nâng tổng lưu lượng xả lên hai nghìn tám trăm năm mươi mét khối "
     "trên giây lúc mười bốn giờ ba mươi phút."),
    ("Ban Chỉ huy PCTT&TKCN xã Mù Cang Chải yêu cầu sơ tán khẩn cấp 27 hộ, 118 khẩu khỏi vùng nguy cơ sạt lở trước "
     "17h",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Mù Cang Chải yêu cầu sơ tán khẩn cấp hai mươi bảy "
     "hộ, một trăm mười tám khẩu khỏi vùng nguy cơ sạt lở trước mười bảy giờ."),
    ("Ngầm tràn tại Km 86+200 QL70 bị ngập sâu 0,8 m, cấm mọi phương tiện qua lại",
     "Ngầm tràn tại ki lô mét tám mươi sáu cộng hai trăm quốc lộ bảy mươi bị ngập sâu không phẩy tám mét, cấm mọi "
     "phương tiện qua lại."),
    ("Quỹ PCTT năm 2026: người lao động đóng 1 ngày lương/năm, doanh nghiệp đóng 0,02% tổng giá trị tài sản",
     "Quỹ phòng, chống thiên tai năm hai nghìn không trăm hai mươi sáu: người lao động đóng một ngày lương mỗi năm, "
     "doanh nghiệp đóng không phẩy không hai phần trăm tổng giá trị tài sản."),

    # --- traffic
    ("Xe máy không có gương chiếu hậu bên trái bị phạt 400.000 - 600.000 đồng theo NĐ 168/2024/NĐ-CP",
     "Xe máy không có gương chiếu hậu bên trái bị phạt bốn trăm nghìn đến sáu trăm nghìn đồng theo Nghị định số một "
     "trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ."),
    ("Ô tô chở người trên 08 chỗ không được vào đường Lê Thánh Tông từ 6h30 - 8h00 và 16h30 - 18h30",
     "Ô tô chở người trên tám chỗ không được vào đường Lê Thánh Tông từ sáu giờ ba mươi phút đến tám giờ và mười sáu "
     "giờ ba mươi phút đến mười tám giờ ba mươi phút."),
    ("Người điều khiển ô tô BKS 21A-096.38 đến Đội CSGT số 2 để giải quyết vi phạm phạt nguội",
     "Người điều khiển ô tô biển kiểm soát hai mươi mốt a, không chín sáu, ba tám đến Đội Cảnh sát giao thông số hai "
     "để giải quyết vi phạm phạt nguội."),
    ("Cao tốc Nội Bài - Lào Cai đoạn Km 150 - Km 198 chỉ cho phép chạy tối đa 80 km/h",
     "Cao tốc Nội Bài, Lào Cai đoạn ki lô mét một trăm năm mươi đến ki lô mét một trăm chín mươi tám chỉ cho phép "
     "chạy tối đa tám mươi ki lô mét trên giờ."),
    ("Dịp Tết, toàn tỉnh xảy ra 11 vụ TNGT, giảm 3 vụ; số người chết giảm 27,3% so với cùng kỳ",
     "Dịp Tết, toàn tỉnh xảy ra mười một vụ tai nạn giao thông, giảm ba vụ; số người chết giảm hai mươi bảy phẩy ba "
     "phần trăm so với cùng kỳ."),
    ("Người lái mô tô trên 125 cm³ phải có GPLX hạng A; xe đến 125 cm³ dùng GPLX hạng A1",
     "Người lái mô tô trên một trăm hai mươi lăm xăng ti mét khối phải có giấy phép lái xe hạng A; xe đến một trăm "
     "hai mươi lăm xăng ti mét khối dùng giấy phép lái xe hạng A một."),

    # --- school enrolment and exams
    ("Trường PTDTBT TH&THCS Tả Van nhận hồ sơ lớp 1 và lớp 6 từ 15/7 đến 31/7/2026 tại văn phòng trường",
     "Trường phổ thông dân tộc bán trú tiểu học và trung học cơ sở Tả Van nhận hồ sơ lớp một và lớp sáu từ ngày mười "
     "lăm tháng bảy đến ngày ba mươi mốt tháng bảy năm hai nghìn không trăm hai mươi sáu tại văn phòng trường."),
    ("Kỳ thi chọn HSG lớp 9 cấp tỉnh diễn ra ngày 18/3/2026, mỗi môn thi 150 phút",
     "Kỳ thi chọn học sinh giỏi lớp chín cấp tỉnh diễn ra ngày mười tám tháng ba năm hai nghìn không trăm hai mươi "
     "sáu, mỗi môn thi một trăm năm mươi phút."),
    ("Trường THPT Chuyên Hùng Vương tuyển 525 HS lớp 10 năm học 2026 - 2027, gồm 15 lớp chuyên",
     "Trường trung học phổ thông Chuyên Hùng Vương tuyển năm trăm hai mươi lăm học sinh lớp mười năm học hai nghìn "
     "không trăm hai mươi sáu đến hai nghìn không trăm hai mươi bảy, gồm mười lăm lớp chuyên."),
    ("Trẻ sinh từ ngày 01/01/2020 đến 31/12/2020 vào lớp 1 năm học 2026 - 2027",
     "Trẻ sinh từ ngày một tháng một năm hai nghìn không trăm hai mươi đến ngày ba mươi mốt tháng mười hai năm hai "
     "nghìn không trăm hai mươi vào lớp một năm học hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm hai "
     "mươi bảy."),
    ("Học sinh bán trú ở xã đặc biệt khó khăn được hỗ trợ tiền ăn bằng 40% mức lương cơ sở/tháng",
     "Học sinh bán trú ở xã đặc biệt khó khăn được hỗ trợ tiền ăn bằng bốn mươi phần trăm mức lương cơ sở mỗi tháng."),
    ("Trung tâm GDNN - GDTX khu vực Phù Ninh tuyển 180 học viên hệ GDTX cấp THPT, học 3 buổi/tuần",
     "Trung tâm Giáo dục nghề nghiệp, Giáo dục thường xuyên khu vực Phù Ninh tuyển một trăm tám mươi học viên hệ "
     "giáo dục thường xuyên cấp trung học phổ thông, học ba buổi mỗi tuần."),

    # --- vaccination
    ("Tiêm vắc xin bại liệt IPV mũi 2 cho trẻ đủ 9 tháng tuổi tại TYT phường Âu Cơ vào sáng 20/11",
     "Tiêm vắc xin bại liệt i pê vê mũi hai cho trẻ đủ chín tháng tuổi tại Trạm Y tế phường Âu Cơ vào sáng ngày hai "
     "mươi tháng mười một."),
    ("Trẻ 5 - 6 tuổi tiêm mũi nhắc vắc xin DPT, phụ huynh mang theo sổ hoặc phiếu tiêm chủng",
     "Trẻ năm đến sáu tuổi tiêm mũi nhắc vắc xin đê pê tê, phụ huynh mang theo sổ hoặc phiếu tiêm chủng."),
    ("Vắc xin cúm cho người từ 65 tuổi có giá 356.000 đồng/liều tại Trung tâm tiêm chủng VNVC",
     "Vắc xin cúm cho người từ sáu mươi lăm tuổi có giá ba trăm năm mươi sáu nghìn đồng một liều tại Trung tâm tiêm "
     "chủng vê nờ vê xê."),
    ("Sau tiêm, nếu trẻ sốt trên 38,5°C kéo dài hoặc quấy khóc liên tục quá 3 giờ phải đưa đến cơ sở y tế",
     "Sau tiêm, nếu trẻ sốt trên ba mươi tám phẩy năm độ xê kéo dài hoặc quấy khóc liên tục quá ba giờ phải đưa đến "
     "cơ sở y tế."),
    ("Chiến dịch tiêm vắc xin Td (uốn ván - bạch hầu) cho học sinh lớp 2 và lớp 7 đạt 98,6%",
     "Chiến dịch tiêm vắc xin tê đê, uốn ván, bạch hầu, cho học sinh lớp hai và lớp bảy đạt chín mươi tám phẩy sáu "
     "phần trăm."),

    # --- health: outbreaks and screening
    ("Tuần 47/2025, tỉnh ghi nhận 126 ca SXH và 3 ổ dịch mới tại phường Nông Trang, xã Tam Nông",
     "Tuần bốn mươi bảy năm hai nghìn không trăm hai mươi lăm, tỉnh ghi nhận một trăm hai mươi sáu ca sốt xuất huyết "
     "và ba ổ dịch mới tại phường Nông Trang, xã Tam Nông."),
    ("Khám sàng lọc ung thư cổ tử cung miễn phí cho phụ nữ 30 - 49 tuổi tại TTYT khu vực Lâm Thao từ 3 - 5/12",
     "Khám sàng lọc ung thư cổ tử cung miễn phí cho phụ nữ ba mươi đến bốn mươi chín tuổi tại Trung tâm Y tế khu vực "
     "Lâm Thao từ ngày ba đến năm tháng mười hai."),
    ("Người có huyết áp từ 140/90 mmHg trở lên cần đi khám và điều trị tăng huyết áp",
     "Người có huyết áp từ một trăm bốn mươi trên chín mươi mi li mét thủy ngân trở lên cần đi khám và điều trị tăng "
     "huyết áp."),
    ("Bệnh viện Đa khoa tỉnh Lào Cai thực hiện thành công ca ghép thận thứ 15, người bệnh 42 tuổi",
     "Bệnh viện Đa khoa tỉnh Lào Cai thực hiện thành công ca ghép thận thứ mười lăm, người bệnh bốn mươi hai tuổi."),
    ("Cúm A/H3N2 gia tăng, người dân đeo khẩu trang nơi đông người và rửa tay bằng xà phòng ít nhất 20 giây",
     "Cúm a hát ba nờ hai gia tăng, người dân đeo khẩu trang nơi đông người và rửa tay bằng xà phòng ít nhất hai "
     "mươi giây."),

    # --- elections
    ("Ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp là Chủ nhật, 15/3/2026",
     "Ngày bầu cử đại biểu Quốc hội khóa mười sáu và đại biểu Hội đồng nhân dân các cấp là Chủ nhật, ngày mười lăm "
     "tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ("Tổ bầu cử số 4 thôn Phú Hậu có 1.178 cử tri, đến 11h30 đã có 1.052 cử tri đi bầu",
     "Tổ bầu cử số bốn thôn Phú Hậu có một nghìn một trăm bảy mươi tám cử tri, đến mười một giờ ba mươi phút đã có "
     "một nghìn không trăm năm mươi hai cử tri đi bầu."),
    ("Đơn vị bầu cử số 6 bầu 3 đại biểu HĐND xã trong số 5 người ứng cử, cử tri gạch tên người mình không tín nhiệm",
     "Đơn vị bầu cử số sáu bầu ba đại biểu Hội đồng nhân dân xã trong số năm người ứng cử, cử tri gạch tên người "
     "mình không tín nhiệm."),
    ("Niêm yết danh sách người ứng cử tại 17 KVBP chậm nhất ngày 23/2/2026, tức 20 ngày trước ngày bầu cử",
     "Niêm yết danh sách người ứng cử tại mười bảy khu vực bỏ phiếu chậm nhất ngày hai mươi ba tháng hai năm hai "
     "nghìn không trăm hai mươi sáu, tức hai mươi ngày trước ngày bầu cử."),
    ("Kết quả bầu cử: bà Mè Thị Hương trúng cử với 12.406 phiếu, đạt 78,92%",
     "Kết quả bầu cử: bà Mè Thị Hương trúng cử với mười hai nghìn bốn trăm linh sáu phiếu, đạt bảy mươi tám phẩy "
     "chín mươi hai phần trăm."),

    # --- military service
    ("Xã Yên Lập giao 34 tân binh năm 2026, trong đó 2 công dân thực hiện nghĩa vụ tham gia CAND",
     "Xã Yên Lập giao ba mươi tư tân binh năm hai nghìn không trăm hai mươi sáu, trong đó hai công dân thực hiện "
     "nghĩa vụ tham gia Công an nhân dân."),
    ("Công dân nữ từ đủ 18 đến hết 40 tuổi có trình độ chuyên môn y tế phải đăng ký NVQS tại Ban CHQS xã",
     "Công dân nữ từ đủ mười tám đến hết bốn mươi tuổi có trình độ chuyên môn y tế phải đăng ký nghĩa vụ quân sự tại "
     "Ban Chỉ huy quân sự xã."),
    ("Hạ sĩ quan, binh sĩ năm thứ nhất được hưởng phụ cấp 936.000 đồng/tháng, bằng 0,4 mức lương cơ sở",
     "Hạ sĩ quan, binh sĩ năm thứ nhất được hưởng phụ cấp chín trăm ba mươi sáu nghìn đồng mỗi tháng, bằng không "
     "phẩy bốn mức lương cơ sở."),
    ("Khám sức khỏe NVQS tại hội trường TTYT khu vực Hạ Hòa từ 6h30 ngày 4/12, công dân nhịn ăn sáng để xét nghiệm",
     "Khám sức khỏe nghĩa vụ quân sự tại hội trường Trung tâm Y tế khu vực Hạ Hòa từ sáu giờ ba mươi phút ngày bốn "
     "tháng mười hai, công dân nhịn ăn sáng để xét nghiệm."),
    ("Trung đoàn 98, Sư đoàn 316 đón 165 tân binh quê Phú Thọ vào ngày 5/3",
     "Trung đoàn chín mươi tám, Sư đoàn ba trăm mười sáu đón một trăm sáu mươi lăm tân binh quê Phú Thọ vào ngày năm "
     "tháng ba."),

    # --- fire safety
    ("Vụ cháy xưởng gỗ lúc 23h40 đêm 18/11 tại thôn Đồng Phú làm hư hỏng 2 nhà xưởng, ước thiệt hại 1,2 tỷ đồng",
     "Vụ cháy xưởng gỗ lúc hai mươi ba giờ bốn mươi phút đêm ngày mười tám tháng mười một tại thôn Đồng Phú làm hư "
     "hỏng hai nhà xưởng, ước thiệt hại một phẩy hai tỷ đồng."),
    ("Mỗi gian hàng tại chợ Đông Kinh trang bị ít nhất 1 bình bột chữa cháy ABC loại 8 kg",
     "Mỗi gian hàng tại chợ Đông Kinh trang bị ít nhất một bình bột chữa cháy a bê xê loại tám ki lô gam."),
    ("Đội dân phòng tổ dân phố số 9 gồm 12 người, được trang bị 1 máy bơm 5,5 HP và 120 m vòi",
     "Đội dân phòng tổ dân phố số chín gồm mười hai người, được trang bị một máy bơm năm phẩy năm mã lực và một trăm "
     "hai mươi mét vòi."),
    ("Phát hiện cháy, hãy báo qua ứng dụng Help114 hoặc gọi ngay 114!",
     "Phát hiện cháy, hãy báo qua ứng dụng Help một một bốn hoặc gọi ngay một một bốn!"),

    # --- food safety
    ("Đoàn kiểm tra liên ngành tạm giữ 450 kg nội tạng bò bốc mùi tại một cơ sở ở phường Thanh Miếu",
     "Đoàn kiểm tra liên ngành tạm giữ bốn trăm năm mươi ki lô gam nội tạng bò bốc mùi tại một cơ sở ở phường Thanh "
     "Miếu."),
    ("Bếp ăn bán trú Trường MN Sông Lô lưu mẫu thức ăn 150 g/món trong 24 giờ ở nhiệt độ 2 - 8°C",
     "Bếp ăn bán trú Trường mầm non Sông Lô lưu mẫu thức ăn một trăm năm mươi gam mỗi món trong hai mươi tư giờ ở "
     "nhiệt độ hai đến tám độ xê."),
    ("Mẫu rượu thu giữ trong vụ ngộ độc có nồng độ methanol lên tới 12.300 mg/l",
     "Mẫu rượu thu giữ trong vụ ngộ độc có nồng độ methanol lên tới mười hai nghìn ba trăm mi li gam trên lít."),
    ("Xử phạt 3 cơ sở bán thực phẩm chức năng quảng cáo sai sự thật với tổng số tiền 105 triệu đồng",
     "Xử phạt ba cơ sở bán thực phẩm chức năng quảng cáo sai sự thật với tổng số tiền một trăm linh năm triệu đồng."),

    # --- power outages and electricity
    ("Điện lực Lâm Thao tạm ngừng cấp điện từ 7h00 - 16h00 thứ Ba 25/11 để lắp máy biến áp 400 kVA tại TBA Xuân Lũng "
     "4",
     "Điện lực Lâm Thao tạm ngừng cấp điện từ bảy giờ đến mười sáu giờ thứ Ba ngày hai mươi lăm tháng mười một để "
     "lắp máy biến áp bốn trăm ki lô vôn am pe tại trạm biến áp Xuân Lũng bốn."),
    ("Hóa đơn tiền điện tháng 6 của hộ dùng 420 kWh khoảng 1,36 triệu đồng, tăng 28% so với tháng 5",
     "Hóa đơn tiền điện tháng sáu của hộ dùng bốn trăm hai mươi ki lô oát giờ khoảng một phẩy ba mươi sáu triệu "
     "đồng, tăng hai mươi tám phần trăm so với tháng năm."),
    ("Sự cố đường dây 110 kV Việt Trì - Phú Ninh khiến 12.700 khách hàng mất điện trong 45 phút",
     "Sự cố đường dây một trăm mười ki lô vôn Việt Trì, Phú Ninh khiến mười hai nghìn bảy trăm khách hàng mất điện "
     "trong bốn mươi lăm phút."),
    ("Để tiết kiệm điện, đặt điều hòa từ 26°C trở lên và hạn chế dùng thiết bị công suất lớn từ 17h30 - 22h30",
     "Để tiết kiệm điện, đặt điều hòa từ hai mươi sáu độ xê trở lên và hạn chế dùng thiết bị công suất lớn từ mười "
     "bảy giờ ba mươi phút đến hai mươi hai giờ ba mươi phút."),
    ("Mọi sự cố về điện, khách hàng gọi số trực vận hành 0210.3846.225 của Điện lực Việt Trì",
     "Mọi sự cố về điện, khách hàng gọi số trực vận hành không hai một không, ba tám bốn sáu, hai hai năm của Điện "
     "lực Việt Trì."),

    # --- water supply
    ("Công ty CP Cấp nước Phú Thọ ngừng cấp nước phường Thanh Miếu từ 22h ngày 8/12 đến 6h ngày 9/12 để thay van ống "
     "D250",
     "Công ty cổ phần Cấp nước Phú Thọ ngừng cấp nước phường Thanh Miếu từ hai mươi hai giờ ngày tám tháng mười hai "
     "đến sáu giờ ngày chín tháng mười hai để thay van ống D hai trăm năm mươi."),
    ("Giá nước sạch sinh hoạt 10 m³ đầu tiên là 7.800 đồng/m³, từ trên 10 - 20 m³ là 9.400 đồng/m³",
     "Giá nước sạch sinh hoạt mười mét khối đầu tiên là bảy nghìn tám trăm đồng một mét khối, từ trên mười đến hai "
     "mươi mét khối là chín nghìn bốn trăm đồng một mét khối."),
    ("Mẫu nước giếng khoan tại thôn Cổ Tiết có hàm lượng asen 0,05 mg/l, gấp 5 lần giới hạn cho phép",
     "Mẫu nước giếng khoan tại thôn Cổ Tiết có hàm lượng asen không phẩy không năm mi li gam trên lít, gấp năm lần "
     "giới hạn cho phép."),
    ("Các hộ dùng nước máy nên súc rửa bể chứa ít nhất 6 tháng/lần, đậy kín nắp để muỗi không đẻ trứng",
     "Các hộ dùng nước máy nên súc rửa bể chứa ít nhất sáu tháng một lần, đậy kín nắp để muỗi không đẻ trứng."),
    ("Công trình cấp nước tập trung thôn Khe Ngang công suất 250 m³/ngày đêm phục vụ 320 hộ",
     "Công trình cấp nước tập trung thôn Khe Ngang công suất hai trăm năm mươi mét khối mỗi ngày đêm phục vụ ba trăm "
     "hai mươi hộ."),

    # --- digital identity (VNeID), subscriptions and online services
    ("Công an phường Phong Châu hỗ trợ cài đặt VNeID mức 2 cho học sinh từ 14 tuổi tại 6 trường THCS",
     "Công an phường Phong Châu hỗ trợ cài đặt vê en e ai đi mức hai cho học sinh từ mười bốn tuổi tại sáu trường "
     "trung học cơ sở."),
    ("Người dân cập nhật ứng dụng VNeID lên phiên bản 2.2.8 để tích hợp thẻ BHYT, giấy phép lái xe",
     "Người dân cập nhật ứng dụng vê en e ai đi lên phiên bản hai chấm hai chấm tám để tích hợp thẻ bảo hiểm y tế, "
     "giấy phép lái xe."),
    ("Đến ngày 30/9/2025, 86,4% dân số trên 14 tuổi của xã đã kích hoạt tài khoản ĐDĐT",
     "Đến ngày ba mươi tháng chín năm hai nghìn không trăm hai mươi lăm, tám mươi sáu phẩy bốn phần trăm dân số trên "
     "mười bốn tuổi của xã đã kích hoạt tài khoản định danh điện tử."),
    ("Đề nghị cấp phiếu lý lịch tư pháp qua VNeID nhận kết quả trong 3 - 5 ngày, không phải đến Sở Tư pháp",
     "Đề nghị cấp phiếu lý lịch tư pháp qua vê en e ai đi nhận kết quả trong ba đến năm ngày, không phải đến Sở Tư "
     "pháp."),
    ("Tổ công nghệ số cộng đồng thôn Đồng Xuân hướng dẫn người cao tuổi mở tài khoản nhận lương hưu vào tối thứ 3, 5, "
     "7",
     "Tổ công nghệ số cộng đồng thôn Đồng Xuân hướng dẫn người cao tuổi mở tài khoản nhận lương hưu vào tối thứ ba, "
     "năm, bảy."),
    ("Thuê bao chưa chuẩn hóa thông tin theo thẻ căn cước bấm *098# hoặc đến cửa hàng nhà mạng trước 15/12",
     "Thuê bao chưa chuẩn hóa thông tin theo thẻ căn cước bấm sao không chín tám thăng hoặc đến cửa hàng nhà mạng "
     "trước ngày mười lăm tháng mười hai."),

    # --- banking and phone scams
    ("Đối tượng lập trang Facebook mạo danh “Cục Quản lý xuất nhập cảnh”, nhận làm hộ chiếu nhanh với giá 2,5 triệu "
     "đồng/cuốn",
     "Đối tượng lập trang Facebook mạo danh Cục Quản lý xuất nhập cảnh, nhận làm hộ chiếu nhanh với giá hai phẩy năm "
     "triệu đồng một cuốn."),
    ("Ông Hoàng Văn Tiến, 71 tuổi, ở xã Đoan Hùng bị lừa chuyển 680 triệu đồng qua 7 lần giao dịch",
     "Ông Hoàng Văn Tiến, bảy mươi mốt tuổi, ở xã Đoan Hùng bị lừa chuyển sáu trăm tám mươi triệu đồng qua bảy lần "
     "giao dịch."),
    ("Từ 01/01/2026, tài khoản chưa đối chiếu sinh trắc học với thẻ căn cước sẽ bị tạm dừng giao dịch trực tuyến",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, tài khoản chưa đối chiếu sinh trắc học với thẻ "
     "căn cước sẽ bị tạm dừng giao dịch trực tuyến."),
    ("Tra cứu số điện thoại, đường link nghi lừa đảo tại chongluadao.vn trước khi bấm vào",
     "Tra cứu số điện thoại, đường link nghi lừa đảo tại chống lừa đảo chấm vê nờ trước khi bấm vào."),
    ("Đối tượng giả danh cán bộ Thuế cơ sở 4 gọi qua Zalo, yêu cầu cài ứng dụng eTax Mobile giả để hoàn thuế TNCN",
     "Đối tượng giả danh cán bộ Thuế cơ sở bốn gọi qua Zalo, yêu cầu cài ứng dụng i tắc mô bai giả để hoàn thuế thu "
     "nhập cá nhân."),
    ("Không nghe máy, không gọi lại số +84 587 214 903 tự xưng nhân viên ngân hàng mời vay tiêu dùng",
     "Không nghe máy, không gọi lại số cộng tám bốn, năm tám bảy, hai một bốn, chín không ba tự xưng nhân viên ngân "
     "hàng mời vay tiêu dùng."),

    # --- culture, festivals and sport
    ("Lễ Giỗ Tổ Hùng Vương năm 2026 chính hội vào ngày 10/3 âm lịch, tức ngày 26/4/2026",
     "Lễ Giỗ Tổ Hùng Vương năm hai nghìn không trăm hai mươi sáu chính hội vào ngày mười tháng ba âm lịch, tức ngày "
     "hai mươi sáu tháng tư năm hai nghìn không trăm hai mươi sáu."),
    ("Giải bóng đá U15 các xã, phường tranh Cúp Truyền hình Phú Thọ lần thứ IX khởi tranh lúc 15h00 ngày 7/6",
     "Giải bóng đá U mười lăm các xã, phường tranh Cúp Truyền hình Phú Thọ lần thứ chín khởi tranh lúc mười lăm giờ "
     "ngày bảy tháng sáu."),
    ("Ngày hội Văn hóa các dân tộc vùng cao lần thứ 3 có 26 đội với hơn 500 nghệ nhân, diễn viên",
     "Ngày hội Văn hóa các dân tộc vùng cao lần thứ ba có hai mươi sáu đội với hơn năm trăm nghệ nhân, diễn viên."),
    ("Vé vào cửa khu di tích 30.000 đồng/người, người cao tuổi và HSSV được giảm 50%",
     "Vé vào cửa khu di tích ba mươi nghìn đồng mỗi người, người cao tuổi và học sinh, sinh viên được giảm năm mươi "
     "phần trăm."),

    # --- markets and retail prices
    ("Chợ trung tâm phường Việt Trì mở cửa từ 5h00 - 19h00, ki ốt tầng 1 cho thuê 3,5 triệu đồng/tháng",
     "Chợ trung tâm phường Việt Trì mở cửa từ năm giờ đến mười chín giờ, ki ốt tầng một cho thuê ba phẩy năm triệu "
     "đồng mỗi tháng."),
    ("Từ ngày 01/01/2026, xăng E10 được bán thay xăng khoáng tại toàn bộ cửa hàng Petrolimex trong tỉnh",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, xăng E mười được bán thay xăng khoáng tại toàn bộ "
     "cửa hàng Petrolimex trong tỉnh."),
    ("Đội QLTT số 8 thu giữ 1.200 sản phẩm mỹ phẩm giả mạo nhãn hiệu tại phường Âu Cơ",
     "Đội Quản lý thị trường số tám thu giữ một nghìn hai trăm sản phẩm mỹ phẩm giả mạo nhãn hiệu tại phường Âu Cơ."),
    ("Giá gà ta dịp Tết lên 150.000 - 170.000 đồng/kg, giò lụa 240.000 đồng/kg",
     "Giá gà ta dịp Tết lên một trăm năm mươi nghìn đến một trăm bảy mươi nghìn đồng một ki lô gam, giò lụa hai trăm "
     "bốn mươi nghìn đồng một ki lô gam."),
    ("Chương trình đưa hàng Việt về nông thôn tại xã Cẩm Khê từ 12 - 14/12, giảm giá 10 - 30% nhiều mặt hàng",
     "Chương trình đưa hàng Việt về nông thôn tại xã Cẩm Khê từ ngày mười hai đến mười bốn tháng mười hai, giảm giá "
     "mười đến ba mươi phần trăm nhiều mặt hàng."),

    # --- environment
    ("Xã Thanh Ba đặt 45 thùng rác 240 lít tại các điểm công cộng, thu gom 3 lần/tuần",
     "Xã Thanh Ba đặt bốn mươi lăm thùng rác hai trăm bốn mươi lít tại các điểm công cộng, thu gom ba lần mỗi tuần."),
    ("Bụi PM10 quanh mỏ đá Hương Xạ vượt quy chuẩn 2,3 lần, Sở NN&MT đã lập biên bản",
     "Bụi pê mờ mười quanh mỏ đá Hương Xạ vượt quy chuẩn hai phẩy ba lần, Sở Nông nghiệp và Môi trường đã lập biên "
     "bản."),
    ("Hưởng ứng Ngày Môi trường thế giới 5/6, Đoàn TN phường ra quân vớt rác trên sông Lô",
     "Hưởng ứng Ngày Môi trường thế giới năm tháng sáu, Đoàn thanh niên phường ra quân vớt rác trên sông Lô."),
    ("Từ năm 2026, phí thu gom rác tính theo khối lượng, mỗi túi đựng rác 20 lít giá 3.000 đồng",
     "Từ năm hai nghìn không trăm hai mươi sáu, phí thu gom rác tính theo khối lượng, mỗi túi đựng rác hai mươi lít "
     "giá ba nghìn đồng."),

    # --- Party and state documents, plan headings
    ("Thực hiện Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát",
     "Thực hiện Quy định số hai trăm chín mươi sáu ngày ba mươi tháng năm năm hai nghìn không trăm hai mươi lăm của "
     "Ban Chấp hành Trung ương về công tác kiểm tra, giám sát."),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15",
     "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số sáu mươi tư năm hai nghìn không trăm hai mươi lăm của Quốc "
     "hội khóa mười lăm."),
    ("Nghị định số 178/2024/NĐ-CP về chính sách, chế độ đối với cán bộ, công chức trong thực hiện sắp xếp tổ chức bộ "
     "máy",
     "Nghị định số một trăm bảy mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ về chính sách, chế độ "
     "đối với cán bộ, công chức trong thực hiện sắp xếp tổ chức bộ máy."),
    ("Quyết định số 415/QĐ-UBND ngày 02/12/2025 của Chủ tịch UBND xã về việc thành lập Tổ công tác rà soát nhà tạm",
     "Quyết định số bốn trăm mười lăm ngày hai tháng mười hai năm hai nghìn không trăm hai mươi lăm của Chủ tịch Ủy "
     "ban nhân dân xã về việc thành lập Tổ công tác rà soát nhà tạm."),
    ("Kế hoạch số 42-KH/ĐU ngày 10/10/2025 của Ban Thường vụ Đảng ủy xã về tổ chức đại hội chi bộ nhiệm kỳ 2025 - "
     "2027",
     "Kế hoạch số bốn mươi hai ngày mười tháng mười năm hai nghìn không trăm hai mươi lăm của Ban Thường vụ Đảng ủy "
     "xã về tổ chức đại hội chi bộ nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi bảy."),
    ("V. KHEN THƯỞNG VÀ XỬ LÝ VI PHẠM",
     "Phần năm, khen thưởng và xử lý vi phạm."),
    ("2. Giao Công an xã chủ trì, phối hợp với Ban CHQS xã xây dựng phương án bảo vệ Đại hội",
     "Hai là, Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy quân sự xã xây dựng phương án bảo vệ Đại hội."),

    # --- contacts, addresses and hotlines
    ("Văn phòng Đảng ủy xã đặt tại số 88 đường Âu Cơ, khu 5, xã Phù Ninh; điện thoại 0210 3829 471",
     "Văn phòng Đảng ủy xã đặt tại số tám mươi tám đường Âu Cơ, khu năm, xã Phù Ninh; điện thoại không hai một "
     "không, ba tám hai chín, bốn bảy một."),
    ("Góp ý dự thảo phương án đặt tên đường bằng thư điện tử gửi tiepdan@phutho.gov.vn chậm nhất 17h ngày 28/11",
     "Góp ý dự thảo phương án đặt tên đường bằng thư điện tử gửi tê i e pê đê a nờ a còng Phú Thọ chấm gờ o vê chấm "
     "vê nờ chậm nhất mười bảy giờ ngày hai mươi tám tháng mười một."),
    ("Điểm tiếp nhận hồ sơ số 2 đặt tại trụ sở xã Hiền Lương cũ, km 14 đường tỉnh 320",
     "Điểm tiếp nhận hồ sơ số hai đặt tại trụ sở xã Hiền Lương cũ, ki lô mét mười bốn đường tỉnh ba trăm hai mươi."),
    ("Liên hệ bộ phận Văn hóa - Xã hội của xã qua số 0389 451 736 (anh Đinh Công Quyết)",
     "Liên hệ bộ phận Văn hóa, Xã hội của xã qua số không ba tám chín, bốn năm một, bảy ba sáu, anh Đinh Công Quyết."),
    ("Phòng khám chuyển về số nhà 37/5 ngõ 210 đường Hòa Phong, tổ 12, phường Thanh Miếu",
     "Phòng khám chuyển về số nhà ba mươi bảy trên năm ngõ hai trăm mười đường Hòa Phong, tổ mười hai, phường Thanh "
     "Miếu."),
    ("Hotline Trung tâm PVHCC tỉnh: 1800 1558 (miễn cước)",
     "Đường dây nóng Trung tâm phục vụ hành chính công tỉnh: một tám không không, một năm năm tám, miễn cước."),

    # --- social assistance and poverty reduction
    ("Hộ nghèo xây mới nhà được hỗ trợ 60 triệu đồng/căn, được vay thêm tại NHCSXH tối đa 50 triệu đồng, lãi suất "
     "1,2%/năm",
     "Hộ nghèo xây mới nhà được hỗ trợ sáu mươi triệu đồng mỗi căn, được vay thêm tại Ngân hàng Chính sách xã hội "
     "tối đa năm mươi triệu đồng, lãi suất một phẩy hai phần trăm mỗi năm."),
    ("Xã trao 215 suất quà Tết, mỗi suất gồm 10 kg gạo, 1 thùng mì và 300.000 đồng tiền mặt",
     "Xã trao hai trăm mười lăm suất quà Tết, mỗi suất gồm mười ki lô gam gạo, một thùng mì và ba trăm nghìn đồng "
     "tiền mặt."),
    ("Hội CTĐ xã tặng 12 xe lăn cho người khuyết tật nặng, mỗi chiếc trị giá 2,7 triệu đồng",
     "Hội Chữ thập đỏ xã tặng mười hai xe lăn cho người khuyết tật nặng, mỗi chiếc trị giá hai phẩy bảy triệu đồng."),

    # --- drugs and public order
    ("Công an xã Lâm Thao phát hiện 4 đối tượng sử dụng trái phép ma túy tại quán karaoke lúc 1h30 sáng 17/11",
     "Công an xã Lâm Thao phát hiện bốn đối tượng sử dụng trái phép ma túy tại quán karaoke lúc một giờ ba mươi phút "
     "sáng ngày mười bảy tháng mười một."),
    ("Đối tượng Nguyễn Văn Hưng, SN 2001, trú tại khu 3, xã Hạ Hòa bị khởi tố về tội trộm cắp tài sản trị giá 46 "
     "triệu đồng",
     "Đối tượng Nguyễn Văn Hưng, sinh năm hai nghìn không trăm linh một, trú tại khu ba, xã Hạ Hòa bị khởi tố về tội "
     "trộm cắp tài sản trị giá bốn mươi sáu triệu đồng."),
    ("Mỗi thôn, tổ dân phố có 1 Tổ bảo vệ ANTT gồm 3 - 5 thành viên theo Luật số 30/2023/QH15",
     "Mỗi thôn, tổ dân phố có một Tổ bảo vệ an ninh trật tự gồm ba đến năm thành viên theo Luật số ba mươi năm hai "
     "nghìn không trăm hai mươi ba của Quốc hội khóa mười lăm."),
    ("Thấy đối tượng khả nghi lảng vảng quanh trường học, phụ huynh gọi ngay 113 hoặc báo Công an phường",
     "Thấy đối tượng khả nghi lảng vảng quanh trường học, phụ huynh gọi ngay một một ba hoặc báo Công an phường."),
]

# Tenth holdout misses when scored once (156 of 167, 93.4 %): six errors, since fixed by general rules (162 of 167 now),
# and five conventions the writer chose differently from the house, kept: four of them capitals only (this writer
# capitalises 'Trung tâm Dịch vụ việc làm' but not 'Trung tâm phục vụ hành chính công'; the house keeps the lexicon's
# casing), read alike. The holdout's own figure stays the 156 of 167 first measured.
HOLDOUT_10_MISSES: dict[str, str] = {
    "Phiên giao dịch việc làm định kỳ ngày 5, 15 và 25 hằng tháng tại Trung tâm DVVL tỉnh Phú Thọ, số 1 đường Nguyễn "
    "Tất Thành":
        "convention (capitals only): the writer writes 'Trung tâm Dịch vụ việc làm'; the lexicon's casing is kept",
    "Người đang hưởng TCTN mà tìm được việc làm phải thông báo cho Trung tâm DVVL trong 5 ngày làm việc":
        "convention (capitals only): the writer writes 'Trung tâm Dịch vụ việc làm'; the lexicon's casing is kept",
    "Chi nhánh VPĐKĐĐ khu vực Thanh Thủy trả kết quả cấp đổi sổ đỏ trong 7 ngày làm việc, lệ phí 50.000 đồng/giấy":
        "convention (capitals only): the writer writes 'Văn phòng đăng ký đất đai'; the lexicon capitalises the body",
    "Trung tâm GDNN - GDTX khu vực Phù Ninh tuyển 180 học viên hệ GDTX cấp THPT, học 3 buổi/tuần":
        "convention (capitals only): the writer capitalises both parts of a joint centre's name; the lexicon's casing "
        "is kept",
    "Tại chợ trâu bò Bắc Hà, trâu hơi loại 1 có giá 75 - 80 nghìn đồng/kg, bê giống 14 - 16 triệu đồng/con":
        "convention: the writer reads an animal's price 'một con'; the house reads every amount per animal 'mỗi con'",
}


HOLDOUT_11_CASES = [
    # --- commune and ward notices after the two-level local government
    ("Phường Buôn Ma Thuột mới gồm 29 tổ dân phố và 14 buôn, được hình thành từ 5 phường, 2 xã cũ kể từ 01/7/2025",
     "Phường Buôn Ma Thuột mới gồm hai mươi chín tổ dân phố và mười bốn buôn, được hình thành từ năm phường, hai xã "
     "cũ kể từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm."),
    ("UBND xã Ea Kar tiếp công dân vào sáng thứ 2 và chiều thứ 5 hằng tuần tại phòng số 3, tầng 1 nhà A",
     "Ủy ban nhân dân xã Ea Kar tiếp công dân vào sáng thứ hai và chiều thứ năm hằng tuần tại phòng số ba, tầng một "
     "nhà A."),
    ("Đề nghị các hộ thuộc tổ dân phố 6 và tổ dân phố 7 dự họp lúc 19h45 thứ Tư 14/1 để góp ý quy ước mới",
     "Đề nghị các hộ thuộc tổ dân phố sáu và tổ dân phố bảy dự họp lúc mười chín giờ bốn mươi lăm phút thứ Tư ngày "
     "mười bốn tháng một để góp ý quy ước mới."),
    ("Theo Nghị quyết số 202/2025/QH15, từ ngày 12/6/2025 cả nước còn 34 tỉnh, thành phố",
     "Theo Nghị quyết số hai trăm linh hai năm hai nghìn không trăm hai mươi lăm của Quốc hội khóa mười lăm, từ ngày "
     "mười hai tháng sáu năm hai nghìn không trăm hai mươi lăm cả nước còn ba mươi tư tỉnh, thành phố."),
    ("Bộ phận một cửa phường Ninh Kiều giải quyết 1.846 hồ sơ trong tháng 12/2025, 98,7% đúng và trước hạn",
     "Bộ phận một cửa phường Ninh Kiều giải quyết một nghìn tám trăm bốn mươi sáu hồ sơ trong tháng mười hai năm hai "
     "nghìn không trăm hai mươi lăm, chín mươi tám phẩy bảy phần trăm đúng và trước hạn."),
    ("Trong tháng cao điểm cấp đổi giấy tờ, cán bộ xã Cam Lâm làm việc cả sáng thứ 7 từ 7h30 - 11h30",
     "Trong tháng cao điểm cấp đổi giấy tờ, cán bộ xã Cam Lâm làm việc cả sáng thứ bảy từ bảy giờ ba mươi phút đến "
     "mười một giờ ba mươi phút."),

    # --- pensions under the Law on Social Insurance 2024
    ("Ông Y Khun Niê ở buôn Ea Nao, 61 tuổi 9 tháng, có 22 năm đóng BHXH, được hưởng lương hưu với tỷ lệ 49%",
     "Ông Y Khun Niê ở buôn Ea Nao, sáu mươi mốt tuổi chín tháng, có hai mươi hai năm đóng bảo hiểm xã hội, được "
     "hưởng lương hưu với tỷ lệ bốn mươi chín phần trăm."),
    ("Người đã đủ tuổi nghỉ hưu nhưng chỉ có 12 năm đóng BHXH có thể chọn nhận trợ cấp hằng tháng thay vì rút một lần",
     "Người đã đủ tuổi nghỉ hưu nhưng chỉ có mười hai năm đóng bảo hiểm xã hội có thể chọn nhận trợ cấp hằng tháng "
     "thay vì rút một lần."),
    ("Lương hưu tháng 01/2026 được chi trả tại 37 điểm của Bưu điện tỉnh Gia Lai từ ngày 02/01 đến 20/01",
     "Lương hưu tháng một năm hai nghìn không trăm hai mươi sáu được chi trả tại ba mươi bảy điểm của Bưu điện tỉnh "
     "Gia Lai từ ngày hai tháng một đến ngày hai mươi tháng một."),
    ("Khoản 2 Điều 66 của Luật số 41/2024/QH15 quy định mức lương hưu hằng tháng tối đa bằng 75%",
     "Khoản hai Điều sáu mươi sáu của Luật số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa "
     "mười lăm quy định mức lương hưu hằng tháng tối đa bằng bảy mươi lăm phần trăm."),
    ("Năm 2026, 1.238 người hưởng lương hưu ở xã Krông Năng nhận tiền qua tài khoản, chiếm 91,05%",
     "Năm hai nghìn không trăm hai mươi sáu, một nghìn hai trăm ba mươi tám người hưởng lương hưu ở xã Krông Năng "
     "nhận tiền qua tài khoản, chiếm chín mươi mốt phẩy không năm phần trăm."),

    # --- compulsory contributions and employers' arrears
    ("Công ty TNHH Thủy sản Hòa Trung nợ BHXH 4 tháng với số tiền 2.146.380.000 đồng",
     "Công ty trách nhiệm hữu hạn Thủy sản Hòa Trung nợ bảo hiểm xã hội bốn tháng với số tiền hai tỷ một trăm bốn "
     "mươi sáu triệu ba trăm tám mươi nghìn đồng."),
    ("NLĐ đóng 8% tiền lương vào quỹ hưu trí, tử tuất; 1,5% cho BHYT và 1% cho BHTN",
     "Người lao động đóng tám phần trăm tiền lương vào quỹ hưu trí, tử tuất; một phẩy năm phần trăm cho bảo hiểm y "
     "tế và một phần trăm cho bảo hiểm thất nghiệp."),
    ("Đơn vị chậm đóng từ 30 ngày trở lên phải nộp thêm khoản tiền bằng 0,03%/ngày tính trên số tiền chậm đóng",
     "Đơn vị chậm đóng từ ba mươi ngày trở lên phải nộp thêm khoản tiền bằng không phẩy không ba phần trăm mỗi ngày "
     "tính trên số tiền chậm đóng."),
    ("Quý III/2025, BHXH cơ sở Phan Thiết thu hồi được 3,72 tỷ đồng nợ đóng của 26 đơn vị",
     "Quý ba năm hai nghìn không trăm hai mươi lăm, Bảo hiểm xã hội cơ sở Phan Thiết thu hồi được ba phẩy bảy mươi "
     "hai tỷ đồng nợ đóng của hai mươi sáu đơn vị."),

    # --- voluntary social insurance
    ("Bà Lê Thị Nở ở buôn Ko Êmông chọn đóng BHXH tự nguyện theo phương thức 6 tháng/lần, mỗi lần 1.584.000 đồng",
     "Bà Lê Thị Nở ở buôn Ko Êmông chọn đóng bảo hiểm xã hội tự nguyện theo phương thức sáu tháng một lần, mỗi lần "
     "một triệu năm trăm tám mươi tư nghìn đồng."),
    ("Người DTTS ở xã đặc biệt khó khăn được NSNN hỗ trợ 30% và ngân sách tỉnh hỗ trợ thêm 10% mức đóng BHXH tự "
     "nguyện",
     "Người dân tộc thiểu số ở xã đặc biệt khó khăn được ngân sách nhà nước hỗ trợ ba mươi phần trăm và ngân sách "
     "tỉnh hỗ trợ thêm mười phần trăm mức đóng bảo hiểm xã hội tự nguyện."),
    ("Muốn đăng ký BHXH tự nguyện, bà con ấp Tân Điền gọi cộng tác viên Trần Ngọc Hân theo số 0919 462 078",
     "Muốn đăng ký bảo hiểm xã hội tự nguyện, bà con ấp Tân Điền gọi cộng tác viên Trần Ngọc Hân theo số không chín "
     "một chín, bốn sáu hai, không bảy tám."),
    ("Thu nhập tháng làm căn cứ đóng được chọn từ 1,5 triệu đến 46,8 triệu đồng, tỷ lệ đóng là 22%",
     "Thu nhập tháng làm căn cứ đóng được chọn từ một phẩy năm triệu đến bốn mươi sáu phẩy tám triệu đồng, tỷ lệ "
     "đóng là hai mươi hai phần trăm."),

    # --- health-insurance cards
    ("Thẻ BHYT của người thuộc hộ cận nghèo có giá trị từ 01/3/2026 đến 28/2/2027",
     "Thẻ bảo hiểm y tế của người thuộc hộ cận nghèo có giá trị từ ngày một tháng ba năm hai nghìn không trăm hai "
     "mươi sáu đến ngày hai mươi tám tháng hai năm hai nghìn không trăm hai mươi bảy."),
    ("Bệnh nhân có thẻ BHYT mức hưởng 80% điều trị nội trú 7 ngày tại Bệnh viện Đa khoa vùng Tây Nguyên chỉ phải cùng "
     "chi trả 1.260.000 đồng",
     "Bệnh nhân có thẻ bảo hiểm y tế mức hưởng tám mươi phần trăm điều trị nội trú bảy ngày tại Bệnh viện Đa khoa "
     "vùng Tây Nguyên chỉ phải cùng chi trả một triệu hai trăm sáu mươi nghìn đồng."),
    ("Từ năm 2026, người dân xuất trình thẻ BHYT trên ứng dụng VssID hoặc VNeID, không cần mang thẻ giấy",
     "Từ năm hai nghìn không trăm hai mươi sáu, người dân xuất trình thẻ bảo hiểm y tế trên ứng dụng vê ét ét i đê "
     "hoặc vê en e ai đi, không cần mang thẻ giấy."),
    ("Người có 5 năm liên tục tham gia BHYT và số tiền cùng chi trả vượt 14.040.000 đồng trong năm được hoàn lại phần "
     "vượt",
     "Người có năm năm liên tục tham gia bảo hiểm y tế và số tiền cùng chi trả vượt mười bốn triệu không trăm bốn "
     "mươi nghìn đồng trong năm được hoàn lại phần vượt."),
    ("Tỷ lệ người dân tham gia BHYT của tỉnh Vĩnh Long đến hết quý IV/2025 đạt 93,46%",
     "Tỷ lệ người dân tham gia bảo hiểm y tế của tỉnh Vĩnh Long đến hết quý bốn năm hai nghìn không trăm hai mươi "
     "lăm đạt chín mươi ba phẩy bốn mươi sáu phần trăm."),

    # --- maternity and sickness benefits
    ("Chồng của lao động nữ sinh ba được nghỉ 13 ngày làm việc, hưởng 100% tiền lương đóng BHXH",
     "Chồng của lao động nữ sinh ba được nghỉ mười ba ngày làm việc, hưởng một trăm phần trăm tiền lương đóng bảo "
     "hiểm xã hội."),
    ("Lao động nữ mang thai hộ được nghỉ tối đa 2 tháng sau khi sinh; người mẹ nhờ mang thai hộ nghỉ đến khi con đủ 6 "
     "tháng tuổi",
     "Lao động nữ mang thai hộ được nghỉ tối đa hai tháng sau khi sinh; người mẹ nhờ mang thai hộ nghỉ đến khi con "
     "đủ sáu tháng tuổi."),
    ("Nghỉ ốm nửa ngày thì mức hưởng được tính bằng 1/2 mức hưởng chế độ ốm đau của một ngày",
     "Nghỉ ốm nửa ngày thì mức hưởng được tính bằng một phần hai mức hưởng chế độ ốm đau của một ngày."),
    ("Sảy thai khi thai từ 13 tuần đến dưới 22 tuần tuổi, lao động nữ được nghỉ 40 ngày",
     "Sảy thai khi thai từ mười ba tuần đến dưới hai mươi hai tuần tuổi, lao động nữ được nghỉ bốn mươi ngày."),

    # --- unemployment insurance
    ("Anh Danh Sơn ở xã Tri Tôn có 75 tháng đóng BHTN nên được hưởng TCTN 6 tháng",
     "Anh Danh Sơn ở xã Tri Tôn có bảy mươi lăm tháng đóng bảo hiểm thất nghiệp nên được hưởng trợ cấp thất nghiệp "
     "sáu tháng."),
    ("Chi nhánh TTDVVL tại phường Sóc Trăng trả kết quả hưởng TCTN trong 15 ngày làm việc",
     "Chi nhánh Trung tâm Dịch vụ việc làm tại phường Sóc Trăng trả kết quả hưởng trợ cấp thất nghiệp trong mười lăm "
     "ngày làm việc."),
    ("Tháng 11/2025, 2.704 người nộp hồ sơ hưởng TCTN tại Cần Thơ, giảm 6,8% so với tháng 10",
     "Tháng mười một năm hai nghìn không trăm hai mươi lăm, hai nghìn bảy trăm linh bốn người nộp hồ sơ hưởng trợ "
     "cấp thất nghiệp tại Cần Thơ, giảm sáu phẩy tám phần trăm so với tháng mười."),
    ("Người hưởng TCTN không thông báo tìm việc trong 03 tháng liên tục sẽ bị chấm dứt hưởng",
     "Người hưởng trợ cấp thất nghiệp không thông báo tìm việc trong ba tháng liên tục sẽ bị chấm dứt hưởng."),

    # --- job fairs and work abroad
    ("Phiên giao dịch việc làm tháng 3/2026 tại xã Lục Nam có 26 doanh nghiệp tuyển 1.150 lao động, lương 7 - 14 "
     "triệu đồng/tháng",
     "Phiên giao dịch việc làm tháng ba năm hai nghìn không trăm hai mươi sáu tại xã Lục Nam có hai mươi sáu doanh "
     "nghiệp tuyển một nghìn một trăm năm mươi lao động, lương bảy đến mười bốn triệu đồng mỗi tháng."),
    ("Lao động đi Hàn Quốc theo Chương trình EPS ký quỹ 100 triệu đồng tại NHCSXH, được hoàn trả khi về nước đúng hạn",
     "Lao động đi Hàn Quốc theo Chương trình e pê ét ký quỹ một trăm triệu đồng tại Ngân hàng Chính sách xã hội, "
     "được hoàn trả khi về nước đúng hạn."),
    ("Đơn hàng điều dưỡng sang Đức yêu cầu tiếng Đức trình độ B1, lương 2.800 - 3.200 EUR/tháng",
     "Đơn hàng điều dưỡng sang Đức yêu cầu tiếng Đức trình độ B một, lương hai nghìn tám trăm đến ba nghìn hai trăm "
     "ơ rô mỗi tháng."),
    ("Trung tâm DVVL tỉnh Bắc Ninh tư vấn miễn phí cho 320 lao động về nước vào 8h30 ngày 26/2",
     "Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh tư vấn miễn phí cho ba trăm hai mươi lao động về nước vào tám giờ ba "
     "mươi phút ngày hai mươi sáu tháng hai."),
    ("Người DTTS đi làm việc ở nước ngoài được hỗ trợ học ngoại ngữ tối đa 3 triệu đồng, tiền ăn 50.000 đồng/ngày",
     "Người dân tộc thiểu số đi làm việc ở nước ngoài được hỗ trợ học ngoại ngữ tối đa ba triệu đồng, tiền ăn năm "
     "mươi nghìn đồng mỗi ngày."),

    # --- tax
    ("Thuế cơ sở 9 tỉnh An Giang hướng dẫn 410 hộ kinh doanh chuyển sang kê khai tại hội trường xã Tịnh Biên lúc 8h "
     "ngày 9/1",
     "Thuế cơ sở chín tỉnh An Giang hướng dẫn bốn trăm mười hộ kinh doanh chuyển sang kê khai tại hội trường xã Tịnh "
     "Biên lúc tám giờ ngày chín tháng một."),
    ("Lệ phí môn bài được bãi bỏ từ 01/01/2026, hộ kinh doanh không còn nộp 300.000 - 1.000.000 đồng/năm",
     "Lệ phí môn bài được bãi bỏ từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, hộ kinh doanh không "
     "còn nộp ba trăm nghìn đến một triệu đồng mỗi năm."),
    ("Cá nhân nhận cổ tức nộp thuế TNCN 5%, trúng xổ số trên 10 triệu đồng nộp 10% phần vượt",
     "Cá nhân nhận cổ tức nộp thuế thu nhập cá nhân năm phần trăm, trúng xổ số trên mười triệu đồng nộp mười phần "
     "trăm phần vượt."),
    ("Hạn nộp hồ sơ quyết toán thuế TNCN năm 2025 lùi sang 04/5/2026 do trùng kỳ nghỉ lễ 30/4 - 1/5",
     "Hạn nộp hồ sơ quyết toán thuế thu nhập cá nhân năm hai nghìn không trăm hai mươi lăm lùi sang ngày bốn tháng "
     "năm năm hai nghìn không trăm hai mươi sáu do trùng kỳ nghỉ lễ ba mươi tháng tư đến một tháng năm."),

    # --- land registry and compensation
    ("Hộ ông Lê Văn Chín đề nghị tách thửa 356,4 m² thành 2 thửa, thửa nhỏ nhất rộng 80 m², mặt tiền 5 m",
     "Hộ ông Lê Văn Chín đề nghị tách thửa ba trăm năm mươi sáu phẩy bốn mét vuông thành hai thửa, thửa nhỏ nhất "
     "rộng tám mươi mét vuông, mặt tiền năm mét."),
    ("Dự án đường vành đai 3 thu hồi 18,6 ha tại xã Phong Điền, đơn giá bồi thường đất trồng lúa 95.000 đồng/m²",
     "Dự án đường vành đai ba thu hồi mười tám phẩy sáu héc ta tại xã Phong Điền, đơn giá bồi thường đất trồng lúa "
     "chín mươi lăm nghìn đồng một mét vuông."),
    ("Lô góc mặt tiền đường 30/4 ở phường Phan Thiết được định giá 32,5 triệu đồng/m², cao nhất toàn phường",
     "Lô góc mặt tiền đường ba mươi tháng tư ở phường Phan Thiết được định giá ba mươi hai phẩy năm triệu đồng một "
     "mét vuông, cao nhất toàn phường."),
    ("Hộ được giao lô số 27 khu TĐC Bình Minh, diện tích 100 m², nộp tiền sử dụng đất 1,85 tỷ đồng",
     "Hộ được giao lô số hai mươi bảy khu tái định cư Bình Minh, diện tích một trăm mét vuông, nộp tiền sử dụng đất "
     "một phẩy tám mươi lăm tỷ đồng."),

    # --- farm prices
    ("Giá sầu riêng Ri6 loại đẹp tại vườn ở Cái Mơn từ 68.000 - 75.000 đồng/kg, giảm 5.000 đồng so với tuần trước",
     "Giá sầu riêng Ri sáu loại đẹp tại vườn ở Cái Mơn từ sáu mươi tám nghìn đến bảy mươi lăm nghìn đồng một ki lô "
     "gam, giảm năm nghìn đồng so với tuần trước."),
    ("Tôm sú cỡ 30 con/kg có giá 245.000 đồng/kg, tôm thẻ cỡ 100 con/kg giá 105.000 đồng/kg",
     "Tôm sú cỡ ba mươi con một ki lô gam có giá hai trăm bốn mươi lăm nghìn đồng một ki lô gam, tôm thẻ cỡ một trăm "
     "con một ki lô gam giá một trăm linh năm nghìn đồng một ki lô gam."),
    ("Lúa OM18 tươi tại ruộng ở xã Cờ Đỏ được thương lái mua 7.400 đồng/kg, nếp 7.100 đồng/kg",
     "Lúa o mờ mười tám tươi tại ruộng ở xã Cờ Đỏ được thương lái mua bảy nghìn bốn trăm đồng một ki lô gam, nếp bảy "
     "nghìn một trăm đồng một ki lô gam."),
    ("Xoài cát Hòa Lộc loại 1 bán tại vườn 40.000đ/kg, loại 2 chỉ 25.000đ/kg",
     "Xoài cát Hòa Lộc loại một bán tại vườn bốn mươi nghìn đồng một ki lô gam, loại hai chỉ hai mươi lăm nghìn đồng "
     "một ki lô gam."),
    ("Thanh long ruột đỏ xuất khẩu đạt 1,2 USD/kg, gấp đôi giá bán tại vườn",
     "Thanh long ruột đỏ xuất khẩu đạt một phẩy hai đô la Mỹ một ki lô gam, gấp đôi giá bán tại vườn."),

    # --- markets and retail prices
    ("Ban quản lý chợ Phố Hiến cho thuê 64 ki ốt mới với giá 1,8 - 2,4 triệu đồng/tháng",
     "Ban quản lý chợ Phố Hiến cho thuê sáu mươi tư ki ốt mới với giá một phẩy tám đến hai phẩy bốn triệu đồng mỗi "
     "tháng."),
    ("Từ 15h ngày 8/1, xăng E5 RON 92 có giá tối đa 19.460 đồng/lít, dầu diesel 17.820 đồng/lít",
     "Từ mười lăm giờ ngày tám tháng một, xăng E năm rôn chín mươi hai có giá tối đa mười chín nghìn bốn trăm sáu "
     "mươi đồng một lít, dầu diesel mười bảy nghìn tám trăm hai mươi đồng một lít."),
    ("QLTT tỉnh Cà Mau tạm giữ 2.400 chai nước mắm không nhãn mác trị giá 86 triệu đồng",
     "Quản lý thị trường tỉnh Cà Mau tạm giữ hai nghìn bốn trăm chai nước mắm không nhãn mác trị giá tám mươi sáu "
     "triệu đồng."),
    ("Chợ nổi Cái Răng họp từ 4h30 đến 9h sáng, phí neo đậu ghe 10.000 đồng/lượt",
     "Chợ nổi Cái Răng họp từ bốn giờ ba mươi phút đến chín giờ sáng, phí neo đậu ghe mười nghìn đồng mỗi lượt."),

    # --- crops and plant protection
    ("Sâu keo mùa thu gây hại 215 ha ngô vụ Đông Xuân tại xã Ea Súp, tỷ lệ hại phổ biến 10 - 15%",
     "Sâu keo mùa thu gây hại hai trăm mười lăm héc ta ngô vụ Đông Xuân tại xã Ea Súp, tỷ lệ hại phổ biến mười đến "
     "mười lăm phần trăm."),
    ("Chia 4 lần/năm, mỗi lần bón 0,4 - 0,5 kg NPK 16-8-16 cho một cây cà phê kinh doanh",
     "Chia bốn lần mỗi năm, mỗi lần bón không phẩy bốn đến không phẩy năm ki lô gam en pê ca mười sáu, tám, mười sáu "
     "cho một cây cà phê kinh doanh."),
    ("Pha 15 ml thuốc trừ nấm cho bình 25 lít, phun 400 - 500 lít nước thuốc/ha",
     "Pha mười lăm mi li lít thuốc trừ nấm cho bình hai mươi lăm lít, phun bốn trăm đến năm trăm lít nước thuốc trên "
     "héc ta."),
    ("Mô hình bưởi da xanh đạt chuẩn VietGAP cho lãi 350 triệu đồng/ha/năm",
     "Mô hình bưởi da xanh đạt chuẩn việt gáp cho lãi ba trăm năm mươi triệu đồng một héc ta mỗi năm."),

    # --- livestock and aquaculture
    ("Xã Đầm Dơi tiêu hủy 3.600 con vịt nhiễm cúm A/H5N6 tại ấp Tân Hưng, khử trùng bán kính 3 km quanh ổ dịch",
     "Xã Đầm Dơi tiêu hủy ba nghìn sáu trăm con vịt nhiễm cúm a hát năm nờ sáu tại ấp Tân Hưng, khử trùng bán kính "
     "ba ki lô mét quanh ổ dịch."),
    ("Nuôi tôm thẻ siêu thâm canh mật độ 250 - 300 con/m², duy trì pH 7,5 - 8,5",
     "Nuôi tôm thẻ siêu thâm canh mật độ hai trăm năm mươi đến ba trăm con trên mét vuông, duy trì pê hát bảy phẩy "
     "năm đến tám phẩy năm."),
    ("Hỗ trợ 60% giá vắc xin viêm da nổi cục, mỗi liều 18.500 đồng, chủ hộ tự chi trả phần còn lại",
     "Hỗ trợ sáu mươi phần trăm giá vắc xin viêm da nổi cục, mỗi liều mười tám nghìn năm trăm đồng, chủ hộ tự chi "
     "trả phần còn lại."),
    ("Ngư dân thả 40 lồng cá bớp tại vịnh Vân Phong, mỗi lồng 9 m x 9 m",
     "Ngư dân thả bốn mươi lồng cá bớp tại vịnh Vân Phong, mỗi lồng chín mét nhân chín mét."),
    ("Trâu bò chết do rét được hỗ trợ 4 triệu đồng/con dưới 6 tháng tuổi, 8 triệu đồng/con từ 6 tháng tuổi trở lên",
     "Trâu bò chết do rét được hỗ trợ bốn triệu đồng mỗi con dưới sáu tháng tuổi, tám triệu đồng mỗi con từ sáu "
     "tháng tuổi trở lên."),

    # --- weather and storms
    ("Bão số 14 đang hướng vào Nam Trung Bộ, lúc 13h cách bờ biển Khánh Hòa 280 km, gió giật cấp 14",
     "Bão số mười bốn đang hướng vào Nam Trung Bộ, lúc mười ba giờ cách bờ biển Khánh Hòa hai trăm tám mươi ki lô "
     "mét, gió giật cấp mười bốn."),
    ("Từ chiều 18/11 đến hết 20/11, các xã phía Tây có mưa 250 - 450 mm, cục bộ trên 600 mm",
     "Từ chiều ngày mười tám tháng mười một đến hết ngày hai mươi tháng mười một, các xã phía Tây có mưa hai trăm "
     "năm mươi đến bốn trăm năm mươi mi li mét, cục bộ trên sáu trăm mi li mét."),
    ("Nhiệt độ cao nhất ngày mai ở Tây Nguyên 30 - 32 độ, chỉ số UV mức 10",
     "Nhiệt độ cao nhất ngày mai ở Tây Nguyên ba mươi đến ba mươi hai độ, chỉ số u vê mức mười."),
    ("Đêm 23/12, nhiệt độ tại đỉnh Mẫu Sơn xuống -1°C, xuất hiện băng giá",
     "Đêm ngày hai mươi ba tháng mười hai, nhiệt độ tại đỉnh Mẫu Sơn xuống âm một độ xê, xuất hiện băng giá."),
    ("Tin cảnh báo dông phát lúc 15h30: trong 1 - 3 giờ tới có thể xảy ra lốc, sét, gió giật cấp 6 - 7",
     "Tin cảnh báo dông phát lúc mười lăm giờ ba mươi phút: trong một đến ba giờ tới có thể xảy ra lốc, sét, gió "
     "giật cấp sáu đến bảy."),

    # --- floods, reservoirs and civil defence
    ("Triều cường kết hợp lũ thượng nguồn đẩy mực nước sông Hậu tại Châu Đốc lên 4,32 m, vượt báo động III",
     "Triều cường kết hợp lũ thượng nguồn đẩy mực nước sông Hậu tại Châu Đốc lên bốn phẩy ba mươi hai mét, vượt báo "
     "động ba."),
    ("Hồ thủy lợi Ea Súp Thượng xả tràn từ 16h ngày 19/11 với lưu lượng 150 - 400 m³/s",
     "Hồ thủy lợi Ea Súp Thượng xả tràn từ mười sáu giờ ngày mười chín tháng mười một với lưu lượng một trăm năm "
     "mươi đến bốn trăm mét khối trên giây."),
    ("BCH PCTT&TKCN xã bố trí 5 điểm sơ tán tập trung, mỗi điểm dự trữ 500 kg gạo và 300 thùng mì",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã bố trí năm điểm sơ tán tập trung, mỗi điểm dự trữ "
     "năm trăm ki lô gam gạo và ba trăm thùng mì."),
    ("Cầu treo bản Sáng bị lũ cuốn trôi, người dân đi đường vòng qua ĐT 279 dài thêm 7 km",
     "Cầu treo bản Sáng bị lũ cuốn trôi, người dân đi đường vòng qua đường tỉnh hai trăm bảy mươi chín dài thêm bảy "
     "ki lô mét."),
    ("Theo Công điện số 21/CĐ-UBND, tàu thuyền dưới 15 m phải vào bờ trước 11h ngày 17/11",
     "Theo Công điện số hai mươi mốt của Ủy ban nhân dân, tàu thuyền dưới mười lăm mét phải vào bờ trước mười một "
     "giờ ngày mười bảy tháng mười một."),

    # --- traffic
    ("Xe tải BKS 51D-286.17 chạy sai làn trên cao tốc bị phạt 6 triệu đồng",
     "Xe tải biển kiểm soát năm mươi mốt đê, hai tám sáu, một bảy chạy sai làn trên cao tốc bị phạt sáu triệu đồng."),
    ("Tra cứu phạt nguội tại csgt.vn hoặc ứng dụng VNeID trước khi đưa xe đi đăng kiểm",
     "Tra cứu phạt nguội tại xê ét gờ tê chấm vê nờ hoặc ứng dụng vê en e ai đi trước khi đưa xe đi đăng kiểm."),
    ("Người điều khiển xe máy dùng điện thoại khi đang chạy bị phạt 800.000 - 1.000.000 đồng, trừ 4 điểm GPLX",
     "Người điều khiển xe máy dùng điện thoại khi đang chạy bị phạt tám trăm nghìn đến một triệu đồng, trừ bốn điểm "
     "giấy phép lái xe."),
    ("Trên tuyến cao tốc Cam Lâm - Vĩnh Hảo, tốc độ tối đa 90 km/h, tối thiểu 60 km/h",
     "Trên tuyến cao tốc Cam Lâm, Vĩnh Hảo, tốc độ tối đa chín mươi ki lô mét trên giờ, tối thiểu sáu mươi ki lô mét "
     "trên giờ."),
    ("Từ đầu năm đến 15/12, tai nạn giao thông trên QL26 làm 23 người tử vong, tăng 3 người",
     "Từ đầu năm đến ngày mười lăm tháng mười hai, tai nạn giao thông trên quốc lộ hai mươi sáu làm hai mươi ba "
     "người tử vong, tăng ba người."),
    ("Thi công sửa chữa mặt đường tại Km 1642+500 QL1, phương tiện đi chậm và giữ khoảng cách",
     "Thi công sửa chữa mặt đường tại ki lô mét một nghìn sáu trăm bốn mươi hai cộng năm trăm quốc lộ một, phương "
     "tiện đi chậm và giữ khoảng cách."),

    # --- school enrolment and exams
    ("Trường TH Hoa Lư tuyển sinh lớp 1 theo tuyến, mỗi lớp tối đa 35 HS, nhận hồ sơ từ 1 - 15/7",
     "Trường tiểu học Hoa Lư tuyển sinh lớp một theo tuyến, mỗi lớp tối đa ba mươi lăm học sinh, nhận hồ sơ từ ngày "
     "một đến mười lăm tháng bảy."),
    ("Kỳ thi tốt nghiệp THPT năm 2026 gồm 4 môn: Toán, Ngữ văn và 2 môn tự chọn",
     "Kỳ thi tốt nghiệp trung học phổ thông năm hai nghìn không trăm hai mươi sáu gồm bốn môn: Toán, Ngữ văn và hai "
     "môn tự chọn."),
    ("HSSV có hoàn cảnh khó khăn được vay tối đa 4 triệu đồng/tháng để trang trải chi phí học tập",
     "Học sinh, sinh viên có hoàn cảnh khó khăn được vay tối đa bốn triệu đồng mỗi tháng để trang trải chi phí học "
     "tập."),
    ("Học kỳ I năm học 2025 - 2026 kết thúc trước 17/1/2026, học kỳ II kết thúc trước 25/5",
     "Học kỳ một năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu kết thúc trước ngày "
     "mười bảy tháng một năm hai nghìn không trăm hai mươi sáu, học kỳ hai kết thúc trước ngày hai mươi lăm tháng "
     "năm."),
    ("Thí sinh đăng ký xét tuyển ĐH trên hệ thống của Bộ GD&ĐT từ 16/7 đến 17h00 ngày 28/7",
     "Thí sinh đăng ký xét tuyển đại học trên hệ thống của Bộ Giáo dục và Đào tạo từ ngày mười sáu tháng bảy đến "
     "mười bảy giờ ngày hai mươi tám tháng bảy."),

    # --- vaccination
    ("TCMR tháng 4 tại TYT xã Tiên Lữ vào 2 ngày 24 và 25/4, mỗi buổi tiếp nhận tối đa 50 trẻ",
     "Tiêm chủng mở rộng tháng tư tại Trạm Y tế xã Tiên Lữ vào hai ngày hai mươi tư và hai mươi lăm tháng tư, mỗi "
     "buổi tiếp nhận tối đa năm mươi trẻ."),
    ("Trẻ đủ 2, 3, 4 tháng tuổi uống vắc xin bại liệt bOPV và tiêm vắc xin 5 trong 1",
     "Trẻ đủ hai, ba, bốn tháng tuổi uống vắc xin bại liệt bê o pê vê và tiêm vắc xin năm trong một."),
    ("Vắc xin sốt xuất huyết Qdenga có giá 1.390.000 đồng/liều, tiêm 2 liều cách nhau 3 tháng",
     "Vắc xin sốt xuất huyết Qdenga có giá một triệu ba trăm chín mươi nghìn đồng một liều, tiêm hai liều cách nhau "
     "ba tháng."),
    ("Học sinh nữ lớp 5 được tiêm miễn phí vắc xin HPV trong tháng 10/2026",
     "Học sinh nữ lớp năm được tiêm miễn phí vắc xin hát pê vê trong tháng mười năm hai nghìn không trăm hai mươi "
     "sáu."),
    ("Người bị chó cắn cần tiêm đủ 4 mũi vắc xin dại vào các ngày 0, 3, 7 và 28",
     "Người bị chó cắn cần tiêm đủ bốn mũi vắc xin dại vào các ngày không, ba, bảy và hai mươi tám."),

    # --- health: outbreaks, screening, advice
    ("Tuần 49/2025, xã ghi nhận 14 ca sởi ở trẻ chưa tiêm đủ 2 mũi",
     "Tuần bốn mươi chín năm hai nghìn không trăm hai mươi lăm, xã ghi nhận mười bốn ca sởi ở trẻ chưa tiêm đủ hai "
     "mũi."),
    ("Đo đường huyết miễn phí cho người từ 40 tuổi; chỉ số lúc đói từ 7 mmol/l trở lên cần khám chuyên khoa",
     "Đo đường huyết miễn phí cho người từ bốn mươi tuổi; chỉ số lúc đói từ bảy mi li mol trên lít trở lên cần khám "
     "chuyên khoa."),
    ("Bệnh viện Đa khoa tỉnh Cà Mau phẫu thuật tim miễn phí cho 12 trẻ vào ngày 9 - 11/3",
     "Bệnh viện Đa khoa tỉnh Cà Mau phẫu thuật tim miễn phí cho mười hai trẻ vào ngày chín đến mười một tháng ba."),
    ("Ca bệnh bạch hầu tại bản Nậm Pồ là bé trai 8 tuổi; 46 người tiếp xúc gần đã uống thuốc dự phòng",
     "Ca bệnh bạch hầu tại bản Nậm Pồ là bé trai tám tuổi; bốn mươi sáu người tiếp xúc gần đã uống thuốc dự phòng."),
    ("Người trưởng thành nên ăn dưới 5 g muối/ngày và uống 1,5 - 2 lít nước mỗi ngày",
     "Người trưởng thành nên ăn dưới năm gam muối mỗi ngày và uống một phẩy năm đến hai lít nước mỗi ngày."),

    # --- elections
    ("Các KVBP mở cửa lúc 7h00 Chủ nhật 15/3; cử tri mang theo thẻ cử tri hoặc căn cước",
     "Các khu vực bỏ phiếu mở cửa lúc bảy giờ Chủ nhật ngày mười lăm tháng ba; cử tri mang theo thẻ cử tri hoặc căn "
     "cước."),
    ("Danh sách 45 người ứng cử đại biểu HĐND xã Đồng Đăng khóa I được niêm yết tại 9 điểm",
     "Danh sách bốn mươi lăm người ứng cử đại biểu Hội đồng nhân dân xã Đồng Đăng khóa một được niêm yết tại chín "
     "điểm."),
    ("Tổ bầu cử số 08 kiểm phiếu xong lúc 21h15, tỷ lệ phiếu hợp lệ 98,2%",
     "Tổ bầu cử số tám kiểm phiếu xong lúc hai mươi mốt giờ mười lăm phút, tỷ lệ phiếu hợp lệ chín mươi tám phẩy hai "
     "phần trăm."),
    ("Ứng cử viên ĐBQH khóa XVI tiếp xúc cử tri 3 xã biên giới từ 3 - 5/3/2026",
     "Ứng cử viên đại biểu Quốc hội khóa mười sáu tiếp xúc cử tri ba xã biên giới từ ngày ba đến năm tháng ba năm "
     "hai nghìn không trăm hai mươi sáu."),

    # --- military service
    ("Ban CHQS xã Đại Từ sơ tuyển sức khỏe cho 64 thanh niên sinh năm 2007 vào 7h ngày 22/10",
     "Ban Chỉ huy quân sự xã Đại Từ sơ tuyển sức khỏe cho sáu mươi tư thanh niên sinh năm hai nghìn không trăm linh "
     "bảy vào bảy giờ ngày hai mươi hai tháng mười."),
    ("Công dân là lao động duy nhất nuôi người thân không còn khả năng lao động được tạm hoãn nhập ngũ theo điểm b "
     "khoản 1 Điều 41 Luật NVQS",
     "Công dân là lao động duy nhất nuôi người thân không còn khả năng lao động được tạm hoãn nhập ngũ theo điểm b "
     "khoản một Điều bốn mươi mốt Luật Nghĩa vụ quân sự."),
    ("Tân binh vào Lữ đoàn 596 được xã hỗ trợ 5 triệu đồng/người trước khi lên đường",
     "Tân binh vào Lữ đoàn năm trăm chín mươi sáu được xã hỗ trợ năm triệu đồng mỗi người trước khi lên đường."),
    ("Huấn luyện dân quân thường trực năm 2026 từ 02/3 đến 30/4 tại thao trường Sư đoàn 3",
     "Huấn luyện dân quân thường trực năm hai nghìn không trăm hai mươi sáu từ ngày hai tháng ba đến ngày ba mươi "
     "tháng tư tại thao trường Sư đoàn ba."),

    # --- fire safety
    ("Cháy kho phế liệu lúc 3h20 rạng sáng 6/1 tại ấp Phú Thạnh, 4 xe chữa cháy được điều động",
     "Cháy kho phế liệu lúc ba giờ hai mươi phút rạng sáng ngày sáu tháng một tại ấp Phú Thạnh, bốn xe chữa cháy "
     "được điều động."),
    ("Nhà trọ từ 5 phòng trở lên phải có ít nhất 2 lối thoát nạn và 1 bình chữa cháy 4 kg cho mỗi 50 m²",
     "Nhà trọ từ năm phòng trở lên phải có ít nhất hai lối thoát nạn và một bình chữa cháy bốn ki lô gam cho mỗi năm "
     "mươi mét vuông."),
    ("Mùa khô 2025 - 2026, cấp dự báo cháy rừng tại Lâm Đồng có lúc lên cấp IV - V",
     "Mùa khô hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu, cấp dự báo cháy rừng tại Lâm "
     "Đồng có lúc lên cấp bốn đến năm."),
    ("Bình bột chữa cháy phải kiểm tra 6 tháng/lần, thay bột sau 5 năm sử dụng",
     "Bình bột chữa cháy phải kiểm tra sáu tháng một lần, thay bột sau năm năm sử dụng."),
    ("Gọi 114 miễn phí khi có cháy, nổ hoặc cần cứu nạn, cứu hộ!",
     "Gọi một một bốn miễn phí khi có cháy, nổ hoặc cần cứu nạn, cứu hộ!"),

    # --- food safety
    ("Thu giữ 320 kg chân gà đông lạnh quá hạn sử dụng 7 tháng, chủ kho bị phạt 42 triệu đồng",
     "Thu giữ ba trăm hai mươi ki lô gam chân gà đông lạnh quá hạn sử dụng bảy tháng, chủ kho bị phạt bốn mươi hai "
     "triệu đồng."),
    ("Vụ ngộ độc sau tiệc cưới tối 13/12 tại xã Long Hồ làm 58 người phải cấp cứu",
     "Vụ ngộ độc sau tiệc cưới tối ngày mười ba tháng mười hai tại xã Long Hồ làm năm mươi tám người phải cấp cứu."),
    ("Thực phẩm đông lạnh phải bảo quản ở -18°C trở xuống, không rã đông rồi cấp đông lại",
     "Thực phẩm đông lạnh phải bảo quản ở âm mười tám độ xê trở xuống, không rã đông rồi cấp đông lại."),
    ("Bếp ăn của 14 trường MN trên địa bàn được kiểm tra ATTP định kỳ 3 tháng/lần",
     "Bếp ăn của mười bốn trường mầm non trên địa bàn được kiểm tra an toàn thực phẩm định kỳ ba tháng một lần."),
    ("Mẫu chả lụa lấy tại chợ Tri Tôn có hàn the 0,8 g/kg; cơ sở sản xuất bị đình chỉ 3 tháng",
     "Mẫu chả lụa lấy tại chợ Tri Tôn có hàn the không phẩy tám gam trên ki lô gam; cơ sở sản xuất bị đình chỉ ba "
     "tháng."),

    # --- power outages and electricity
    ("Công ty Điện lực Đắk Lắk ngừng cấp điện từ 7h30 đến 16h30 thứ 5 ngày 22/1 tại các thôn 3, 4, 7 xã Ea Tul",
     "Công ty Điện lực Đắk Lắk ngừng cấp điện từ bảy giờ ba mươi phút đến mười sáu giờ ba mươi phút thứ năm ngày hai "
     "mươi hai tháng một tại các thôn ba, bốn, bảy xã Ea Tul."),
    ("Hộ dùng 320 kWh trong tháng 5 phải trả theo 5 bậc giá, tổng hóa đơn khoảng 950.000 đồng",
     "Hộ dùng ba trăm hai mươi ki lô oát giờ trong tháng năm phải trả theo năm bậc giá, tổng hóa đơn khoảng chín "
     "trăm năm mươi nghìn đồng."),
    ("Sự cố máy biến áp tại TBA Ea Tul 2 khiến 620 hộ mất điện từ 18h40 đến 21h05",
     "Sự cố máy biến áp tại trạm biến áp Ea Tul hai khiến sáu trăm hai mươi hộ mất điện từ mười tám giờ bốn mươi "
     "phút đến hai mươi mốt giờ năm phút."),
    ("Báo sự cố lưới điện qua ứng dụng EVNCPC CSKH hoặc số trực 0262 3857 249",
     "Báo sự cố lưới điện qua ứng dụng e vê nờ xê pê xê chăm sóc khách hàng hoặc số trực không hai sáu hai, ba tám "
     "năm bảy, hai bốn chín."),
    ("Đường dây 500 kV mạch 3 đi qua xã có hành lang an toàn 7 m mỗi bên, cấm thả diều",
     "Đường dây năm trăm ki lô vôn mạch ba đi qua xã có hành lang an toàn bảy mét mỗi bên, cấm thả diều."),

    # --- water supply
    ("Do súc xả bể chứa, khóm 4 và khóm 5 phường An Xuyên có nước yếu từ 13h - 18h chiều mai",
     "Do súc xả bể chứa, khóm bốn và khóm năm phường An Xuyên có nước yếu từ mười ba giờ đến mười tám giờ chiều mai."),
    ("Độ mặn trên sông Cổ Chiên tại cống Láng Thé đo được 4,5‰, các hộ không bơm nước vào ruộng",
     "Độ mặn trên sông Cổ Chiên tại cống Láng Thé đo được bốn phẩy năm phần nghìn, các hộ không bơm nước vào ruộng."),
    ("Mỗi hộ nghèo được hỗ trợ 1 bồn chứa nước 1.000 lít trị giá 2,1 triệu đồng",
     "Mỗi hộ nghèo được hỗ trợ một bồn chứa nước một nghìn lít trị giá hai phẩy một triệu đồng."),
    ("Mẫu nước giếng tại ấp 3 có nitrat 62 mg/l, vượt giới hạn 50 mg/l",
     "Mẫu nước giếng tại ấp ba có nitrat sáu mươi hai mi li gam trên lít, vượt giới hạn năm mươi mi li gam trên lít."),

    # --- digital identity (VNeID) and online public services
    ("Nộp hồ sơ cấp phiếu LLTP số 2 trên VNeID, nhận bản điện tử sau 5 ngày làm việc",
     "Nộp hồ sơ cấp phiếu lý lịch tư pháp số hai trên vê en e ai đi, nhận bản điện tử sau năm ngày làm việc."),
    ("Tra cứu hồ sơ TTHC tại dichvucong.daklak.gov.vn hoặc quét mã QR dán tại quầy số 5",
     "Tra cứu hồ sơ thủ tục hành chính tại dịch vụ công chấm Đắk Lắk chấm gờ o vê chấm vê nờ hoặc quét mã kiu a dán "
     "tại quầy số năm."),
    ("Đăng ký khai sinh trực tuyến cho trẻ sinh từ 01/01/2026 được cấp luôn mã số BHXH và thẻ BHYT",
     "Đăng ký khai sinh trực tuyến cho trẻ sinh từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu được cấp "
     "luôn mã số bảo hiểm xã hội và thẻ bảo hiểm y tế."),
    ("Ứng dụng VNeID phiên bản 2.1.15 bổ sung tính năng thông báo lưu trú cho nhà nghỉ, homestay",
     "Ứng dụng vê en e ai đi phiên bản hai chấm một chấm mười lăm bổ sung tính năng thông báo lưu trú cho nhà nghỉ, "
     "homestay."),
    ("Thẻ BHYT của con em mình đã được tích hợp vào VNeID chưa?",
     "Thẻ bảo hiểm y tế của con em mình đã được tích hợp vào vê en e ai đi chưa?"),

    # --- banking and phone scams
    ("Tin nhắn mạo danh ngân hàng báo “tài khoản sẽ bị khóa sau 24h” kèm đường link giả, người dân tuyệt đối không "
     "bấm vào",
     "Tin nhắn mạo danh ngân hàng báo tài khoản sẽ bị khóa sau hai mươi tư giờ kèm đường link giả, người dân tuyệt "
     "đối không bấm vào."),
    ("Bà Lý Thị Sen, 68 tuổi, ở xã Cầu Kè mất 215 triệu đồng vì tin lời “con trai gặp tai nạn cần tiền mổ gấp”",
     "Bà Lý Thị Sen, sáu mươi tám tuổi, ở xã Cầu Kè mất hai trăm mười lăm triệu đồng vì tin lời con trai gặp tai nạn "
     "cần tiền mổ gấp."),
    ("Tra cứu các cảnh báo lừa đảo mới nhất tại canhbao.ncsc.gov.vn",
     "Tra cứu các cảnh báo lừa đảo mới nhất tại cảnh báo chấm nờ xê ét xê chấm gờ o vê chấm vê nờ."),
    ("Giao dịch trên 20 triệu đồng/ngày từ tài khoản cá nhân phải xác thực sinh trắc học theo Quyết định 2345/QĐ-NHNN",
     "Giao dịch trên hai mươi triệu đồng mỗi ngày từ tài khoản cá nhân phải xác thực sinh trắc học theo Quyết định "
     "số hai nghìn ba trăm bốn mươi lăm của Ngân hàng Nhà nước."),
    ("Đối tượng dụ đầu tư tiền ảo hứa lợi nhuận 30%/tháng; 12 người ở phường Hoa Lư bị lừa tổng cộng 3,4 tỷ đồng",
     "Đối tượng dụ đầu tư tiền ảo hứa lợi nhuận ba mươi phần trăm mỗi tháng; mười hai người ở phường Hoa Lư bị lừa "
     "tổng cộng ba phẩy bốn tỷ đồng."),
    ("Cuộc gọi từ số +855 hoặc +63 tự xưng nhân viên bưu điện báo có bưu phẩm vi phạm là lừa đảo",
     "Cuộc gọi từ số cộng tám năm năm hoặc cộng sáu ba tự xưng nhân viên bưu điện báo có bưu phẩm vi phạm là lừa "
     "đảo."),

    # --- culture, festivals and sport
    ("Ngư dân Sông Đốc tổ chức rước Nghinh Ông trên biển vào 6h sáng ngày 15/3 âm lịch",
     "Ngư dân Sông Đốc tổ chức rước Nghinh Ông trên biển vào sáu giờ sáng ngày mười lăm tháng ba âm lịch."),
    ("Giải đua thuyền truyền thống mừng Xuân Bính Ngọ trên sông Luộc có 16 đội, cự ly 1.200 m",
     "Giải đua thuyền truyền thống mừng Xuân Bính Ngọ trên sông Luộc có mười sáu đội, cự ly một nghìn hai trăm mét."),
    ("Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 khai mạc lúc 20h ngày 10/3/2026 tại Quảng trường 10/3",
     "Lễ hội Cà phê Buôn Ma Thuột lần thứ chín khai mạc lúc hai mươi giờ ngày mười tháng ba năm hai nghìn không trăm "
     "hai mươi sáu tại Quảng trường mười tháng ba."),
    ("Đội U17 xã Kim Sơn giành giải Nhì giải bóng đá thiếu niên, được thưởng 15 triệu đồng",
     "Đội U mười bảy xã Kim Sơn giành giải Nhì giải bóng đá thiếu niên, được thưởng mười lăm triệu đồng."),
    ("Kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam 27/2, TTYT khu vực khám miễn phí cho 300 người cao tuổi",
     "Kỷ niệm bảy mươi mốt năm Ngày Thầy thuốc Việt Nam hai mươi bảy tháng hai, Trung tâm Y tế khu vực khám miễn phí "
     "cho ba trăm người cao tuổi."),
    ("Vé tham quan Khu du lịch Tràng An 250.000 đồng/người lớn, 120.000 đồng/trẻ em",
     "Vé tham quan Khu du lịch Tràng An hai trăm năm mươi nghìn đồng mỗi người lớn, một trăm hai mươi nghìn đồng mỗi "
     "trẻ em."),

    # --- environment
    ("Xã Long Hồ phát 1.200 thùng ủ rác hữu cơ dung tích 80 lít cho các hộ",
     "Xã Long Hồ phát một nghìn hai trăm thùng ủ rác hữu cơ dung tích tám mươi lít cho các hộ."),
    ("Chỉ số AQI sáng 9/1 tại phường Hoàn Kiếm lên 215, mức rất xấu; người có bệnh hô hấp hạn chế ra ngoài",
     "Chỉ số a kiu i sáng ngày chín tháng một tại phường Hoàn Kiếm lên hai trăm mười lăm, mức rất xấu; người có bệnh "
     "hô hấp hạn chế ra ngoài."),
    ("Hưởng ứng Giờ Trái đất 2026, các hộ tắt đèn từ 20h30 - 21h30 thứ Bảy 28/3",
     "Hưởng ứng Giờ Trái đất năm hai nghìn không trăm hai mươi sáu, các hộ tắt đèn từ hai mươi giờ ba mươi phút đến "
     "hai mươi mốt giờ ba mươi phút thứ Bảy ngày hai mươi tám tháng ba."),
    ("Rừng ngập mặn ven biển Cà Mau được trồng mới 150 ha với mật độ 10.000 cây/ha",
     "Rừng ngập mặn ven biển Cà Mau được trồng mới một trăm năm mươi héc ta với mật độ mười nghìn cây trên héc ta."),

    # --- Party and state documents, plan headings
    ("Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV",
     "Thực hiện Chỉ thị số bốn mươi lăm ngày mười bốn tháng tư năm hai nghìn không trăm hai mươi lăm của Bộ Chính "
     "trị về đại hội đảng bộ các cấp tiến tới Đại hội mười bốn."),
    ("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 về thực hiện TTHC theo cơ chế một cửa",
     "Căn cứ Nghị định số một trăm mười tám năm hai nghìn không trăm hai mươi lăm của Chính phủ ngày chín tháng sáu "
     "năm hai nghìn không trăm hai mươi lăm về thực hiện thủ tục hành chính theo cơ chế một cửa."),
    ("Quyết định số 1024/QĐ-UBND ngày 18/12/2025 của UBND tỉnh Cà Mau giao chỉ tiêu BHYT năm 2026 cho 64 xã, phường",
     "Quyết định số một nghìn không trăm hai mươi tư ngày mười tám tháng mười hai năm hai nghìn không trăm hai mươi "
     "lăm của Ủy ban nhân dân tỉnh Cà Mau giao chỉ tiêu bảo hiểm y tế năm hai nghìn không trăm hai mươi sáu cho sáu "
     "mươi tư xã, phường."),
    ("VII. DỰ TOÁN KINH PHÍ VÀ NGUỒN VỐN",
     "Phần bảy, dự toán kinh phí và nguồn vốn."),
    ("2. Đề nghị UBMTTQ Việt Nam xã và các đoàn thể tuyên truyền đến 100% hộ dân",
     "Hai là, Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tuyên truyền đến một trăm phần trăm hộ "
     "dân."),
    ("Thông tư số 06/2025/TT-BNNMT của Bộ Nông nghiệp và Môi trường hướng dẫn hỗ trợ khôi phục sản xuất sau thiên tai",
     "Thông tư số sáu năm hai nghìn không trăm hai mươi lăm của Bộ Nông nghiệp và Môi trường hướng dẫn hỗ trợ khôi "
     "phục sản xuất sau thiên tai."),

    # --- contacts, addresses and hotlines
    ("Trụ sở mới của BHXH cơ sở Ninh Kiều: số 42B đường Trần Văn Khéo, khu vực 3, phường Cái Khế",
     "Trụ sở mới của Bảo hiểm xã hội cơ sở Ninh Kiều: số bốn mươi hai B đường Trần Văn Khéo, khu vực ba, phường Cái "
     "Khế."),
    ("Ý kiến phản hồi về dự thảo quy hoạch xin gửi về tiepnhan@camau.gov.vn trước 17h ngày 20/1",
     "Ý kiến phản hồi về dự thảo quy hoạch xin gửi về tê i e pê nờ hát a nờ a còng Cà Mau chấm gờ o vê chấm vê nờ "
     "trước mười bảy giờ ngày hai mươi tháng một."),
    ("Số trực Công an phường Phố Hiến: 0221 3862 113; đường dây nóng 0982 114 113",
     "Số trực Công an phường Phố Hiến: không hai hai một, ba tám sáu hai, một một ba; đường dây nóng không chín tám "
     "hai, một một bốn, một một ba."),
    ("Văn phòng ấp Tân Lợi chuyển về hẻm 51/7 đường 3/2, gần chợ Xuân Khánh",
     "Văn phòng ấp Tân Lợi chuyển về hẻm năm mươi mốt trên bảy đường ba tháng hai, gần chợ Xuân Khánh."),
    ("Tổng đài 1900 1068 hỗ trợ người dân về chế độ hưu trí từ 7h30 - 20h các ngày làm việc",
     "Tổng đài một chín không không, một không sáu tám hỗ trợ người dân về chế độ hưu trí từ bảy giờ ba mươi phút "
     "đến hai mươi giờ các ngày làm việc."),
    ("Lãnh đạo xã tiếp công dân tại phòng 105, tầng trệt, vào sáng thứ 4 tuần thứ 2 và tuần thứ 4",
     "Lãnh đạo xã tiếp công dân tại phòng một trăm linh năm, tầng trệt, vào sáng thứ tư tuần thứ hai và tuần thứ tư."),

    # --- social assistance and poverty reduction
    ("Cụ Hoàng Văn Páo, 86 tuổi, thuộc hộ nghèo, được nhận trợ cấp xã hội 1.000.000 đồng/tháng theo hệ số 2",
     "Cụ Hoàng Văn Páo, tám mươi sáu tuổi, thuộc hộ nghèo, được nhận trợ cấp xã hội một triệu đồng mỗi tháng theo hệ "
     "số hai."),
    ("Hỗ trợ 8 tấn gạo cứu đói giáp hạt cho 533 nhân khẩu thuộc 142 hộ ở 6 bản vùng cao",
     "Hỗ trợ tám tấn gạo cứu đói giáp hạt cho năm trăm ba mươi ba nhân khẩu thuộc một trăm bốn mươi hai hộ ở sáu bản "
     "vùng cao."),
    ("Chương trình xóa nhà tạm của tỉnh hoàn thành 4.812/4.850 căn, đạt 99,2%",
     "Chương trình xóa nhà tạm của tỉnh hoàn thành bốn nghìn tám trăm mười hai trên bốn nghìn tám trăm năm mươi căn, "
     "đạt chín mươi chín phẩy hai phần trăm."),
    ("Trẻ em dưới 36 tháng tuổi thuộc hộ nghèo được hỗ trợ dinh dưỡng 200.000 đồng/tháng",
     "Trẻ em dưới ba mươi sáu tháng tuổi thuộc hộ nghèo được hỗ trợ dinh dưỡng hai trăm nghìn đồng mỗi tháng."),
    ("Hộ có nhà bị tốc mái trên 70% được hỗ trợ 15 triệu đồng, dưới 70% được 5 triệu đồng",
     "Hộ có nhà bị tốc mái trên bảy mươi phần trăm được hỗ trợ mười lăm triệu đồng, dưới bảy mươi phần trăm được năm "
     "triệu đồng."),

    # --- drugs and public order
    ("Công an xã Tri Tôn bắt 2 đối tượng vận chuyển 1,2 kg ma túy đá qua biên giới lúc 22h30 đêm 4/12",
     "Công an xã Tri Tôn bắt hai đối tượng vận chuyển một phẩy hai ki lô gam ma túy đá qua biên giới lúc hai mươi "
     "hai giờ ba mươi phút đêm ngày bốn tháng mười hai."),
    ("Đối tượng Thạch Sa Phol, SN 1996, trú tại ấp Kinh Xáng có 3 tiền án về tội trộm cắp",
     "Đối tượng Thạch Sa Phol, sinh năm một nghìn chín trăm chín mươi sáu, trú tại ấp Kinh Xáng có ba tiền án về tội "
     "trộm cắp."),
    ("Từ 22h đến 6h sáng hôm sau, không hát karaoke, mở loa công suất lớn gây ồn trong khu dân cư",
     "Từ hai mươi hai giờ đến sáu giờ sáng hôm sau, không hát karaoke, mở loa công suất lớn gây ồn trong khu dân cư."),
    ("Người tố giác tội phạm ma túy gọi đường dây nóng 0292 3820 555 của Phòng Cảnh sát điều tra tội phạm về ma túy",
     "Người tố giác tội phạm ma túy gọi đường dây nóng không hai chín hai, ba tám hai không, năm năm năm của Phòng "
     "Cảnh sát điều tra tội phạm về ma túy."),
]

# Eleventh holdout misses when scored once (150 of 163, 92.0 %; 151 of 163, 92.6 %, as heard): ten errors, since fixed
# by general rules (160 of 163 now), and three conventions the writer chose differently from the house, kept (one of
# capitals only). The holdout's own figure stays the 150 of 163 first measured.
HOLDOUT_11_MISSES: dict[str, str] = {
    "Trung tâm DVVL tỉnh Bắc Ninh tư vấn miễn phí cho 320 lao động về nước vào 8h30 ngày 26/2":
        "convention (capitals only): the writer writes 'Trung tâm Dịch vụ việc làm'; the lexicon's casing is kept",
    "Tôm sú cỡ 30 con/kg có giá 245.000 đồng/kg, tôm thẻ cỡ 100 con/kg giá 105.000 đồng/kg":
        "convention: the writer reads a size grade '30 con/kg' 'một ki lô gam'; the house reads a count over a "
        "measure 'trên', as '100 con/m²'",
    "Hưởng ứng Giờ Trái đất 2026, các hộ tắt đèn từ 20h30 - 21h30 thứ Bảy 28/3":
        "convention: the writer adds 'năm' before the year after an event's name; the house says a bare year as "
        "written ('năm mới 2026')",
}


TUNE_A_CASES = [
    # --- vaccination
    ("TYT phường Hòa Khánh tiêm vắc xin BCG cho trẻ sơ sinh vào thứ 3 hằng tuần, từ 8h00 đến 10h30",
     "Trạm Y tế phường Hòa Khánh tiêm vắc xin bê xê gờ cho trẻ sơ sinh vào thứ ba hằng tuần, từ tám giờ đến mười giờ "
     "ba mươi phút."),
    ("Vắc xin phế cầu Prevenar 13 giá 1.190.000 đồng/liều, trẻ từ 6 tuần tuổi tiêm 3 liều cơ bản",
     "Vắc xin phế cầu Prevenar mười ba giá một triệu một trăm chín mươi nghìn đồng một liều, trẻ từ sáu tuần tuổi "
     "tiêm ba liều cơ bản."),
    ("Vắc xin Gardasil 9 phòng 9 chủng HPV, tiêm cho cả nữ và nam từ 9 - 45 tuổi",
     "Vắc xin Gardasil chín phòng chín chủng hát pê vê, tiêm cho cả nữ và nam từ chín đến bốn mươi lăm tuổi."),
    ("Trẻ 2, 3, 4 tháng tuổi tiêm vắc xin 6 trong 1 Hexaxim hoặc Infanrix Hexa, phụ huynh đăng ký qua số 0236 3650 "
     "676",
     "Trẻ hai, ba, bốn tháng tuổi tiêm vắc xin sáu trong một Hexaxim hoặc Infanrix Hexa, phụ huynh đăng ký qua số "
     "không hai ba sáu, ba sáu năm không, sáu bảy sáu."),
    ("Vắc xin phòng virus RSV cho người từ 60 tuổi đã có tại hệ thống tiêm chủng Long Châu với giá 1.950.000 đồng/mũi",
     "Vắc xin phòng virus rờ ét vê cho người từ sáu mươi tuổi đã có tại hệ thống tiêm chủng Long Châu với giá một "
     "triệu chín trăm năm mươi nghìn đồng một mũi."),
    ("Trẻ 9 - 12 tháng tiêm mũi 1 vắc xin MMR II, mũi 2 lúc 4 - 6 tuổi",
     "Trẻ chín đến mười hai tháng tiêm mũi một vắc xin mờ mờ rờ hai, mũi hai lúc bốn đến sáu tuổi."),
    ("Tỷ lệ trẻ 18 tháng tiêm đủ 2 mũi vắc xin sởi chỉ đạt 87,5%, mục tiêu là ≥ 95%",
     "Tỷ lệ trẻ mười tám tháng tiêm đủ hai mũi vắc xin sởi chỉ đạt tám mươi bảy phẩy năm phần trăm, mục tiêu là lớn "
     "hơn hoặc bằng chín mươi lăm phần trăm."),
    ("Vắc xin cúm Vaxigrip Tetra 0,5 ml dùng cho trẻ từ 6 tháng tuổi, tiêm nhắc 1 lần/năm",
     "Vắc xin cúm Vaxigrip Tetra không phẩy năm mi li lít dùng cho trẻ từ sáu tháng tuổi, tiêm nhắc một lần mỗi năm."),

    # --- medicines and pharmacies
    ("Hạ sốt cho trẻ bằng paracetamol 10 - 15 mg/kg/lần, cách nhau 4 - 6 giờ, không quá 4 lần/ngày",
     "Hạ sốt cho trẻ bằng paracetamol mười đến mười lăm mi li gam trên ki lô gam mỗi lần, cách nhau bốn đến sáu giờ, "
     "không quá bốn lần mỗi ngày."),
    ("Pha 1 gói Oresol 27,9 g với 1 lít nước đun sôi để nguội, dùng hết trong 24h",
     "Pha một gói Oresol hai mươi bảy phẩy chín gam với một lít nước đun sôi để nguội, dùng hết trong hai mươi tư "
     "giờ."),
    ("Sở Y tế thu hồi thuốc Cefuroxim 500 mg số lô 240315, hạn dùng 15/3/2027 do không đạt tiêu chuẩn chất lượng",
     "Sở Y tế thu hồi thuốc Cefuroxim năm trăm mi li gam số lô hai bốn không ba một năm, hạn dùng ngày mười lăm "
     "tháng ba năm hai nghìn không trăm hai mươi bảy do không đạt tiêu chuẩn chất lượng."),
    ("Người bệnh THA uống Amlodipin 5mg 1 viên/ngày vào buổi sáng, tái khám sau 30 ngày",
     "Người bệnh tăng huyết áp uống Amlodipin năm mi li gam một viên mỗi ngày vào buổi sáng, tái khám sau ba mươi "
     "ngày."),
    ("Trẻ từ 6 - 59 tháng uống vitamin A liều 100.000 IU hoặc 200.000 IU tùy theo tuổi",
     "Trẻ từ sáu đến năm mươi chín tháng uống vitamin A liều một trăm nghìn đơn vị quốc tế hoặc hai trăm nghìn đơn "
     "vị quốc tế tùy theo tuổi."),
    ("Nhà thuốc GPP phải bảo quản thuốc ở nhiệt độ dưới 30°C, độ ẩm không quá 75%",
     "Nhà thuốc gờ pê pê phải bảo quản thuốc ở nhiệt độ dưới ba mươi độ xê, độ ẩm không quá bảy mươi lăm phần trăm."),
    ("Bổ sung vitamin D3 400 IU/ngày cho trẻ bú mẹ hoàn toàn",
     "Bổ sung vitamin D ba bốn trăm đơn vị quốc tế mỗi ngày cho trẻ bú mẹ hoàn toàn."),
    ("Cảnh báo thuốc giả Tamiflu 75 mg vỉ 10 viên bán trên mạng với giá 650.000 đồng/hộp",
     "Cảnh báo thuốc giả Tamiflu bảy mươi lăm mi li gam vỉ mười viên bán trên mạng với giá sáu trăm năm mươi nghìn "
     "đồng một hộp."),

    # --- hospital notices
    ("BVĐK tỉnh đưa vào sử dụng máy chụp CT 128 lát cắt và máy MRI 1,5 Tesla từ ngày 02/3/2026",
     "Bệnh viện Đa khoa tỉnh đưa vào sử dụng máy chụp xê tê một trăm hai mươi tám lát cắt và máy mờ rờ i một phẩy "
     "năm Tesla từ ngày hai tháng ba năm hai nghìn không trăm hai mươi sáu."),
    ("Khoa Khám bệnh tại tầng 1 nhà A2 mở cửa từ 6h30, người bệnh lấy số thứ tự qua ki ốt hoặc ứng dụng",
     "Khoa Khám bệnh tại tầng một nhà A hai mở cửa từ sáu giờ ba mươi phút, người bệnh lấy số thứ tự qua ki ốt hoặc "
     "ứng dụng."),
    ("ThS.BS CKII Lê Minh Tuấn, Trưởng khoa HSCC, trực tư vấn qua số 0905 118 226",
     "Thạc sĩ, bác sĩ chuyên khoa hai Lê Minh Tuấn, Trưởng khoa Hồi sức cấp cứu, trực tư vấn qua số không chín không "
     "năm, một một tám, hai hai sáu."),
    ("Giờ thăm người bệnh: trưa 11h - 13h, chiều 17h - 20h; mỗi người bệnh chỉ 1 người nhà chăm sóc",
     "Giờ thăm người bệnh: trưa mười một giờ đến mười ba giờ, chiều mười bảy giờ đến hai mươi giờ; mỗi người bệnh "
     "chỉ một người nhà chăm sóc."),
    ("Khám dịch vụ ngoài giờ từ 17h đến 20h các ngày T2 - T6, giá 200.000 đồng/lượt khám",
     "Khám dịch vụ ngoài giờ từ mười bảy giờ đến hai mươi giờ các ngày thứ hai đến thứ sáu, giá hai trăm nghìn đồng "
     "mỗi lượt khám."),
    ("Đoàn y bác sĩ BV Nhi TW phẫu thuật nội soi miễn phí cho 40 trẻ dị tật tại BVĐK tỉnh từ 14 - 15/11",
     "Đoàn y bác sĩ Bệnh viện Nhi Trung ương phẫu thuật nội soi miễn phí cho bốn mươi trẻ dị tật tại Bệnh viện Đa "
     "khoa tỉnh từ ngày mười bốn đến mười lăm tháng mười một."),
    ("Người bệnh nội trú có SpO2 dưới 94% được chuyển khoa HSTC-CĐ để theo dõi",
     "Người bệnh nội trú có ét pê o hai dưới chín mươi tư phần trăm được chuyển khoa Hồi sức tích cực, Chống độc để "
     "theo dõi."),

    # --- outbreaks and health advice
    ("Chủng virus EV71 đang lưu hành tại 3 xã ven biển, đã có 2 trẻ dưới 3 tuổi phải thở máy",
     "Chủng virus e vê bảy mươi mốt đang lưu hành tại ba xã ven biển, đã có hai trẻ dưới ba tuổi phải thở máy."),
    ("Cúm A/H1N1 và cúm B đồng lưu hành, số ca đến khám tại TTYT tăng 35% trong tuần 2/2026",
     "Cúm a hát một nờ một và cúm B đồng lưu hành, số ca đến khám tại Trung tâm Y tế tăng ba mươi lăm phần trăm "
     "trong tuần hai năm hai nghìn không trăm hai mươi sáu."),
    ("Bệnh nhân sốt xuất huyết có tiểu cầu dưới 100.000/mm³ cần được theo dõi tại cơ sở y tế",
     "Bệnh nhân sốt xuất huyết có tiểu cầu dưới một trăm nghìn trên mi li mét khối cần được theo dõi tại cơ sở y tế."),
    ("Người có đường huyết sau ăn 2 giờ từ 11,1 mmol/l trở lên nghi mắc ĐTĐ, cần xét nghiệm HbA1c",
     "Người có đường huyết sau ăn hai giờ từ mười một phẩy một mi li mol trên lít trở lên nghi mắc đái tháo đường, "
     "cần xét nghiệm hát bê a một xê."),
    ("Chỉ số BMI từ 25 trở lên là thừa cân; vòng eo nam trên 90 cm, nữ trên 80 cm có nguy cơ béo bụng",
     "Chỉ số bê mờ i từ hai mươi lăm trở lên là thừa cân; vòng eo nam trên chín mươi xăng ti mét, nữ trên tám mươi "
     "xăng ti mét có nguy cơ béo bụng."),
    ("Tại ổ dịch ho gà ở xóm Trại, 23 trẻ tiếp xúc được uống Azithromycin 10 mg/kg/ngày trong 5 ngày",
     "Tại ổ dịch ho gà ở xóm Trại, hai mươi ba trẻ tiếp xúc được uống Azithromycin mười mi li gam trên ki lô gam mỗi "
     "ngày trong năm ngày."),
    ("Không khí nóng trên 40°C dễ gây sốc nhiệt; gọi 115 nếu thân nhiệt trên 40 độ kèm lú lẫn",
     "Không khí nóng trên bốn mươi độ xê dễ gây sốc nhiệt; gọi một một năm nếu thân nhiệt trên bốn mươi độ kèm lú "
     "lẫn."),

    # --- health-insurance cards
    ("Mã số BHXH gồm 10 chữ số, in ở góc trên bên phải thẻ BHYT mẫu mới theo QĐ 1666/QĐ-BHXH",
     "Mã số bảo hiểm xã hội gồm mười chữ số, in ở góc trên bên phải thẻ bảo hiểm y tế mẫu mới theo Quyết định số một "
     "nghìn sáu trăm sáu mươi sáu của Bảo hiểm xã hội."),
    ("Thẻ BHYT mã HN2 là hộ nghèo, mức hưởng 100%; mã CN3 là hộ cận nghèo, mức hưởng 95%",
     "Thẻ bảo hiểm y tế mã hát nờ hai là hộ nghèo, mức hưởng một trăm phần trăm; mã xê nờ ba là hộ cận nghèo, mức "
     "hưởng chín mươi lăm phần trăm."),
    ("Người thứ nhất trong hộ đóng 1.263.600 đồng/năm; hộ có 3 người đóng tổng cộng 2.906.280 đồng/năm",
     "Người thứ nhất trong hộ đóng một triệu hai trăm sáu mươi ba nghìn sáu trăm đồng mỗi năm; hộ có ba người đóng "
     "tổng cộng hai triệu chín trăm linh sáu nghìn hai trăm tám mươi đồng mỗi năm."),
    ("Bệnh nhân chạy thận nhân tạo 3 lần/tuần được quỹ BHYT chi trả khoảng 560.000 đồng/lần lọc",
     "Bệnh nhân chạy thận nhân tạo ba lần mỗi tuần được quỹ bảo hiểm y tế chi trả khoảng năm trăm sáu mươi nghìn "
     "đồng mỗi lần lọc."),

    # --- social insurance and pensions (Law 41/2024/QH15)
    ("Theo Điều 23 Luật số 41/2024/QH15, người chưa đủ điều kiện hưởng lương hưu được nhận trợ cấp hằng tháng từ "
     "chính số tiền đã đóng",
     "Theo Điều hai mươi ba Luật số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm, "
     "người chưa đủ điều kiện hưởng lương hưu được nhận trợ cấp hằng tháng từ chính số tiền đã đóng."),
    ("Mức trợ cấp hằng tháng thấp nhất bằng mức trợ cấp hưu trí xã hội, hiện là 500.000 đ/tháng",
     "Mức trợ cấp hằng tháng thấp nhất bằng mức trợ cấp hưu trí xã hội, hiện là năm trăm nghìn đồng mỗi tháng."),
    ("BHXH cơ sở Hương Sơn chi trả lương hưu tháng 12/2025 cho 2.864 người, tổng số tiền 18,27 tỷ đồng",
     "Bảo hiểm xã hội cơ sở Hương Sơn chi trả lương hưu tháng mười hai năm hai nghìn không trăm hai mươi lăm cho hai "
     "nghìn tám trăm sáu mươi tư người, tổng số tiền mười tám phẩy hai mươi bảy tỷ đồng."),
    ("Người có từ đủ 12 tháng đóng BHXH bắt buộc trở lên khi chết, thân nhân được trợ cấp mai táng bằng 10 lần mức "
     "tham chiếu, tức 23,4 triệu đồng",
     "Người có từ đủ mười hai tháng đóng bảo hiểm xã hội bắt buộc trở lên khi chết, thân nhân được trợ cấp mai táng "
     "bằng mười lần mức tham chiếu, tức hai mươi ba phẩy bốn triệu đồng."),

    # --- commune and ward notices after the two-level local government
    ("Thực hiện Nghị quyết số 1681/NQ-UBTVQH15, từ 01/7/2025 xã Cẩm Xuyên mới gồm 5 xã cũ với diện tích 127,35 km²",
     "Thực hiện Nghị quyết số một nghìn sáu trăm tám mươi mốt của Ủy ban Thường vụ Quốc hội khóa mười lăm, từ ngày "
     "một tháng bảy năm hai nghìn không trăm hai mươi lăm xã Cẩm Xuyên mới gồm năm xã cũ với diện tích một trăm hai "
     "mươi bảy phẩy ba mươi lăm ki lô mét vuông."),
    ("Trung tâm PVHCC phường Thành Sen tiếp nhận hồ sơ tại 8 quầy, lấy số qua mã QR hoặc Zalo OA của phường",
     "Trung tâm phục vụ hành chính công phường Thành Sen tiếp nhận hồ sơ tại tám quầy, lấy số qua mã kiu a hoặc Zalo "
     "o a của phường."),
    ("Lịch tiếp dân của Chủ tịch UBND xã: sáng thứ 2 tuần 1 và tuần 3; của Bí thư Đảng ủy: ngày 15 hằng tháng",
     "Lịch tiếp dân của Chủ tịch Ủy ban nhân dân xã: sáng thứ hai tuần một và tuần ba; của Bí thư Đảng ủy: ngày mười "
     "lăm hằng tháng."),
    ("Phòng Văn hóa - Xã hội xã đề nghị 14 thôn, 3 TDP nộp danh sách hộ nghèo trước 16h ngày 5/12",
     "Phòng Văn hóa, Xã hội xã đề nghị mười bốn thôn, ba tổ dân phố nộp danh sách hộ nghèo trước mười sáu giờ ngày "
     "năm tháng mười hai."),

    # --- crops, varieties and plant protection
    ("Trà Xuân muộn gieo cấy giống lúa TBR225, Bắc thơm số 7 và ĐT100, kết thúc cấy trước 25/2",
     "Trà Xuân muộn gieo cấy giống lúa tê bê rờ hai trăm hai mươi lăm, Bắc thơm số bảy và đê tê một trăm, kết thúc "
     "cấy trước ngày hai mươi lăm tháng hai."),
    ("Bón thúc đợt 2 cho cà phê với 300 - 350 kg NPK 20-10-10/ha khi đất đủ ẩm",
     "Bón thúc đợt hai cho cà phê với ba trăm đến ba trăm năm mươi ki lô gam en pê ca hai mươi, mười, mười trên héc "
     "ta khi đất đủ ẩm."),
    ("Phun thuốc Anvil 5SC liều 0,5 lít/ha để trừ bệnh khô vằn, cách ly 14 ngày trước thu hoạch",
     "Phun thuốc Anvil năm ét xê liều không phẩy năm lít trên héc ta để trừ bệnh khô vằn, cách ly mười bốn ngày "
     "trước thu hoạch."),
    ("Hỗ trợ 100% giống ngô lai NK67 cho 85 ha vụ Đông, mật độ 5,5 - 6 vạn cây/ha",
     "Hỗ trợ một trăm phần trăm giống ngô lai nờ ca sáu mươi bảy cho tám mươi lăm héc ta vụ Đông, mật độ năm phẩy "
     "năm đến sáu vạn cây trên héc ta."),
    ("Độ ngọt của dưa lưới đạt 14 - 16 độ Brix, năng suất trung bình 3,2 tấn/1.000 m² nhà màng",
     "Độ ngọt của dưa lưới đạt mười bốn đến mười sáu độ Brix, năng suất trung bình ba phẩy hai tấn trên một nghìn "
     "mét vuông nhà màng."),
    ("Máy bay không người lái phun thuốc 10 lít/phút, mỗi chuyến bay phun được 1,5 - 2 ha",
     "Máy bay không người lái phun thuốc mười lít mỗi phút, mỗi chuyến bay phun được một phẩy năm đến hai héc ta."),
    ("Đất trồng cà phê có pH dưới 4,5 cần bón 500 - 1.000 kg vôi/ha trước mùa mưa",
     "Đất trồng cà phê có pê hát dưới bốn phẩy năm cần bón năm trăm đến một nghìn ki lô gam vôi trên héc ta trước "
     "mùa mưa."),

    # --- livestock and veterinary notices
    ("Tiêm vắc xin ASF cho lợn từ 8 tuần tuổi, liều 2 ml/con, tiêm bắp sau tai",
     "Tiêm vắc xin a ét ép cho lợn từ tám tuần tuổi, liều hai mi li lít mỗi con, tiêm bắp sau tai."),
    ("Bệnh tai xanh (PRRS) xuất hiện tại 2 hộ ở xóm Bàu, tổng đàn bị ảnh hưởng 126 con",
     "Bệnh tai xanh, pê rờ rờ ét, xuất hiện tại hai hộ ở xóm Bàu, tổng đàn bị ảnh hưởng một trăm hai mươi sáu con."),
    ("Mật độ nuôi gà lông màu thả vườn tối đa 1 con/m² sân chơi, 6 - 8 con/m² chuồng",
     "Mật độ nuôi gà lông màu thả vườn tối đa một con trên mét vuông sân chơi, sáu đến tám con trên mét vuông "
     "chuồng."),
    ("Pha Iodine 10% theo tỷ lệ 1:500 phun sát trùng chuồng trại 2 lần/tuần",
     "Pha Iodine mười phần trăm theo tỷ lệ một trên năm trăm phun sát trùng chuồng trại hai lần mỗi tuần."),
    ("Bò lai BBB 12 tháng tuổi đạt 380 - 420 kg, giá bán 78.000 - 82.000 đồng/kg hơi",
     "Bò lai bê bê bê mười hai tháng tuổi đạt ba trăm tám mươi đến bốn trăm hai mươi ki lô gam, giá bán bảy mươi tám "
     "nghìn đến tám mươi hai nghìn đồng một ki lô gam hơi."),
    ("Hỗ trợ tiêu hủy gia cầm mắc cúm A/H5N6: 35.000 đồng/con gà, vịt; 15.000 đồng/con chim cút",
     "Hỗ trợ tiêu hủy gia cầm mắc cúm a hát năm nờ sáu: ba mươi lăm nghìn đồng mỗi con gà, vịt; mười lăm nghìn đồng "
     "mỗi con chim cút."),

    # --- fisheries and aquaculture
    ("Tàu cá NA-90568-TS cùng 9 thuyền viên mất liên lạc từ 14h ngày 3/11, cách Cửa Lò khoảng 60 hải lý",
     "Tàu cá nờ a, chín không năm sáu tám, tê ét cùng chín thuyền viên mất liên lạc từ mười bốn giờ ngày ba tháng "
     "mười một, cách Cửa Lò khoảng sáu mươi hải lý."),
    ("Thương lái thu mua tôm càng xanh loại 15 - 20 con/kg với giá 310.000 đồng/kg tại bờ ao",
     "Thương lái thu mua tôm càng xanh loại mười lăm đến hai mươi con trên ki lô gam với giá ba trăm mười nghìn đồng "
     "một ki lô gam tại bờ ao."),
    ("Cá ngừ đại dương loại trên 30 kg/con được cảng cá Phan Thiết thu mua 145.000 đ/kg",
     "Cá ngừ đại dương loại trên ba mươi ki lô gam mỗi con được cảng cá Phan Thiết thu mua một trăm bốn mươi lăm "
     "nghìn đồng một ki lô gam."),
    ("Ao nuôi tôm duy trì độ mặn 10 - 15 ppt, độ kiềm 120 - 150 mg/l, oxy hòa tan trên 5 mg/l",
     "Ao nuôi tôm duy trì độ mặn mười đến mười lăm phần nghìn, độ kiềm một trăm hai mươi đến một trăm năm mươi mi li "
     "gam trên lít, oxy hòa tan trên năm mi li gam trên lít."),
    ("Cấm khai thác thủy sản bằng lưới có kích thước mắt lưới dưới 2a = 20 mm ở vùng ven bờ",
     "Cấm khai thác thủy sản bằng lưới có kích thước mắt lưới dưới hai a bằng hai mươi mi li mét ở vùng ven bờ."),
    ("Tàu từ 15 m trở lên phải lắp VMS; mất tín hiệu quá 6 giờ, chủ tàu báo Đồn Biên phòng qua số 0232 3822 368",
     "Tàu từ mười lăm mét trở lên phải lắp vê mờ ét; mất tín hiệu quá sáu giờ, chủ tàu báo Đồn Biên phòng qua số "
     "không hai ba hai, ba tám hai hai, ba sáu tám."),
    ("Chống khai thác IUU: 100% tàu cá từ 12 m phải ghi nhật ký khai thác, nộp trong 48 giờ sau khi cập cảng",
     "Chống khai thác i u u: một trăm phần trăm tàu cá từ mười hai mét phải ghi nhật ký khai thác, nộp trong bốn "
     "mươi tám giờ sau khi cập cảng."),

    # --- farm prices
    ("Giá cà phê Robusta giao tháng 3/2026 trên sàn London đạt 4.285 USD/tấn",
     "Giá cà phê Robusta giao tháng ba năm hai nghìn không trăm hai mươi sáu trên sàn London đạt bốn nghìn hai trăm "
     "tám mươi lăm đô la Mỹ một tấn."),
    ("Giá trứng gà công nghiệp tại trại 2.150 đồng/quả, trứng vịt 3.000 đồng/quả",
     "Giá trứng gà công nghiệp tại trại hai nghìn một trăm năm mươi đồng một quả, trứng vịt ba nghìn đồng một quả."),
    ("Giá mủ cao su nước 420 đồng/độ TSC, tương đương khoảng 12.600 đồng/kg mủ tươi",
     "Giá mủ cao su nước bốn trăm hai mươi đồng một độ tê ét xê, tương đương khoảng mười hai nghìn sáu trăm đồng một "
     "ki lô gam mủ tươi."),
    ("Giá hạt điều thô loại 200 hạt/kg dao động 32.000 - 34.500 đồng/kg",
     "Giá hạt điều thô loại hai trăm hạt trên ki lô gam dao động ba mươi hai nghìn đến ba mươi tư nghìn năm trăm "
     "đồng một ki lô gam."),
    ("Lợn hơi miền Bắc tăng 1.000 - 2.000 đ/kg, lên 66.000 - 68.000 đ/kg; miền Nam đi ngang ở 62.000 đ/kg",
     "Lợn hơi miền Bắc tăng một nghìn đến hai nghìn đồng một ki lô gam, lên sáu mươi sáu nghìn đến sáu mươi tám "
     "nghìn đồng một ki lô gam; miền Nam đi ngang ở sáu mươi hai nghìn đồng một ki lô gam."),
    ("Gạo 5% tấm xuất khẩu có giá 397 USD/tấn, giảm 8 USD so với tuần trước",
     "Gạo năm phần trăm tấm xuất khẩu có giá ba trăm chín mươi bảy đô la Mỹ một tấn, giảm tám đô la Mỹ so với tuần "
     "trước."),

    # --- weather forecasts
    ("Hồi 19h ngày 8/10, vị trí tâm bão ở khoảng 16,8°N; 111,5°E, khí áp thấp nhất 975 hPa",
     "Hồi mười chín giờ ngày tám tháng mười, vị trí tâm bão ở khoảng mười sáu phẩy tám độ Vĩ Bắc; một trăm mười một "
     "phẩy năm độ Kinh Đông, khí áp thấp nhất chín trăm bảy mươi lăm héc tô pát xcan."),
    ("Mưa cường độ lớn trên 100 mm/3 giờ có thể gây ngập úng đô thị và lũ quét",
     "Mưa cường độ lớn trên một trăm mi li mét trong ba giờ có thể gây ngập úng đô thị và lũ quét."),
    ("Tầm nhìn xa trên biển giảm xuống dưới 1 km trong mưa dông; sóng cao 2 - 3,5 m",
     "Tầm nhìn xa trên biển giảm xuống dưới một ki lô mét trong mưa dông; sóng cao hai đến ba phẩy năm mét."),
    ("Nhiệt độ cảm nhận thực tế ngoài trời có thể lên 45 - 47°C khi nhiệt độ không khí 38°C",
     "Nhiệt độ cảm nhận thực tế ngoài trời có thể lên bốn mươi lăm đến bốn mươi bảy độ xê khi nhiệt độ không khí ba "
     "mươi tám độ xê."),
    ("Tin dự báo phát lúc 4h30: trong 6h tới, áp thấp nhiệt đới đi theo hướng Tây Tây Bắc, tốc độ 10 - 15 km/h",
     "Tin dự báo phát lúc bốn giờ ba mươi phút: trong sáu giờ tới, áp thấp nhiệt đới đi theo hướng Tây Tây Bắc, tốc "
     "độ mười đến mười lăm ki lô mét trên giờ."),
    ("Xác suất mưa đêm nay 80 - 90%, lượng mưa 24h đo được tại trạm Tuyên Hóa 215,6 mm",
     "Xác suất mưa đêm nay tám mươi đến chín mươi phần trăm, lượng mưa hai mươi tư giờ đo được tại trạm Tuyên Hóa "
     "hai trăm mười lăm phẩy sáu mi li mét."),

    # --- floods, reservoirs and civil defence
    ("Hồ Tả Trạch xả lũ qua 5 cửa van, mỗi cửa mở 2,5 m, lưu lượng về hồ 1.650 m³/s",
     "Hồ Tả Trạch xả lũ qua năm cửa van, mỗi cửa mở hai phẩy năm mét, lưu lượng về hồ một nghìn sáu trăm năm mươi "
     "mét khối trên giây."),
    ("Mực nước hồ Ngàn Trươi lúc 7h đạt cao trình +52,3 m, thấp hơn mực nước dâng bình thường 0,7 m",
     "Mực nước hồ Ngàn Trươi lúc bảy giờ đạt cao trình năm mươi hai phẩy ba mét, thấp hơn mực nước dâng bình thường "
     "không phẩy bảy mét."),
    ("Sơ tán 312 hộ/1.046 nhân khẩu ở 4 thôn vùng trũng trước 18h ngày 27/10",
     "Sơ tán ba trăm mười hai hộ với một nghìn không trăm bốn mươi sáu nhân khẩu ở bốn thôn vùng trũng trước mười "
     "tám giờ ngày hai mươi bảy tháng mười."),
    ("Cấp độ rủi ro thiên tai do nước dâng: cấp 3; vùng ven biển Quảng Bình - Quảng Trị cần đề phòng",
     "Cấp độ rủi ro thiên tai do nước dâng: cấp ba; vùng ven biển Quảng Bình đến Quảng Trị cần đề phòng."),
    ("Công điện số 18/CĐ-BCH của BCH PCTT&TKCN tỉnh yêu cầu cấm biển từ 12h ngày 25/9",
     "Công điện số mười tám của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh yêu cầu cấm biển từ mười "
     "hai giờ ngày hai mươi lăm tháng chín."),
    ("Lực lượng cứu hộ huy động 2 ca nô 90 CV, 12 xuồng composite và 500 áo phao",
     "Lực lượng cứu hộ huy động hai ca nô chín mươi mã lực, mười hai xuồng composite và năm trăm áo phao."),

    # --- environment and pollution
    ("Nước thải của cơ sở chế biến có COD 320 mg/l, BOD5 185 mg/l, vượt QCVN 40:2011/BTNMT nhiều lần",
     "Nước thải của cơ sở chế biến có xê o đê ba trăm hai mươi mi li gam trên lít, bê o đê năm một trăm tám mươi lăm "
     "mi li gam trên lít, vượt quy chuẩn Việt Nam bốn mươi năm hai nghìn không trăm mười một của Bộ Tài nguyên và "
     "Môi trường nhiều lần."),
    ("Nồng độ khí SO2 và NO2 quanh khu công nghiệp ở mức 95 µg/m³ và 68 µg/m³, trong ngưỡng cho phép",
     "Nồng độ khí ét o hai và nờ o hai quanh khu công nghiệp ở mức chín mươi lăm mi crô gam trên mét khối và sáu "
     "mươi tám mi crô gam trên mét khối, trong ngưỡng cho phép."),
    ("Bụi mịn có đường kính ≤ 2,5 µm đi sâu vào phổi; khi AQI trên 150, người dân nên đeo khẩu trang N95",
     "Bụi mịn có đường kính nhỏ hơn hoặc bằng hai phẩy năm mi crô mét đi sâu vào phổi; khi a kiu i trên một trăm năm "
     "mươi, người dân nên đeo khẩu trang N chín mươi lăm."),
    ("Xã thải ra khoảng 4,2 tấn rác/ngày, trong đó 55 - 60% là rác hữu cơ có thể ủ phân compost",
     "Xã thải ra khoảng bốn phẩy hai tấn rác mỗi ngày, trong đó năm mươi lăm đến sáu mươi phần trăm là rác hữu cơ có "
     "thể ủ phân compost."),
    ("Tiếng ồn tại công trường vượt 70 dBA từ 21h - 6h sẽ bị lập biên bản theo Nghị định 45/2022/NĐ-CP",
     "Tiếng ồn tại công trường vượt bảy mươi đê xi ben a từ hai mươi mốt giờ đến sáu giờ sẽ bị lập biên bản theo "
     "Nghị định số bốn mươi lăm năm hai nghìn không trăm hai mươi hai của Chính phủ."),
    ("Dự án trồng 1 tỷ cây xanh: năm 2026 xã trồng 18.500 cây phân tán, tỷ lệ sống đạt ≥ 85%",
     "Dự án trồng một tỷ cây xanh: năm hai nghìn không trăm hai mươi sáu xã trồng mười tám nghìn năm trăm cây phân "
     "tán, tỷ lệ sống đạt lớn hơn hoặc bằng tám mươi lăm phần trăm."),
    ("Bán tín chỉ carbon rừng với giá 5 USD/tấn CO2, mỗi ha rừng keo hấp thụ 10 - 15 tấn CO2/năm",
     "Bán tín chỉ carbon rừng với giá năm đô la Mỹ một tấn xê o hai, mỗi héc ta rừng keo hấp thụ mười đến mười lăm "
     "tấn xê o hai mỗi năm."),
    ("Trạm quan trắc tự động tại hồ Bàu Sen ghi nhận DO 2,1 mg/l, pH 8,9 và độ đục 45 NTU",
     "Trạm quan trắc tự động tại hồ Bàu Sen ghi nhận đê o hai phẩy một mi li gam trên lít, pê hát tám phẩy chín và "
     "độ đục bốn mươi lăm nờ tê u."),

    # --- electricity
    ("Điện lực Kỳ Anh cắt điện ĐZ 22 kV từ 5h30 - 12h00 CN 14/12 để thay MBA 250 kVA tại TBA Kỳ Trinh 5",
     "Điện lực Kỳ Anh cắt điện đường dây hai mươi hai ki lô vôn từ năm giờ ba mươi phút đến mười hai giờ chủ nhật "
     "ngày mười bốn tháng mười hai để thay máy biến áp hai trăm năm mươi ki lô vôn am pe tại trạm biến áp Kỳ Trinh "
     "năm."),
    ("Hộ lắp điện mặt trời mái nhà công suất dưới 100 kWp không phải xin giấy phép hoạt động điện lực",
     "Hộ lắp điện mặt trời mái nhà công suất dưới một trăm ki lô oát đỉnh không phải xin giấy phép hoạt động điện "
     "lực."),
    ("Trạm sạc xe điện VinFast tính phí 3.858 đồng/kWh, sạc đầy pin 42 kWh mất khoảng 162.000 đồng",
     "Trạm sạc xe điện VinFast tính phí ba nghìn tám trăm năm mươi tám đồng một ki lô oát giờ, sạc đầy pin bốn mươi "
     "hai ki lô oát giờ mất khoảng một trăm sáu mươi hai nghìn đồng."),
    ("Khách hàng tra cứu lịch cắt điện tại cskh.evnnpc.vn hoặc ứng dụng EVNNPC CSKH",
     "Khách hàng tra cứu lịch cắt điện tại xê ét ca hát chấm e vê nờ nờ pê xê chấm vê nờ hoặc ứng dụng e vê nờ nờ pê "
     "xê chăm sóc khách hàng."),
    ("Lắp aptomat chống giật 30 mA cho ổ cắm nhà tắm; dây dẫn bếp điện tối thiểu 4 mm²",
     "Lắp aptomat chống giật ba mươi mi li am pe cho ổ cắm nhà tắm; dây dẫn bếp điện tối thiểu bốn mi li mét vuông."),
    ("Phụ tải đỉnh của tỉnh ngày 19/6 đạt 1.486 MW, tăng 9,6% so với cùng kỳ; đề nghị tắt bớt điều hòa từ 13h - 15h",
     "Phụ tải đỉnh của tỉnh ngày mười chín tháng sáu đạt một nghìn bốn trăm tám mươi sáu mê ga oát, tăng chín phẩy "
     "sáu phần trăm so với cùng kỳ; đề nghị tắt bớt điều hòa từ mười ba giờ đến mười lăm giờ."),

    # --- water supply
    ("Xí nghiệp nước Hồng Lĩnh thay ống HDPE D160 trên QL8A, các hộ khối 3, 4 mất nước từ 8h - 17h ngày 9/1",
     "Xí nghiệp nước Hồng Lĩnh thay ống hát đê pê e D một trăm sáu mươi trên quốc lộ tám A, các hộ khối ba, bốn mất "
     "nước từ tám giờ đến mười bảy giờ ngày chín tháng một."),
    ("Nước sạch sinh hoạt phải có độ đục ≤ 2 NTU, clo dư tự do 0,2 - 1 mg/l theo quy chuẩn của Bộ Y tế",
     "Nước sạch sinh hoạt phải có độ đục nhỏ hơn hoặc bằng hai nờ tê u, clo dư tự do không phẩy hai đến một mi li "
     "gam trên lít theo quy chuẩn của Bộ Y tế."),
    ("Nhà máy nước Cẩm Thạch nâng công suất lên 30.000 m³/ngày đêm, cấp cho 11.400 hộ",
     "Nhà máy nước Cẩm Thạch nâng công suất lên ba mươi nghìn mét khối mỗi ngày đêm, cấp cho mười một nghìn bốn trăm "
     "hộ."),
    ("Hộ dùng 25 m³ nước trong tháng trả 3 bậc giá: 10 m³ đầu 7.200 đ, 10 m³ tiếp 8.600 đ, 5 m³ còn lại 10.100 đ/m³",
     "Hộ dùng hai mươi lăm mét khối nước trong tháng trả ba bậc giá: mười mét khối đầu bảy nghìn hai trăm đồng, mười "
     "mét khối tiếp tám nghìn sáu trăm đồng, năm mét khối còn lại mười nghìn một trăm đồng một mét khối."),
    ("Xâm nhập mặn lấn sâu 45 km vào sông Vàm Cỏ, độ mặn tại cống lấy nước lên 6,8 g/l",
     "Xâm nhập mặn lấn sâu bốn mươi lăm ki lô mét vào sông Vàm Cỏ, độ mặn tại cống lấy nước lên sáu phẩy tám gam "
     "trên lít."),
    ("Báo rò rỉ, vỡ ống qua Tổng đài 1900 545 587 hoặc Zalo của Công ty CP Cấp nước",
     "Báo rò rỉ, vỡ ống qua Tổng đài một chín không không, năm bốn năm, năm tám bảy hoặc Zalo của Công ty cổ phần "
     "Cấp nước."),

    # --- telecom networks and outages
    ("Từ 16/10/2025, các nhà mạng tắt sóng 2G; thuê bao dùng máy chỉ hỗ trợ 2G được đổi máy 4G miễn phí",
     "Từ ngày mười sáu tháng mười năm hai nghìn không trăm hai mươi lăm, các nhà mạng tắt sóng hai G; thuê bao dùng "
     "máy chỉ hỗ trợ hai G được đổi máy bốn G miễn phí."),
    ("Tuyến cáp quang biển APG gặp sự cố, tốc độ truy cập quốc tế giảm 30 - 40% đến hết ngày 20/2",
     "Tuyến cáp quang biển a pê gờ gặp sự cố, tốc độ truy cập quốc tế giảm ba mươi đến bốn mươi phần trăm đến hết "
     "ngày hai mươi tháng hai."),
    ("Gói cước 5G 135.000 đồng/30 ngày, tốc độ tối đa 1 Gbps, dung lượng 4 GB/ngày",
     "Gói cước năm G một trăm ba mươi lăm nghìn đồng cho ba mươi ngày, tốc độ tối đa một gi ga bít trên giây, dung "
     "lượng bốn gi ga bai mỗi ngày."),
    ("Để đăng ký gói ST70, soạn DK ST70 gửi 191; hủy gói soạn HUY ST70 gửi 191",
     "Để đăng ký gói ét tê bảy mươi, soạn đê ca ét tê bảy mươi gửi một chín một; hủy gói soạn huy ét tê bảy mươi gửi "
     "một chín một."),
    ("Sự cố mất sóng di động tại 3 xã vùng cao do 12 trạm BTS mất điện, dự kiến khắc phục trước 18h",
     "Sự cố mất sóng di động tại ba xã vùng cao do mười hai trạm bê tê ét mất điện, dự kiến khắc phục trước mười tám "
     "giờ."),
    ("Mang thẻ căn cước đến cửa hàng để đổi SIM 4G miễn phí hoặc chuyển sang eSIM với phí 25.000 đồng",
     "Mang thẻ căn cước đến cửa hàng để đổi sim bốn G miễn phí hoặc chuyển sang i sim với phí hai mươi lăm nghìn "
     "đồng."),

    # --- digital services and apps
    ("Ứng dụng VNeID yêu cầu điện thoại chạy iOS 14 hoặc Android 8.0 trở lên",
     "Ứng dụng vê en e ai đi yêu cầu điện thoại chạy i o ét mười bốn hoặc Android tám chấm không trở lên."),
    ("Nộp hồ sơ cấp đổi GPLX trực tuyến tại dichvucong.bocongan.gov.vn, lệ phí 115.000 đồng/lần",
     "Nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến tại dịch vụ công chấm bộ công an chấm gờ o vê chấm vê nờ, lệ phí "
     "một trăm mười lăm nghìn đồng mỗi lần."),
    ("Điểm Wi-Fi công cộng miễn phí tại NVH 12 thôn có tốc độ 100 Mbps, mật khẩu niêm yết tại bảng tin",
     "Điểm wai phai công cộng miễn phí tại nhà văn hóa mười hai thôn có tốc độ một trăm mê ga bít trên giây, mật "
     "khẩu niêm yết tại bảng tin."),
    ("Phối hợp với Cục C06 Bộ Công an, xã đã làm sạch 98,7% dữ liệu dân cư, còn 214 trường hợp sai lệch",
     "Phối hợp với Cục xê không sáu Bộ Công an, xã đã làm sạch chín mươi tám phẩy bảy phần trăm dữ liệu dân cư, còn "
     "hai trăm mười bốn trường hợp sai lệch."),
    ("Tải ứng dụng Sổ sức khỏe điện tử trên App Store hoặc CH Play, đăng nhập bằng tài khoản VNeID",
     "Tải ứng dụng Sổ sức khỏe điện tử trên App Store hoặc xê hát Play, đăng nhập bằng tài khoản vê en e ai đi."),
    ("Cổng thông tin điện tử xã có địa chỉ nongcong.thanhhoa.gov.vn, cập nhật lịch tiếp dân hằng tuần",
     "Cổng thông tin điện tử xã có địa chỉ Nông Cống chấm Thanh Hóa chấm gờ o vê chấm vê nờ, cập nhật lịch tiếp dân "
     "hằng tuần."),
    ("Bà con đã cập nhật VNeID lên phiên bản 2.3.1 và thanh toán tiền điện bằng mã VietQR chưa?",
     "Bà con đã cập nhật vê en e ai đi lên phiên bản hai chấm ba chấm một và thanh toán tiền điện bằng mã việt kiu a "
     "chưa?"),

    # --- banking and online scams
    ("Không cài tệp có đuôi .apk do người lạ gửi qua Zalo, Messenger; đây là mã độc chiếm quyền điều khiển điện thoại",
     "Không cài tệp có đuôi chấm a pê ca do người lạ gửi qua Zalo, Messenger; đây là mã độc chiếm quyền điều khiển "
     "điện thoại."),
    ("Trang web giả mạo vneid-gov.com, dichvucong-bhxh.com yêu cầu nhập số CCCD và mật khẩu",
     "Trang web giả mạo vê en e ai đi gạch ngang gờ o vê chấm com, dịch vụ công gạch ngang bê hát ích hát chấm com "
     "yêu cầu nhập số căn cước công dân và mật khẩu."),
    ("Ngân hàng chỉ gửi tin nhắn từ tên định danh (Brandname) như Vietcombank, BIDV, không gửi đường link",
     "Ngân hàng chỉ gửi tin nhắn từ tên định danh, Brandname, như Vietcombank, bê i đê vê, không gửi đường link."),
    ("Ông Phan Văn Tú, 66 tuổi, bị lừa 1,15 tỷ đồng qua 11 lần chuyển khoản sau cuộc gọi video giả danh Công an",
     "Ông Phan Văn Tú, sáu mươi sáu tuổi, bị lừa một phẩy mười lăm tỷ đồng qua mười một lần chuyển khoản sau cuộc "
     "gọi video giả danh Công an."),
    ("Báo cáo số điện thoại lừa đảo bằng cách soạn tin V <số điện thoại> gửi 5656",
     "Báo cáo số điện thoại lừa đảo bằng cách soạn tin V số điện thoại gửi năm sáu năm sáu."),
    ("Cảnh báo lừa đảo đầu tư tiền ảo qua ứng dụng giả mạo sàn Binance, hứa lãi 1,5%/ngày",
     "Cảnh báo lừa đảo đầu tư tiền ảo qua ứng dụng giả mạo sàn Binance, hứa lãi một phẩy năm phần trăm mỗi ngày."),

    # --- science and technology units
    ("Đèn UV-C bước sóng 254 nm diệt khuẩn bề mặt, không chiếu trực tiếp vào mắt và da",
     "Đèn u vê xê bước sóng hai trăm năm mươi tư na nô mét diệt khuẩn bề mặt, không chiếu trực tiếp vào mắt và da."),
    ("Đèn năng lượng mặt trời cấp cho hộ vùng lũ có pin 5.000 mAh, tấm pin 6 W, chiếu sáng 8 - 10 giờ",
     "Đèn năng lượng mặt trời cấp cho hộ vùng lũ có pin năm nghìn mi li am pe giờ, tấm pin sáu oát, chiếu sáng tám "
     "đến mười giờ."),
    ("Trạm quan trắc phóng xạ môi trường ghi nhận suất liều 0,12 µSv/h, ở mức bình thường",
     "Trạm quan trắc phóng xạ môi trường ghi nhận suất liều không phẩy mười hai mi crô xi vơ trên giờ, ở mức bình "
     "thường."),
    ("Vệ tinh quan sát Trái đất có độ phân giải 0,5 m, bay ở độ cao 500 km, chu kỳ 94 phút/vòng",
     "Vệ tinh quan sát Trái đất có độ phân giải không phẩy năm mét, bay ở độ cao năm trăm ki lô mét, chu kỳ chín "
     "mươi tư phút mỗi vòng."),
    ("Máy đo độ ẩm hạt có sai số ±0,5%, dải đo từ 8 - 35%",
     "Máy đo độ ẩm hạt có sai số cộng trừ không phẩy năm phần trăm, dải đo từ tám đến ba mươi lăm phần trăm."),
    ("1 HP ≈ 0,746 kW; máy bơm 3 HP chạy 1 giờ tiêu thụ khoảng 2,2 kWh",
     "Một mã lực xấp xỉ không phẩy bảy trăm bốn mươi sáu ki lô oát; máy bơm ba mã lực chạy một giờ tiêu thụ khoảng "
     "hai phẩy hai ki lô oát giờ."),

    # --- food safety
    ("Đoàn kiểm tra lấy 56 mẫu rau, test nhanh phát hiện 4 mẫu (7,1%) có dư lượng thuốc BVTV",
     "Đoàn kiểm tra lấy năm mươi sáu mẫu rau, test nhanh phát hiện bốn mẫu, bảy phẩy một phần trăm, có dư lượng "
     "thuốc bảo vệ thực vật."),
    ("Không uống rượu không rõ nguồn gốc; rượu trắng 29,5° mua tại chợ có methanol gấp 15 lần giới hạn",
     "Không uống rượu không rõ nguồn gốc; rượu trắng hai mươi chín phẩy năm độ mua tại chợ có methanol gấp mười lăm "
     "lần giới hạn."),
    ("Ngộ độc botulinum do pate chay: 3 người nhập viện, BV Chợ Rẫy dùng thuốc giải BAT",
     "Ngộ độc botulinum do pate chay: ba người nhập viện, Bệnh viện Chợ Rẫy dùng thuốc giải bê a tê."),
    ("Bếp ăn trường học phải lưu mẫu 100 g thức ăn đặc, 150 ml thức ăn lỏng trong tủ lạnh 2 - 8°C",
     "Bếp ăn trường học phải lưu mẫu một trăm gam thức ăn đặc, một trăm năm mươi mi li lít thức ăn lỏng trong tủ "
     "lạnh hai đến tám độ xê."),
    ("Sản phẩm đạt chứng nhận HACCP, ISO 22000 được ưu tiên vào chuỗi cung ứng thực phẩm an toàn",
     "Sản phẩm đạt chứng nhận hát a xê xê pê, i xô hai mươi hai nghìn được ưu tiên vào chuỗi cung ứng thực phẩm an "
     "toàn."),
    ("Mẫu ớt bột lấy tại chợ Đầm có phẩm màu Sudan I với hàm lượng 1,8 mg/kg, cơ sở bị phạt 40 triệu đồng",
     "Mẫu ớt bột lấy tại chợ Đầm có phẩm màu Sudan một với hàm lượng một phẩy tám mi li gam trên ki lô gam, cơ sở bị "
     "phạt bốn mươi triệu đồng."),

    # --- traffic
    ("Cấm xe có tải trọng trục trên 10 tấn qua cầu Hiếu Lễ trên ĐT 547 từ ngày 20/1",
     "Cấm xe có tải trọng trục trên mười tấn qua cầu Hiếu Lễ trên đường tỉnh năm trăm bốn mươi bảy từ ngày hai mươi "
     "tháng một."),
    ("Xe container mang BKS 15C-367.82 lật tại Km 587+200 QL1, giao thông ùn tắc 3 km",
     "Xe container mang biển kiểm soát mười lăm xê, ba sáu bảy, tám hai lật tại ki lô mét năm trăm tám mươi bảy cộng "
     "hai trăm quốc lộ một, giao thông ùn tắc ba ki lô mét."),
    ("Người lái xe có nồng độ cồn trong hơi thở vượt 0,4 mg/lít khí thở bị phạt 30 - 40 triệu đồng, tước GPLX 22 - 24 "
     "tháng",
     "Người lái xe có nồng độ cồn trong hơi thở vượt không phẩy bốn mi li gam trên lít khí thở bị phạt ba mươi đến "
     "bốn mươi triệu đồng, tước giấy phép lái xe hai mươi hai đến hai mươi tư tháng."),
    ("Đăng kiểm xe máy trên 5 năm: chu kỳ 24 tháng; trên 12 năm: 12 tháng/lần",
     "Đăng kiểm xe máy trên năm năm: chu kỳ hai mươi tư tháng; trên mười hai năm: mười hai tháng một lần."),

    # --- fire safety
    ("Mỗi ki ốt trang bị 1 bình bột MFZ4 (4 kg); khu vực điện trang bị bình khí CO2 MT3",
     "Mỗi ki ốt trang bị một bình bột mờ ép dét bốn, bốn ki lô gam; khu vực điện trang bị bình khí xê o hai mờ tê "
     "ba."),
    ("Vụ cháy lúc 0h45 ngày 3/2 tại xưởng mút xốp làm cháy 1.200 m² nhà xưởng, 6 xe chữa cháy được huy động",
     "Vụ cháy lúc không giờ bốn mươi lăm phút ngày ba tháng hai tại xưởng mút xốp làm cháy một nghìn hai trăm mét "
     "vuông nhà xưởng, sáu xe chữa cháy được huy động."),
    ("Ổ cắm sạc xe điện phải cách vật dễ cháy tối thiểu 1 m, dùng dây dẫn tiết diện ≥ 2,5 mm²",
     "Ổ cắm sạc xe điện phải cách vật dễ cháy tối thiểu một mét, dùng dây dẫn tiết diện lớn hơn hoặc bằng hai phẩy "
     "năm mi li mét vuông."),
    ("Tập huấn PCCC cho 45 hộ kinh doanh lúc 14h ngày 18/3 tại hội trường TDP Bắc Hà; có cháy hãy gọi 114!",
     "Tập huấn phòng cháy, chữa cháy cho bốn mươi lăm hộ kinh doanh lúc mười bốn giờ ngày mười tám tháng ba tại hội "
     "trường tổ dân phố Bắc Hà; có cháy hãy gọi một một bốn!"),

    # --- school enrolment and exams
    ("Trường THCS Cao Xuân Huy tuyển 8 lớp 6, mỗi lớp không quá 45 HS; nộp hồ sơ từ 10 - 20/7",
     "Trường trung học cơ sở Cao Xuân Huy tuyển tám lớp sáu, mỗi lớp không quá bốn mươi lăm học sinh; nộp hồ sơ từ "
     "ngày mười đến hai mươi tháng bảy."),
    ("Học sinh lớp 10 chuyên Tin thi vòng 2 môn Tin học 150 phút, lập trình bằng C++ hoặc Python",
     "Học sinh lớp mười chuyên Tin thi vòng hai môn Tin học một trăm năm mươi phút, lập trình bằng xê cộng cộng hoặc "
     "Python."),
    ("Thí sinh có chứng chỉ IELTS 4.0 trở lên được miễn thi môn Ngoại ngữ trong kỳ thi tốt nghiệp THPT",
     "Thí sinh có chứng chỉ ai en bốn chấm không trở lên được miễn thi môn Ngoại ngữ trong kỳ thi tốt nghiệp trung "
     "học phổ thông."),
    ("Trường MN tư thục thu học phí 1,2 triệu đồng/tháng; trẻ được NSNN hỗ trợ 160.000 đồng/trẻ/tháng",
     "Trường mầm non tư thục thu học phí một phẩy hai triệu đồng mỗi tháng; trẻ được ngân sách nhà nước hỗ trợ một "
     "trăm sáu mươi nghìn đồng mỗi trẻ mỗi tháng."),

    # --- military service
    ("Tân binh nhập ngũ ngày 13/2/2026 (26 tháng Chạp năm Ất Tỵ), có mặt tại Ban CHQS xã lúc 5h",
     "Tân binh nhập ngũ ngày mười ba tháng hai năm hai nghìn không trăm hai mươi sáu, hai mươi sáu tháng Chạp năm Ất "
     "Tỵ, có mặt tại Ban Chỉ huy quân sự xã lúc năm giờ."),
    ("Công dân cận thị từ 1,5 diop trở lên hoặc nhiễm HIV không gọi nhập ngũ",
     "Công dân cận thị từ một phẩy năm đi ốp trở lên hoặc nhiễm hát i vê không gọi nhập ngũ."),
    ("Lữ đoàn Công binh 414 phối hợp xã rà phá bom mìn trên diện tích 12,6 ha tại thôn Khe Sanh",
     "Lữ đoàn Công binh bốn trăm mười bốn phối hợp xã rà phá bom mìn trên diện tích mười hai phẩy sáu héc ta tại "
     "thôn Khe Sanh."),

    # --- elections
    ("Xã có 26.418 cử tri tại 18 KVBP; danh sách cử tri niêm yết từ 24/2/2026",
     "Xã có hai mươi sáu nghìn bốn trăm mười tám cử tri tại mười tám khu vực bỏ phiếu; danh sách cử tri niêm yết từ "
     "ngày hai mươi tư tháng hai năm hai nghìn không trăm hai mươi sáu."),
    ("Bầu cử bổ sung đại biểu HĐND xã khóa I tại Đơn vị bầu cử số 4 vào Chủ nhật 12/4",
     "Bầu cử bổ sung đại biểu Hội đồng nhân dân xã khóa một tại Đơn vị bầu cử số bốn vào Chủ nhật ngày mười hai "
     "tháng tư."),
    ("Ông Trần Đình Khôi trúng cử Trưởng thôn với 318/352 phiếu, đạt 90,34% số phiếu hợp lệ",
     "Ông Trần Đình Khôi trúng cử Trưởng thôn với ba trăm mười tám trên ba trăm năm mươi hai phiếu, đạt chín mươi "
     "phẩy ba mươi tư phần trăm số phiếu hợp lệ."),

    # --- taxes and land
    ("Từ kỳ tính thuế năm 2026, hộ kinh doanh nộp thuế theo tỷ lệ % trên doanh thu, khai qua eTax Mobile theo quý",
     "Từ kỳ tính thuế năm hai nghìn không trăm hai mươi sáu, hộ kinh doanh nộp thuế theo tỷ lệ phần trăm trên doanh "
     "thu, khai qua i tắc mô bai theo quý."),
    ("Thửa đất số 412, tờ bản đồ số 18 có 150 m² đất ONT và 85,6 m² đất CLN",
     "Thửa đất số bốn trăm mười hai, tờ bản đồ số mười tám có một trăm năm mươi mét vuông đất ở tại nông thôn và tám "
     "mươi lăm phẩy sáu mét vuông đất trồng cây lâu năm."),
    ("Lệ phí trước bạ nhà đất 0,5%; hộ ông Hồ Văn Lợi nộp 4.250.000 đồng cho thửa đất trị giá 850 triệu đồng",
     "Lệ phí trước bạ nhà đất không phẩy năm phần trăm; hộ ông Hồ Văn Lợi nộp bốn triệu hai trăm năm mươi nghìn đồng "
     "cho thửa đất trị giá tám trăm năm mươi triệu đồng."),
    ("Bản đồ địa chính tỷ lệ 1:1.000 được đo đạc lại cho 6 thôn, sai số diện tích cho phép ±3%",
     "Bản đồ địa chính tỷ lệ một trên một nghìn được đo đạc lại cho sáu thôn, sai số diện tích cho phép cộng trừ ba "
     "phần trăm."),

    # --- jobs and work abroad
    ("Công ty TNHH Luxshare-ICT Nghệ An cần gấp 2.000 lao động lắp ráp linh kiện, thu nhập 5,5 - 8 triệu đồng/tháng, "
     "ở KTX miễn phí",
     "Công ty trách nhiệm hữu hạn Luxshare i xê tê Nghệ An cần gấp hai nghìn lao động lắp ráp linh kiện, thu nhập "
     "năm phẩy năm đến tám triệu đồng mỗi tháng, ở ký túc xá miễn phí."),
    ("Đơn hàng thực tập sinh đi Nhật ngành chế biến thực phẩm: tiếng Nhật N4, lương 190.000 yên/tháng",
     "Đơn hàng thực tập sinh đi Nhật ngành chế biến thực phẩm: tiếng Nhật N bốn, lương một trăm chín mươi nghìn yên "
     "mỗi tháng."),
    ("Chương trình Work and Holiday sang Úc: công dân 18 - 30 tuổi, IELTS 4.5 trở lên, có 5.000 AUD trong tài khoản",
     "Chương trình Work and Holiday sang Úc: công dân mười tám đến ba mươi tuổi, ai en bốn chấm năm trở lên, có năm "
     "nghìn đô la Úc trong tài khoản."),
    ("Sàn GDVL tỉnh tổ chức phiên trực tuyến lúc 8h30 thứ Năm 5/3 qua nền tảng Zoom, mã phòng 812 345 6789",
     "Sàn giao dịch việc làm tỉnh tổ chức phiên trực tuyến lúc tám giờ ba mươi phút thứ Năm ngày năm tháng ba qua "
     "nền tảng Zoom, mã phòng tám một hai, ba bốn năm, sáu bảy tám chín."),

    # --- culture, festivals and sport
    ("Giải marathon cự ly 42,195 km xuất phát lúc 4h30 tại Quảng trường Lam Sơn, giới hạn 1.500 VĐV",
     "Giải marathon cự ly bốn mươi hai phẩy một trăm chín mươi lăm ki lô mét xuất phát lúc bốn giờ ba mươi phút tại "
     "Quảng trường Lam Sơn, giới hạn một nghìn năm trăm vận động viên."),
    ("Lễ hội đền Chín Gian diễn ra từ 14 - 16/3 âm lịch; thi đấu vật tự do hạng cân 55 kg, 60 kg",
     "Lễ hội đền Chín Gian diễn ra từ ngày mười bốn đến mười sáu tháng ba âm lịch; thi đấu vật tự do hạng cân năm "
     "mươi lăm ki lô gam, sáu mươi ki lô gam."),
    ("Chiếu phim lưu động phục vụ đồng bào bản Xốp Tụ lúc 19h30 thứ 7 (28/12), có phim 3D dành cho thiếu nhi",
     "Chiếu phim lưu động phục vụ đồng bào bản Xốp Tụ lúc mười chín giờ ba mươi phút thứ bảy, hai mươi tám tháng "
     "mười hai, có phim ba đê dành cho thiếu nhi."),
    ("Đội tuyển U23 Việt Nam thi đấu lúc 19h00 (giờ Hà Nội), truyền hình trực tiếp trên VTV5, VTV Cần Thơ",
     "Đội tuyển U hai mươi ba Việt Nam thi đấu lúc mười chín giờ, giờ Hà Nội, truyền hình trực tiếp trên vê tê vê "
     "năm, vê tê vê Cần Thơ."),

    # --- markets, fuel and gold
    ("Từ 15h ngày 12/2, giá xăng RON 95-III tăng 420 đồng/lít, lên 20.860 đồng/lít",
     "Từ mười lăm giờ ngày mười hai tháng hai, giá xăng rôn chín mươi lăm ba tăng bốn trăm hai mươi đồng một lít, "
     "lên hai mươi nghìn tám trăm sáu mươi đồng một lít."),
    ("Dầu DO 0,05S-II giảm 150 đồng/lít còn 18.950 đồng/lít; dầu hỏa 2-K giá 18.620 đồng/lít",
     "Dầu đê o không phẩy không năm ét hai giảm một trăm năm mươi đồng một lít còn mười tám nghìn chín trăm năm mươi "
     "đồng một lít; dầu hỏa hai K giá mười tám nghìn sáu trăm hai mươi đồng một lít."),
    ("Sáng nay, vàng nhẫn tròn trơn 9999 được niêm yết ở mức 11,65 - 11,95 triệu đồng/chỉ (mua vào - bán ra)",
     "Sáng nay, vàng nhẫn tròn trơn bốn số chín được niêm yết ở mức mười một phẩy sáu mươi lăm đến mười một phẩy "
     "chín mươi lăm triệu đồng một chỉ, mua vào, bán ra."),
    ("Chợ phiên vùng cao Cán Cấu họp vào thứ 7 hằng tuần từ 6h - 14h, phí trông giữ xe máy 10.000 đ/lượt",
     "Chợ phiên vùng cao Cán Cấu họp vào thứ bảy hằng tuần từ sáu giờ đến mười bốn giờ, phí trông giữ xe máy mười "
     "nghìn đồng mỗi lượt."),
]

TUNE_B_CASES = [
    # --- Party documents and congresses
    ("Quán triệt Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, các chi bộ "
     "hoàn thành trước 30/6",
     "Quán triệt Nghị quyết số sáu mươi tám ngày bốn tháng năm năm hai nghìn không trăm hai mươi lăm của Bộ Chính "
     "trị về phát triển kinh tế tư nhân, các chi bộ hoàn thành trước ngày ba mươi tháng sáu."),
    ("Đảng ủy xã ban hành Kế hoạch số 27-KH/ĐU triển khai Quy định 189-QĐ/TW về kiểm soát quyền lực trong quản lý tài "
     "chính, tài sản công",
     "Đảng ủy xã ban hành Kế hoạch số hai mươi bảy của Đảng ủy triển khai Quy định số một trăm tám mươi chín của "
     "Trung ương về kiểm soát quyền lực trong quản lý tài chính, tài sản công."),
    ("Hội nghị lần thứ 14 Ban Chấp hành Trung ương Đảng khóa XIII cho ý kiến về công tác nhân sự Đại hội XIV",
     "Hội nghị lần thứ mười bốn Ban Chấp hành Trung ương Đảng khóa mười ba cho ý kiến về công tác nhân sự Đại hội "
     "mười bốn."),
    ("Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ I, nhiệm kỳ 2025 - 2030 triệu tập 350 đại biểu chính thức",
     "Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ nhất, nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn "
     "không trăm ba mươi triệu tập ba trăm năm mươi đại biểu chính thức."),
    ("Chi bộ thôn Đoài sinh hoạt chuyên đề theo Hướng dẫn 12-HD/BTGDVTW vào tối thứ Năm tuần thứ 2 hằng tháng",
     "Chi bộ thôn Đoài sinh hoạt chuyên đề theo Hướng dẫn số mười hai của Ban Tuyên giáo và Dân vận Trung ương vào "
     "tối thứ Năm tuần thứ hai hằng tháng."),
    ("Công văn số 318-CV/ĐU đề nghị các chi bộ thu, nộp đảng phí năm 2026 theo Quyết định 342-QĐ/TW",
     "Công văn số ba trăm mười tám của Đảng ủy đề nghị các chi bộ thu, nộp đảng phí năm hai nghìn không trăm hai "
     "mươi sáu theo Quyết định số ba trăm bốn mươi hai của Trung ương."),

    # --- State legal documents: resolutions, decrees, circulars, decisions
    ("Nghị quyết số 190/2025/QH15 của Quốc hội về xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước "
     "có hiệu lực từ 19/02/2025",
     "Nghị quyết số một trăm chín mươi năm hai nghìn không trăm hai mươi lăm của Quốc hội về xử lý một số vấn đề "
     "liên quan đến sắp xếp tổ chức bộ máy nhà nước có hiệu lực từ ngày mười chín tháng hai năm hai nghìn không trăm "
     "hai mươi lăm."),
    ("Căn cứ Thông tư số 40/2025/TT-BTC ngày 12/6/2025 hướng dẫn quản lý, sử dụng ngân sách cấp xã",
     "Căn cứ Thông tư số bốn mươi năm hai nghìn không trăm hai mươi lăm của Bộ Tài chính ngày mười hai tháng sáu năm "
     "hai nghìn không trăm hai mươi lăm hướng dẫn quản lý, sử dụng ngân sách cấp xã."),
    ("Thủ tướng ban hành Công điện số 145/CĐ-TTg yêu cầu 9 tỉnh ven biển cấm tàu thuyền ra khơi từ 12h ngày 3/11",
     "Thủ tướng ban hành Công điện số một trăm bốn mươi lăm của Thủ tướng Chính phủ yêu cầu chín tỉnh ven biển cấm "
     "tàu thuyền ra khơi từ mười hai giờ ngày ba tháng mười một."),
    ("Quyết định số 19/2025/QĐ-UBND của UBND tỉnh quy định hạn mức công nhận đất ở cho hộ gia đình, cá nhân",
     "Quyết định số mười chín năm hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân tỉnh quy định hạn mức công "
     "nhận đất ở cho hộ gia đình, cá nhân."),
    ("Tờ trình số 112/TTr-UBND ngày 03/12/2025 đề nghị HĐND xã thông qua dự toán thu ngân sách 18,75 tỷ đồng",
     "Tờ trình số một trăm mười hai của Ủy ban nhân dân ngày ba tháng mười hai năm hai nghìn không trăm hai mươi lăm "
     "đề nghị Hội đồng nhân dân xã thông qua dự toán thu ngân sách mười tám phẩy bảy mươi lăm tỷ đồng."),
    ("Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế và Trưởng các thôn chịu trách nhiệm thi hành "
     "Quyết định này",
     "Điều ba. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng phòng Kinh tế và Trưởng các thôn chịu "
     "trách nhiệm thi hành Quyết định này."),
    ("Báo cáo số 245/BC-UBND tổng kết 6 tháng thi hành Luật Thủ đô số 39/2024/QH15",
     "Báo cáo số hai trăm bốn mươi lăm của Ủy ban nhân dân tổng kết sáu tháng thi hành Luật Thủ đô số ba mươi chín "
     "năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm."),
    ("Nghị quyết số 60/NQ-CP của Chính phủ giao các bộ hoàn thành 86 nhiệm vụ cắt giảm TTHC trong năm 2026",
     "Nghị quyết số sáu mươi của Chính phủ giao các bộ hoàn thành tám mươi sáu nhiệm vụ cắt giảm thủ tục hành chính "
     "trong năm hai nghìn không trăm hai mươi sáu."),

    # --- commune and ward administration, headings and signatures
    ("Q. Chủ tịch UBND xã Nguyễn Thị Hạnh đã ký quyết định kiện toàn Ban chỉ đạo chuyển đổi số",
     "Quyền Chủ tịch Ủy ban nhân dân xã Nguyễn Thị Hạnh đã ký quyết định kiện toàn Ban chỉ đạo chuyển đổi số."),
    ("Xã Tân Hội được hình thành từ 3 xã cũ, có diện tích tự nhiên 28,4 km² và 23.615 nhân khẩu",
     "Xã Tân Hội được hình thành từ ba xã cũ, có diện tích tự nhiên hai mươi tám phẩy bốn ki lô mét vuông và hai "
     "mươi ba nghìn sáu trăm mười lăm nhân khẩu."),
    ("IX. ĐIỀU KHOẢN THI HÀNH",
     "Phần chín, điều khoản thi hành."),
    ("Chủ tịch UBND phường Hà Đông tiếp công dân lúc 8h00 thứ Hai đầu tiên của tháng tại phòng 101, nhà B",
     "Chủ tịch Ủy ban nhân dân phường Hà Đông tiếp công dân lúc tám giờ thứ Hai đầu tiên của tháng tại phòng một "
     "trăm linh một, nhà B."),
    ("Trụ sở Đặc khu Côn Đảo đặt tại số 28 đường Tôn Đức Thắng; Bộ phận một cửa làm việc từ 7h - 11h30, thứ 2 đến thứ "
     "6",
     "Trụ sở Đặc khu Côn Đảo đặt tại số hai mươi tám đường Tôn Đức Thắng; Bộ phận một cửa làm việc từ bảy giờ đến "
     "mười một giờ ba mươi phút, thứ hai đến thứ sáu."),
    ("Văn phòng HĐND và UBND xã thông báo số điện thoại mới: 0203.3845.216 (máy bàn), 0973 145 628 (Chánh Văn phòng)",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã thông báo số điện thoại mới: không hai không ba, ba tám bốn "
     "năm, hai một sáu, máy bàn, không chín bảy ba, một bốn năm, sáu hai tám, Chánh Văn phòng."),
    ("V/v lấy ý kiến Nhân dân về dự thảo đặt tên 14 tuyến đường và 2 quảng trường trên địa bàn phường",
     "Về việc lấy ý kiến Nhân dân về dự thảo đặt tên mười bốn tuyến đường và hai quảng trường trên địa bàn phường."),

    # --- courts, prosecution and enforcement of judgments
    ("TAND khu vực 2 - Hải Phòng xét xử lưu động vụ án cố ý gây thương tích lúc 8h ngày 16/1 tại hội trường xã An Lão",
     "Tòa án nhân dân khu vực hai, Hải Phòng xét xử lưu động vụ án cố ý gây thương tích lúc tám giờ ngày mười sáu "
     "tháng một tại hội trường xã An Lão."),
    ("Bị cáo Trần Văn Lợi bị tuyên phạt 7 năm 6 tháng tù về tội lừa đảo chiếm đoạt tài sản theo khoản 3 Điều 174 BLHS",
     "Bị cáo Trần Văn Lợi bị tuyên phạt bảy năm sáu tháng tù về tội lừa đảo chiếm đoạt tài sản theo khoản ba Điều "
     "một trăm bảy mươi tư Bộ luật Hình sự."),
    ("VKSND khu vực 5 ban hành 3 kiến nghị yêu cầu khắc phục vi phạm trong giải quyết đơn thư, hạn trả lời 30 ngày",
     "Viện kiểm sát nhân dân khu vực năm ban hành ba kiến nghị yêu cầu khắc phục vi phạm trong giải quyết đơn thư, "
     "hạn trả lời ba mươi ngày."),
    ("Phòng THADS khu vực 4 thông báo bán đấu giá quyền sử dụng 215,6 m² đất tại thôn Đông, giá khởi điểm "
     "1.486.000.000 đồng",
     "Phòng Thi hành án dân sự khu vực bốn thông báo bán đấu giá quyền sử dụng hai trăm mười lăm phẩy sáu mét vuông "
     "đất tại thôn Đông, giá khởi điểm một tỷ bốn trăm tám mươi sáu triệu đồng."),
    ("Theo Bản án hình sự sơ thẩm số 52/2025/HS-ST ngày 09/10/2025, bị cáo phải bồi thường cho bị hại 85 triệu đồng",
     "Theo Bản án hình sự sơ thẩm số năm mươi hai năm hai nghìn không trăm hai mươi lăm ngày chín tháng mười năm hai "
     "nghìn không trăm hai mươi lăm, bị cáo phải bồi thường cho bị hại tám mươi lăm triệu đồng."),
    ("Án phí hình sự sơ thẩm là 200.000 đồng; án phí dân sự có giá ngạch tính bằng 5% giá trị tài sản tranh chấp",
     "Án phí hình sự sơ thẩm là hai trăm nghìn đồng; án phí dân sự có giá ngạch tính bằng năm phần trăm giá trị tài "
     "sản tranh chấp."),
    ("Theo Quyết định 1915/QĐ-CTN, xã có 4 người được đặc xá dịp Quốc khánh 2/9 trở về địa phương",
     "Theo Quyết định số một nghìn chín trăm mười lăm của Chủ tịch nước, xã có bốn người được đặc xá dịp Quốc khánh "
     "hai tháng chín trở về địa phương."),

    # --- legal aid, mediation and civil status
    ("Trung tâm TGPL nhà nước tỉnh trợ giúp pháp lý miễn phí cho người nghèo, người DTTS vào thứ 3 tuần thứ 2 hằng "
     "tháng tại NVH các thôn",
     "Trung tâm Trợ giúp pháp lý nhà nước tỉnh trợ giúp pháp lý miễn phí cho người nghèo, người dân tộc thiểu số vào "
     "thứ ba tuần thứ hai hằng tháng tại nhà văn hóa các thôn."),
    ("Năm 2025, 36 tổ hòa giải ở cơ sở của xã hòa giải thành 112/127 vụ việc, đạt 88,2%",
     "Năm hai nghìn không trăm hai mươi lăm, ba mươi sáu tổ hòa giải ở cơ sở của xã hòa giải thành một trăm mười hai "
     "trên một trăm hai mươi bảy vụ việc, đạt tám mươi tám phẩy hai phần trăm."),
    ("Đăng ký kết hôn có yếu tố nước ngoài thực hiện tại Trung tâm PVHCC tỉnh, lệ phí 1.500.000 đồng, trả kết quả "
     "trong 10 ngày làm việc",
     "Đăng ký kết hôn có yếu tố nước ngoài thực hiện tại Trung tâm phục vụ hành chính công tỉnh, lệ phí một triệu "
     "năm trăm nghìn đồng, trả kết quả trong mười ngày làm việc."),
    ("Công chức Tư pháp - Hộ tịch hướng dẫn chứng thực chữ ký tại quầy số 2, lệ phí 10.000 đồng/trường hợp",
     "Công chức Tư pháp, Hộ tịch hướng dẫn chứng thực chữ ký tại quầy số hai, lệ phí mười nghìn đồng mỗi trường hợp."),
    ("Luật Hòa giải ở cơ sở 2013 và Nghị định 15/2014/NĐ-CP quy định mức chi thù lao cho hòa giải viên theo vụ việc",
     "Luật Hòa giải ở cơ sở năm hai nghìn không trăm mười ba và Nghị định số mười lăm năm hai nghìn không trăm mười "
     "bốn của Chính phủ quy định mức chi thù lao cho hòa giải viên theo vụ việc."),

    # --- police: identity cards, residence and exit-entry
    ("Phòng QLXNC Công an tỉnh tiếp nhận hồ sơ cấp hộ chiếu gắn chíp vào sáng thứ 7 từ 7h30 - 11h30, lệ phí 200.000 "
     "đồng/cuốn",
     "Phòng Quản lý xuất nhập cảnh Công an tỉnh tiếp nhận hồ sơ cấp hộ chiếu gắn chíp vào sáng thứ bảy từ bảy giờ ba "
     "mươi phút đến mười một giờ ba mươi phút, lệ phí hai trăm nghìn đồng một cuốn."),
    ("Số CCCD của chủ hộ ghi trên tờ khai là 036 085 004 217, đề nghị ông kiểm tra lại trước khi ký",
     "Số căn cước công dân của chủ hộ ghi trên tờ khai là không ba sáu, không tám năm, không không bốn, hai một bảy, "
     "đề nghị ông kiểm tra lại trước khi ký."),
    ("Công dân từ đủ 14 tuổi làm thẻ căn cước lần đầu được miễn phí; cấp đổi, cấp lại thu 50.000 - 70.000 đồng/thẻ",
     "Công dân từ đủ mười bốn tuổi làm thẻ căn cước lần đầu được miễn phí; cấp đổi, cấp lại thu năm mươi nghìn đến "
     "bảy mươi nghìn đồng một thẻ."),
    ("Công dân nộp hồ sơ cấp hộ chiếu trực tuyến tại dichvucong.bocongan.gov.vn, nhận kết quả qua bưu điện sau 8 ngày "
     "làm việc",
     "Công dân nộp hồ sơ cấp hộ chiếu trực tuyến tại dịch vụ công chấm bộ công an chấm gờ o vê chấm vê nờ, nhận kết "
     "quả qua bưu điện sau tám ngày làm việc."),
    ("Phòng PC06 Công an tỉnh cấp căn cước lưu động tại 12 xã vùng cao từ 3 - 14/11",
     "Phòng pê xê không sáu Công an tỉnh cấp căn cước lưu động tại mười hai xã vùng cao từ ngày ba đến mười bốn "
     "tháng mười một."),

    # --- security, public order and crime
    ("Công an xã bắt đối tượng Vũ Đức Mạnh, SN 1989, trộm cắp 3 xe máy, thu giữ xe mang BKS 18B2-457.63",
     "Công an xã bắt đối tượng Vũ Đức Mạnh, sinh năm một nghìn chín trăm tám mươi chín, trộm cắp ba xe máy, thu giữ "
     "xe mang biển kiểm soát mười tám bê hai, bốn năm bảy, sáu ba."),
    ("Đội CSHS Công an tỉnh triệt phá đường dây cho vay lãi nặng với mức lãi 3.000 đồng/1 triệu/ngày, tương đương "
     "109,5%/năm",
     "Đội Cảnh sát hình sự Công an tỉnh triệt phá đường dây cho vay lãi nặng với mức lãi ba nghìn đồng mỗi triệu mỗi "
     "ngày, tương đương một trăm linh chín phẩy năm phần trăm mỗi năm."),
    ("Theo Luật An ninh mạng 2018, người đăng tải thông tin sai sự thật có thể bị phạt 10 - 20 triệu đồng theo Nghị "
     "định 15/2020/NĐ-CP",
     "Theo Luật An ninh mạng năm hai nghìn không trăm mười tám, người đăng tải thông tin sai sự thật có thể bị phạt "
     "mười đến hai mươi triệu đồng theo Nghị định số mười lăm năm hai nghìn không trăm hai mươi của Chính phủ."),
    ("Công an xã thu giữ 1,25 kg pháo nổ, lập biên bản theo khoản 1 Điều 11 Nghị định 144/2021/NĐ-CP",
     "Công an xã thu giữ một phẩy hai mươi lăm ki lô gam pháo nổ, lập biên bản theo khoản một Điều mười một Nghị "
     "định số một trăm bốn mươi bốn năm hai nghìn không trăm hai mươi mốt của Chính phủ."),
    ("Người tố giác tội phạm ma túy được giữ bí mật và có thể được thưởng đến 20 triệu đồng; liên hệ 069.2596.345",
     "Người tố giác tội phạm ma túy được giữ bí mật và có thể được thưởng đến hai mươi triệu đồng; liên hệ không sáu "
     "chín, hai năm chín sáu, ba bốn năm."),

    # --- traffic fines and driving licences
    ("Theo Luật Trật tự, an toàn giao thông đường bộ 2024, mỗi GPLX có 12 điểm; bị trừ hết điểm phải chờ 6 tháng mới "
     "được sát hạch lại",
     "Theo Luật Trật tự, an toàn giao thông đường bộ năm hai nghìn không trăm hai mươi tư, mỗi giấy phép lái xe có "
     "mười hai điểm; bị trừ hết điểm phải chờ sáu tháng mới được sát hạch lại."),
    ("Người lái ô tô có nồng độ cồn vượt 0,4 mg/l khí thở bị phạt 30 - 40 triệu đồng và bị trừ 12 điểm GPLX",
     "Người lái ô tô có nồng độ cồn vượt không phẩy bốn mi li gam trên lít khí thở bị phạt ba mươi đến bốn mươi "
     "triệu đồng và bị trừ mười hai điểm giấy phép lái xe."),
    ("Đội CSGT số 3 lập biên bản xe khách BKS 29B-618.02 chở 52 người, vượt 7 người so với quy định",
     "Đội Cảnh sát giao thông số ba lập biên bản xe khách biển kiểm soát hai mươi chín bê, sáu một tám, không hai "
     "chở năm mươi hai người, vượt bảy người so với quy định."),
    ("Từ 01/01/2025, GPLX hạng B1 cũ được đổi sang hạng B, hạng C cũ đổi sang hạng C1 hoặc C tùy tải trọng",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi lăm, giấy phép lái xe hạng B một cũ được đổi sang hạng "
     "B, hạng C cũ đổi sang hạng C một hoặc C tùy tải trọng."),
    ("Phí sử dụng đường bộ với ô tô dưới 10 chỗ là 130.000 đồng/tháng, thu cùng lúc đăng kiểm",
     "Phí sử dụng đường bộ với ô tô dưới mười chỗ là một trăm ba mươi nghìn đồng mỗi tháng, thu cùng lúc đăng kiểm."),
    ("Chủ các xe mang biển số 98A-207.56 và 98H1-340.19 đến trụ sở Công an xã nhận thông báo vi phạm qua hình ảnh",
     "Chủ các xe mang biển số chín mươi tám a, hai không bảy, năm sáu và chín mươi tám hát một, ba bốn không, một "
     "chín đến trụ sở Công an xã nhận thông báo vi phạm qua hình ảnh."),
    ("Xe tải chở quá tải trọng 52% bị xử phạt theo điểm a khoản 8 Điều 21 NĐ 168/2024/NĐ-CP",
     "Xe tải chở quá tải trọng năm mươi hai phần trăm bị xử phạt theo điểm a khoản tám Điều hai mươi mốt Nghị định "
     "số một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ."),

    # --- roads, bridges, ferries and tolls
    ("Cao tốc Hòa Liên - Túy Loan hạn chế tốc độ 80 km/h từ Km 2+300 đến Km 11+500 trong thời gian sửa chữa",
     "Cao tốc Hòa Liên, Túy Loan hạn chế tốc độ tám mươi ki lô mét trên giờ từ ki lô mét hai cộng ba trăm đến ki lô "
     "mét mười một cộng năm trăm trong thời gian sửa chữa."),
    ("Cấm xe có tải trọng trên 3,5 tấn qua cầu tạm Phong Châu từ 0h ngày 12/2 đến khi có thông báo mới",
     "Cấm xe có tải trọng trên ba phẩy năm tấn qua cầu tạm Phong Châu từ không giờ ngày mười hai tháng hai đến khi "
     "có thông báo mới."),
    ("Phà Đình Vũ hoạt động 24/24, giá vé xe máy 15.000 đồng/lượt, ô tô 4 - 7 chỗ 80.000 đồng/lượt",
     "Phà Đình Vũ hoạt động hai mươi tư trên hai mươi tư, giá vé xe máy mười lăm nghìn đồng mỗi lượt, ô tô bốn đến "
     "bảy chỗ tám mươi nghìn đồng mỗi lượt."),
    ("Dự án mở rộng QL32 đoạn Km 18 - Km 25 có tổng mức đầu tư 1.430 tỷ đồng, dự kiến hoàn thành trong quý II/2027",
     "Dự án mở rộng quốc lộ ba mươi hai đoạn ki lô mét mười tám đến ki lô mét hai mươi lăm có tổng mức đầu tư một "
     "nghìn bốn trăm ba mươi tỷ đồng, dự kiến hoàn thành trong quý hai năm hai nghìn không trăm hai mươi bảy."),
    ("Trạm thu phí BOT Cầu Rác chuyển sang thu phí không dừng ETC, xe dưới 12 chỗ trả 35.000 đồng/lượt",
     "Trạm thu phí bê o tê Cầu Rác chuyển sang thu phí không dừng e tê xê, xe dưới mười hai chỗ trả ba mươi lăm "
     "nghìn đồng mỗi lượt."),

    # --- military service and militia
    ("Luật NVQS số 78/2015/QH13 quy định thời hạn phục vụ tại ngũ của hạ sĩ quan, binh sĩ là 24 tháng",
     "Luật Nghĩa vụ quân sự số bảy mươi tám năm hai nghìn không trăm mười lăm của Quốc hội khóa mười ba quy định "
     "thời hạn phục vụ tại ngũ của hạ sĩ quan, binh sĩ là hai mươi tư tháng."),
    ("Bộ CHQS tỉnh giao xã chỉ tiêu năm 2026 là 19 tân binh, trong đó Lữ đoàn 242 nhận 11, Trung đoàn 43 nhận 8",
     "Bộ Chỉ huy quân sự tỉnh giao xã chỉ tiêu năm hai nghìn không trăm hai mươi sáu là mười chín tân binh, trong đó "
     "Lữ đoàn hai trăm bốn mươi hai nhận mười một, Trung đoàn bốn mươi ba nhận tám."),
    ("Công dân có chỉ số BMI dưới 18 hoặc từ 30 trở lên không đủ tiêu chuẩn sức khỏe gọi nhập ngũ",
     "Công dân có chỉ số bê mờ i dưới mười tám hoặc từ ba mươi trở lên không đủ tiêu chuẩn sức khỏe gọi nhập ngũ."),
    ("Thông tư 105/2023/TT-BQP quy định việc phân loại sức khỏe NVQS theo 6 loại, từ loại 1 đến loại 6",
     "Thông tư số một trăm linh năm năm hai nghìn không trăm hai mươi ba của Bộ Quốc phòng quy định việc phân loại "
     "sức khỏe nghĩa vụ quân sự theo sáu loại, từ loại một đến loại sáu."),
    ("Diễn tập khu vực phòng thủ xã năm 2026 diễn ra từ 16 - 18/9, huy động 215 dân quân và 3 xe vận tải",
     "Diễn tập khu vực phòng thủ xã năm hai nghìn không trăm hai mươi sáu diễn ra từ ngày mười sáu đến mười tám "
     "tháng chín, huy động hai trăm mười lăm dân quân và ba xe vận tải."),
    ("Thẻ học nghề cấp cho bộ đội xuất ngũ có giá trị bằng 12 tháng lương cơ sở, tức 28.080.000 đồng, dùng trong 1 "
     "năm",
     "Thẻ học nghề cấp cho bộ đội xuất ngũ có giá trị bằng mười hai tháng lương cơ sở, tức hai mươi tám triệu không "
     "trăm tám mươi nghìn đồng, dùng trong một năm."),

    # --- taxes
    ("Hộ kinh doanh bán hàng trên sàn TMĐT được sàn khấu trừ, nộp thay thuế GTGT 1% và thuế TNCN 0,5% trên doanh thu",
     "Hộ kinh doanh bán hàng trên sàn thương mại điện tử được sàn khấu trừ, nộp thay thuế giá trị gia tăng một phần "
     "trăm và thuế thu nhập cá nhân không phẩy năm phần trăm trên doanh thu."),
    ("Thuế TTĐB đối với bia từ năm 2027 là 65%, sau đó tăng dần lên 90% vào năm 2031",
     "Thuế tiêu thụ đặc biệt đối với bia từ năm hai nghìn không trăm hai mươi bảy là sáu mươi lăm phần trăm, sau đó "
     "tăng dần lên chín mươi phần trăm vào năm hai nghìn không trăm ba mươi mốt."),
    ("Mức thuế BVMT đối với xăng là 2.000 đồng/lít, dầu diesel 1.000 đồng/lít, dầu hỏa 600 đồng/lít",
     "Mức thuế bảo vệ môi trường đối với xăng là hai nghìn đồng một lít, dầu diesel một nghìn đồng một lít, dầu hỏa "
     "sáu trăm đồng một lít."),
    ("Từ năm 2026, cửa hàng ăn uống, tạp hóa phải xuất hóa đơn từ MTT ngay khi bán hàng cho khách",
     "Từ năm hai nghìn không trăm hai mươi sáu, cửa hàng ăn uống, tạp hóa phải xuất hóa đơn từ máy tính tiền ngay "
     "khi bán hàng cho khách."),
    ("Thuế cơ sở 6 thành phố Hà Nội làm việc cả thứ 7 ngày 28/3 để hỗ trợ quyết toán thuế TNCN năm 2025",
     "Thuế cơ sở sáu thành phố Hà Nội làm việc cả thứ bảy ngày hai mươi tám tháng ba để hỗ trợ quyết toán thuế thu "
     "nhập cá nhân năm hai nghìn không trăm hai mươi lăm."),
    ("Sau 90 ngày quá hạn, Thuế tỉnh Quảng Ninh phong tỏa tài khoản của 14 doanh nghiệp nợ thuế tổng cộng 26,8 tỷ "
     "đồng",
     "Sau chín mươi ngày quá hạn, Thuế tỉnh Quảng Ninh phong tỏa tài khoản của mười bốn doanh nghiệp nợ thuế tổng "
     "cộng hai mươi sáu phẩy tám tỷ đồng."),
    ("Người có thu nhập từ 2 nơi trở lên đã tự quyết toán thuế TNCN năm 2025 qua eTax Mobile chưa?",
     "Người có thu nhập từ hai nơi trở lên đã tự quyết toán thuế thu nhập cá nhân năm hai nghìn không trăm hai mươi "
     "lăm qua i tắc mô bai chưa?"),

    # --- fees and charges
    ("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ tại xã là 75.000 đồng/giấy phép, cấp trong 15 ngày",
     "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ tại xã là bảy mươi lăm nghìn đồng một giấy phép, cấp trong mười "
     "lăm ngày."),
    ("Bãi xe chợ Mới thu phí trông giữ ô tô 25.000 đồng/lượt, gửi qua đêm 50.000 đồng/xe",
     "Bãi xe chợ Mới thu phí trông giữ ô tô hai mươi lăm nghìn đồng mỗi lượt, gửi qua đêm năm mươi nghìn đồng mỗi "
     "xe."),
    ("Lệ phí cấp lại GPLX khi làm trực tuyến trên Cổng DVCQG là 115.000 đồng/lần",
     "Lệ phí cấp lại giấy phép lái xe khi làm trực tuyến trên Cổng Dịch vụ công quốc gia là một trăm mười lăm nghìn "
     "đồng mỗi lần."),
    ("Phí thẩm định hồ sơ cấp GCN lần đầu bằng 0,15% giá trị thửa đất, tối đa 5 triệu đồng",
     "Phí thẩm định hồ sơ cấp giấy chứng nhận lần đầu bằng không phẩy mười lăm phần trăm giá trị thửa đất, tối đa "
     "năm triệu đồng."),

    # --- banking, savings and credit
    ("Lãi suất tiết kiệm kỳ hạn 12 tháng tại các NHTM nhà nước phổ biến ở mức 4,7 - 4,8%/năm",
     "Lãi suất tiết kiệm kỳ hạn mười hai tháng tại các ngân hàng thương mại nhà nước phổ biến ở mức bốn phẩy bảy đến "
     "bốn phẩy tám phần trăm mỗi năm."),
    ("NHNN giữ lãi suất tái cấp vốn 4,5%/năm; tỷ giá trung tâm ngày 5/1 là 25.138 đồng/USD",
     "Ngân hàng Nhà nước giữ lãi suất tái cấp vốn bốn phẩy năm phần trăm mỗi năm; tỷ giá trung tâm ngày năm tháng "
     "một là hai mươi lăm nghìn một trăm ba mươi tám đồng một đô la Mỹ."),
    ("Ủng hộ Quỹ Vì người nghèo của xã qua STK 4203 201 005 678 tại Agribank chi nhánh Hiệp Hòa",
     "Ủng hộ Quỹ Vì người nghèo của xã qua số tài khoản bốn hai không ba, hai không một, không không năm, sáu bảy "
     "tám tại Agribank chi nhánh Hiệp Hòa."),
    ("Ngân hàng nâng hạn mức chuyển khoản trực tuyến lên 500 triệu đồng/ngày cho khách hàng đã xác thực sinh trắc học",
     "Ngân hàng nâng hạn mức chuyển khoản trực tuyến lên năm trăm triệu đồng mỗi ngày cho khách hàng đã xác thực "
     "sinh trắc học."),
    ("QTDND Đông Sơn huy động được 186,4 tỷ đồng, dư nợ cho vay 152 tỷ đồng, nợ xấu chỉ 0,87%",
     "Quỹ tín dụng nhân dân Đông Sơn huy động được một trăm tám mươi sáu phẩy bốn tỷ đồng, dư nợ cho vay một trăm "
     "năm mươi hai tỷ đồng, nợ xấu chỉ không phẩy tám mươi bảy phần trăm."),
    ("Lãi suất 2%/tuần của các app cho vay vượt xa giới hạn 20%/năm theo BLDS 2015",
     "Lãi suất hai phần trăm mỗi tuần của các app cho vay vượt xa giới hạn hai mươi phần trăm mỗi năm theo Bộ luật "
     "Dân sự năm hai nghìn không trăm mười lăm."),

    # --- scams and cyber safety
    ("Đối tượng gửi tin nhắn mạo danh cơ quan thuế kèm đường link thuedientu-gdt.com để chiếm đoạt tài khoản ngân "
     "hàng",
     "Đối tượng gửi tin nhắn mạo danh cơ quan thuế kèm đường link thuế điện tử gạch ngang gờ đê tê chấm com để chiếm "
     "đoạt tài khoản ngân hàng."),
    ("Không cung cấp mã OTP, số thẻ và 3 số CVV ở mặt sau thẻ cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng",
     "Không cung cấp mã o tê pê, số thẻ và ba số xê vê vê ở mặt sau thẻ cho bất kỳ ai, kể cả người xưng là nhân viên "
     "ngân hàng."),
    ("Từ 01/01/2026, tài khoản thanh toán của tổ chức phải xác thực sinh trắc học người đại diện theo Thông tư "
     "17/2024/TT-NHNN",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, tài khoản thanh toán của tổ chức phải xác thực "
     "sinh trắc học người đại diện theo Thông tư số mười bảy năm hai nghìn không trăm hai mươi tư của Ngân hàng Nhà "
     "nước."),
    ("Thủ đoạn gửi file APK giả ứng dụng VNeID qua Zalo đã khiến 7 người ở xã mất tổng cộng 1,3 tỷ đồng",
     "Thủ đoạn gửi file a pê ca giả ứng dụng vê en e ai đi qua Zalo đã khiến bảy người ở xã mất tổng cộng một phẩy "
     "ba tỷ đồng."),
    ("Tuyệt đối không chuyển tiền cho người lạ tự xưng cán bộ TAND để “xóa án”!",
     "Tuyệt đối không chuyển tiền cho người lạ tự xưng cán bộ Tòa án nhân dân để xóa án!"),

    # --- public finance and the commune budget
    ("Dự toán thu NSNN trên địa bàn xã năm 2026 là 24,36 tỷ đồng, riêng thu tiền sử dụng đất 15 tỷ đồng",
     "Dự toán thu ngân sách nhà nước trên địa bàn xã năm hai nghìn không trăm hai mươi sáu là hai mươi tư phẩy ba "
     "mươi sáu tỷ đồng, riêng thu tiền sử dụng đất mười lăm tỷ đồng."),
    ("Đến 30/11, xã giải ngân 41,8/52,3 tỷ đồng vốn đầu tư công, đạt 79,9% kế hoạch",
     "Đến ngày ba mươi tháng mười một, xã giải ngân bốn mươi mốt phẩy tám trên năm mươi hai phẩy ba tỷ đồng vốn đầu "
     "tư công, đạt bảy mươi chín phẩy chín phần trăm kế hoạch."),
    ("KBNN khu vực V đề nghị các đơn vị gửi chứng từ điện tử trước 16h hằng ngày để được thanh toán trong ngày",
     "Kho bạc Nhà nước khu vực năm đề nghị các đơn vị gửi chứng từ điện tử trước mười sáu giờ hằng ngày để được "
     "thanh toán trong ngày."),
    ("Kinh phí xây dựng xã NTM nâng cao giai đoạn 2026 - 2030 dự kiến 127,5 tỷ đồng, Nhân dân đóng góp khoảng 8%",
     "Kinh phí xây dựng xã nông thôn mới nâng cao giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không "
     "trăm ba mươi dự kiến một trăm hai mươi bảy phẩy năm tỷ đồng, Nhân dân đóng góp khoảng tám phần trăm."),
    ("Công khai quyết toán ngân sách xã năm 2025: tổng thu 31.204.560.000 đồng, tổng chi 29.876.115.000 đồng",
     "Công khai quyết toán ngân sách xã năm hai nghìn không trăm hai mươi lăm: tổng thu ba mươi mốt tỷ hai trăm linh "
     "bốn triệu năm trăm sáu mươi nghìn đồng, tổng chi hai mươi chín tỷ tám trăm bảy mươi sáu triệu một trăm mười "
     "lăm nghìn đồng."),

    # --- social and health insurance
    ("Nghị định 158/2025/NĐ-CP quy định chi tiết về BHXH bắt buộc, có hiệu lực cùng Luật BHXH từ 01/7/2025",
     "Nghị định số một trăm năm mươi tám năm hai nghìn không trăm hai mươi lăm của Chính phủ quy định chi tiết về "
     "bảo hiểm xã hội bắt buộc, có hiệu lực cùng Luật Bảo hiểm xã hội từ ngày một tháng bảy năm hai nghìn không trăm "
     "hai mươi lăm."),
    ("Người hưởng trợ cấp hằng tháng theo Điều 23 Luật BHXH số 41/2024/QH15 được NSNN đóng BHYT",
     "Người hưởng trợ cấp hằng tháng theo Điều hai mươi ba Luật Bảo hiểm xã hội số bốn mươi mốt năm hai nghìn không "
     "trăm hai mươi tư của Quốc hội khóa mười lăm được ngân sách nhà nước đóng bảo hiểm y tế."),
    ("Bà Trần Thị Bích, SN 1971, đóng BHXH tự nguyện thêm 3 năm 8 tháng để đủ 15 năm, được hưởng lương hưu từ tháng "
     "9/2026",
     "Bà Trần Thị Bích, sinh năm một nghìn chín trăm bảy mươi mốt, đóng bảo hiểm xã hội tự nguyện thêm ba năm tám "
     "tháng để đủ mười lăm năm, được hưởng lương hưu từ tháng chín năm hai nghìn không trăm hai mươi sáu."),
    ("Giá giường điều trị nội khoa tại bệnh viện hạng I là 325.000 đồng/ngày, quỹ BHYT chi trả theo mức hưởng 80%",
     "Giá giường điều trị nội khoa tại bệnh viện hạng một là ba trăm hai mươi lăm nghìn đồng mỗi ngày, quỹ bảo hiểm "
     "y tế chi trả theo mức hưởng tám mươi phần trăm."),
    ("Hồ sơ đề nghị giám định mức suy giảm khả năng lao động gửi Hội đồng GĐYK tỉnh trước ngày 20 hằng tháng",
     "Hồ sơ đề nghị giám định mức suy giảm khả năng lao động gửi Hội đồng Giám định y khoa tỉnh trước ngày hai mươi "
     "hằng tháng."),

    # --- vehicle, farm and life insurance
    ("Phí bảo hiểm TNDS bắt buộc của chủ xe máy trên 50 cm³ là 60.000 đồng/năm, chưa gồm thuế GTGT",
     "Phí bảo hiểm trách nhiệm dân sự bắt buộc của chủ xe máy trên năm mươi xăng ti mét khối là sáu mươi nghìn đồng "
     "mỗi năm, chưa gồm thuế giá trị gia tăng."),
    ("Mức bồi thường thiệt hại về sức khỏe, tính mạng tối đa 150 triệu đồng/người/vụ theo Nghị định 67/2023/NĐ-CP",
     "Mức bồi thường thiệt hại về sức khỏe, tính mạng tối đa một trăm năm mươi triệu đồng mỗi người mỗi vụ theo Nghị "
     "định số sáu mươi bảy năm hai nghìn không trăm hai mươi ba của Chính phủ."),
    ("Hộ nghèo tham gia bảo hiểm cây lúa được NSNN hỗ trợ 90% phí, mức phí từ 3,5 - 5%/vụ",
     "Hộ nghèo tham gia bảo hiểm cây lúa được ngân sách nhà nước hỗ trợ chín mươi phần trăm phí, mức phí từ ba phẩy "
     "năm đến năm phần trăm mỗi vụ."),
    ("Khách hàng có 21 ngày cân nhắc kể từ khi nhận hợp đồng bảo hiểm nhân thọ, được hoàn 100% phí nếu hủy trong thời "
     "gian này",
     "Khách hàng có hai mươi mốt ngày cân nhắc kể từ khi nhận hợp đồng bảo hiểm nhân thọ, được hoàn một trăm phần "
     "trăm phí nếu hủy trong thời gian này."),

    # --- schools: enrolment, exams and results
    ("Thí sinh xét tuyển ngành Y khoa bằng tổ hợp B00 cần đạt tối thiểu 22,5/30 điểm",
     "Thí sinh xét tuyển ngành Y khoa bằng tổ hợp B không không cần đạt tối thiểu hai mươi hai phẩy năm trên ba mươi "
     "điểm."),
    ("Trường THPT Phan Đình Phùng tuyển 12 lớp 10 (540 HS), riêng lớp 10A1 học chương trình tiếng Anh tăng cường",
     "Trường trung học phổ thông Phan Đình Phùng tuyển mười hai lớp mười, năm trăm bốn mươi học sinh, riêng lớp mười "
     "A một học chương trình tiếng Anh tăng cường."),
    ("Theo Thông tư 29/2024/TT-BGDĐT, giáo viên không được dạy thêm có thu tiền đối với HS mình đang dạy chính khóa",
     "Theo Thông tư số hai mươi chín năm hai nghìn không trăm hai mươi tư của Bộ Giáo dục và Đào tạo, giáo viên "
     "không được dạy thêm có thu tiền đối với học sinh mình đang dạy chính khóa."),
    ("Em Nguyễn Minh Khôi, lớp 12A2, giành HCV Olympic Tin học quốc tế năm 2025 và được tặng Huân chương Lao động "
     "hạng Ba",
     "Em Nguyễn Minh Khôi, lớp mười hai A hai, giành huy chương vàng Olympic Tin học quốc tế năm hai nghìn không "
     "trăm hai mươi lăm và được tặng Huân chương Lao động hạng Ba."),
    ("Trường MN Hoa Sữa thu tiền ăn bán trú 28.000 đồng/trẻ/ngày, tiền nước uống 15.000 đồng/tháng",
     "Trường mầm non Hoa Sữa thu tiền ăn bán trú hai mươi tám nghìn đồng mỗi trẻ mỗi ngày, tiền nước uống mười lăm "
     "nghìn đồng mỗi tháng."),
    ("Kỳ thi chọn HSG quốc gia năm nay, tỉnh đạt 42 giải gồm 4 giải Nhất, 11 giải Nhì, 15 giải Ba và 12 giải Khuyến "
     "khích",
     "Kỳ thi chọn học sinh giỏi quốc gia năm nay, tỉnh đạt bốn mươi hai giải gồm bốn giải Nhất, mười một giải Nhì, "
     "mười lăm giải Ba và mười hai giải Khuyến khích."),
    ("Mỗi lớp cấp THCS không quá 45 HS, phòng học bảo đảm tối thiểu 1,5 m²/HS",
     "Mỗi lớp cấp trung học cơ sở không quá bốn mươi lăm học sinh, phòng học bảo đảm tối thiểu một phẩy năm mét "
     "vuông mỗi học sinh."),

    # --- universities, scholarships and student support
    ("Học phí ĐH công lập chưa tự chủ năm học 2025 - 2026 khối ngành Sức khỏe tối đa 3,05 triệu đồng/tháng",
     "Học phí đại học công lập chưa tự chủ năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai "
     "mươi sáu khối ngành Sức khỏe tối đa ba phẩy không năm triệu đồng mỗi tháng."),
    ("Sinh viên sư phạm được hỗ trợ 3,63 triệu đồng/tháng tiền sinh hoạt phí theo Nghị định 116/2020/NĐ-CP",
     "Sinh viên sư phạm được hỗ trợ ba phẩy sáu mươi ba triệu đồng mỗi tháng tiền sinh hoạt phí theo Nghị định số "
     "một trăm mười sáu năm hai nghìn không trăm hai mươi của Chính phủ."),
    ("Quỹ học bổng “Vừ A Dính” trao 120 suất, mỗi suất 2.000.000 đ cho HS DTTS vượt khó",
     "Quỹ học bổng Vừ A Dính trao một trăm hai mươi suất, mỗi suất hai triệu đồng cho học sinh dân tộc thiểu số vượt "
     "khó."),
    ("Trường ĐH Vinh tuyển 5.850 chỉ tiêu năm 2026 với 68 ngành; điểm chuẩn ngành Sư phạm Toán năm trước là 27,35",
     "Trường Đại học Vinh tuyển năm nghìn tám trăm năm mươi chỉ tiêu năm hai nghìn không trăm hai mươi sáu với sáu "
     "mươi tám ngành; điểm chuẩn ngành Sư phạm Toán năm trước là hai mươi bảy phẩy ba mươi lăm."),

    # --- culture, arts and heritage
    ("NSND Thanh Hoa và NSƯT Quốc Hưng biểu diễn trong chương trình kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên 6/1",
     "Nghệ sĩ Nhân dân Thanh Hoa và Nghệ sĩ Ưu tú Quốc Hưng biểu diễn trong chương trình kỷ niệm tám mươi năm Ngày "
     "Tổng tuyển cử đầu tiên sáu tháng một."),
    ("Hội diễn nghệ thuật quần chúng lần thứ XII thu hút 34 đơn vị với 1.020 diễn viên, giải A trị giá 8 triệu đồng",
     "Hội diễn nghệ thuật quần chúng lần thứ mười hai thu hút ba mươi tư đơn vị với một nghìn không trăm hai mươi "
     "diễn viên, giải A trị giá tám triệu đồng."),
    ("NNƯT Lò Văn Biến mở lớp truyền dạy hát Then, đàn tính cho 25 học viên trong 3 tháng",
     "Nghệ nhân Ưu tú Lò Văn Biến mở lớp truyền dạy hát Then, đàn tính cho hai mươi lăm học viên trong ba tháng."),
    ("Thư viện xã mở cửa từ 7h30 - 17h00 các ngày trong tuần trừ thứ 2; làm thẻ bạn đọc 20.000 đồng/năm",
     "Thư viện xã mở cửa từ bảy giờ ba mươi phút đến mười bảy giờ các ngày trong tuần trừ thứ hai; làm thẻ bạn đọc "
     "hai mươi nghìn đồng mỗi năm."),
    ("Bảo tàng tỉnh trưng bày 215 hiện vật thời Lý - Trần, phần lớn có niên đại thế kỷ XI - XIV",
     "Bảo tàng tỉnh trưng bày hai trăm mười lăm hiện vật thời Lý, Trần, phần lớn có niên đại thế kỷ mười một đến "
     "mười bốn."),
    ("Cầu truyền hình “Non sông thống nhất” phát trực tiếp lúc 20h10 tối 30/4 trên kênh VTV1 và VOV1",
     "Cầu truyền hình Non sông thống nhất phát trực tiếp lúc hai mươi giờ mười phút tối ngày ba mươi tháng tư trên "
     "kênh vê tê vê một và vê o vê một."),

    # --- festivals
    ("Lễ hội Chọi trâu Đồ Sơn năm 2026 diễn ra ngày 9 tháng 8 âm lịch, vé vào sân từ 200.000 - 500.000 đồng/vé",
     "Lễ hội Chọi trâu Đồ Sơn năm hai nghìn không trăm hai mươi sáu diễn ra ngày chín tháng tám âm lịch, vé vào sân "
     "từ hai trăm nghìn đến năm trăm nghìn đồng một vé."),
    ("Festival Huế 2026 với chủ đề “Di sản văn hóa với hội nhập và phát triển” diễn ra từ 4/6 đến 10/6",
     "Festival Huế hai nghìn không trăm hai mươi sáu với chủ đề Di sản văn hóa với hội nhập và phát triển diễn ra từ "
     "ngày bốn tháng sáu đến ngày mười tháng sáu."),
    ("Hội Lim năm nay chính hội vào 13 tháng Giêng (ngày 1/3/2026), cấm dừng đỗ xe trên QL1 đoạn qua phường Hạp Lĩnh "
     "từ 6h - 18h",
     "Hội Lim năm nay chính hội vào mười ba tháng Giêng, ngày một tháng ba năm hai nghìn không trăm hai mươi sáu, "
     "cấm dừng đỗ xe trên quốc lộ một đoạn qua phường Hạp Lĩnh từ sáu giờ đến mười tám giờ."),
    ("Lễ hội Nghinh Ông Cần Giờ lần thứ XVI có 350 ghe tàu tham gia rước trên biển, từ 15 - 17/8 âm lịch",
     "Lễ hội Nghinh Ông Cần Giờ lần thứ mười sáu có ba trăm năm mươi ghe tàu tham gia rước trên biển, từ ngày mười "
     "lăm đến mười bảy tháng tám âm lịch."),
    ("Hội chợ Xuân Bính Ngọ 2026 mở cửa miễn phí từ 8h - 22h, bố trí 280 gian hàng OCOP và sản phẩm làng nghề",
     "Hội chợ Xuân Bính Ngọ hai nghìn không trăm hai mươi sáu mở cửa miễn phí từ tám giờ đến hai mươi hai giờ, bố "
     "trí hai trăm tám mươi gian hàng ô cốp và sản phẩm làng nghề."),

    # --- sport
    ("Chung kết bóng đá nam Hội khỏe Phù Đổng cấp xã: thôn Trung thắng thôn Hạ với tỷ số 3-1",
     "Chung kết bóng đá nam Hội khỏe Phù Đổng cấp xã: thôn Trung thắng thôn Hạ với tỷ số ba một."),
    ("VĐV Lê Thị Hoa giành 2 HCV và 1 HCB tại Đại hội TDTT toàn quốc lần thứ X",
     "Vận động viên Lê Thị Hoa giành hai huy chương vàng và một huy chương bạc tại Đại hội thể dục thể thao toàn "
     "quốc lần thứ mười."),
    ("Giải Marathon quốc tế Di sản Hạ Long 2026 có cự ly 42,195 km, thời gian giới hạn 6 giờ 30 phút",
     "Giải Marathon quốc tế Di sản Hạ Long hai nghìn không trăm hai mươi sáu có cự ly bốn mươi hai phẩy một trăm "
     "chín mươi lăm ki lô mét, thời gian giới hạn sáu giờ ba mươi phút."),
    ("Đội U23 Việt Nam hội quân tại Trung tâm đào tạo bóng đá trẻ VFF từ 2/1 để chuẩn bị cho vòng chung kết châu Á",
     "Đội U hai mươi ba Việt Nam hội quân tại Trung tâm đào tạo bóng đá trẻ vê ép ép từ ngày hai tháng một để chuẩn "
     "bị cho vòng chung kết châu Á."),
    ("CLB bóng chuyền nữ của xã tập luyện tại NTĐ đa năng từ 17h30 - 19h các ngày thứ 2, 4, 6",
     "Câu lạc bộ bóng chuyền nữ của xã tập luyện tại nhà thi đấu đa năng từ mười bảy giờ ba mươi phút đến mười chín "
     "giờ các ngày thứ hai, tư, sáu."),
    ("Kỳ thủ Lê Quang Liêm đạt hệ số Elo 2.729, xếp thứ 21 thế giới",
     "Kỳ thủ Lê Quang Liêm đạt hệ số Elo hai nghìn bảy trăm hai mươi chín, xếp thứ hai mươi mốt thế giới."),

    # --- tourism
    ("Vé tham quan Vịnh Hạ Long tuyến 2 là 290.000 đồng/người, trẻ em cao dưới 1,3 m được miễn vé",
     "Vé tham quan Vịnh Hạ Long tuyến hai là hai trăm chín mươi nghìn đồng mỗi người, trẻ em cao dưới một phẩy ba "
     "mét được miễn vé."),
    ("Năm 2025, tỉnh đón 18,6 triệu lượt khách, trong đó 2,4 triệu lượt khách quốc tế, tổng thu từ du lịch đạt 42.300 "
     "tỷ đồng",
     "Năm hai nghìn không trăm hai mươi lăm, tỉnh đón mười tám phẩy sáu triệu lượt khách, trong đó hai phẩy bốn "
     "triệu lượt khách quốc tế, tổng thu từ du lịch đạt bốn mươi hai nghìn ba trăm tỷ đồng."),
    ("Tour du lịch cộng đồng bản Lác 2N1Đ giá 1.250.000 đồng/khách, đã gồm homestay và 3 bữa ăn",
     "Tour du lịch cộng đồng bản Lác hai ngày một đêm giá một triệu hai trăm năm mươi nghìn đồng mỗi khách, đã gồm "
     "homestay và ba bữa ăn."),
    ("Đường dây nóng hỗ trợ du khách của Sở VHTTDL: 1800 1032 (miễn phí) hoặc 0263.3822.888",
     "Đường dây nóng hỗ trợ du khách của Sở Văn hóa, Thể thao và Du lịch: một tám không không, một không ba hai, "
     "miễn phí, hoặc không hai sáu ba, ba tám hai hai, tám tám tám."),
    ("Khu du lịch Tam Cốc đón khách từ 6h30 đến 16h, đoàn từ 20 khách trở lên được giảm 10% giá vé",
     "Khu du lịch Tam Cốc đón khách từ sáu giờ ba mươi phút đến mười sáu giờ, đoàn từ hai mươi khách trở lên được "
     "giảm mười phần trăm giá vé."),

    # --- labour, wages and trade unions
    ("Lương tối thiểu giờ vùng II năm 2026 là 22.700 đồng/giờ; doanh nghiệp trả thấp hơn có thể bị phạt 20 - 30 triệu "
     "đồng",
     "Lương tối thiểu giờ vùng hai năm hai nghìn không trăm hai mươi sáu là hai mươi hai nghìn bảy trăm đồng mỗi "
     "giờ; doanh nghiệp trả thấp hơn có thể bị phạt hai mươi đến ba mươi triệu đồng."),
    ("Bộ luật Lao động 2019 cho phép làm thêm không quá 40 giờ/tháng và không quá 300 giờ/năm ở một số ngành",
     "Bộ luật Lao động năm hai nghìn không trăm mười chín cho phép làm thêm không quá bốn mươi giờ mỗi tháng và "
     "không quá ba trăm giờ mỗi năm ở một số ngành."),
    ("Tiền lương làm thêm vào ngày lễ, Tết ít nhất bằng 300%, chưa kể tiền lương của ngày lễ đó",
     "Tiền lương làm thêm vào ngày lễ, Tết ít nhất bằng ba trăm phần trăm, chưa kể tiền lương của ngày lễ đó."),
    ("Công ty CP May Sông Hồng thưởng Tết bình quân 1,8 tháng lương, người cao nhất nhận 65 triệu đồng",
     "Công ty cổ phần May Sông Hồng thưởng Tết bình quân một phẩy tám tháng lương, người cao nhất nhận sáu mươi lăm "
     "triệu đồng."),
    ("NSDLĐ phải báo trước ít nhất 45 ngày khi đơn phương chấm dứt HĐLĐ không xác định thời hạn",
     "Người sử dụng lao động phải báo trước ít nhất bốn mươi lăm ngày khi đơn phương chấm dứt hợp đồng lao động "
     "không xác định thời hạn."),
    ("LĐLĐ tỉnh tặng 1.500 suất quà “Tết Sum vầy”, mỗi suất 1 triệu đồng, cho đoàn viên CĐ có hoàn cảnh khó khăn",
     "Liên đoàn Lao động tỉnh tặng một nghìn năm trăm suất quà Tết Sum vầy, mỗi suất một triệu đồng, cho đoàn viên "
     "công đoàn có hoàn cảnh khó khăn."),

    # --- work abroad, migration and job exchanges
    ("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14 cấm thu tiền môi giới vượt "
     "mức trần",
     "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số sáu mươi chín năm hai nghìn không trăm "
     "hai mươi của Quốc hội khóa mười bốn cấm thu tiền môi giới vượt mức trần."),
    ("Lao động thời vụ làm nông nghiệp tại Hàn Quốc nhận lương khoảng 2,1 triệu won/tháng",
     "Lao động thời vụ làm nông nghiệp tại Hàn Quốc nhận lương khoảng hai phẩy một triệu won mỗi tháng."),
    ("Phiên giao dịch việc làm trực tuyến kết nối 3 tỉnh diễn ra lúc 8h30 ngày 20/3 trên vieclamvietnam.gov.vn",
     "Phiên giao dịch việc làm trực tuyến kết nối ba tỉnh diễn ra lúc tám giờ ba mươi phút ngày hai mươi tháng ba "
     "trên việc làm Việt Nam chấm gờ o vê chấm vê nờ."),
    ("Người lao động phải về nước trước hạn do bị ngược đãi được hỗ trợ vé máy bay và tối đa 6 tháng lương tối thiểu "
     "vùng I",
     "Người lao động phải về nước trước hạn do bị ngược đãi được hỗ trợ vé máy bay và tối đa sáu tháng lương tối "
     "thiểu vùng một."),
    ("Visa E-9 có thời hạn tối đa 4 năm 10 tháng; người lao động làm đúng hợp đồng có thể được quay lại làm việc",
     "Visa E chín có thời hạn tối đa bốn năm mười tháng; người lao động làm đúng hợp đồng có thể được quay lại làm "
     "việc."),
    ("Người nước ngoài nhập cảnh bằng thị thực điện tử được lưu trú tối đa 90 ngày, lệ phí 25 USD với thị thực nhập "
     "cảnh một lần",
     "Người nước ngoài nhập cảnh bằng thị thực điện tử được lưu trú tối đa chín mươi ngày, lệ phí hai mươi lăm đô la "
     "Mỹ với thị thực nhập cảnh một lần."),

    # --- housing
    ("Gói vay mua NOXH cho người dưới 35 tuổi có lãi suất 5,9%/năm trong 5 năm đầu, thời hạn vay tối đa 25 năm",
     "Gói vay mua nhà ở xã hội cho người dưới ba mươi lăm tuổi có lãi suất năm phẩy chín phần trăm mỗi năm trong năm "
     "năm đầu, thời hạn vay tối đa hai mươi lăm năm."),
    ("Dự án NOXH phường Yên Hòa gồm 1.238 căn hộ diện tích 45 - 70 m², giá bán dự kiến 19,8 triệu đồng/m²",
     "Dự án nhà ở xã hội phường Yên Hòa gồm một nghìn hai trăm ba mươi tám căn hộ diện tích bốn mươi lăm đến bảy "
     "mươi mét vuông, giá bán dự kiến mười chín phẩy tám triệu đồng một mét vuông."),
    ("Người độc thân mua NOXH phải có thu nhập không quá 20 triệu đồng/tháng, vợ chồng không quá 40 triệu đồng/tháng",
     "Người độc thân mua nhà ở xã hội phải có thu nhập không quá hai mươi triệu đồng mỗi tháng, vợ chồng không quá "
     "bốn mươi triệu đồng mỗi tháng."),
    ("Theo Luật Nhà ở 2023 và Nghị định 100/2024/NĐ-CP, người mua NOXH chỉ được bán lại sau 5 năm",
     "Theo Luật Nhà ở năm hai nghìn không trăm hai mươi ba và Nghị định số một trăm năm hai nghìn không trăm hai "
     "mươi tư của Chính phủ, người mua nhà ở xã hội chỉ được bán lại sau năm năm."),
    ("Các hộ tái định cư bốc thăm căn hộ tại tòa CT3 lúc 9h ngày 14/5, mỗi căn rộng 60,5 m²",
     "Các hộ tái định cư bốc thăm căn hộ tại tòa xê tê ba lúc chín giờ ngày mười bốn tháng năm, mỗi căn rộng sáu "
     "mươi phẩy năm mét vuông."),
    ("Giá dịch vụ quản lý chung cư trên địa bàn tối đa 16.500 đồng/m²/tháng",
     "Giá dịch vụ quản lý chung cư trên địa bàn tối đa mười sáu nghìn năm trăm đồng một mét vuông mỗi tháng."),

    # --- land
    ("Thửa đất số 86, tờ bản đồ số 15 gồm 150 m² đất ONT và 232,5 m² đất CLN",
     "Thửa đất số tám mươi sáu, tờ bản đồ số mười lăm gồm một trăm năm mươi mét vuông đất ở tại nông thôn và hai "
     "trăm ba mươi hai phẩy năm mét vuông đất trồng cây lâu năm."),
    ("Hạn mức công nhận đất ở tại các phường là 200 m²/hộ, tại các xã miền núi là 400 m²/hộ",
     "Hạn mức công nhận đất ở tại các phường là hai trăm mét vuông mỗi hộ, tại các xã miền núi là bốn trăm mét vuông "
     "mỗi hộ."),
    ("UBND xã công khai phương án BTHT, TĐC dự án KCN Phú Bình 2, tổng kinh phí bồi thường 236,48 tỷ đồng",
     "Ủy ban nhân dân xã công khai phương án bồi thường, hỗ trợ, tái định cư dự án khu công nghiệp Phú Bình hai, "
     "tổng kinh phí bồi thường hai trăm ba mươi sáu phẩy bốn mươi tám tỷ đồng."),
    ("Phiên đấu giá 24 lô đất ở tại xã Yên Lạc diễn ra lúc 8h ngày 18/6; lô số 12 có giá khởi điểm 2,15 tỷ đồng, tiền "
     "đặt trước 20%",
     "Phiên đấu giá hai mươi tư lô đất ở tại xã Yên Lạc diễn ra lúc tám giờ ngày mười tám tháng sáu; lô số mười hai "
     "có giá khởi điểm hai phẩy mười lăm tỷ đồng, tiền đặt trước hai mươi phần trăm."),
    ("Chậm đăng ký biến động đất đai quá 30 ngày bị phạt từ 1 - 3 triệu đồng theo Nghị định 123/2024/NĐ-CP",
     "Chậm đăng ký biến động đất đai quá ba mươi ngày bị phạt từ một đến ba triệu đồng theo Nghị định số một trăm "
     "hai mươi ba năm hai nghìn không trăm hai mươi tư của Chính phủ."),
    ("Giấy chứng nhận theo mẫu mới từ 01/8/2024 có mã QR, khổ 190 x 265 mm",
     "Giấy chứng nhận theo mẫu mới từ ngày một tháng tám năm hai nghìn không trăm hai mươi tư có mã kiu a, khổ một "
     "trăm chín mươi nhân hai trăm sáu mươi lăm mi li mét."),

    # --- markets, gold and exchange rates
    ("Giá vàng nhẫn tròn trơn sáng 12/1 niêm yết ở mức 152,3 - 155,3 triệu đồng/lượng",
     "Giá vàng nhẫn tròn trơn sáng ngày mười hai tháng một niêm yết ở mức một trăm năm mươi hai phẩy ba đến một trăm "
     "năm mươi lăm phẩy ba triệu đồng một lượng."),
    ("Tỷ giá bán ra tại Vietcombank: 1 USD = 26.380 đồng, 1 EUR = 30.912 đồng",
     "Tỷ giá bán ra tại Vietcombank: một đô la Mỹ bằng hai mươi sáu nghìn ba trăm tám mươi đồng, một ơ rô bằng ba "
     "mươi nghìn chín trăm mười hai đồng."),
    ("Từ 15h ngày 22/1, giá dầu diesel 0,05S tăng 280 đồng/lít, lên 18.650 đồng/lít",
     "Từ mười lăm giờ ngày hai mươi hai tháng một, giá dầu diesel không phẩy không năm S tăng hai trăm tám mươi đồng "
     "một lít, lên mười tám nghìn sáu trăm năm mươi đồng một lít."),
    ("Chợ đầu mối Long Biên sáng nay: rau cải 12.000 - 15.000 đồng/bó, cà chua 18.000 đồng/kg",
     "Chợ đầu mối Long Biên sáng nay: rau cải mười hai nghìn đến mười lăm nghìn đồng một bó, cà chua mười tám nghìn "
     "đồng một ki lô gam."),

    # --- elections and people's councils
    ("Kỳ họp thứ 5 HĐND xã khóa I khai mạc lúc 7h30 ngày 10/12, được tiếp sóng trực tiếp trên hệ thống loa truyền "
     "thanh",
     "Kỳ họp thứ năm Hội đồng nhân dân xã khóa một khai mạc lúc bảy giờ ba mươi phút ngày mười tháng mười hai, được "
     "tiếp sóng trực tiếp trên hệ thống loa truyền thanh."),
    ("Đại biểu HĐND tỉnh tiếp xúc cử tri trước Kỳ họp thứ 10, HĐND tỉnh khóa XVIII tại 4 điểm",
     "Đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri trước Kỳ họp thứ mười, Hội đồng nhân dân tỉnh khóa mười tám "
     "tại bốn điểm."),
    ("Người có trên 50% số phiếu tín nhiệm thấp có thể bị HĐND bỏ phiếu miễn nhiệm",
     "Người có trên năm mươi phần trăm số phiếu tín nhiệm thấp có thể bị Hội đồng nhân dân bỏ phiếu miễn nhiệm."),
    ("Cử tri kiểm tra tên mình trong danh sách cử tri trên VNeID từ 23/2 đến 5/3/2026",
     "Cử tri kiểm tra tên mình trong danh sách cử tri trên vê en e ai đi từ ngày hai mươi ba tháng hai đến ngày năm "
     "tháng ba năm hai nghìn không trăm hai mươi sáu."),

    # --- weather and flood warnings
    ("Lượng mưa trong 24h qua tại trạm Nam Đông đạt 412,6 mm, vượt mốc lịch sử năm 1999",
     "Lượng mưa trong hai mươi tư giờ qua tại trạm Nam Đông đạt bốn trăm mười hai phẩy sáu mi li mét, vượt mốc lịch "
     "sử năm một nghìn chín trăm chín mươi chín."),
    ("Triều cường tại trạm Phú An đạt đỉnh 1,72 m lúc 17h ngày 8/11, trên BĐ III 0,12 m",
     "Triều cường tại trạm Phú An đạt đỉnh một phẩy bảy mươi hai mét lúc mười bảy giờ ngày tám tháng mười một, trên "
     "báo động ba không phẩy mười hai mét."),

    # --- health services and medical titles
    ("PGS.TS Nguyễn Văn Hùng cùng đoàn bác sĩ khám miễn phí cho 300 người dân xã vùng cao Mường Lống",
     "Phó Giáo sư, Tiến sĩ Nguyễn Văn Hùng cùng đoàn bác sĩ khám miễn phí cho ba trăm người dân xã vùng cao Mường "
     "Lống."),
    ("BS.CKII Hoàng Văn Tú, Trưởng khoa Nội, tầm soát ung thư gan miễn phí cho người từ 40 tuổi vào sáng 14/3",
     "Bác sĩ chuyên khoa hai Hoàng Văn Tú, Trưởng khoa Nội, tầm soát ung thư gan miễn phí cho người từ bốn mươi tuổi "
     "vào sáng ngày mười bốn tháng ba."),
    ("ThS.BS Lê Thị Nga, Phó Giám đốc TTYT khu vực, tư vấn sức khỏe sinh sản cho 120 công nhân KCN",
     "Thạc sĩ, bác sĩ Lê Thị Nga, Phó Giám đốc Trung tâm Y tế khu vực, tư vấn sức khỏe sinh sản cho một trăm hai "
     "mươi công nhân khu công nghiệp."),
]

HOLDOUT_12_CASES = [
    # --- commune and ward notices after the two-level local government
    ("Từ ngày 15/8/2025, Trung tâm PVHCC phường Thành Sen mở thêm 2 quầy tiếp nhận hồ sơ đất đai ở tầng 1 nhà B",
     "Từ ngày mười lăm tháng tám năm hai nghìn không trăm hai mươi lăm, Trung tâm phục vụ hành chính công phường "
     "Thành Sen mở thêm hai quầy tiếp nhận hồ sơ đất đai ở tầng một nhà B."),
    ("Xã Cẩm Xuyên mới được hợp nhất từ 4 xã cũ, gồm 37 thôn với 11.482 hộ và 42.615 nhân khẩu",
     "Xã Cẩm Xuyên mới được hợp nhất từ bốn xã cũ, gồm ba mươi bảy thôn với mười một nghìn bốn trăm tám mươi hai hộ "
     "và bốn mươi hai nghìn sáu trăm mười lăm nhân khẩu."),
    ("Chủ tịch UBND xã Sơn Tịnh tiếp công dân vào sáng thứ 3 tuần đầu và tuần cuối mỗi tháng, từ 7h30 đến 11h",
     "Chủ tịch Ủy ban nhân dân xã Sơn Tịnh tiếp công dân vào sáng thứ ba tuần đầu và tuần cuối mỗi tháng, từ bảy giờ "
     "ba mươi phút đến mười một giờ."),
    ("Các thôn gửi danh sách hộ đăng ký làm đường bê tông về Văn phòng HĐND và UBND xã trước 17h thứ Sáu 12/12",
     "Các thôn gửi danh sách hộ đăng ký làm đường bê tông về Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã trước "
     "mười bảy giờ thứ Sáu ngày mười hai tháng mười hai."),
    ("Sau sắp xếp, 12 tổ dân phố đổi từ tên số sang tên riêng, chẳng hạn TDP 5 nay là TDP Bến Thủy",
     "Sau sắp xếp, mười hai tổ dân phố đổi từ tên số sang tên riêng, chẳng hạn tổ dân phố năm nay là tổ dân phố Bến "
     "Thủy."),
    ("Đăng ký khai sinh, kết hôn tại UBND xã được miễn lệ phí; chứng thực chữ ký thu 10.000 đồng/trường hợp",
     "Đăng ký khai sinh, kết hôn tại Ủy ban nhân dân xã được miễn lệ phí; chứng thực chữ ký thu mười nghìn đồng mỗi "
     "trường hợp."),

    # --- pensions under the Law on Social Insurance 2024
    ("Kể từ 01/7/2025, chỉ cần 15 năm đóng BHXH là đủ điều kiện về thời gian để hưởng lương hưu theo Luật số "
     "41/2024/QH15",
     "Kể từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, chỉ cần mười lăm năm đóng bảo hiểm xã hội là "
     "đủ điều kiện về thời gian để hưởng lương hưu theo Luật số bốn mươi mốt năm hai nghìn không trăm hai mươi tư "
     "của Quốc hội khóa mười lăm."),
    ("Bà Phạm Thị Hoa ở thôn Trung Lộc, 57 tuổi 4 tháng, có 19 năm 7 tháng đóng BHXH, được tính tỷ lệ hưởng lương hưu "
     "55%",
     "Bà Phạm Thị Hoa ở thôn Trung Lộc, năm mươi bảy tuổi bốn tháng, có mười chín năm bảy tháng đóng bảo hiểm xã "
     "hội, được tính tỷ lệ hưởng lương hưu năm mươi lăm phần trăm."),
    ("Người đang hưởng lương hưu dưới 3,5 triệu đồng/tháng được điều chỉnh tăng thêm 200.000 đồng/tháng từ kỳ chi trả "
     "tháng 1/2026",
     "Người đang hưởng lương hưu dưới ba phẩy năm triệu đồng mỗi tháng được điều chỉnh tăng thêm hai trăm nghìn đồng "
     "mỗi tháng từ kỳ chi trả tháng một năm hai nghìn không trăm hai mươi sáu."),
    ("Bưu điện tỉnh Hà Tĩnh chi trả gộp lương hưu tháng 3 và tháng 4/2026 cho 21.640 người hưởng, bắt đầu từ sáng 2/3",
     "Bưu điện tỉnh Hà Tĩnh chi trả gộp lương hưu tháng ba và tháng tư năm hai nghìn không trăm hai mươi sáu cho hai "
     "mươi mốt nghìn sáu trăm bốn mươi người hưởng, bắt đầu từ sáng ngày hai tháng ba."),
    ("Người nghỉ hưu có thời gian đóng vượt 35 năm đối với nam được trợ cấp một lần 0,5 tháng lương cho mỗi năm đóng "
     "vượt",
     "Người nghỉ hưu có thời gian đóng vượt ba mươi lăm năm đối với nam được trợ cấp một lần không phẩy năm tháng "
     "lương cho mỗi năm đóng vượt."),
    ("Điều 64 và Điều 66 của Luật số 41/2024/QH15 được cụ thể hóa tại Nghị định 158/2025/NĐ-CP ngày 25/6/2025",
     "Điều sáu mươi tư và Điều sáu mươi sáu của Luật số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc "
     "hội khóa mười lăm được cụ thể hóa tại Nghị định số một trăm năm mươi tám năm hai nghìn không trăm hai mươi lăm "
     "của Chính phủ ngày hai mươi lăm tháng sáu năm hai nghìn không trăm hai mươi lăm."),

    # --- voluntary social insurance
    ("Ông Đinh Văn Khởi ở bản Pá Khoang chọn mức thu nhập 2,5 triệu đồng/tháng, mỗi tháng đóng BHXH tự nguyện 550.000 "
     "đồng",
     "Ông Đinh Văn Khởi ở bản Pá Khoang chọn mức thu nhập hai phẩy năm triệu đồng mỗi tháng, mỗi tháng đóng bảo hiểm "
     "xã hội tự nguyện năm trăm năm mươi nghìn đồng."),
    ("Người tham gia BHXH tự nguyện có thể đóng 3 tháng/lần, hạn nộp là ngày cuối cùng của tháng đầu mỗi kỳ",
     "Người tham gia bảo hiểm xã hội tự nguyện có thể đóng ba tháng một lần, hạn nộp là ngày cuối cùng của tháng đầu "
     "mỗi kỳ."),
    ("Tháng 10/2025, đại lý thu xã Kỳ Anh phát triển mới 57 người tham gia BHXH tự nguyện, vượt 14% kế hoạch tháng",
     "Tháng mười năm hai nghìn không trăm hai mươi lăm, đại lý thu xã Kỳ Anh phát triển mới năm mươi bảy người tham "
     "gia bảo hiểm xã hội tự nguyện, vượt mười bốn phần trăm kế hoạch tháng."),
    ("Ngoài mức hỗ trợ của Trung ương, ngân sách tỉnh Quảng Trị hỗ trợ thêm: hộ nghèo 20%, hộ cận nghèo 15%, người "
     "DTTS 10%",
     "Ngoài mức hỗ trợ của Trung ương, ngân sách tỉnh Quảng Trị hỗ trợ thêm: hộ nghèo hai mươi phần trăm, hộ cận "
     "nghèo mười lăm phần trăm, người dân tộc thiểu số mười phần trăm."),
    ("Đăng ký BHXH tự nguyện qua ứng dụng VssID hoặc gọi nhân viên thu Đặng Thị Lụa, số 0972.415.380",
     "Đăng ký bảo hiểm xã hội tự nguyện qua ứng dụng vê ét ét i đê hoặc gọi nhân viên thu Đặng Thị Lụa, số không "
     "chín bảy hai, bốn một năm, ba tám không."),

    # --- health-insurance cards
    ("Năm 2026, người thứ nhất trong hộ đóng BHYT 1.263.600 đồng/năm, người thứ hai đóng 884.520 đồng/năm",
     "Năm hai nghìn không trăm hai mươi sáu, người thứ nhất trong hộ đóng bảo hiểm y tế một triệu hai trăm sáu mươi "
     "ba nghìn sáu trăm đồng mỗi năm, người thứ hai đóng tám trăm tám mươi tư nghìn năm trăm hai mươi đồng mỗi năm."),
    ("Trẻ dưới 6 tuổi đến khám tại TYT xã Hương Sơn chỉ cần đọc mã số định danh của trẻ, không cần mang thẻ giấy",
     "Trẻ dưới sáu tuổi đến khám tại Trạm Y tế xã Hương Sơn chỉ cần đọc mã số định danh của trẻ, không cần mang thẻ "
     "giấy."),
    ("Thẻ BHYT học sinh năm học 2025 - 2026 có giá trị từ 01/01/2026 đến hết 31/12/2026",
     "Thẻ bảo hiểm y tế học sinh năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu có "
     "giá trị từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu đến hết ngày ba mươi mốt tháng mười hai "
     "năm hai nghìn không trăm hai mươi sáu."),
    ("Người hưởng trợ cấp tuất hằng tháng từ đủ 75 tuổi được NSNN đóng 100% mức đóng BHYT",
     "Người hưởng trợ cấp tuất hằng tháng từ đủ bảy mươi lăm tuổi được ngân sách nhà nước đóng một trăm phần trăm "
     "mức đóng bảo hiểm y tế."),
    ("Gia hạn thẻ BHYT hộ gia đình trên VssID: chọn Dịch vụ công, thanh toán qua mã QR hoặc thẻ ATM",
     "Gia hạn thẻ bảo hiểm y tế hộ gia đình trên vê ét ét i đê: chọn Dịch vụ công, thanh toán qua mã kiu a hoặc thẻ "
     "a tê mờ."),
    ("Đến hết tháng 11/2025, tỷ lệ bao phủ BHYT xã Tràng Định đạt 96,37%; còn 582 người chưa có thẻ",
     "Đến hết tháng mười một năm hai nghìn không trăm hai mươi lăm, tỷ lệ bao phủ bảo hiểm y tế xã Tràng Định đạt "
     "chín mươi sáu phẩy ba mươi bảy phần trăm; còn năm trăm tám mươi hai người chưa có thẻ."),

    # --- maternity and sickness benefits
    ("Sinh con thứ 2 vào tháng 9/2025, chị Vi Thị Mến được nhận trợ cấp 4.680.000 đồng/con và hưởng 6 tháng lương "
     "thai sản",
     "Sinh con thứ hai vào tháng chín năm hai nghìn không trăm hai mươi lăm, chị Vi Thị Mến được nhận trợ cấp bốn "
     "triệu sáu trăm tám mươi nghìn đồng mỗi con và hưởng sáu tháng lương thai sản."),
    ("Vợ sinh non dưới 32 tuần, anh Lục Văn Sáng được nghỉ chế độ 7 ngày làm việc trong 60 ngày đầu",
     "Vợ sinh non dưới ba mươi hai tuần, anh Lục Văn Sáng được nghỉ chế độ bảy ngày làm việc trong sáu mươi ngày "
     "đầu."),
    ("Cha hoặc mẹ nghỉ chăm con ốm được tối đa 20 ngày làm việc/năm với con dưới 3 tuổi, 15 ngày với con từ đủ 3 tuổi "
     "đến dưới 7 tuổi",
     "Cha hoặc mẹ nghỉ chăm con ốm được tối đa hai mươi ngày làm việc mỗi năm với con dưới ba tuổi, mười lăm ngày "
     "với con từ đủ ba tuổi đến dưới bảy tuổi."),
    ("Người mắc bệnh dài ngày nghỉ quá 180 ngày thì từ ngày thứ 181 hưởng 50% - 65% tiền lương đóng BHXH",
     "Người mắc bệnh dài ngày nghỉ quá một trăm tám mươi ngày thì từ ngày thứ một trăm tám mươi mốt hưởng năm mươi "
     "phần trăm đến sáu mươi lăm phần trăm tiền lương đóng bảo hiểm xã hội."),
    ("Chị Lường Thị Yến, công nhân KCN Đình Trám, nhận 12.480.000 đồng tiền thai sản sau 21 ngày nộp hồ sơ",
     "Chị Lường Thị Yến, công nhân khu công nghiệp Đình Trám, nhận mười hai triệu bốn trăm tám mươi nghìn đồng tiền "
     "thai sản sau hai mươi mốt ngày nộp hồ sơ."),

    # --- unemployment insurance, job fairs and work abroad
    ("Ngày hội việc làm xã Hiệp Hòa sáng 22/4 quy tụ 18 doanh nghiệp với 760 vị trí, mức lương từ 8 - 12 triệu "
     "đồng/tháng",
     "Ngày hội việc làm xã Hiệp Hòa sáng ngày hai mươi hai tháng tư quy tụ mười tám doanh nghiệp với bảy trăm sáu "
     "mươi vị trí, mức lương từ tám đến mười hai triệu đồng mỗi tháng."),
    ("Đóng BHTN đủ 28 tháng, anh Hà Văn Quân được duyệt hưởng 3 tháng TCTN với mức 4.212.000 đồng/tháng",
     "Đóng bảo hiểm thất nghiệp đủ hai mươi tám tháng, anh Hà Văn Quân được duyệt hưởng ba tháng trợ cấp thất nghiệp "
     "với mức bốn triệu hai trăm mười hai nghìn đồng mỗi tháng."),
    ("Đơn hàng thực tập sinh chế biến thực phẩm sang Nhật Bản, lương cơ bản 185.000 yên/tháng, dự kiến xuất cảnh "
     "tháng 6/2026",
     "Đơn hàng thực tập sinh chế biến thực phẩm sang Nhật Bản, lương cơ bản một trăm tám mươi lăm nghìn yên mỗi "
     "tháng, dự kiến xuất cảnh tháng sáu năm hai nghìn không trăm hai mươi sáu."),
    ("Lao động sang Úc theo chương trình thị thực nông nghiệp được hỗ trợ vé máy bay tối đa 1.500 AUD",
     "Lao động sang Úc theo chương trình thị thực nông nghiệp được hỗ trợ vé máy bay tối đa một nghìn năm trăm đô la "
     "Úc."),
    ("Trung tâm DVVL tỉnh Thái Nguyên mở lớp kỹ năng phỏng vấn miễn phí cho 60 người hưởng TCTN lúc 14h thứ 3 ngày "
     "10/3",
     "Trung tâm Dịch vụ việc làm tỉnh Thái Nguyên mở lớp kỹ năng phỏng vấn miễn phí cho sáu mươi người hưởng trợ cấp "
     "thất nghiệp lúc mười bốn giờ thứ ba ngày mười tháng ba."),
    ("Cả năm 2025, TTDVVL tỉnh Lạng Sơn kết nối việc làm thành công cho 3.914 lượt người; 1.206 lao động xuất cảnh "
     "theo hợp đồng",
     "Cả năm hai nghìn không trăm hai mươi lăm, Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn kết nối việc làm thành công "
     "cho ba nghìn chín trăm mười bốn lượt người; một nghìn hai trăm linh sáu lao động xuất cảnh theo hợp đồng."),

    # --- tax
    ("Với doanh thu 420 triệu đồng/năm, quán nước của bà Vy Thị Lan không thuộc diện nộp thuế GTGT, thuế TNCN từ năm "
     "2026",
     "Với doanh thu bốn trăm hai mươi triệu đồng mỗi năm, quán nước của bà Vy Thị Lan không thuộc diện nộp thuế giá "
     "trị gia tăng, thuế thu nhập cá nhân từ năm hai nghìn không trăm hai mươi sáu."),
    ("Hộ bán hàng online có doanh thu 1,2 tỷ đồng/năm phải dùng HĐĐT khởi tạo từ máy tính tiền, kết nối dữ liệu với "
     "CQT",
     "Hộ bán hàng online có doanh thu một phẩy hai tỷ đồng mỗi năm phải dùng hóa đơn điện tử khởi tạo từ máy tính "
     "tiền, kết nối dữ liệu với cơ quan thuế."),
    ("Gia đình anh Triệu Văn Lâm có 2 con nhỏ được giảm trừ 12,4 triệu đồng/tháng khi tính thuế TNCN",
     "Gia đình anh Triệu Văn Lâm có hai con nhỏ được giảm trừ mười hai phẩy bốn triệu đồng mỗi tháng khi tính thuế "
     "thu nhập cá nhân."),
    ("Tiền thuê đất, thuế đất phi nông nghiệp nộp qua Cổng DVCQG hoặc eTax Mobile; hạn nộp kỳ 1 là ngày 31/5",
     "Tiền thuê đất, thuế đất phi nông nghiệp nộp qua Cổng Dịch vụ công quốc gia hoặc i tắc mô bai; hạn nộp kỳ một "
     "là ngày ba mươi mốt tháng năm."),
    ("Thuế cơ sở 2 tỉnh Hưng Yên hỗ trợ quyết toán thuế TNCN tại tầng 3, số 18 đường Chùa Chuông, điện thoại 0221 "
     "3552 468",
     "Thuế cơ sở hai tỉnh Hưng Yên hỗ trợ quyết toán thuế thu nhập cá nhân tại tầng ba, số mười tám đường Chùa "
     "Chuông, điện thoại không hai hai một, ba năm năm hai, bốn sáu tám."),
    ("Lệ phí trước bạ nhà, đất là 0,5%; ô tô điện chạy pin được miễn 100% đến hết ngày 28/02/2027",
     "Lệ phí trước bạ nhà, đất là không phẩy năm phần trăm; ô tô điện chạy pin được miễn một trăm phần trăm đến hết "
     "ngày hai mươi tám tháng hai năm hai nghìn không trăm hai mươi bảy."),

    # --- land registry and compensation
    ("Niêm yết công khai hồ sơ cấp GCN lần đầu của 17 hộ thôn Vĩnh Yên tại nhà văn hóa từ 3/11 đến 17/11/2025",
     "Niêm yết công khai hồ sơ cấp giấy chứng nhận lần đầu của mười bảy hộ thôn Vĩnh Yên tại nhà văn hóa từ ngày ba "
     "tháng mười một đến ngày mười bảy tháng mười một năm hai nghìn không trăm hai mươi lăm."),
    ("Thửa đất số 412, tờ bản đồ số 5 gồm 150 m² đất ở và 86,7 m² đất vườn, được bồi thường 1,12 tỷ đồng",
     "Thửa đất số bốn trăm mười hai, tờ bản đồ số năm gồm một trăm năm mươi mét vuông đất ở và tám mươi sáu phẩy bảy "
     "mét vuông đất vườn, được bồi thường một phẩy mười hai tỷ đồng."),
    ("Hạn mức công nhận đất ở tại nông thôn của tỉnh Lạng Sơn là 300 m²/hộ, tại đô thị là 150 m²/hộ",
     "Hạn mức công nhận đất ở tại nông thôn của tỉnh Lạng Sơn là ba trăm mét vuông mỗi hộ, tại đô thị là một trăm "
     "năm mươi mét vuông mỗi hộ."),
    ("Phí thẩm định hồ sơ cấp GCN của hộ gia đình, cá nhân là 350.000 đồng/hồ sơ",
     "Phí thẩm định hồ sơ cấp giấy chứng nhận của hộ gia đình, cá nhân là ba trăm năm mươi nghìn đồng mỗi hồ sơ."),
    ("Dự án mở rộng QL1C qua xã Ninh Hòa thu hồi 9,35 ha, trong đó 6,2 ha đất trồng lúa của 83 hộ",
     "Dự án mở rộng quốc lộ một C qua xã Ninh Hòa thu hồi chín phẩy ba mươi lăm héc ta, trong đó sáu phẩy hai héc ta "
     "đất trồng lúa của tám mươi ba hộ."),
    ("Hộ ông Nông Văn Đức được bố trí 1 lô TĐC rộng 120 m² tại khu Nà Pàn, giá đất 3,8 triệu đồng/m²",
     "Hộ ông Nông Văn Đức được bố trí một lô tái định cư rộng một trăm hai mươi mét vuông tại khu Nà Pàn, giá đất ba "
     "phẩy tám triệu đồng một mét vuông."),

    # --- farm prices
    ("Sáng nay cà phê Robusta tại các đại lý ở Gia Lai được thu mua 98.700 đồng/kg, thấp hơn hôm qua 1.300 đồng/kg",
     "Sáng nay cà phê Robusta tại các đại lý ở Gia Lai được thu mua chín mươi tám nghìn bảy trăm đồng một ki lô gam, "
     "thấp hơn hôm qua một nghìn ba trăm đồng một ki lô gam."),
    ("Lợn hơi tại Hưng Yên dao động 64.000 - 66.000 đồng/kg, lợn giống 1,6 - 1,8 triệu đồng/con",
     "Lợn hơi tại Hưng Yên dao động sáu mươi tư nghìn đến sáu mươi sáu nghìn đồng một ki lô gam, lợn giống một phẩy "
     "sáu đến một phẩy tám triệu đồng mỗi con."),
    ("Vải thiều loại 1 tại chợ đầu mối Thanh Hà đạt 45.000đ/kg, loại 2 từ 28.000 - 32.000đ/kg",
     "Vải thiều loại một tại chợ đầu mối Thanh Hà đạt bốn mươi lăm nghìn đồng một ki lô gam, loại hai từ hai mươi "
     "tám nghìn đến ba mươi hai nghìn đồng một ki lô gam."),
    ("Gạo trắng 5% tấm của Việt Nam được chào bán ở mức 392 USD/tấn, thấp nhất trong 3 năm",
     "Gạo trắng năm phần trăm tấm của Việt Nam được chào bán ở mức ba trăm chín mươi hai đô la Mỹ một tấn, thấp nhất "
     "trong ba năm."),
    ("Hạt điều thô tại Đồng Nai 32.500 đồng/kg, hồ tiêu 152.000 đồng/kg, tăng 3% so với tuần trước",
     "Hạt điều thô tại Đồng Nai ba mươi hai nghìn năm trăm đồng một ki lô gam, hồ tiêu một trăm năm mươi hai nghìn "
     "đồng một ki lô gam, tăng ba phần trăm so với tuần trước."),
    ("Trứng gà công nghiệp tại trại bán 1.900 - 2.100 đồng/quả, trứng vịt 2.600 đồng/quả",
     "Trứng gà công nghiệp tại trại bán một nghìn chín trăm đến hai nghìn một trăm đồng một quả, trứng vịt hai nghìn "
     "sáu trăm đồng một quả."),

    # --- crops and plant protection
    ("Bệnh vàng lá thối rễ trên sầu riêng gây hại 63,5 ha tại xã Krông Pắc, tỷ lệ cây bệnh 8 - 12%",
     "Bệnh vàng lá thối rễ trên sầu riêng gây hại sáu mươi ba phẩy năm héc ta tại xã Krông Pắc, tỷ lệ cây bệnh tám "
     "đến mười hai phần trăm."),
    ("Lịch xuống giống vụ Thu Đông năm 2026 chia 3 đợt: 10 - 15/8, 20 - 25/8 và 1 - 5/9",
     "Lịch xuống giống vụ Thu Đông năm hai nghìn không trăm hai mươi sáu chia ba đợt: ngày mười đến mười lăm tháng "
     "tám, ngày hai mươi đến hai mươi lăm tháng tám và ngày một đến năm tháng chín."),
    ("Bón đón đòng 3 - 4 kg kali/sào khi lúa có đòng dài 1 - 2 mm",
     "Bón đón đòng ba đến bốn ki lô gam kali trên sào khi lúa có đòng dài một đến hai mi li mét."),
    ("Mô hình lúa ST25 hữu cơ tại xã Hồng Dân đạt năng suất 5,8 tấn/ha, giá bán cao hơn lúa thường 15%",
     "Mô hình lúa ét tê hai mươi lăm hữu cơ tại xã Hồng Dân đạt năng suất năm phẩy tám tấn trên héc ta, giá bán cao "
     "hơn lúa thường mười lăm phần trăm."),
    ("Không dùng thuốc BVTV nhóm độc I; phun thuốc sinh học theo nguyên tắc 4 đúng, cách ly 7 - 10 ngày trước thu "
     "hoạch",
     "Không dùng thuốc bảo vệ thực vật nhóm độc một; phun thuốc sinh học theo nguyên tắc bốn đúng, cách ly bảy đến "
     "mười ngày trước thu hoạch."),

    # --- livestock and aquaculture
    ("Xã Lộc Bình tiêm 4.120 liều vắc xin LMLM cho trâu bò đợt I/2026, đạt 89,6% tổng đàn",
     "Xã Lộc Bình tiêm bốn nghìn một trăm hai mươi liều vắc xin lở mồm long móng cho trâu bò đợt một năm hai nghìn "
     "không trăm hai mươi sáu, đạt tám mươi chín phẩy sáu phần trăm tổng đàn."),
    ("Ổ dịch DTLCP tại thôn Khuổi Lầy phải tiêu hủy 23 con lợn nặng 1.865 kg, chủ hộ được hỗ trợ 40.000 đồng/kg",
     "Ổ dịch dịch tả lợn châu Phi tại thôn Khuổi Lầy phải tiêu hủy hai mươi ba con lợn nặng một nghìn tám trăm sáu "
     "mươi lăm ki lô gam, chủ hộ được hỗ trợ bốn mươi nghìn đồng một ki lô gam."),
    ("Nuôi cá rô phi ao đất mật độ 3 - 4 con/m², lượng thức ăn bằng 3 - 5% trọng lượng cá/ngày",
     "Nuôi cá rô phi ao đất mật độ ba đến bốn con trên mét vuông, lượng thức ăn bằng ba đến năm phần trăm trọng "
     "lượng cá mỗi ngày."),
    ("Bê lai Brahman 6 tháng tuổi nặng 180 - 200 kg, giá bán 22 - 25 triệu đồng/con",
     "Bê lai Brahman sáu tháng tuổi nặng một trăm tám mươi đến hai trăm ki lô gam, giá bán hai mươi hai đến hai mươi "
     "lăm triệu đồng mỗi con."),
    ("Hỗ trợ 50% giá 2.000 con gà giống Mía cho 40 hộ nghèo, mỗi hộ 50 con",
     "Hỗ trợ năm mươi phần trăm giá hai nghìn con gà giống Mía cho bốn mươi hộ nghèo, mỗi hộ năm mươi con."),

    # --- weather and storms
    ("Lúc 7h, bão số 9 cách bờ biển Đà Nẵng - Quảng Ngãi khoảng 380 km, sức gió mạnh nhất cấp 12, giật cấp 15",
     "Lúc bảy giờ, bão số chín cách bờ biển Đà Nẵng đến Quảng Ngãi khoảng ba trăm tám mươi ki lô mét, sức gió mạnh "
     "nhất cấp mười hai, giật cấp mười lăm."),
    ("Trong 24 đến 48 giờ tới, bão đi theo hướng Tây Tây Nam, mỗi giờ 10 - 15 km, cường độ cấp 11 - 12",
     "Trong hai mươi tư đến bốn mươi tám giờ tới, bão đi theo hướng Tây Tây Nam, mỗi giờ mười đến mười lăm ki lô "
     "mét, cường độ cấp mười một đến mười hai."),
    ("Mưa lớn từ tối 12 đến hết ngày 14/10 ở miền núi Quảng Ngãi, lượng phổ biến 150 - 300 mm, có nơi trên 450 mm",
     "Mưa lớn từ tối mười hai đến hết ngày mười bốn tháng mười ở miền núi Quảng Ngãi, lượng phổ biến một trăm năm "
     "mươi đến ba trăm mi li mét, có nơi trên bốn trăm năm mươi mi li mét."),
    ("Gió Đông Bắc trên vịnh Bắc Bộ mạnh cấp 6, giật cấp 8, sóng cao 2 - 3,5 m, biển động",
     "Gió Đông Bắc trên vịnh Bắc Bộ mạnh cấp sáu, giật cấp tám, sóng cao hai đến ba phẩy năm mét, biển động."),
    ("Rét đậm, rét hại: nhiệt độ trung bình ngày ở Cao Bằng dưới 13°C, đỉnh Phia Oắc có thể xuống -2°C",
     "Rét đậm, rét hại: nhiệt độ trung bình ngày ở Cao Bằng dưới mười ba độ xê, đỉnh Phia Oắc có thể xuống âm hai độ "
     "xê."),
    ("Áp thấp nhiệt đới có thể mạnh lên thành bão trong 12 giờ tới, gió mạnh cấp 8 (62 - 74 km/h)",
     "Áp thấp nhiệt đới có thể mạnh lên thành bão trong mười hai giờ tới, gió mạnh cấp tám, sáu mươi hai đến bảy "
     "mươi tư ki lô mét trên giờ."),

    # --- floods, reservoirs and civil defence
    ("Sáng nay, sông Kỳ Cùng tại trạm Lạng Sơn lên mức 253,4 m, cao hơn BĐ II 0,4 m và còn tiếp tục lên",
     "Sáng nay, sông Kỳ Cùng tại trạm Lạng Sơn lên mức hai trăm năm mươi ba phẩy bốn mét, cao hơn báo động hai không "
     "phẩy bốn mét và còn tiếp tục lên."),
    ("Thủy điện Sông Tranh 2 điều tiết qua tràn với lưu lượng 1.500 - 2.500 m³/s từ 15h hôm nay",
     "Thủy điện Sông Tranh hai điều tiết qua tràn với lưu lượng một nghìn năm trăm đến hai nghìn năm trăm mét khối "
     "trên giây từ mười lăm giờ hôm nay."),
    ("BCH PCTT&TKCN xã Nghĩa Hành dự trữ 3 tấn gạo, 500 thùng nước uống và 12 xuồng máy tại các điểm sơ tán",
     "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Nghĩa Hành dự trữ ba tấn gạo, năm trăm thùng nước "
     "uống và mười hai xuồng máy tại các điểm sơ tán."),
    ("Cảnh báo rủi ro thiên tai do lũ quét, sạt lở đất cấp độ 3 tại 14 xã miền núi phía Tây tỉnh Quảng Ngãi",
     "Cảnh báo rủi ro thiên tai do lũ quét, sạt lở đất cấp độ ba tại mười bốn xã miền núi phía Tây tỉnh Quảng Ngãi."),
    ("Đập tràn tại Km 18+600 ĐT 623 ngập sâu 1,2 m, lực lượng chức năng cắm biển cấm người và phương tiện qua lại",
     "Đập tràn tại ki lô mét mười tám cộng sáu trăm đường tỉnh sáu trăm hai mươi ba ngập sâu một phẩy hai mét, lực "
     "lượng chức năng cắm biển cấm người và phương tiện qua lại."),
    ("Lao động tự do trong độ tuổi đóng Quỹ PCTT 20.000 đồng/người/năm, nộp tại thôn trước 31/10",
     "Lao động tự do trong độ tuổi đóng Quỹ phòng, chống thiên tai hai mươi nghìn đồng mỗi người mỗi năm, nộp tại "
     "thôn trước ngày ba mươi mốt tháng mười."),

    # --- traffic
    ("Theo NĐ 168/2024/NĐ-CP, người ngồi hàng ghế sau ô tô không thắt dây an toàn bị phạt 800.000 - 1.000.000 đồng",
     "Theo Nghị định số một trăm sáu mươi tám năm hai nghìn không trăm hai mươi tư của Chính phủ, người ngồi hàng "
     "ghế sau ô tô không thắt dây an toàn bị phạt tám trăm nghìn đến một triệu đồng."),
    ("Xe khách tuyến Lạng Sơn đi Hà Nội chỉ được đón, trả khách tại bến; dừng đón dọc QL1 bị phạt 2 - 4 triệu đồng",
     "Xe khách tuyến Lạng Sơn đi Hà Nội chỉ được đón, trả khách tại bến; dừng đón dọc quốc lộ một bị phạt hai đến "
     "bốn triệu đồng."),
    ("Đề nghị chủ xe mô tô BKS 12B1-437.62 đến Công an xã Tràng Định nhận lại phương tiện trước 30/11",
     "Đề nghị chủ xe mô tô biển kiểm soát mười hai bê một, bốn ba bảy, sáu hai đến Công an xã Tràng Định nhận lại "
     "phương tiện trước ngày ba mươi tháng mười một."),
    ("Cấm xe trên 10 tấn qua cầu Kỳ Lừa từ 22h ngày 5/1 đến 5h ngày 20/1 để sửa khe co giãn",
     "Cấm xe trên mười tấn qua cầu Kỳ Lừa từ hai mươi hai giờ ngày năm tháng một đến năm giờ ngày hai mươi tháng một "
     "để sửa khe co giãn."),
    ("Năm 2025, toàn tỉnh xảy ra 142 vụ TNGT, làm chết 97 người, giảm 8,4% so với năm 2024",
     "Năm hai nghìn không trăm hai mươi lăm, toàn tỉnh xảy ra một trăm bốn mươi hai vụ tai nạn giao thông, làm chết "
     "chín mươi bảy người, giảm tám phẩy bốn phần trăm so với năm hai nghìn không trăm hai mươi tư."),
    ("Người đi xe đạp điện không đội MBH hoặc chở từ 2 người trở lên bị phạt 100.000 - 200.000 đồng",
     "Người đi xe đạp điện không đội mũ bảo hiểm hoặc chở từ hai người trở lên bị phạt một trăm nghìn đến hai trăm "
     "nghìn đồng."),

    # --- school enrolment and exams
    ("Kỳ thi tuyển sinh lớp 10 năm học 2026 - 2027 tại Hải Phòng gồm 3 môn Toán, Ngữ văn, Ngoại ngữ, thi ngày 2 và "
     "3/6",
     "Kỳ thi tuyển sinh lớp mười năm học hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm hai mươi bảy tại "
     "Hải Phòng gồm ba môn Toán, Ngữ văn, Ngoại ngữ, thi ngày hai và ba tháng sáu."),
    ("Trường MN Hoa Sen nhận trẻ nhà trẻ từ 12 - 36 tháng tuổi, tiền ăn bán trú 650.000 đồng/tháng",
     "Trường mầm non Hoa Sen nhận trẻ nhà trẻ từ mười hai đến ba mươi sáu tháng tuổi, tiền ăn bán trú sáu trăm năm "
     "mươi nghìn đồng mỗi tháng."),
    ("Trường TH&THCS Bình Minh có 24 lớp với 812 HS; năm nay tuyển 4 lớp 1 với 140 chỉ tiêu",
     "Trường tiểu học và trung học cơ sở Bình Minh có hai mươi tư lớp với tám trăm mười hai học sinh; năm nay tuyển "
     "bốn lớp một với một trăm bốn mươi chỉ tiêu."),
    ("Thí sinh xem điểm thi tốt nghiệp THPT từ 8h ngày 11/7 trên hệ thống của Bộ GD&ĐT hoặc tại trường",
     "Thí sinh xem điểm thi tốt nghiệp trung học phổ thông từ tám giờ ngày mười một tháng bảy trên hệ thống của Bộ "
     "Giáo dục và Đào tạo hoặc tại trường."),
    ("Học sinh bán trú đóng tiền ăn 25.000 đồng/ngày, tối đa 22 ngày/tháng",
     "Học sinh bán trú đóng tiền ăn hai mươi lăm nghìn đồng mỗi ngày, tối đa hai mươi hai ngày mỗi tháng."),
    ("Kỳ thi HSG lớp 12 cấp tỉnh có 1.186 thí sinh dự thi, 612 em đạt giải, chiếm 51,6%",
     "Kỳ thi học sinh giỏi lớp mười hai cấp tỉnh có một nghìn một trăm tám mươi sáu thí sinh dự thi, sáu trăm mười "
     "hai em đạt giải, chiếm năm mươi mốt phẩy sáu phần trăm."),

    # --- vaccination
    ("Tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi tại TYT xã Yên Thế vào sáng 25/9",
     "Tiêm vắc xin sởi, rubella cho trẻ mười tám tháng tuổi tại Trạm Y tế xã Yên Thế vào sáng ngày hai mươi lăm "
     "tháng chín."),
    ("Vắc xin 6 trong 1 tiêm dịch vụ có giá 1.015.000 đồng/mũi, trẻ tiêm 3 mũi cơ bản lúc 2, 3, 4 tháng tuổi",
     "Vắc xin sáu trong một tiêm dịch vụ có giá một triệu không trăm mười lăm nghìn đồng một mũi, trẻ tiêm ba mũi cơ "
     "bản lúc hai, ba, bốn tháng tuổi."),
    ("Từ năm 2026, vắc xin phế cầu PCV10 được đưa vào TCMR cho trẻ từ 2 tháng tuổi",
     "Từ năm hai nghìn không trăm hai mươi sáu, vắc xin phế cầu pê xê vê mười được đưa vào tiêm chủng mở rộng cho "
     "trẻ từ hai tháng tuổi."),
    ("Người lớn tiêm nhắc vắc xin uốn ván 10 năm/lần; phụ nữ có thai tiêm đủ 2 mũi, mũi 2 trước khi sinh ít nhất 1 "
     "tháng",
     "Người lớn tiêm nhắc vắc xin uốn ván mười năm một lần; phụ nữ có thai tiêm đủ hai mũi, mũi hai trước khi sinh "
     "ít nhất một tháng."),
    ("Tỷ lệ tiêm vắc xin viêm não Nhật Bản mũi 3 của xã mới đạt 76,5%, thấp hơn chỉ tiêu 18,5 điểm phần trăm",
     "Tỷ lệ tiêm vắc xin viêm não Nhật Bản mũi ba của xã mới đạt bảy mươi sáu phẩy năm phần trăm, thấp hơn chỉ tiêu "
     "mười tám phẩy năm điểm phần trăm."),

    # --- health: outbreaks and screening
    ("Sốt xuất huyết lan rộng ở xã Phú Lương: tuần 38/2025 có 31 ca mắc, gấp đôi tuần 37",
     "Sốt xuất huyết lan rộng ở xã Phú Lương: tuần ba mươi tám năm hai nghìn không trăm hai mươi lăm có ba mươi mốt "
     "ca mắc, gấp đôi tuần ba mươi bảy."),
    ("Khám, tầm soát đục thủy tinh thể miễn phí cho người trên 50 tuổi tại TTYT khu vực Đồng Hỷ ngày 14 - 15/11",
     "Khám, tầm soát đục thủy tinh thể miễn phí cho người trên năm mươi tuổi tại Trung tâm Y tế khu vực Đồng Hỷ ngày "
     "mười bốn đến mười lăm tháng mười một."),
    ("Đường huyết lúc đói từ 5,6 - 6,9 mmol/l là tiền đái tháo đường, cần khám lại sau 3 tháng",
     "Đường huyết lúc đói từ năm phẩy sáu đến sáu phẩy chín mi li mol trên lít là tiền đái tháo đường, cần khám lại "
     "sau ba tháng."),
    ("Phát hiện 2 ca ho gà ở trẻ dưới 3 tháng tuổi tại thôn Làng Mới, Trạm Y tế đã cho 27 người tiếp xúc uống kháng "
     "sinh",
     "Phát hiện hai ca ho gà ở trẻ dưới ba tháng tuổi tại thôn Làng Mới, Trạm Y tế đã cho hai mươi bảy người tiếp "
     "xúc uống kháng sinh."),
    ("BVĐK tỉnh Thái Nguyên khám, phát thuốc miễn phí cho 500 người cao tuổi vào sáng CN 22/3",
     "Bệnh viện Đa khoa tỉnh Thái Nguyên khám, phát thuốc miễn phí cho năm trăm người cao tuổi vào sáng chủ nhật "
     "ngày hai mươi hai tháng ba."),

    # --- elections
    ("Ngày 15/3/2026, cử tri xã Văn Quan bầu 2 đại biểu HĐND tỉnh và 27 đại biểu HĐND xã khóa I",
     "Ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu, cử tri xã Văn Quan bầu hai đại biểu Hội đồng "
     "nhân dân tỉnh và hai mươi bảy đại biểu Hội đồng nhân dân xã khóa một."),
    ("Lúc 15h, thôn Nà Sàng (KVBP số 6) đã có 1.021/1.064 cử tri đi bầu, tỷ lệ 95,96%",
     "Lúc mười lăm giờ, thôn Nà Sàng, khu vực bỏ phiếu số sáu, đã có một nghìn không trăm hai mươi mốt trên một "
     "nghìn không trăm sáu mươi tư cử tri đi bầu, tỷ lệ chín mươi lăm phẩy chín mươi sáu phần trăm."),
    ("Ủy ban bầu cử xã nhận hồ sơ người tự ứng cử từ 8h ngày 14/1 đến 17h ngày 2/2/2026",
     "Ủy ban bầu cử xã nhận hồ sơ người tự ứng cử từ tám giờ ngày mười bốn tháng một đến mười bảy giờ ngày hai tháng "
     "hai năm hai nghìn không trăm hai mươi sáu."),
    ("Mỗi cử tri chỉ bỏ 1 phiếu ở mỗi cấp, không được bầu thay; ai không tự viết được thì nhờ người khác viết hộ",
     "Mỗi cử tri chỉ bỏ một phiếu ở mỗi cấp, không được bầu thay; ai không tự viết được thì nhờ người khác viết hộ."),
    ("Tổ bầu cử số 03 kết thúc bỏ phiếu lúc 19h; danh sách bầu ĐBQH khóa XVI tại đơn vị có 5 người, bầu 3",
     "Tổ bầu cử số ba kết thúc bỏ phiếu lúc mười chín giờ; danh sách bầu đại biểu Quốc hội khóa mười sáu tại đơn vị "
     "có năm người, bầu ba."),

    # --- military service
    ("Công dân nhập ngũ năm 2026 có mặt tại NVH thôn Bản Chu lúc 5h ngày 4/3 để dự lễ tiễn quân",
     "Công dân nhập ngũ năm hai nghìn không trăm hai mươi sáu có mặt tại nhà văn hóa thôn Bản Chu lúc năm giờ ngày "
     "bốn tháng ba để dự lễ tiễn quân."),
    ("Ban CHQS xã Hữu Lũng giao 42 công dân cho Lữ đoàn 144 và Trung đoàn 12 thuộc Quân khu 1",
     "Ban Chỉ huy quân sự xã Hữu Lũng giao bốn mươi hai công dân cho Lữ đoàn một trăm bốn mươi bốn và Trung đoàn "
     "mười hai thuộc Quân khu một."),
    ("Công dân sinh năm 2008 không đăng ký NVQS lần đầu đúng hạn bị phạt 10 - 12 triệu đồng theo NĐ 37/2022/NĐ-CP",
     "Công dân sinh năm hai nghìn không trăm linh tám không đăng ký nghĩa vụ quân sự lần đầu đúng hạn bị phạt mười "
     "đến mười hai triệu đồng theo Nghị định số ba mươi bảy năm hai nghìn không trăm hai mươi hai của Chính phủ."),
    ("Thân nhân của hạ sĩ quan, binh sĩ tại ngũ được NSNN đóng 100% BHYT trong thời gian phục vụ",
     "Thân nhân của hạ sĩ quan, binh sĩ tại ngũ được ngân sách nhà nước đóng một trăm phần trăm bảo hiểm y tế trong "
     "thời gian phục vụ."),
    ("Khám sức khỏe NVQS cho 186 công dân tại TTYT khu vực Cao Lộc từ 6h30 ngày 11 và 12/11",
     "Khám sức khỏe nghĩa vụ quân sự cho một trăm tám mươi sáu công dân tại Trung tâm Y tế khu vực Cao Lộc từ sáu "
     "giờ ba mươi phút ngày mười một và mười hai tháng mười một."),

    # --- fire safety
    ("Cửa hàng xăng dầu phải có ít nhất 2 bình bột chữa cháy 8 kg, 1 bình xe đẩy 35 kg và 1 m³ cát",
     "Cửa hàng xăng dầu phải có ít nhất hai bình bột chữa cháy tám ki lô gam, một bình xe đẩy ba mươi lăm ki lô gam "
     "và một mét khối cát."),
    ("Vụ cháy lúc 1h50 rạng sáng 14/2 tại một nhà ống 4 tầng ở phường Lê Chân làm 2 người bị thương nhẹ",
     "Vụ cháy lúc một giờ năm mươi phút rạng sáng ngày mười bốn tháng hai tại một nhà ống bốn tầng ở phường Lê Chân "
     "làm hai người bị thương nhẹ."),
    ("Kiểm tra 28 cơ sở karaoke, nhà trọ; 6 cơ sở bị tạm đình chỉ vì không có hệ thống báo cháy tự động",
     "Kiểm tra hai mươi tám cơ sở karaoke, nhà trọ; sáu cơ sở bị tạm đình chỉ vì không có hệ thống báo cháy tự động."),
    ("Xe chữa cháy cần lối vào rộng tối thiểu 3,5 m, cao 4,5 m; người dân không đỗ ô tô chắn đầu ngõ",
     "Xe chữa cháy cần lối vào rộng tối thiểu ba phẩy năm mét, cao bốn phẩy năm mét; người dân không đỗ ô tô chắn "
     "đầu ngõ."),
    ("Khi có cháy, hãy gọi 114, dùng khăn ướt che mũi và thoát theo hướng ngược chiều khói!",
     "Khi có cháy, hãy gọi một một bốn, dùng khăn ướt che mũi và thoát theo hướng ngược chiều khói!"),

    # --- food safety
    ("Đoàn kiểm tra liên ngành lấy 36 mẫu thực phẩm tại chợ Sặt, 4 mẫu dương tính với hàn the",
     "Đoàn kiểm tra liên ngành lấy ba mươi sáu mẫu thực phẩm tại chợ Sặt, bốn mẫu dương tính với hàn the."),
    ("Vụ ngộ độc rượu ở bản Tà Xùa làm 7 người nhập viện; mẫu rượu có methanol vượt ngưỡng cho phép 120 lần",
     "Vụ ngộ độc rượu ở bản Tà Xùa làm bảy người nhập viện; mẫu rượu có methanol vượt ngưỡng cho phép một trăm hai "
     "mươi lần."),
    ("Thức ăn nấu chín nên dùng hết trong vòng 2 giờ; nếu để lâu hơn phải cho vào ngăn mát dưới 5°C",
     "Thức ăn nấu chín nên dùng hết trong vòng hai giờ; nếu để lâu hơn phải cho vào ngăn mát dưới năm độ xê."),
    ("Bếp ăn tập thể Công ty TNHH Giày Hữu Nghị phục vụ 2.400 suất/ca phải kiểm thực 3 bước",
     "Bếp ăn tập thể Công ty trách nhiệm hữu hạn Giày Hữu Nghị phục vụ hai nghìn bốn trăm suất mỗi ca phải kiểm thực "
     "ba bước."),
    ("Tháng hành động vì ATTP năm 2026 từ 15/4 đến 15/5; phản ánh vi phạm qua đường dây nóng 0203 3836 299",
     "Tháng hành động vì an toàn thực phẩm năm hai nghìn không trăm hai mươi sáu từ ngày mười lăm tháng tư đến ngày "
     "mười lăm tháng năm; phản ánh vi phạm qua đường dây nóng không hai không ba, ba tám ba sáu, hai chín chín."),

    # --- power outages and electricity
    ("Để thay xà, sứ đường dây 35 kV, Điện lực Đồng Hỷ cắt điện cả ngày thứ Bảy 21/3, từ 6h00 đến 17h00",
     "Để thay xà, sứ đường dây ba mươi lăm ki lô vôn, Điện lực Đồng Hỷ cắt điện cả ngày thứ Bảy ngày hai mươi mốt "
     "tháng ba, từ sáu giờ đến mười bảy giờ."),
    ("Khu vực mất điện gồm TBA Hóa Thượng 1, 2, 5 và khách hàng dọc QL17 từ Km 3 đến Km 7",
     "Khu vực mất điện gồm trạm biến áp Hóa Thượng một, hai, năm và khách hàng dọc quốc lộ mười bảy từ ki lô mét ba "
     "đến ki lô mét bảy."),
    ("Hộ dùng 350 kWh/tháng phải trả tiền điện ở 5 bậc, bậc cao nhất 3.015 đồng/kWh",
     "Hộ dùng ba trăm năm mươi ki lô oát giờ mỗi tháng phải trả tiền điện ở năm bậc, bậc cao nhất ba nghìn không "
     "trăm mười lăm đồng một ki lô oát giờ."),
    ("Hộ lắp điện mặt trời mái nhà công suất 5 kWp để tự dùng được bán phần dư lên lưới không quá 20% sản lượng",
     "Hộ lắp điện mặt trời mái nhà công suất năm ki lô oát đỉnh để tự dùng được bán phần dư lên lưới không quá hai "
     "mươi phần trăm sản lượng."),
    ("Báo sự cố điện qua Tổng đài CSKH 19006769 hoặc Zalo Điện lực Thái Nguyên",
     "Báo sự cố điện qua Tổng đài chăm sóc khách hàng một chín không không, sáu bảy sáu chín hoặc Zalo Điện lực Thái "
     "Nguyên."),

    # --- water supply
    ("Khu vực phường Cẩm Phả mất nước từ 20h tối 6/4 đến rạng sáng 7/4 do đấu nối tuyến ống D600 trên đường Bái Tử "
     "Long",
     "Khu vực phường Cẩm Phả mất nước từ hai mươi giờ tối ngày sáu tháng tư đến rạng sáng ngày bảy tháng tư do đấu "
     "nối tuyến ống D sáu trăm trên đường Bái Tử Long."),
    ("Giá nước sạch bậc 1 (đến 10 m³/hộ/tháng) là 8.500 đồng/m³, bậc 2 là 10.200 đồng/m³",
     "Giá nước sạch bậc một, đến mười mét khối mỗi hộ mỗi tháng, là tám nghìn năm trăm đồng một mét khối, bậc hai là "
     "mười nghìn hai trăm đồng một mét khối."),
    ("Độ mặn tại cống Cái Lớn đo được 6,2‰, cao hơn cùng kỳ 1,8‰; bà con trữ nước ngọt trong lu, bồn",
     "Độ mặn tại cống Cái Lớn đo được sáu phẩy hai phần nghìn, cao hơn cùng kỳ một phẩy tám phần nghìn; bà con trữ "
     "nước ngọt trong lu, bồn."),
    ("Mẫu nước máy tại phường Hạ Long có clo dư 0,5 mg/l, độ pH 7,4, đạt quy chuẩn",
     "Mẫu nước máy tại phường Hạ Long có clo dư không phẩy năm mi li gam trên lít, độ pê hát bảy phẩy bốn, đạt quy "
     "chuẩn."),
    ("Hộ dân vùng hạn được xe bồn cấp miễn phí 2 m³ nước/tuần đến hết tháng 5",
     "Hộ dân vùng hạn được xe bồn cấp miễn phí hai mét khối nước mỗi tuần đến hết tháng năm."),

    # --- digital identity (VNeID) and online public services
    ("Từ 01/7/2025, người dân không cần xin giấy xác nhận cư trú, cơ quan tra cứu thông tin trên VNeID",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người dân không cần xin giấy xác nhận cư trú, cơ "
     "quan tra cứu thông tin trên vê en e ai đi."),
    ("Công an xã đăng ký tài khoản VNeID mức 2 cho trẻ dưới 14 tuổi vào thứ 7, CN hằng tuần",
     "Công an xã đăng ký tài khoản vê en e ai đi mức hai cho trẻ dưới mười bốn tuổi vào thứ bảy, chủ nhật hằng tuần."),
    ("Cấp đổi GPLX trực tuyến trên Cổng DVCQG, lệ phí 115.000 đồng/lần, nhận bằng qua bưu điện",
     "Cấp đổi giấy phép lái xe trực tuyến trên Cổng Dịch vụ công quốc gia, lệ phí một trăm mười lăm nghìn đồng mỗi "
     "lần, nhận bằng qua bưu điện."),
    ("Ứng dụng VNeID phiên bản 2.3.1 bổ sung ví giấy tờ, người dùng cần cập nhật trước 31/12",
     "Ứng dụng vê en e ai đi phiên bản hai chấm ba chấm một bổ sung ví giấy tờ, người dùng cần cập nhật trước ngày "
     "ba mươi mốt tháng mười hai."),
    ("Tính đến 31/12/2025, xã Mường Khương có 8.745/9.210 người từ 14 tuổi trở lên kích hoạt VNeID, đạt 94,95%",
     "Tính đến ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm, xã Mường Khương có tám nghìn "
     "bảy trăm bốn mươi lăm trên chín nghìn hai trăm mười người từ mười bốn tuổi trở lên kích hoạt vê en e ai đi, "
     "đạt chín mươi tư phẩy chín mươi lăm phần trăm."),
    ("Người dân có thể xem nơi thường trú, tạm trú của mình tại dichvucong.bocongan.gov.vn; mọi vướng mắc gọi 1900 "
     "0368",
     "Người dân có thể xem nơi thường trú, tạm trú của mình tại dịch vụ công chấm bộ công an chấm gờ o vê chấm vê "
     "nờ; mọi vướng mắc gọi một chín không không, không ba sáu tám."),

    # --- banking and phone scams
    ("Đối tượng giả danh nhân viên BHXH hướng dẫn cài ứng dụng giả để “hoàn tiền BHYT”, lừa một cụ ông 78 tuổi 270 "
     "triệu đồng",
     "Đối tượng giả danh nhân viên bảo hiểm xã hội hướng dẫn cài ứng dụng giả để hoàn tiền bảo hiểm y tế, lừa một cụ "
     "ông bảy mươi tám tuổi hai trăm bảy mươi triệu đồng."),
    ("Ngân hàng không bao giờ đề nghị khách hàng đọc mã OTP qua điện thoại; khi nghi ngờ, gọi ngay tổng đài chính "
     "thức 1900 545413",
     "Ngân hàng không bao giờ đề nghị khách hàng đọc mã o tê pê qua điện thoại; khi nghi ngờ, gọi ngay tổng đài "
     "chính thức một chín không không, năm bốn năm bốn một ba."),
    ("Trong quý IV/2025, Công an tỉnh tiếp nhận 214 tin báo lừa đảo qua mạng với thiệt hại trên 37 tỷ đồng",
     "Trong quý bốn năm hai nghìn không trăm hai mươi lăm, Công an tỉnh tiếp nhận hai trăm mười bốn tin báo lừa đảo "
     "qua mạng với thiệt hại trên ba mươi bảy tỷ đồng."),
    ("Đối tượng mạo danh Điện lực báo nợ tiền điện 2,4 triệu đồng, đề nghị quét mã QR để thanh toán trước 17h",
     "Đối tượng mạo danh Điện lực báo nợ tiền điện hai phẩy bốn triệu đồng, đề nghị quét mã kiu a để thanh toán "
     "trước mười bảy giờ."),

    # --- culture, festivals and sport
    ("Lễ hội Lồng Tồng xã Bình Gia năm 2026 diễn ra ngày 8 tháng Giêng, tức ngày 24/2/2026",
     "Lễ hội Lồng Tồng xã Bình Gia năm hai nghìn không trăm hai mươi sáu diễn ra ngày tám tháng Giêng, tức ngày hai "
     "mươi tư tháng hai năm hai nghìn không trăm hai mươi sáu."),
    ("Khai mạc Giải bóng đá thiếu niên U13 toàn xã: 14 đội thi đấu vòng bảng từ 6/6, trận khai mạc lúc 15h30 trên SVĐ "
     "trung tâm",
     "Khai mạc Giải bóng đá thiếu niên U mười ba toàn xã: mười bốn đội thi đấu vòng bảng từ ngày sáu tháng sáu, trận "
     "khai mạc lúc mười lăm giờ ba mươi phút trên sân vận động trung tâm."),
    ("Liên hoan hát then, đàn tính lần thứ XII quy tụ 18 đội với hơn 250 nghệ nhân",
     "Liên hoan hát then, đàn tính lần thứ mười hai quy tụ mười tám đội với hơn hai trăm năm mươi nghệ nhân."),
    ("Vé xem múa rối nước 60.000 đồng/người lớn, 30.000 đồng/trẻ em; trẻ dưới 1 m được miễn vé",
     "Vé xem múa rối nước sáu mươi nghìn đồng mỗi người lớn, ba mươi nghìn đồng mỗi trẻ em; trẻ dưới một mét được "
     "miễn vé."),

    # --- environment
    ("Xã Quảng La thu gom 12,5 tấn rác thải nhựa trong đợt ra quân Ngày Chủ nhật xanh tháng 4/2026",
     "Xã Quảng La thu gom mười hai phẩy năm tấn rác thải nhựa trong đợt ra quân Ngày Chủ nhật xanh tháng tư năm hai "
     "nghìn không trăm hai mươi sáu."),
    ("Nồng độ bụi PM2.5 tại trạm quan trắc phường Phan Đình Phùng sáng nay là 62 µg/m³, chỉ số AQI 155",
     "Nồng độ bụi pê mờ hai phẩy năm tại trạm quan trắc phường Phan Đình Phùng sáng nay là sáu mươi hai mi crô gam "
     "trên mét khối, chỉ số a kiu i một trăm năm mươi lăm."),
    ("Hưởng ứng Ngày Đại dương thế giới 8/6, Đoàn TN xã ra quân nhặt rác dọc 3 km bờ biển Trà Cổ",
     "Hưởng ứng Ngày Đại dương thế giới tám tháng sáu, Đoàn thanh niên xã ra quân nhặt rác dọc ba ki lô mét bờ biển "
     "Trà Cổ."),

    # --- Party and state documents, plan headings
    ("Quán triệt Nghị quyết 71-NQ/TW của Bộ Chính trị, UBND xã giao chỉ tiêu huy động trẻ 5 tuổi ra lớp đạt 100%",
     "Quán triệt Nghị quyết số bảy mươi mốt của Bộ Chính trị, Ủy ban nhân dân xã giao chỉ tiêu huy động trẻ năm tuổi "
     "ra lớp đạt một trăm phần trăm."),
    ("Nghị định số 125/2025/NĐ-CP ngày 11/6/2025 phân cấp cho UBND cấp xã nhiều nhiệm vụ về quản lý ngân sách",
     "Nghị định số một trăm hai mươi lăm năm hai nghìn không trăm hai mươi lăm của Chính phủ ngày mười một tháng sáu "
     "năm hai nghìn không trăm hai mươi lăm phân cấp cho Ủy ban nhân dân cấp xã nhiều nhiệm vụ về quản lý ngân sách."),
    ("Công văn số 318/UBND-VP ngày 03/11/2025 của UBND xã về việc tổng vệ sinh môi trường cuối năm",
     "Công văn số ba trăm mười tám ngày ba tháng mười một năm hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân "
     "xã về việc tổng vệ sinh môi trường cuối năm."),
    ("IV. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO",
     "Phần bốn, tổ chức thực hiện và chế độ báo cáo."),
    ("3. Các thôn, TDP tổng hợp kết quả, gửi về Văn phòng HĐND và UBND xã trước ngày 25 hằng tháng",
     "Ba là, Các thôn, tổ dân phố tổng hợp kết quả, gửi về Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã trước "
     "ngày hai mươi lăm hằng tháng."),

    # --- contacts, addresses and hotlines
    ("Góp ý dự thảo quy hoạch gửi về thư điện tử vpubnd@langson.gov.vn hoặc số 0205 3870 245",
     "Góp ý dự thảo quy hoạch gửi về thư điện tử vê pê u bê nờ đê a còng Lạng Sơn chấm gờ o vê chấm vê nờ hoặc số "
     "không hai không năm, ba tám bảy không, hai bốn năm."),
    ("Công an xã Lộc Bình chuyển trụ sở về số 215 QL4B, thôn Pò Đứa, từ ngày 01/12",
     "Công an xã Lộc Bình chuyển trụ sở về số hai trăm mười lăm quốc lộ bốn B, thôn Pò Đứa, từ ngày một tháng mười "
     "hai."),
    ("Điểm thu BHYT chuyển về số nhà 16/4 ngõ 82 đường Lương Văn Tri, tổ 9, phường Đông Kinh",
     "Điểm thu bảo hiểm y tế chuyển về số nhà mười sáu trên bốn ngõ tám mươi hai đường Lương Văn Tri, tổ chín, "
     "phường Đông Kinh."),
    ("Đường dây nóng của Ban Chỉ đạo 389 tỉnh tiếp nhận tin báo buôn lậu: 0205 3898 389",
     "Đường dây nóng của Ban Chỉ đạo ba tám chín tỉnh tiếp nhận tin báo buôn lậu: không hai không năm, ba tám chín "
     "tám, ba tám chín."),

    # --- social assistance and poverty reduction
    ("Mức chuẩn trợ giúp xã hội là 500.000 đồng/tháng; người đơn thân nghèo nuôi con nhỏ hưởng hệ số 1,0",
     "Mức chuẩn trợ giúp xã hội là năm trăm nghìn đồng mỗi tháng; người đơn thân nghèo nuôi con nhỏ hưởng hệ số một "
     "phẩy không."),
    ("Xã trao 40 con bê giống cho hộ nghèo, mỗi con trị giá 15 triệu đồng, hộ nhận đối ứng 10%",
     "Xã trao bốn mươi con bê giống cho hộ nghèo, mỗi con trị giá mười lăm triệu đồng, hộ nhận đối ứng mười phần "
     "trăm."),
    ("Tổng kinh phí xóa nhà tạm của xã là 3,6 tỷ đồng cho 62 căn, trong đó 48 căn xây mới, 14 căn sửa chữa",
     "Tổng kinh phí xóa nhà tạm của xã là ba phẩy sáu tỷ đồng cho sáu mươi hai căn, trong đó bốn mươi tám căn xây "
     "mới, mười bốn căn sửa chữa."),

    # --- fisheries and the sea
    ("Đến 30/9, cảng cá Cát Bà đã kiểm soát 1.245 lượt tàu ra vào, truy xuất nguồn gốc 3.860 tấn hải sản theo quy "
     "định chống khai thác IUU",
     "Đến ngày ba mươi tháng chín, cảng cá Cát Bà đã kiểm soát một nghìn hai trăm bốn mươi lăm lượt tàu ra vào, truy "
     "xuất nguồn gốc ba nghìn tám trăm sáu mươi tấn hải sản theo quy định chống khai thác i u u."),
    ("Ngư dân nghe bản tin thời tiết biển trên tần số 7.906 kHz vào lúc 6h, 12h và 18h hằng ngày",
     "Ngư dân nghe bản tin thời tiết biển trên tần số bảy nghìn chín trăm linh sáu ki lô héc vào lúc sáu giờ, mười "
     "hai giờ và mười tám giờ hằng ngày."),
    ("Chủ tàu cá được hỗ trợ 70% giá thiết bị giám sát hành trình VMS, tối đa 14 triệu đồng/tàu",
     "Chủ tàu cá được hỗ trợ bảy mươi phần trăm giá thiết bị giám sát hành trình vê mờ ét, tối đa mười bốn triệu "
     "đồng mỗi tàu."),

    # --- telecoms: 2G switch-off and subscriber checks
    ("Từ 15/10/2025, nhà mạng tắt sóng 2G; người dân còn dùng máy 2G đến cửa hàng để được tặng điện thoại 4G",
     "Từ ngày mười lăm tháng mười năm hai nghìn không trăm hai mươi lăm, nhà mạng tắt sóng hai gờ; người dân còn "
     "dùng máy hai gờ đến cửa hàng để được tặng điện thoại bốn gờ."),
    ("Thuê bao chưa xác thực sinh trắc học bị khóa 1 chiều sau 30 ngày, khóa 2 chiều sau 15 ngày tiếp theo",
     "Thuê bao chưa xác thực sinh trắc học bị khóa một chiều sau ba mươi ngày, khóa hai chiều sau mười lăm ngày tiếp "
     "theo."),
    ("Hộ nghèo được tặng 1 điện thoại thông minh trị giá 1,5 triệu đồng và gói cước 50.000 đồng/tháng trong 12 tháng",
     "Hộ nghèo được tặng một điện thoại thông minh trị giá một phẩy năm triệu đồng và gói cước năm mươi nghìn đồng "
     "mỗi tháng trong mười hai tháng."),
    ("Gia đình mình còn ai dùng điện thoại chỉ bắt được sóng 2G không?",
     "Gia đình mình còn ai dùng điện thoại chỉ bắt được sóng hai gờ không?"),

    # --- forest protection
    ("Năm 2025, xã Na Rì trồng mới 215 ha rừng sản xuất, nâng tỷ lệ che phủ rừng lên 78,6%",
     "Năm hai nghìn không trăm hai mươi lăm, xã Na Rì trồng mới hai trăm mười lăm héc ta rừng sản xuất, nâng tỷ lệ "
     "che phủ rừng lên bảy mươi tám phẩy sáu phần trăm."),
    ("Chủ rừng được chi trả tiền dịch vụ môi trường rừng 520.000 đồng/ha/năm qua tài khoản",
     "Chủ rừng được chi trả tiền dịch vụ môi trường rừng năm trăm hai mươi nghìn đồng một héc ta mỗi năm qua tài "
     "khoản."),
    ("Khai thác gỗ rừng trồng từ 1 ha trở lên phải báo UBND xã trước 10 ngày; phát hiện cháy rừng gọi ngay 114",
     "Khai thác gỗ rừng trồng từ một héc ta trở lên phải báo Ủy ban nhân dân xã trước mười ngày; phát hiện cháy rừng "
     "gọi ngay một một bốn."),
]

# Twelfth holdout misses when scored once (155 of 165, 93.9 %; 157 of 165, 95.2 %, as heard): four errors, since fixed
# by general rules (159 of 165 now), and six conventions the writer chose differently from the house, kept (two of
# capitals only). The holdout's own figure stays the 155 of 165 first measured.
HOLDOUT_12_MISSES: dict[str, str] = {
    "Trung tâm DVVL tỉnh Thái Nguyên mở lớp kỹ năng phỏng vấn miễn phí cho 60 người hưởng TCTN lúc 14h thứ 3 ngày "
    "10/3": "convention (capitals only): the writer writes 'Trung tâm Dịch vụ việc làm'; the lexicon's casing is kept",
    "Ban CHQS xã Hữu Lũng giao 42 công dân cho Lữ đoàn 144 và Trung đoàn 12 thuộc Quân khu 1":
        "convention: the writer ends 144 with 'bốn'; the house says a final 4 after 'mươi' 'tư', as both are said",
    "Người dân có thể xem nơi thường trú, tạm trú của mình tại dichvucong.bocongan.gov.vn; mọi vướng mắc gọi 1900 "
    "0368": "convention (capitals only): the writer writes 'bộ công an' in lower case; the web words table capitalises "
            "the body",
    "Chủ tàu cá được hỗ trợ 70% giá thiết bị giám sát hành trình VMS, tối đa 14 triệu đồng/tàu":
        "convention: the writer reads aid per boat 'mỗi tàu'; the house reads an amount per thing 'một'",
    "Từ 15/10/2025, nhà mạng tắt sóng 2G; người dân còn dùng máy 2G đến cửa hàng để được tặng điện thoại 4G":
        "convention: the writer names the G of 2G 'gờ'; the house keeps a lone capital as written (as 'E5')",
    "Gia đình mình còn ai dùng điện thoại chỉ bắt được sóng 2G không?":
        "convention: the writer names the G of 2G 'gờ'; the house keeps a lone capital as written (as 'E5')",
}


HOLDOUT_13_CASES = [
    # --- commune and ward notices after the two-level local government
    ("UBND phường Hòa Khánh tiếp công dân định kỳ vào thứ 5 tuần thứ 2 hằng tháng, từ 13h30 đến 16h30",
     "Ủy ban nhân dân phường Hòa Khánh tiếp công dân định kỳ vào thứ năm tuần thứ hai hằng tháng, từ mười ba giờ ba "
     "mươi phút đến mười sáu giờ ba mươi phút."),
    ("Từ 1/7/2025, xã Tân Lập mới gồm 28 thôn, diện tích tự nhiên 96,4 km2, dân số 31.207 người",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, xã Tân Lập mới gồm hai mươi tám thôn, diện tích "
     "tự nhiên chín mươi sáu phẩy bốn ki lô mét vuông, dân số ba mươi mốt nghìn hai trăm linh bảy người."),
    ("Trụ sở Đảng ủy, HĐND, UBND xã Yên Thành đặt tại số 12 đường Phan Đăng Lưu, điện thoại 0238 3631 245",
     "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã Yên Thành đặt tại số mười hai đường Phan Đăng Lưu, điện "
     "thoại không hai ba tám, ba sáu ba một, hai bốn năm."),
    ("Theo Quyết định 1520/QĐ-UBND, thôn Đông 1 và thôn Đông 2 sáp nhập thành thôn Đông Hòa từ 15/9",
     "Theo Quyết định số một nghìn năm trăm hai mươi của Ủy ban nhân dân, thôn Đông một và thôn Đông hai sáp nhập "
     "thành thôn Đông Hòa từ ngày mười lăm tháng chín."),
    ("Bộ phận một cửa phường Quang Trung làm việc cả sáng thứ 7, từ 7h30 - 11h30, trừ ngày lễ",
     "Bộ phận một cửa phường Quang Trung làm việc cả sáng thứ bảy, từ bảy giờ ba mươi phút đến mười một giờ ba mươi "
     "phút, trừ ngày lễ."),
    ("Hội nghị tiếp xúc cử tri với đại biểu HĐND phường diễn ra lúc 8h00 ngày 18/10 tại nhà văn hóa TDP số 4",
     "Hội nghị tiếp xúc cử tri với đại biểu Hội đồng nhân dân phường diễn ra lúc tám giờ ngày mười tám tháng mười "
     "tại nhà văn hóa tổ dân phố số bốn."),

    # --- pensions under the Law on Social Insurance 2024
    ("Theo Điều 66 Luật BHXH số 41/2024/QH15, lao động nữ có đủ 15 năm đóng được hưởng lương hưu bằng 45% mức bình "
     "quân tiền lương",
     "Theo Điều sáu mươi sáu Luật Bảo hiểm xã hội số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội "
     "khóa mười lăm, lao động nữ có đủ mười lăm năm đóng được hưởng lương hưu bằng bốn mươi lăm phần trăm mức bình "
     "quân tiền lương."),
    ("Ông Lê Văn Toàn, 61 tuổi 3 tháng, có 32 năm đóng BHXH, nhận lương hưu tháng đầu tiên 9.846.000 đồng",
     "Ông Lê Văn Toàn, sáu mươi mốt tuổi ba tháng, có ba mươi hai năm đóng bảo hiểm xã hội, nhận lương hưu tháng đầu "
     "tiên chín triệu tám trăm bốn mươi sáu nghìn đồng."),
    ("Điểm Bưu điện xã Đức Phổ chi trả lương hưu tháng 12 từ ngày 2 đến ngày 6/12, riêng thôn Vĩnh An chi vào ngày "
     "7/12",
     "Điểm Bưu điện xã Đức Phổ chi trả lương hưu tháng mười hai từ ngày hai đến ngày sáu tháng mười hai, riêng thôn "
     "Vĩnh An chi vào ngày bảy tháng mười hai."),
    ("Sau mức khởi điểm, mỗi năm đóng BHXH được tính thêm 2%, tối đa hưởng 75% mức bình quân",
     "Sau mức khởi điểm, mỗi năm đóng bảo hiểm xã hội được tính thêm hai phần trăm, tối đa hưởng bảy mươi lăm phần "
     "trăm mức bình quân."),
    ("Số người nhận lương hưu qua tài khoản ngân hàng chiếm 68,4% trong tổng số 5.912 người trên địa bàn",
     "Số người nhận lương hưu qua tài khoản ngân hàng chiếm sáu mươi tám phẩy bốn phần trăm trong tổng số năm nghìn "
     "chín trăm mười hai người trên địa bàn."),
    ("Ông Trần Văn Bảy sinh tháng 5/1965, đủ 61 tuổi 6 tháng vào tháng 11/2026 và bắt đầu hưởng lương hưu từ tháng "
     "12/2026",
     "Ông Trần Văn Bảy sinh tháng năm năm một nghìn chín trăm sáu mươi lăm, đủ sáu mươi mốt tuổi sáu tháng vào tháng "
     "mười một năm hai nghìn không trăm hai mươi sáu và bắt đầu hưởng lương hưu từ tháng mười hai năm hai nghìn "
     "không trăm hai mươi sáu."),

    # --- voluntary social insurance
    ("Bà Lữ Thị Nhàn ở xóm Bãi chọn đóng theo quý, mỗi lần nộp 990.000 đồng cho nhân viên thu của Bưu điện xã",
     "Bà Lữ Thị Nhàn ở xóm Bãi chọn đóng theo quý, mỗi lần nộp chín trăm chín mươi nghìn đồng cho nhân viên thu của "
     "Bưu điện xã."),
    ("Người thuộc hộ nghèo được Nhà nước hỗ trợ 50%, hộ cận nghèo 40%, đối tượng khác 20% mức đóng",
     "Người thuộc hộ nghèo được Nhà nước hỗ trợ năm mươi phần trăm, hộ cận nghèo bốn mươi phần trăm, đối tượng khác "
     "hai mươi phần trăm mức đóng."),
    ("Đại lý thu BHXH xã Quảng Phú tổ chức đối thoại với người dân lúc 19h tối 14/11 tại hội trường thôn 3",
     "Đại lý thu bảo hiểm xã hội xã Quảng Phú tổ chức đối thoại với người dân lúc mười chín giờ tối ngày mười bốn "
     "tháng mười một tại hội trường thôn ba."),
    ("Chị Hồ Thị Mai đóng một lần cho 5 năm còn thiếu với số tiền 19.800.000 đồng để đủ điều kiện hưởng lương hưu",
     "Chị Hồ Thị Mai đóng một lần cho năm năm còn thiếu với số tiền mười chín triệu tám trăm nghìn đồng để đủ điều "
     "kiện hưởng lương hưu."),
    ("Ai chưa rõ mình đã đóng được bao nhiêu tháng, mở VssID mục Quá trình tham gia hoặc nhắn cán bộ thu Lương Văn "
     "Tú, số 0388 157 926",
     "Ai chưa rõ mình đã đóng được bao nhiêu tháng, mở vê ét ét i đê mục Quá trình tham gia hoặc nhắn cán bộ thu "
     "Lương Văn Tú, số không ba tám tám, một năm bảy, chín hai sáu."),

    # --- health-insurance cards
    ("Từ 1/7/2025, người có thẻ BHYT khám tại bệnh viện tuyến huyện cũ được hưởng 100% như đúng tuyến",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, người có thẻ bảo hiểm y tế khám tại bệnh viện "
     "tuyến huyện cũ được hưởng một trăm phần trăm như đúng tuyến."),
    ("Mức đóng BHYT HSSV là 4,5% mức lương cơ sở, học sinh chỉ đóng 70%, tương đương 884.520 đồng/năm",
     "Mức đóng bảo hiểm y tế học sinh, sinh viên là bốn phẩy năm phần trăm mức lương cơ sở, học sinh chỉ đóng bảy "
     "mươi phần trăm, tương đương tám trăm tám mươi tư nghìn năm trăm hai mươi đồng mỗi năm."),
    ("Năm nay bà Cao Thị Lựu đã tự chi trả hơn 14 triệu đồng tiền thuốc chạy thận, vượt mức 6 tháng lương cơ sở nên "
     "được cấp giấy miễn",
     "Năm nay bà Cao Thị Lựu đã tự chi trả hơn mười bốn triệu đồng tiền thuốc chạy thận, vượt mức sáu tháng lương cơ "
     "sở nên được cấp giấy miễn."),
    ("Thẻ BHYT của 1.245 người cao tuổi thôn Bắc Sơn hết hạn ngày 31/12, đề nghị gia hạn trước 20/12",
     "Thẻ bảo hiểm y tế của một nghìn hai trăm bốn mươi lăm người cao tuổi thôn Bắc Sơn hết hạn ngày ba mươi mốt "
     "tháng mười hai, đề nghị gia hạn trước ngày hai mươi tháng mười hai."),
    ("Khi đi khám, người dân dùng thẻ BHYT tích hợp trên VNeID hoặc xuất trình CCCD gắn chip",
     "Khi đi khám, người dân dùng thẻ bảo hiểm y tế tích hợp trên vê en e ai đi hoặc xuất trình căn cước công dân "
     "gắn chip."),
    ("Quỹ BHYT chi trả 80% chi phí, người bệnh cùng chi trả 20% đối với người tham gia thuộc nhóm 5",
     "Quỹ bảo hiểm y tế chi trả tám mươi phần trăm chi phí, người bệnh cùng chi trả hai mươi phần trăm đối với người "
     "tham gia thuộc nhóm năm."),

    # --- maternity and sickness benefits
    ("Chị Kha Thị Duyên sinh ba ở Bệnh viện Sản Nhi tỉnh, được nghỉ 8 tháng và nhận trợ cấp một lần cho cả 3 bé",
     "Chị Kha Thị Duyên sinh ba ở Bệnh viện Sản Nhi tỉnh, được nghỉ tám tháng và nhận trợ cấp một lần cho cả ba bé."),
    ("Lao động nam được nghỉ 5 ngày làm việc khi vợ sinh thường, 7 ngày khi vợ sinh con phải phẫu thuật",
     "Lao động nam được nghỉ năm ngày làm việc khi vợ sinh thường, bảy ngày khi vợ sinh con phải phẫu thuật."),
    ("Người đóng BHXH tự nguyện khi sinh con được nhận 2 triệu đồng/con, áp dụng từ ngày 1/7/2025",
     "Người đóng bảo hiểm xã hội tự nguyện khi sinh con được nhận hai triệu đồng mỗi con, áp dụng từ ngày một tháng "
     "bảy năm hai nghìn không trăm hai mươi lăm."),
    ("Chị Nông Thị Hạnh ở tổ dân phố 6 nhận 41.370.000 đồng chế độ thai sản sau khi sinh con thứ 3",
     "Chị Nông Thị Hạnh ở tổ dân phố sáu nhận bốn mươi mốt triệu ba trăm bảy mươi nghìn đồng chế độ thai sản sau khi "
     "sinh con thứ ba."),
    ("Nghỉ dưỡng sức sau ốm đau tối đa 10 ngày/năm, mỗi ngày hưởng 30% mức lương cơ sở",
     "Nghỉ dưỡng sức sau ốm đau tối đa mười ngày mỗi năm, mỗi ngày hưởng ba mươi phần trăm mức lương cơ sở."),

    # --- unemployment insurance, job fairs and work abroad
    ("Phiên giao dịch việc làm lưu động tại xã Quỳnh Lưu lúc 8h ngày 9/4 có 25 doanh nghiệp tuyển 1.350 lao động",
     "Phiên giao dịch việc làm lưu động tại xã Quỳnh Lưu lúc tám giờ ngày chín tháng tư có hai mươi lăm doanh nghiệp "
     "tuyển một nghìn ba trăm năm mươi lao động."),
    ("Anh Quách Văn Hiếu nghỉ việc ở xưởng gỗ sau 9 năm đóng BHTN nên được hưởng trợ cấp trong 9 tháng, mỗi tháng gần "
     "5,1 triệu đồng",
     "Anh Quách Văn Hiếu nghỉ việc ở xưởng gỗ sau chín năm đóng bảo hiểm thất nghiệp nên được hưởng trợ cấp trong "
     "chín tháng, mỗi tháng gần năm phẩy một triệu đồng."),
    ("Công ty TNHH Điện tử Phúc Sơn tuyển 400 công nhân nữ từ 18 - 35 tuổi, thu nhập 9 - 11 triệu đồng/tháng",
     "Công ty trách nhiệm hữu hạn Điện tử Phúc Sơn tuyển bốn trăm công nhân nữ từ mười tám đến ba mươi lăm tuổi, thu "
     "nhập chín đến mười một triệu đồng mỗi tháng."),
    ("Quá hạn 3 tháng mà chưa nộp hồ sơ, thời gian đóng BHTN của bạn được bảo lưu cho lần sau, không bị mất",
     "Quá hạn ba tháng mà chưa nộp hồ sơ, thời gian đóng bảo hiểm thất nghiệp của bạn được bảo lưu cho lần sau, "
     "không bị mất."),
    ("Lớp dạy nghề hàn khai giảng ngày 3/3 cho 35 học viên, học 3 tháng, hỗ trợ tiền ăn 50.000 đồng/ngày",
     "Lớp dạy nghề hàn khai giảng ngày ba tháng ba cho ba mươi lăm học viên, học ba tháng, hỗ trợ tiền ăn năm mươi "
     "nghìn đồng mỗi ngày."),
    ("Thanh niên đi làm nông nghiệp thời vụ tại Hàn Quốc từ 5 - 8 tháng, ký quỹ 100 triệu đồng tại NHCSXH",
     "Thanh niên đi làm nông nghiệp thời vụ tại Hàn Quốc từ năm đến tám tháng, ký quỹ một trăm triệu đồng tại Ngân "
     "hàng Chính sách xã hội."),

    # --- tax
    ("Từ 1/1/2026, hộ kinh doanh bỏ thuế khoán, chuyển sang tự kê khai; doanh thu dưới 200 triệu đồng/năm không phải "
     "nộp thuế",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu, hộ kinh doanh bỏ thuế khoán, chuyển sang tự kê "
     "khai; doanh thu dưới hai trăm triệu đồng mỗi năm không phải nộp thuế."),
    ("Thuế cơ sở 5 tỉnh Nghệ An hỗ trợ quyết toán thuế TNCN từ 7h30 - 17h, thứ 2 đến thứ 6",
     "Thuế cơ sở năm tỉnh Nghệ An hỗ trợ quyết toán thuế thu nhập cá nhân từ bảy giờ ba mươi phút đến mười bảy giờ, "
     "thứ hai đến thứ sáu."),
    ("Hạn nộp thuế sử dụng đất phi nông nghiệp kỳ 1 là ngày 31/5, kỳ 2 là ngày 31/10",
     "Hạn nộp thuế sử dụng đất phi nông nghiệp kỳ một là ngày ba mươi mốt tháng năm, kỳ hai là ngày ba mươi mốt "
     "tháng mười."),
    ("Người nộp thuế tra cứu nghĩa vụ của mình trên ứng dụng eTax Mobile hoặc trang thuedientu.gdt.gov.vn",
     "Người nộp thuế tra cứu nghĩa vụ của mình trên ứng dụng i tắc mô bai hoặc trang thuế điện tử chấm gờ đê tê chấm "
     "gờ o vê chấm vê nờ."),
    ("Chị Mã Thị Liên nuôi 2 con và mẹ già nên được tính 3 người phụ thuộc khi quyết toán thuế TNCN năm 2025",
     "Chị Mã Thị Liên nuôi hai con và mẹ già nên được tính ba người phụ thuộc khi quyết toán thuế thu nhập cá nhân "
     "năm hai nghìn không trăm hai mươi lăm."),
    ("Thuế suất thuế GTGT của dịch vụ ăn uống được giảm từ 10% xuống 8% đến hết ngày 31/12/2026",
     "Thuế suất thuế giá trị gia tăng của dịch vụ ăn uống được giảm từ mười phần trăm xuống tám phần trăm đến hết "
     "ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu."),

    # --- land registry and compensation
    ("Chi nhánh VPĐKĐĐ khu vực Đô Lương trả Giấy chứng nhận QSDĐ cho 214 hộ trong tháng 11/2025",
     "Chi nhánh Văn phòng đăng ký đất đai khu vực Đô Lương trả Giấy chứng nhận quyền sử dụng đất cho hai trăm mười "
     "bốn hộ trong tháng mười một năm hai nghìn không trăm hai mươi lăm."),
    ("Thửa đất số 125, tờ bản đồ số 18, diện tích 312,5 m2 tại thôn Tiến Thành được đưa ra đấu giá",
     "Thửa đất số một trăm hai mươi lăm, tờ bản đồ số mười tám, diện tích ba trăm mười hai phẩy năm mét vuông tại "
     "thôn Tiến Thành được đưa ra đấu giá."),
    ("Giá khởi điểm lô số 7 khu dân cư Đồng Mát là 12,8 triệu đồng/m2, tiền đặt trước bằng 20% giá khởi điểm",
     "Giá khởi điểm lô số bảy khu dân cư Đồng Mát là mười hai phẩy tám triệu đồng một mét vuông, tiền đặt trước bằng "
     "hai mươi phần trăm giá khởi điểm."),
    ("Hồ sơ cấp đổi sổ đỏ được giải quyết trong 7 ngày làm việc theo Nghị định 101/2024/NĐ-CP",
     "Hồ sơ cấp đổi sổ đỏ được giải quyết trong bảy ngày làm việc theo Nghị định số một trăm linh một năm hai nghìn "
     "không trăm hai mươi tư của Chính phủ."),
    ("Dự án mở rộng QL7 đoạn Km 15 - Km 19 thu hồi 8,6 ha đất của 173 hộ dân",
     "Dự án mở rộng quốc lộ bảy đoạn ki lô mét mười lăm đến ki lô mét mười chín thu hồi tám phẩy sáu héc ta đất của "
     "một trăm bảy mươi ba hộ dân."),
    ("Đất trồng lúa bị thu hồi tại xã Nam Đàn được bồi thường 85.000 đồng/m2, hỗ trợ chuyển đổi nghề bằng 3 lần giá "
     "đất",
     "Đất trồng lúa bị thu hồi tại xã Nam Đàn được bồi thường tám mươi lăm nghìn đồng một mét vuông, hỗ trợ chuyển "
     "đổi nghề bằng ba lần giá đất."),

    # --- farm prices and extension advice
    ("Giá lợn hơi hôm nay tại xã Diễn Châu dao động 62.000 - 64.000 đồng/kg",
     "Giá lợn hơi hôm nay tại xã Diễn Châu dao động sáu mươi hai nghìn đến sáu mươi tư nghìn đồng một ki lô gam."),
    ("Cà phê nhân xô tại Đắk Lắk giảm 1.500 đồng, còn 98.700 đồng/kg",
     "Cà phê nhân xô tại Đắk Lắk giảm một nghìn năm trăm đồng, còn chín mươi tám nghìn bảy trăm đồng một ki lô gam."),
    ("Lúa tươi Đài thơm 8 được thương lái thu mua 6.200 - 6.400 đồng/kg tại ruộng",
     "Lúa tươi Đài thơm tám được thương lái thu mua sáu nghìn hai trăm đến sáu nghìn bốn trăm đồng một ki lô gam tại "
     "ruộng."),
    ("Thương lái về tận vườn ở Lục Ngạn mua vải u hồng với giá 38.000 đồng/kg, cao hơn năm ngoái 6.000 đồng",
     "Thương lái về tận vườn ở Lục Ngạn mua vải u hồng với giá ba mươi tám nghìn đồng một ki lô gam, cao hơn năm "
     "ngoái sáu nghìn đồng."),
    ("Trạm Khuyến nông khuyên bà con bón thúc NPK 16-8-16 với lượng 8 - 10 kg/sào khi ngô có 7 - 9 lá",
     "Trạm Khuyến nông khuyên bà con bón thúc en pê ca mười sáu, tám, mười sáu với lượng tám đến mười ki lô gam trên "
     "sào khi ngô có bảy đến chín lá."),
    ("Chè búp tươi loại 1 ở Thanh Chương được thu mua 8.500 đồng/kg, tăng 10% so với cùng kỳ",
     "Chè búp tươi loại một ở Thanh Chương được thu mua tám nghìn năm trăm đồng một ki lô gam, tăng mười phần trăm "
     "so với cùng kỳ."),

    # --- livestock disease and veterinary
    ("Xã Hưng Nguyên phát hiện ổ dịch tả lợn châu Phi tại thôn 6, tiêu hủy 47 con với tổng trọng lượng 3,2 tấn",
     "Xã Hưng Nguyên phát hiện ổ dịch tả lợn châu Phi tại thôn sáu, tiêu hủy bốn mươi bảy con với tổng trọng lượng "
     "ba phẩy hai tấn."),
    ("Tiêm vắc xin lở mồm long móng đợt II/2025 cho trâu bò từ ngày 10 đến 25/10",
     "Tiêm vắc xin lở mồm long móng đợt hai năm hai nghìn không trăm hai mươi lăm cho trâu bò từ ngày mười đến hai "
     "mươi lăm tháng mười."),
    ("Ổ dịch ở trại ông Khổng Văn Phúc được công bố hết dịch sau 21 ngày không phát sinh lợn ốm, chết",
     "Ổ dịch ở trại ông Khổng Văn Phúc được công bố hết dịch sau hai mươi mốt ngày không phát sinh lợn ốm, chết."),
    ("Phun thuốc khử trùng chuồng trại 2 lần/tuần, pha 10 ml hóa chất với 5 lít nước",
     "Phun thuốc khử trùng chuồng trại hai lần mỗi tuần, pha mười mi li lít hóa chất với năm lít nước."),
    ("Đàn vịt 600 con của bà Tạ Thị Gấm chết rải rác trong 3 ngày, mẫu bệnh phẩm đã gửi về Chi cục Chăn nuôi và Thú y",
     "Đàn vịt sáu trăm con của bà Tạ Thị Gấm chết rải rác trong ba ngày, mẫu bệnh phẩm đã gửi về Chi cục Chăn nuôi "
     "và Thú y."),
    ("Cúm gia cầm A/H5N1 đã xuất hiện tại 3 xã giáp ranh, đàn gà dưới 21 ngày tuổi cần được tiêm phòng",
     "Cúm gia cầm a hát năm nờ một đã xuất hiện tại ba xã giáp ranh, đàn gà dưới hai mươi mốt ngày tuổi cần được "
     "tiêm phòng."),

    # --- weather, heat and cold
    ("Đợt nóng thứ 3 trong năm bắt đầu từ chiều 12/6, đỉnh điểm ngày 14 và 15/6 với 40,5°C tại Con Cuông",
     "Đợt nóng thứ ba trong năm bắt đầu từ chiều ngày mười hai tháng sáu, đỉnh điểm ngày mười bốn và mười lăm tháng "
     "sáu với bốn mươi phẩy năm độ xê tại Con Cuông."),
    ("Không khí lạnh tăng cường, vùng núi cao có nơi dưới 4°C, đề phòng băng giá",
     "Không khí lạnh tăng cường, vùng núi cao có nơi dưới bốn độ xê, đề phòng băng giá."),
    ("Trên đỉnh Mẫu Sơn, nhiệt độ sáng nay xuống -1°C, xuất hiện băng giá",
     "Trên đỉnh Mẫu Sơn, nhiệt độ sáng nay xuống âm một độ xê, xuất hiện băng giá."),
    ("Học sinh tiểu học được nghỉ tiết thể dục ngoài trời khi nhiệt độ vượt 35 độ C",
     "Học sinh tiểu học được nghỉ tiết thể dục ngoài trời khi nhiệt độ vượt ba mươi lăm độ xê."),
    ("Mưa lớn tập trung ở vùng thượng nguồn sông Lam, tổng lượng 120 - 180 mm, nguy cơ lũ quét ở 9 xã",
     "Mưa lớn tập trung ở vùng thượng nguồn sông Lam, tổng lượng một trăm hai mươi đến một trăm tám mươi mi li mét, "
     "nguy cơ lũ quét ở chín xã."),
    ("Đài Khí tượng Thủy văn tỉnh dự báo rét đậm kéo dài đến hết ngày 28/1, trâu bò cần được che chắn chuồng",
     "Đài Khí tượng Thủy văn tỉnh dự báo rét đậm kéo dài đến hết ngày hai mươi tám tháng một, trâu bò cần được che "
     "chắn chuồng."),

    # --- storms, floods and civil defence
    ("Cơn bão đang di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được 15 - 20 km, khả năng đổ bộ vào chiều tối mai",
     "Cơn bão đang di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được mười lăm đến hai mươi ki lô mét, khả năng đổ bộ "
     "vào chiều tối mai."),
    ("Ban CHQS xã Nghi Xuân huy động 45 dân quân cùng 3 xuồng máy túc trực tại các điểm xung yếu từ 18h hôm nay",
     "Ban Chỉ huy quân sự xã Nghi Xuân huy động bốn mươi lăm dân quân cùng ba xuồng máy túc trực tại các điểm xung "
     "yếu từ mười tám giờ hôm nay."),
    ("Tàu thuyền đang neo đậu tại cảng cá Lạch Quèn phải chằng néo trước 20h tối 27/9",
     "Tàu thuyền đang neo đậu tại cảng cá Lạch Quèn phải chằng néo trước hai mươi giờ tối ngày hai mươi bảy tháng "
     "chín."),
    ("Hồ Khe Đá đã đầy, xả tràn với lưu lượng 85 m3/s, các hộ dọc hạ du cần di chuyển tài sản lên cao",
     "Hồ Khe Đá đã đầy, xả tràn với lưu lượng tám mươi lăm mét khối trên giây, các hộ dọc hạ du cần di chuyển tài "
     "sản lên cao."),
    ("Lũ trên sông Ngàn Phố đang lên, đỉnh lũ dự kiến vượt mức báo động III vào khoảng 22h đêm nay",
     "Lũ trên sông Ngàn Phố đang lên, đỉnh lũ dự kiến vượt mức báo động ba vào khoảng hai mươi hai giờ đêm nay."),
    ("Sau lũ, UBND xã hỗ trợ 2 triệu đồng/hộ có nhà bị ngập sâu trên 1,5 m",
     "Sau lũ, Ủy ban nhân dân xã hỗ trợ hai triệu đồng mỗi hộ có nhà bị ngập sâu trên một phẩy năm mét."),
    ("Cấp độ rủi ro thiên tai do bão trên vùng biển ven bờ là cấp 4, trên đất liền cấp 3",
     "Cấp độ rủi ro thiên tai do bão trên vùng biển ven bờ là cấp bốn, trên đất liền cấp ba."),

    # --- traffic and road works
    ("Từ 0h ngày 5/12 đến 24h ngày 20/12, cấm xe trên 10 tấn qua cầu Bến Thủy 1 để sửa khe co giãn",
     "Từ không giờ ngày năm tháng mười hai đến hai mươi tư giờ ngày hai mươi tháng mười hai, cấm xe trên mười tấn "
     "qua cầu Bến Thủy một để sửa khe co giãn."),
    ("Đoạn tránh thị trấn trên QL48 giới hạn tốc độ 50 km/h, camera phạt nguội hoạt động 24/7",
     "Đoạn tránh thị trấn trên quốc lộ bốn mươi tám giới hạn tốc độ năm mươi ki lô mét trên giờ, camera phạt nguội "
     "hoạt động hai mươi tư trên bảy."),
    ("Trong 10 tháng, Đội CSGT số 2 xử lý 1.742 trường hợp vi phạm nồng độ cồn, tước 389 giấy phép lái xe",
     "Trong mười tháng, Đội Cảnh sát giao thông số hai xử lý một nghìn bảy trăm bốn mươi hai trường hợp vi phạm nồng "
     "độ cồn, tước ba trăm tám mươi chín giấy phép lái xe."),
    ("Xe khách biển số 37F-004.28 chạy quá tốc độ 23 km/h bị phạt 6 triệu đồng và trừ 4 điểm GPLX",
     "Xe khách biển số ba mươi bảy ép, không không bốn, hai tám chạy quá tốc độ hai mươi ba ki lô mét trên giờ bị "
     "phạt sáu triệu đồng và trừ bốn điểm giấy phép lái xe."),
    ("Tổ công tác 3 lập chốt đo nồng độ cồn ở ngã tư chợ Gạo từ 21h - 23h30 các tối cuối tuần",
     "Tổ công tác ba lập chốt đo nồng độ cồn ở ngã tư chợ Gạo từ hai mươi mốt giờ đến hai mươi ba giờ ba mươi phút "
     "các tối cuối tuần."),
    ("Thi công nút giao trên ĐT 534 từ ngày 2/3, các phương tiện đi đường vòng qua thôn 8 - thôn 10",
     "Thi công nút giao trên đường tỉnh năm trăm ba mươi tư từ ngày hai tháng ba, các phương tiện đi đường vòng qua "
     "thôn tám đến thôn mười."),

    # --- school enrolment
    ("Trường TH Hưng Lộc dự kiến nhận 210 trẻ vào lớp 1, chia thành 6 lớp học 2 buổi/ngày",
     "Trường tiểu học Hưng Lộc dự kiến nhận hai trăm mười trẻ vào lớp một, chia thành sáu lớp học hai buổi mỗi ngày."),
    ("Trường THCS Nguyễn Du tuyển 6 lớp 6, mỗi lớp không quá 45 học sinh",
     "Trường trung học cơ sở Nguyễn Du tuyển sáu lớp sáu, mỗi lớp không quá bốn mươi lăm học sinh."),
    ("Kỳ thi tuyển sinh vào lớp 10 THPT diễn ra trong 2 ngày 3 và 4/6, thí sinh có mặt lúc 6h45",
     "Kỳ thi tuyển sinh vào lớp mười trung học phổ thông diễn ra trong hai ngày ba và bốn tháng sáu, thí sinh có mặt "
     "lúc sáu giờ bốn mươi lăm phút."),
    ("Trẻ sinh năm 2023 được nhận vào nhóm trẻ 24 - 36 tháng tại Trường MN Hoa Sen",
     "Trẻ sinh năm hai nghìn không trăm hai mươi ba được nhận vào nhóm trẻ hai mươi tư đến ba mươi sáu tháng tại "
     "Trường mầm non Hoa Sen."),
    ("Học sinh lớp 9 đạt giải Nhất cấp tỉnh được cộng 2,0 điểm ưu tiên khi xét tuyển",
     "Học sinh lớp chín đạt giải Nhất cấp tỉnh được cộng hai phẩy không điểm ưu tiên khi xét tuyển."),
    ("Từ năm học 2025 - 2026, học sinh từ mầm non đến THPT công lập được miễn 100% học phí",
     "Từ năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu, học sinh từ mầm non đến "
     "trung học phổ thông công lập được miễn một trăm phần trăm học phí."),

    # --- vaccination and child health
    ("TYT xã Thanh Liên tiêm vắc xin sởi - rubella cho trẻ 1 - 5 tuổi vào sáng 15 và 16/3",
     "Trạm Y tế xã Thanh Liên tiêm vắc xin sởi, rubella cho trẻ một đến năm tuổi vào sáng ngày mười lăm và mười sáu "
     "tháng ba."),
    ("Trẻ 2 tháng tuổi tiêm mũi 1 vắc xin 5 trong 1, mũi 2 cách mũi 1 ít nhất 30 ngày",
     "Trẻ hai tháng tuổi tiêm mũi một vắc xin năm trong một, mũi hai cách mũi một ít nhất ba mươi ngày."),
    ("Phụ nữ có thai cần tiêm đủ 2 mũi uốn ván, mũi 2 trước khi sinh ít nhất 1 tháng",
     "Phụ nữ có thai cần tiêm đủ hai mũi uốn ván, mũi hai trước khi sinh ít nhất một tháng."),
    ("Chiến dịch uống vitamin A ngày 1 và 2/6 dành cho trẻ từ 6 - 36 tháng tuổi",
     "Chiến dịch uống vitamin A ngày một và hai tháng sáu dành cho trẻ từ sáu đến ba mươi sáu tháng tuổi."),
    ("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi của phường đạt 97,8%, cao nhất khu vực",
     "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới một tuổi của phường đạt chín mươi bảy phẩy tám phần trăm, cao nhất khu "
     "vực."),
    ("Phụ huynh tra cứu lịch tiêm của con trên VNeID, mục Sổ sức khỏe điện tử, hoặc gọi 0238 3512 009",
     "Phụ huynh tra cứu lịch tiêm của con trên vê en e ai đi, mục Sổ sức khỏe điện tử, hoặc gọi không hai ba tám, ba "
     "năm một hai, không không chín."),

    # --- elections
    ("Ủy ban bầu cử xã Kim Liên phân công 96 thành viên cho các tổ bầu cử, tập huấn nghiệp vụ chiều 20/2/2026",
     "Ủy ban bầu cử xã Kim Liên phân công chín mươi sáu thành viên cho các tổ bầu cử, tập huấn nghiệp vụ chiều ngày "
     "hai mươi tháng hai năm hai nghìn không trăm hai mươi sáu."),
    ("Xã Kim Liên có 14 khu vực bỏ phiếu với 18.906 cử tri, bầu 25 đại biểu HĐND xã",
     "Xã Kim Liên có mười bốn khu vực bỏ phiếu với mười tám nghìn chín trăm linh sáu cử tri, bầu hai mươi lăm đại "
     "biểu Hội đồng nhân dân xã."),
    ("Bà con nào đi làm ăn xa chưa có tên trong danh sách cử tri thì báo cho tổ trưởng trước 17h ngày 5/3 để bổ sung",
     "Bà con nào đi làm ăn xa chưa có tên trong danh sách cử tri thì báo cho tổ trưởng trước mười bảy giờ ngày năm "
     "tháng ba để bổ sung."),
    ("Các điểm bỏ phiếu mở cửa từ 7h đến 19h; nơi có 100% cử tri đã bỏ phiếu có thể kết thúc sớm hơn",
     "Các điểm bỏ phiếu mở cửa từ bảy giờ đến mười chín giờ; nơi có một trăm phần trăm cử tri đã bỏ phiếu có thể kết "
     "thúc sớm hơn."),
    ("Tổ bầu cử số 7 đặt tại Trường TH&THCS Lạc Sơn phục vụ cử tri thôn 11 và thôn 12",
     "Tổ bầu cử số bảy đặt tại Trường tiểu học và trung học cơ sở Lạc Sơn phục vụ cử tri thôn mười một và thôn mười "
     "hai."),
    ("Bầu trưởng thôn Yên Lạc nhiệm kỳ 2025 - 2027: ông Vi Văn Sơn trúng cử với 312/356 phiếu, đạt 87,64%",
     "Bầu trưởng thôn Yên Lạc nhiệm kỳ hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi bảy: ông "
     "Vi Văn Sơn trúng cử với ba trăm mười hai trên ba trăm năm mươi sáu phiếu, đạt tám mươi bảy phẩy sáu mươi tư "
     "phần trăm."),

    # --- military service
    ("Sáng mai, 38 thanh niên xã Thạch Hà lên đường nhập ngũ; xe đón tại sân UBND xã lúc 5h45",
     "Sáng mai, ba mươi tám thanh niên xã Thạch Hà lên đường nhập ngũ; xe đón tại sân Ủy ban nhân dân xã lúc năm giờ "
     "bốn mươi lăm phút."),
    ("Em Lò Văn Khải, tân binh của bản Huồi Tụ, nhập ngũ vào Trung đoàn 335 sau khi học xong lớp 12",
     "Em Lò Văn Khải, tân binh của bản Huồi Tụ, nhập ngũ vào Trung đoàn ba trăm ba mươi lăm sau khi học xong lớp "
     "mười hai."),
    ("Hội đồng NVQS xã chốt danh sách 42 công dân đủ điều kiện gọi nhập ngũ, trong đó 5 người tình nguyện",
     "Hội đồng nghĩa vụ quân sự xã chốt danh sách bốn mươi hai công dân đủ điều kiện gọi nhập ngũ, trong đó năm "
     "người tình nguyện."),
    ("Tân binh được tặng quà 3 triệu đồng/người từ ngân sách xã và 500.000 đồng của Hội CCB",
     "Tân binh được tặng quà ba triệu đồng mỗi người từ ngân sách xã và năm trăm nghìn đồng của Hội cựu chiến binh."),
    ("Thanh niên có chiều cao dưới 1,57 m hoặc cân nặng dưới 43 kg không đủ tiêu chuẩn sức khỏe nhập ngũ",
     "Thanh niên có chiều cao dưới một phẩy năm mươi bảy mét hoặc cân nặng dưới bốn mươi ba ki lô gam không đủ tiêu "
     "chuẩn sức khỏe nhập ngũ."),

    # --- fire safety and rescue
    ("Khi phát hiện cháy, hô hoán mọi người, ngắt cầu dao điện và gọi ngay 114",
     "Khi phát hiện cháy, hô hoán mọi người, ngắt cầu dao điện và gọi ngay một một bốn."),
    ("Nhà ở kết hợp kinh doanh phải trang bị ít nhất 2 bình chữa cháy loại 4 kg và lối thoát nạn thứ 2",
     "Nhà ở kết hợp kinh doanh phải trang bị ít nhất hai bình chữa cháy loại bốn ki lô gam và lối thoát nạn thứ hai."),
    ("Đội PCCC&CNCH khu vực 4 thực tập phương án chữa cháy tại chợ Vinh lúc 14h ngày 25/10",
     "Đội phòng cháy chữa cháy và cứu nạn cứu hộ khu vực bốn thực tập phương án chữa cháy tại chợ Vinh lúc mười bốn "
     "giờ ngày hai mươi lăm tháng mười."),
    ("Vụ cháy xưởng mộc tại tổ 9 phường Trung Đô thiêu rụi khoảng 300 m2 nhà xưởng, không có thiệt hại về người",
     "Vụ cháy xưởng mộc tại tổ chín phường Trung Đô thiêu rụi khoảng ba trăm mét vuông nhà xưởng, không có thiệt hại "
     "về người."),
    ("Không sạc xe điện qua đêm trong nhà; 70% vụ cháy nhà ở năm qua xuất phát từ sự cố điện",
     "Không sạc xe điện qua đêm trong nhà; bảy mươi phần trăm vụ cháy nhà ở năm qua xuất phát từ sự cố điện."),

    # --- food safety
    ("Đoàn kiểm tra liên ngành ATTP kiểm tra 56 cơ sở, xử phạt 7 cơ sở với tổng số tiền 42,5 triệu đồng",
     "Đoàn kiểm tra liên ngành an toàn thực phẩm kiểm tra năm mươi sáu cơ sở, xử phạt bảy cơ sở với tổng số tiền bốn "
     "mươi hai phẩy năm triệu đồng."),
    ("Vụ ngộ độc sau tiệc cưới ở thôn Phú Lợi làm 23 người phải nhập viện, mẫu thực phẩm đã gửi đi xét nghiệm",
     "Vụ ngộ độc sau tiệc cưới ở thôn Phú Lợi làm hai mươi ba người phải nhập viện, mẫu thực phẩm đã gửi đi xét "
     "nghiệm."),
    ("Bếp ăn tập thể trên 30 suất phải lưu mẫu thức ăn ít nhất 24 giờ ở nhiệt độ 2 - 8°C",
     "Bếp ăn tập thể trên ba mươi suất phải lưu mẫu thức ăn ít nhất hai mươi tư giờ ở nhiệt độ hai đến tám độ xê."),
    ("Cơ sở sản xuất giò chả phải có Giấy chứng nhận đủ điều kiện ATTP còn hiệu lực, thời hạn 3 năm",
     "Cơ sở sản xuất giò chả phải có Giấy chứng nhận đủ điều kiện an toàn thực phẩm còn hiệu lực, thời hạn ba năm."),
    ("Hàng rong bán quà vặt trước cổng Trường THCS Lê Lợi bị nhắc nhở vì không rõ nguồn gốc 12 loại kẹo, bánh",
     "Hàng rong bán quà vặt trước cổng Trường trung học cơ sở Lê Lợi bị nhắc nhở vì không rõ nguồn gốc mười hai loại "
     "kẹo, bánh."),

    # --- power outages
    ("Điện lực Hưng Nguyên tạm ngừng cấp điện từ 6h30 đến 16h30 thứ Năm 18/12 để thay máy biến áp",
     "Điện lực Hưng Nguyên tạm ngừng cấp điện từ sáu giờ ba mươi phút đến mười sáu giờ ba mươi phút thứ Năm ngày "
     "mười tám tháng mười hai để thay máy biến áp."),
    ("Khu vực mất điện gồm TBA Xóm Chùa 2, TBA Đồng Lầy và toàn bộ khách hàng sau cột 45 đường dây 371",
     "Khu vực mất điện gồm trạm biến áp Xóm Chùa hai, trạm biến áp Đồng Lầy và toàn bộ khách hàng sau cột bốn mươi "
     "lăm đường dây ba bảy một."),
    ("Hóa đơn tiền điện tháng 7 của gia đình tôi lên tới 1.260.000 đồng vì dùng 480 kWh cho điều hòa",
     "Hóa đơn tiền điện tháng bảy của gia đình tôi lên tới một triệu hai trăm sáu mươi nghìn đồng vì dùng bốn trăm "
     "tám mươi ki lô oát giờ cho điều hòa."),
    ("Khi thấy dây điện đứt, không lại gần trong bán kính 10 m và báo ngay tổng đài 1900 6225",
     "Khi thấy dây điện đứt, không lại gần trong bán kính mười mét và báo ngay tổng đài một chín không không, sáu "
     "hai hai năm."),
    ("Hộ lắp điện mặt trời mái nhà công suất 5 kW mỗi ngày sản xuất khoảng 20 kWh",
     "Hộ lắp điện mặt trời mái nhà công suất năm ki lô oát mỗi ngày sản xuất khoảng hai mươi ki lô oát giờ."),

    # --- clean water supply
    ("Nhà máy nước Hòn Sơn súc xả đường ống nên nước sinh hoạt ở 5 tổ dân phố yếu hoặc mất từ 22h đêm 9/5 đến 4h sáng "
     "10/5",
     "Nhà máy nước Hòn Sơn súc xả đường ống nên nước sinh hoạt ở năm tổ dân phố yếu hoặc mất từ hai mươi hai giờ đêm "
     "ngày chín tháng năm đến bốn giờ sáng ngày mười tháng năm."),
    ("Bể chứa nước mưa của gia đình cần được thau rửa 6 tháng/lần và đậy kín bằng nắp lưới",
     "Bể chứa nước mưa của gia đình cần được thau rửa sáu tháng một lần và đậy kín bằng nắp lưới."),
    ("Giá nước sạch nông thôn năm 2026 là 7.800 đồng/m3 cho 10 m3 đầu tiên mỗi tháng",
     "Giá nước sạch nông thôn năm hai nghìn không trăm hai mươi sáu là bảy nghìn tám trăm đồng một mét khối cho mười "
     "mét khối đầu tiên mỗi tháng."),
    ("Công trình cấp nước thôn Khe Nậm có vốn 4,3 tỷ đồng, cấp nước cho 268 hộ đồng bào Thái",
     "Công trình cấp nước thôn Khe Nậm có vốn bốn phẩy ba tỷ đồng, cấp nước cho hai trăm sáu mươi tám hộ đồng bào "
     "Thái."),
    ("Kết quả xét nghiệm mẫu nước giếng khoan ở xóm Đình cho thấy hàm lượng asen 0,05 mg/l, gấp 5 lần ngưỡng cho phép",
     "Kết quả xét nghiệm mẫu nước giếng khoan ở xóm Đình cho thấy hàm lượng asen không phẩy không năm mi li gam trên "
     "lít, gấp năm lần ngưỡng cho phép."),
    ("Mọi sự cố vỡ ống nước xin báo về số trực 0989 602 115 của tổ quản lý vận hành",
     "Mọi sự cố vỡ ống nước xin báo về số trực không chín tám chín, sáu không hai, một một năm của tổ quản lý vận "
     "hành."),

    # --- digital identity and online public services
    ("Tổ công nghệ số cộng đồng thôn 5 hỗ trợ kích hoạt tài khoản định danh điện tử mức 2 vào tối thứ 3 và thứ 5",
     "Tổ công nghệ số cộng đồng thôn năm hỗ trợ kích hoạt tài khoản định danh điện tử mức hai vào tối thứ ba và thứ "
     "năm."),
    ("Đến nay, 82,6% người dân từ 14 tuổi trở lên của xã đã kích hoạt VNeID",
     "Đến nay, tám mươi hai phẩy sáu phần trăm người dân từ mười bốn tuổi trở lên của xã đã kích hoạt vê en e ai đi."),
    ("Cấp lại thẻ căn cước do bị mất nộp lệ phí 70.000 đồng, nộp trực tuyến được giảm 50%",
     "Cấp lại thẻ căn cước do bị mất nộp lệ phí bảy mươi nghìn đồng, nộp trực tuyến được giảm năm mươi phần trăm."),
    ("Trẻ dưới 6 tuổi được cấp căn cước qua thủ tục liên thông khai sinh trên Cổng DVCQG, không cần thu nhận vân tay",
     "Trẻ dưới sáu tuổi được cấp căn cước qua thủ tục liên thông khai sinh trên Cổng Dịch vụ công quốc gia, không "
     "cần thu nhận vân tay."),
    ("Nếu quên mật khẩu VNeID, chọn Quên mật khẩu, nhập số định danh 12 số và mã OTP gửi về điện thoại",
     "Nếu quên mật khẩu vê en e ai đi, chọn Quên mật khẩu, nhập số định danh mười hai số và mã o tê pê gửi về điện "
     "thoại."),
    ("Công an xã Diễn Kỷ làm căn cước lưu động tại nhà cho 17 cụ già yếu, người khuyết tật vào ngày 22/8",
     "Công an xã Diễn Kỷ làm căn cước lưu động tại nhà cho mười bảy cụ già yếu, người khuyết tật vào ngày hai mươi "
     "hai tháng tám."),

    # --- banking and online scams
    ("Bà Đoàn Thị Yến ở tổ 3 bị kẻ gian giả danh nhân viên điện lực lừa chuyển 86 triệu đồng để tránh bị cắt điện",
     "Bà Đoàn Thị Yến ở tổ ba bị kẻ gian giả danh nhân viên điện lực lừa chuyển tám mươi sáu triệu đồng để tránh bị "
     "cắt điện."),
    ("Không ai được yêu cầu bạn đọc mã OTP gồm 6 chữ số qua điện thoại, kể cả người xưng là công an",
     "Không ai được yêu cầu bạn đọc mã o tê pê gồm sáu chữ số qua điện thoại, kể cả người xưng là công an."),
    ("Ông Phan Văn Lộc ở xóm Trại may mắn giữ lại được 240 triệu đồng nhờ nhân viên Agribank chi nhánh Yên Thành phát "
     "hiện kịp thời",
     "Ông Phan Văn Lộc ở xóm Trại may mắn giữ lại được hai trăm bốn mươi triệu đồng nhờ nhân viên Agribank chi nhánh "
     "Yên Thành phát hiện kịp thời."),
    ("Con cháu nhắn mượn tiền qua Messenger thì bà con phải gọi video hoặc gọi lại số quen thuộc, đừng vội chuyển 5 - "
     "10 triệu",
     "Con cháu nhắn mượn tiền qua Messenger thì bà con phải gọi video hoặc gọi lại số quen thuộc, đừng vội chuyển "
     "năm đến mười triệu."),
    ("Nghi bị lừa, hãy gọi ngay cho ngân hàng để khóa tài khoản và báo Công an xã theo số 0238 3866 113",
     "Nghi bị lừa, hãy gọi ngay cho ngân hàng để khóa tài khoản và báo Công an xã theo số không hai ba tám, ba tám "
     "sáu sáu, một một ba."),
    ("Kẻ gian gửi tin nhắn kèm đường link giả cổng dịch vụ công, đòi nộp phạt nguội 1,2 triệu đồng trong 24h",
     "Kẻ gian gửi tin nhắn kèm đường link giả cổng dịch vụ công, đòi nộp phạt nguội một phẩy hai triệu đồng trong "
     "hai mươi tư giờ."),

    # --- culture, sport and festivals
    ("Giải bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam 20/10 có 16 đội tham gia, khai mạc lúc 15h30",
     "Giải bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam hai mươi tháng mười có mười sáu đội tham gia, khai mạc "
     "lúc mười lăm giờ ba mươi phút."),
    ("Hội đua thuyền truyền thống trên sông Lam mùa thu năm nay có 12 đội, mỗi thuyền 22 tay chèo",
     "Hội đua thuyền truyền thống trên sông Lam mùa thu năm nay có mười hai đội, mỗi thuyền hai mươi hai tay chèo."),
    ("Giải việt dã truyền thống lần thứ XXV có cự ly 5 km cho học sinh và 10 km cho nam thanh niên",
     "Giải việt dã truyền thống lần thứ hai mươi lăm có cự ly năm ki lô mét cho học sinh và mười ki lô mét cho nam "
     "thanh niên."),
    ("Đội văn nghệ thôn Trung Mỹ giành giải A tại Hội diễn văn nghệ quần chúng, được thưởng 5 triệu đồng",
     "Đội văn nghệ thôn Trung Mỹ giành giải A tại Hội diễn văn nghệ quần chúng, được thưởng năm triệu đồng."),
    ("Chung kết bóng đá thanh niên giữa thôn 2 và thôn 7 lúc 16h Chủ nhật, tỉ số lượt đi là 2 - 1",
     "Chung kết bóng đá thanh niên giữa thôn hai và thôn bảy lúc mười sáu giờ Chủ nhật, tỉ số lượt đi là hai một."),
    ("Thư viện xã mở cửa phục vụ bạn đọc thiếu nhi từ 14h - 17h các ngày thứ 7, CN trong hè",
     "Thư viện xã mở cửa phục vụ bạn đọc thiếu nhi từ mười bốn giờ đến mười bảy giờ các ngày thứ bảy, chủ nhật trong "
     "hè."),

    # --- market, fuel and gold prices
    ("Cửa hàng xăng dầu số 14 ở ngã ba Rạng Đông bán dầu diesel 18.650 đồng/lít, mở cửa đến 22h",
     "Cửa hàng xăng dầu số mười bốn ở ngã ba Rạng Đông bán dầu diesel mười tám nghìn sáu trăm năm mươi đồng một lít, "
     "mở cửa đến hai mươi hai giờ."),
    ("Tại chợ Hôm, gạo tẻ thường bán 15.000 đồng/kg, gạo nếp cái hoa vàng 32.000 đồng/kg",
     "Tại chợ Hôm, gạo tẻ thường bán mười lăm nghìn đồng một ki lô gam, gạo nếp cái hoa vàng ba mươi hai nghìn đồng "
     "một ki lô gam."),
    ("Ban quản lý chợ Đô Lương thu phí 8.000 đồng/ngày với hộ buôn bán nhỏ không có ki ốt cố định",
     "Ban quản lý chợ Đô Lương thu phí tám nghìn đồng mỗi ngày với hộ buôn bán nhỏ không có ki ốt cố định."),
    ("Một bình gas 12 kg dùng cho gia đình 4 người được khoảng 45 ngày, bà con nhớ kiểm tra van trước khi đun nấu",
     "Một bình gas mười hai ki lô gam dùng cho gia đình bốn người được khoảng bốn mươi lăm ngày, bà con nhớ kiểm tra "
     "van trước khi đun nấu."),
    ("Dịp cận Tết, Sở CT tỉnh dự trữ 1.200 tấn hàng bình ổn giá, chiếm 25% nhu cầu",
     "Dịp cận Tết, Sở Công Thương tỉnh dự trữ một nghìn hai trăm tấn hàng bình ổn giá, chiếm hai mươi lăm phần trăm "
     "nhu cầu."),

    # --- environment and waste
    ("Xe thu gom rác đi qua các tổ dân phố vào 5h30 - 6h30 sáng thứ 2, 4, 6 hằng tuần",
     "Xe thu gom rác đi qua các tổ dân phố vào năm giờ ba mươi phút đến sáu giờ ba mươi phút sáng thứ hai, tư, sáu "
     "hằng tuần."),
    ("Phí vệ sinh môi trường năm 2026 là 20.000 đồng/hộ/tháng, hộ kinh doanh ăn uống 100.000 đồng/tháng",
     "Phí vệ sinh môi trường năm hai nghìn không trăm hai mươi sáu là hai mươi nghìn đồng mỗi hộ mỗi tháng, hộ kinh "
     "doanh ăn uống một trăm nghìn đồng mỗi tháng."),
    ("Đốt rơm rạ ngoài đồng bị phạt từ 500.000 - 1.000.000 đồng theo Nghị định 45/2022/NĐ-CP",
     "Đốt rơm rạ ngoài đồng bị phạt từ năm trăm nghìn đến một triệu đồng theo Nghị định số bốn mươi lăm năm hai "
     "nghìn không trăm hai mươi hai của Chính phủ."),
    ("Chỉ số AQI tại phường Hà Huy Tập sáng nay ở mức 165, người già và trẻ nhỏ nên đeo khẩu trang khi ra đường",
     "Chỉ số a kiu i tại phường Hà Huy Tập sáng nay ở mức một trăm sáu mươi lăm, người già và trẻ nhỏ nên đeo khẩu "
     "trang khi ra đường."),
    ("Ngày Chủ nhật xanh 9/11, đoàn viên thanh niên ra quân dọn 3,5 km kênh N6 qua thôn Tân Hợp",
     "Ngày Chủ nhật xanh chín tháng mười một, đoàn viên thanh niên ra quân dọn ba phẩy năm ki lô mét kênh N sáu qua "
     "thôn Tân Hợp."),

    # --- social assistance and people with meritorious service
    ("Từ 1/7/2025, trợ cấp hưu trí xã hội cho người từ đủ 75 tuổi là 500.000 đồng/tháng và được cấp thẻ BHYT miễn phí",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm, trợ cấp hưu trí xã hội cho người từ đủ bảy mươi "
     "lăm tuổi là năm trăm nghìn đồng mỗi tháng và được cấp thẻ bảo hiểm y tế miễn phí."),
    ("Nhân dịp kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, xã tặng 312 suất quà, mỗi suất 500.000 đồng",
     "Nhân dịp kỷ niệm bảy mươi tám năm Ngày Thương binh, Liệt sĩ, xã tặng ba trăm mười hai suất quà, mỗi suất năm "
     "trăm nghìn đồng."),
    ("Gia đình chị Lục Thị Nga thoát nghèo nhờ vay 50 triệu đồng từ NHCSXH để nuôi 3 con bò sinh sản",
     "Gia đình chị Lục Thị Nga thoát nghèo nhờ vay năm mươi triệu đồng từ Ngân hàng Chính sách xã hội để nuôi ba con "
     "bò sinh sản."),
    ("Hộ ông Hoàng Văn Chiến được hỗ trợ 60 triệu đồng xóa nhà tạm, khởi công ngày 8/8 và bàn giao trước 30/9",
     "Hộ ông Hoàng Văn Chiến được hỗ trợ sáu mươi triệu đồng xóa nhà tạm, khởi công ngày tám tháng tám và bàn giao "
     "trước ngày ba mươi tháng chín."),
    ("Người khuyết tật đặc biệt nặng được trợ cấp hằng tháng theo hệ số 2,5 nhân mức chuẩn trợ giúp xã hội",
     "Người khuyết tật đặc biệt nặng được trợ cấp hằng tháng theo hệ số hai phẩy năm nhân mức chuẩn trợ giúp xã hội."),

    # --- dengue and community health
    ("Tuần 36/2025, phường Cửa Nam ghi nhận 18 ca sốt xuất huyết, tăng 7 ca so với tuần trước",
     "Tuần ba mươi sáu năm hai nghìn không trăm hai mươi lăm, phường Cửa Nam ghi nhận mười tám ca sốt xuất huyết, "
     "tăng bảy ca so với tuần trước."),
    ("Đội phun hóa chất diệt muỗi làm việc tại khối 4 và khối 5 từ 7h - 10h sáng mai, bà con mở cửa, đậy kín thức ăn",
     "Đội phun hóa chất diệt muỗi làm việc tại khối bốn và khối năm từ bảy giờ đến mười giờ sáng mai, bà con mở cửa, "
     "đậy kín thức ăn."),
    ("Khám sàng lọc tăng huyết áp miễn phí cho người trên 40 tuổi; huyết áp từ 140/90 mmHg trở lên cần đi khám lại",
     "Khám sàng lọc tăng huyết áp miễn phí cho người trên bốn mươi tuổi; huyết áp từ một trăm bốn mươi trên chín "
     "mươi mi li mét thủy ngân trở lên cần đi khám lại."),
    ("Bác sĩ BV Đa khoa khu vực Tây Bắc khám mắt miễn phí và mổ đục thủy tinh thể cho 85 người cao tuổi",
     "Bác sĩ Bệnh viện Đa khoa khu vực Tây Bắc khám mắt miễn phí và mổ đục thủy tinh thể cho tám mươi lăm người cao "
     "tuổi."),
    ("Hiến máu tình nguyện đợt III năm 2025 tại hội trường xã từ 7h30 ngày 21/11, mỗi người hiến 250 - 350 ml",
     "Hiến máu tình nguyện đợt ba năm hai nghìn không trăm hai mươi lăm tại hội trường xã từ bảy giờ ba mươi phút "
     "ngày hai mươi mốt tháng mười một, mỗi người hiến hai trăm năm mươi đến ba trăm năm mươi mi li lít."),
]

# Thirteenth holdout misses when scored once (154 of 159, 96.9 %; 156 of 159, 98.1 %, as heard): two errors, since
# fixed by general rules (156 of 159 now), and three conventions the writer chose differently from the house, kept
# (two of capitals only, one of pauses). The holdout's own figure stays the 154 of 159 first measured.
HOLDOUT_13_MISSES: dict[str, str] = {
    "Chi nhánh VPĐKĐĐ khu vực Đô Lương trả Giấy chứng nhận QSDĐ cho 214 hộ trong tháng 11/2025":
        "convention (capitals only): the writer writes 'Văn phòng đăng ký đất đai'; the lexicon capitalises the body",
    "Đội PCCC&CNCH khu vực 4 thực tập phương án chữa cháy tại chợ Vinh lúc 14h ngày 25/10":
        "convention (pauses only): the writer reads 'phòng cháy chữa cháy và cứu nạn cứu hộ' without the lexicon's "
        "commas",
    "Bác sĩ BV Đa khoa khu vực Tây Bắc khám mắt miễn phí và mổ đục thủy tinh thể cho 85 người cao tuổi":
        "convention (capitals only): the writer capitalises 'Bệnh viện' before a hospital's name; the lexicon keeps "
        "'bệnh viện'",
}


# Tuning sets: written to find gaps, then used to tune (not holdouts). First read 107 of 165 (A: health, farming,
# weather, utilities, science units) and 125 of 167 (B: documents, courts, finance, schools, culture, housing); what the
# round they prompted still misses is a strict xfail, an error or a convention, named in its reason.
TUNE_A_MISSES: dict[str, str] = {
    'Đoàn y bác sĩ BV Nhi TW phẫu thuật nội soi miễn phí cho 40 trẻ dị tật tại BVĐK tỉnh từ 14 - 15/11':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Trà Xuân muộn gieo cấy giống lúa TBR225, Bắc thơm số 7 và ĐT100, kết thúc cấy trước 25/2':
        "not read right yet: the writer says 'đê tê', the rules 'điện thoại'",
    'Tàu cá NA-90568-TS cùng 9 thuyền viên mất liên lạc từ 14h ngày 3/11, cách Cửa Lò khoảng 60 hải lý':
        "not read right yet: the writer says 'nờ a,', the rules 'NA'",
    'Hồi 19h ngày 8/10, vị trí tâm bão ở khoảng 16,8°N; 111,5°E, khí áp thấp nhất 975 hPa':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Mực nước hồ Ngàn Trươi lúc 7h đạt cao trình +52,3 m, thấp hơn mực nước dâng bình thường 0,7 m':
        "not read right yet: the writer says '', the rules 'cộng'",
    'Sơ tán 312 hộ/1.046 nhân khẩu ở 4 thôn vùng trũng trước 18h ngày 27/10':
        "not read right yet: the writer says 'với', the rules 'hoặc'",
    'Nước thải của cơ sở chế biến có COD 320 mg/l, BOD5 185 mg/l, vượt QCVN 40:2011/BTNMT nhiều lần':
        "not read right yet: the writer says 'mươi năm', the rules 'mươi: số'",
    'Trạm quan trắc tự động tại hồ Bàu Sen ghi nhận DO 2,1 mg/l, pH 8,9 và độ đục 45 NTU':
        "not read right yet: the writer says 'đê o', the rules 'DO'",
    'Khách hàng tra cứu lịch cắt điện tại cskh.evnnpc.vn hoặc ứng dụng EVNNPC CSKH':
        "not read right yet: the writer says 'e vê nờ nờ pê xê', the rules 'evnnpc'",
    'Để đăng ký gói ST70, soạn DK ST70 gửi 191; hủy gói soạn HUY ST70 gửi 191':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Nộp hồ sơ cấp đổi GPLX trực tuyến tại dichvucong.bocongan.gov.vn, lệ phí 115.000 đồng/lần':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Phối hợp với Cục C06 Bộ Công an, xã đã làm sạch 98,7% dữ liệu dân cư, còn 214 trường hợp sai lệch':
        "not read right yet: the writer says 'xê', the rules 'C'",
    'Cổng thông tin điện tử xã có địa chỉ nongcong.thanhhoa.gov.vn, cập nhật lịch tiếp dân hằng tuần':
        "not read right yet: the writer says 'Nông Cống', the rules 'nongcong'",
    'Ngộ độc botulinum do pate chay: 3 người nhập viện, BV Chợ Rẫy dùng thuốc giải BAT':
        "not read right yet: the writer says 'Bệnh', the rules 'bệnh'",
    'Mẫu ớt bột lấy tại chợ Đầm có phẩm màu Sudan I với hàm lượng 1,8 mg/kg, cơ sở bị phạt 40 triệu đồng':
        "not read right yet: the writer says 'một', the rules 'I'",
    'Học sinh lớp 10 chuyên Tin thi vòng 2 môn Tin học 150 phút, lập trình bằng C++ hoặc Python':
        "not read right yet: the writer says 'xê', the rules 'C'",
    'Chiếu phim lưu động phục vụ đồng bào bản Xốp Tụ lúc 19h30 thứ 7 (28/12), có phim 3D dành cho thiếu nhi':
        "not read right yet: the writer says '', the rules 'ngày'",
    'Từ 15h ngày 12/2, giá xăng RON 95-III tăng 420 đồng/lít, lên 20.860 đồng/lít':
        "not read right yet: the writer says 'ba', the rules 'III'",
    'Dầu DO 0,05S-II giảm 150 đồng/lít còn 18.950 đồng/lít; dầu hỏa 2-K giá 18.620 đồng/lít':
        "not read right yet: the writer says 'đê o', the rules 'DO'",
    'Sáng nay, vàng nhẫn tròn trơn 9999 được niêm yết ở mức 11,65 - 11,95 triệu đồng/chỉ (mua vào - bán ra)':
        "not read right yet: the writer says 'bốn số', the rules 'chín nghìn chín trăm chín mươi'",
}

TUNE_B_MISSES: dict[str, str] = {
    'Theo Bản án hình sự sơ thẩm số 52/2025/HS-ST ngày 09/10/2025, bị cáo phải bồi thường cho bị hại 85 triệu đồng':
        "not read right yet: the writer says '', the rules 'của Hát ét'",
    'Công dân nộp hồ sơ cấp hộ chiếu trực tuyến tại dichvucong.bocongan.gov.vn, nhận kết quả qua bưu '
    'điện sau 8 ngày làm việc':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Đội CSHS Công an tỉnh triệt phá đường dây cho vay lãi nặng với mức lãi 3.000 đồng/1 triệu/ngày, '
    'tương đương 109,5%/năm':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Công an xã thu giữ 1,25 kg pháo nổ, lập biên bản theo khoản 1 Điều 11 Nghị định 144/2021/NĐ-CP':
        "not read right yet: the writer says 'bốn', the rules 'tư'",
    'Bãi xe chợ Mới thu phí trông giữ ô tô 25.000 đồng/lượt, gửi qua đêm 50.000 đồng/xe':
        "not read right yet: the writer says 'mỗi', the rules 'một'",
    'Trường ĐH Vinh tuyển 5.850 chỉ tiêu năm 2026 với 68 ngành; điểm chuẩn ngành Sư phạm Toán năm trước là 27,35':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Tour du lịch cộng đồng bản Lác 2N1Đ giá 1.250.000 đồng/khách, đã gồm homestay và 3 bữa ăn':
        "not read right yet: the writer says 'ngày', the rules 'N'",
    'PGS.TS Nguyễn Văn Hùng cùng đoàn bác sĩ khám miễn phí cho 300 người dân xã vùng cao Mường Lống':
        "convention (capitals only): the writer's casing differs from the lexicon's",
}

# A third tuning set (commune life, welfare, religion and festivals, the station's own schedules), first read 150 of
# 170 (88.2 %).
TUNE_C_CASES = [
    # --- commune meetings and contributions
    ("Thường trực HĐND xã Quỳnh Lâm tổ chức tiếp xúc cử tri lúc 14h00 ngày 18/12 tại hội trường, mời đại diện 27 thôn "
     "dự",
     "Thường trực Hội đồng nhân dân xã Quỳnh Lâm tổ chức tiếp xúc cử tri lúc mười bốn giờ ngày mười tám tháng mười "
     "hai tại hội trường, mời đại diện hai mươi bảy thôn dự."),
    ("Mức đóng góp xây dựng nhà văn hóa thôn Bàu Sen là 200.000 đồng/hộ, nộp cho trưởng thôn trước 15/01/2026",
     "Mức đóng góp xây dựng nhà văn hóa thôn Bàu Sen là hai trăm nghìn đồng mỗi hộ, nộp cho trưởng thôn trước ngày "
     "mười lăm tháng một năm hai nghìn không trăm hai mươi sáu."),
    ("Quỹ Đền ơn đáp nghĩa năm 2025: cán bộ, công chức ủng hộ 1 ngày lương, các hộ dân tối thiểu 50.000đ",
     "Quỹ Đền ơn đáp nghĩa năm hai nghìn không trăm hai mươi lăm: cán bộ, công chức ủng hộ một ngày lương, các hộ "
     "dân tối thiểu năm mươi nghìn đồng."),
    ("Họp tổ dân phố số 7 lúc 19h45 thứ Sáu, ngày 12/9, để bình xét hộ cận nghèo năm 2026",
     "Họp tổ dân phố số bảy lúc mười chín giờ bốn mươi lăm phút thứ Sáu, ngày mười hai tháng chín, để bình xét hộ "
     "cận nghèo năm hai nghìn không trăm hai mươi sáu."),
    ("Kết quả thu quỹ PCTT đến ngày 30/10: thôn Hạ đạt 96%, thôn Thượng mới đạt 71,5%",
     "Kết quả thu quỹ phòng, chống thiên tai đến ngày ba mươi tháng mười: thôn Hạ đạt chín mươi sáu phần trăm, thôn "
     "Thượng mới đạt bảy mươi mốt phẩy năm phần trăm."),
    ("Đề nghị các hộ KD tại chợ Gạo đóng phí vệ sinh 30.000 đồng/tháng cho tổ thu gom của HTX Tân Tiến",
     "Đề nghị các hộ kinh doanh tại chợ Gạo đóng phí vệ sinh ba mươi nghìn đồng mỗi tháng cho tổ thu gom của hợp tác "
     "xã Tân Tiến."),

    # --- sanitation and the environment
    ("Sáng CN ngày 23/3, toàn xã ra quân tổng vệ sinh môi trường từ 6h30 - 9h00, mỗi hộ cử ít nhất 1 người",
     "Sáng chủ nhật ngày hai mươi ba tháng ba, toàn xã ra quân tổng vệ sinh môi trường từ sáu giờ ba mươi phút đến "
     "chín giờ, mỗi hộ cử ít nhất một người."),
    ("Xe thu gom rác đi qua các trục đường chính vào 17h - 18h các ngày thứ 2, 4, 6",
     "Xe thu gom rác đi qua các trục đường chính vào mười bảy giờ đến mười tám giờ các ngày thứ hai, tư, sáu."),
    ("Hộ gia đình vứt rác, đổ phế thải ra lòng đường bị phạt 500.000 - 1.000.000 đồng",
     "Hộ gia đình vứt rác, đổ phế thải ra lòng đường bị phạt năm trăm nghìn đến một triệu đồng."),
    ("Giá dịch vụ thu gom CTRSH tại phường là 35.000 đồng/hộ/tháng, hộ kinh doanh ăn uống 120.000 đồng/tháng",
     "Giá dịch vụ thu gom chất thải rắn sinh hoạt tại phường là ba mươi lăm nghìn đồng mỗi hộ mỗi tháng, hộ kinh "
     "doanh ăn uống một trăm hai mươi nghìn đồng mỗi tháng."),
    ("Nạo vét 2,3 km kênh tiêu nội đồng N6 trước mùa mưa, khối lượng đất khoảng 4.800 m³",
     "Nạo vét hai phẩy ba ki lô mét kênh tiêu nội đồng N sáu trước mùa mưa, khối lượng đất khoảng bốn nghìn tám trăm "
     "mét khối."),
    ("Chiến dịch “Chủ nhật xanh” lần thứ 3 của Đoàn TN xã thu gom được 12,4 tấn rác thải nhựa",
     "Chiến dịch Chủ nhật xanh lần thứ ba của Đoàn thanh niên xã thu gom được mười hai phẩy bốn tấn rác thải nhựa."),

    # --- security patrols
    ("Tổ bảo vệ ANTT thôn Yên Phú tuần tra từ 22h đến 2h sáng hôm sau, SĐT trực 0968 221 435",
     "Tổ bảo vệ an ninh trật tự thôn Yên Phú tuần tra từ hai mươi hai giờ đến hai giờ sáng hôm sau, số điện thoại "
     "trực không chín sáu tám, hai hai một, bốn ba năm."),
    ("Công an xã Hòa Bình tiếp nhận tin báo tội phạm qua số 0234.3861.113 hoặc gọi 113",
     "Công an xã Hòa Bình tiếp nhận tin báo tội phạm qua số không hai ba bốn, ba tám sáu một, một một ba hoặc gọi "
     "một một ba."),
    ("Trong tháng 8, lực lượng Công an xã tổ chức 46 lượt tuần tra, thu giữ 3 xe máy không giấy tờ",
     "Trong tháng tám, lực lượng Công an xã tổ chức bốn mươi sáu lượt tuần tra, thu giữ ba xe máy không giấy tờ."),
    ("Vận động người dân giao nộp vũ khí, VLN, CCHT tại trụ sở CA xã trước ngày 31/7",
     "Vận động người dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ tại trụ sở Công an xã trước ngày ba mươi mốt "
     "tháng bảy."),
    ("Mỗi tổ liên gia tự quản gồm 10 - 15 hộ, tổ trưởng báo cáo tình hình ANTT 1 lần/tuần",
     "Mỗi tổ liên gia tự quản gồm mười đến mười lăm hộ, tổ trưởng báo cáo tình hình an ninh trật tự một lần mỗi "
     "tuần."),
    ("Lắp camera an ninh tại 18 điểm giao cắt, tổng kinh phí xã hội hóa 162,5 triệu đồng",
     "Lắp camera an ninh tại mười tám điểm giao cắt, tổng kinh phí xã hội hóa một trăm sáu mươi hai phẩy năm triệu "
     "đồng."),

    # --- civil status and residence
    ("Trẻ sinh ra phải được đăng ký khai sinh trong 60 ngày; làm qua VNeID, nhận bản điện tử sau 1 ngày làm việc",
     "Trẻ sinh ra phải được đăng ký khai sinh trong sáu mươi ngày; làm qua vê en e ai đi, nhận bản điện tử sau một "
     "ngày làm việc."),
    ("Lệ phí cấp bản sao trích lục hộ tịch 8.000 đồng/bản; chứng thực chữ ký 10.000 đồng/trường hợp",
     "Lệ phí cấp bản sao trích lục hộ tịch tám nghìn đồng một bản; chứng thực chữ ký mười nghìn đồng mỗi trường hợp."),
    ("Người chết phải được khai tử trong 15 ngày; hồ sơ gồm giấy báo tử và CCCD của người đi đăng ký",
     "Người chết phải được khai tử trong mười lăm ngày; hồ sơ gồm giấy báo tử và căn cước công dân của người đi đăng "
     "ký."),
    ("Công dân đăng ký thường trú tại tổ dân phố 4, P. Hưng Bình nộp tờ khai theo mẫu CT01",
     "Công dân đăng ký thường trú tại tổ dân phố bốn, phường Hưng Bình nộp tờ khai theo mẫu xê tê không một."),
    ("Giấy xác nhận tình trạng hôn nhân trả trong 3 ngày làm việc, có giá trị 6 tháng kể từ ngày cấp",
     "Giấy xác nhận tình trạng hôn nhân trả trong ba ngày làm việc, có giá trị sáu tháng kể từ ngày cấp."),
    ("Ông Lê Văn Tám, SN 1962, trú tại xóm 9 đề nghị cải chính năm sinh thành 1961",
     "Ông Lê Văn Tám, sinh năm một nghìn chín trăm sáu mươi hai, trú tại xóm chín đề nghị cải chính năm sinh thành "
     "một nghìn chín trăm sáu mươi mốt."),

    # --- weddings and funerals
    ("Theo quy ước thôn Đông Xá, tiệc cưới không quá 30 mâm, mỗi mâm 6 người, kết thúc trước 22h",
     "Theo quy ước thôn Đông Xá, tiệc cưới không quá ba mươi mâm, mỗi mâm sáu người, kết thúc trước hai mươi hai "
     "giờ."),
    ("Đám tang không dùng loa công suất lớn từ 22h - 6h sáng, thời gian quàn không quá 48 giờ",
     "Đám tang không dùng loa công suất lớn từ hai mươi hai giờ đến sáu giờ sáng, thời gian quàn không quá bốn mươi "
     "tám giờ."),
    ("Gia đình ông Phan Văn Lực ở xóm 11 đã nhận khoản hỗ trợ mai táng 7,2 triệu đồng từ ngân sách xã",
     "Gia đình ông Phan Văn Lực ở xóm mười một đã nhận khoản hỗ trợ mai táng bảy phẩy hai triệu đồng từ ngân sách "
     "xã."),
    ("Trợ cấp mai táng của quỹ BHXH bằng 10 lần mức lương cơ sở, tức 23.400.000 đồng",
     "Trợ cấp mai táng của quỹ bảo hiểm xã hội bằng mười lần mức lương cơ sở, tức hai mươi ba triệu bốn trăm nghìn "
     "đồng."),
    ("Đôi bạn trẻ tổ chức đám cưới theo nếp sống văn minh được Đoàn xã tặng giấy khen và 1.000.000đ",
     "Đôi bạn trẻ tổ chức đám cưới theo nếp sống văn minh được Đoàn xã tặng giấy khen và một triệu đồng."),
    ("Nghĩa trang nhân dân xã Bình Minh bố trí khu cát táng tại lô C2, mỗi mộ không quá 5 m²",
     "Nghĩa trang nhân dân xã Bình Minh bố trí khu cát táng tại lô C hai, mỗi mộ không quá năm mét vuông."),

    # --- religion and festivals
    ("Lễ hội đền Cờn năm nay diễn ra từ mùng 10 đến 12 tháng Giêng âm lịch",
     "Lễ hội đền Cờn năm nay diễn ra từ mùng mười đến mười hai tháng Giêng âm lịch."),
    ("Đại lễ Phật đản PL 2570 tổ chức tại chùa Phổ Quang lúc 8h ngày 31/5/2026",
     "Đại lễ Phật đản Phật lịch hai nghìn năm trăm bảy mươi tổ chức tại chùa Phổ Quang lúc tám giờ ngày ba mươi mốt "
     "tháng năm năm hai nghìn không trăm hai mươi sáu."),
    ("Giáo xứ Phú Yên cử hành lễ Giáng sinh lúc 19h30 ngày 24/12, dự kiến 3.000 giáo dân tham dự",
     "Giáo xứ Phú Yên cử hành lễ Giáng sinh lúc mười chín giờ ba mươi phút ngày hai mươi tư tháng mười hai, dự kiến "
     "ba nghìn giáo dân tham dự."),
    ("Hội vật làng Mai Động có 64 đô vật tham gia, giải nhất trị giá 5 triệu đồng",
     "Hội vật làng Mai Động có sáu mươi tư đô vật tham gia, giải nhất trị giá năm triệu đồng."),
    ("Nhân lễ Vu Lan rằm tháng Bảy, chùa Linh Ứng phát 1.500 suất cơm chay miễn phí từ 10h30",
     "Nhân lễ Vu Lan rằm tháng Bảy, chùa Linh Ứng phát một nghìn năm trăm suất cơm chay miễn phí từ mười giờ ba mươi "
     "phút."),
    ("Ban Trị sự GHPGVN tỉnh tổ chức khóa tu mùa hè cho 250 thanh thiếu niên",
     "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh tổ chức khóa tu mùa hè cho hai trăm năm mươi thanh thiếu niên."),

    # --- pensions
    ("Lương hưu tháng 01/2026 chi trả từ ngày 02 - 20/01 tại 14 điểm chi trả của Bưu điện xã",
     "Lương hưu tháng một năm hai nghìn không trăm hai mươi sáu chi trả từ ngày hai đến hai mươi tháng một tại mười "
     "bốn điểm chi trả của Bưu điện xã."),
    ("Sau đợt điều chỉnh 15%, lương hưu bình quân của 1.316 người ở phường tăng thêm khoảng 870.000 đồng",
     "Sau đợt điều chỉnh mười lăm phần trăm, lương hưu bình quân của một nghìn ba trăm mười sáu người ở phường tăng "
     "thêm khoảng tám trăm bảy mươi nghìn đồng."),
    ("Chị Hằng mới đóng BHXH được 16 năm 3 tháng nhưng vẫn đủ điều kiện hưởng lương hưu theo Luật số 41/2024/QH15",
     "Chị Hằng mới đóng bảo hiểm xã hội được mười sáu năm ba tháng nhưng vẫn đủ điều kiện hưởng lương hưu theo Luật "
     "số bốn mươi mốt năm hai nghìn không trăm hai mươi tư của Quốc hội khóa mười lăm."),
    ("Ông Sơn sinh tháng 5/1965 sẽ đủ tuổi nghỉ hưu vào tháng 11/2026, khi tròn 61 tuổi 6 tháng",
     "Ông Sơn sinh tháng năm năm một nghìn chín trăm sáu mươi lăm sẽ đủ tuổi nghỉ hưu vào tháng mười một năm hai "
     "nghìn không trăm hai mươi sáu, khi tròn sáu mươi mốt tuổi sáu tháng."),
    ("Bà Trần Thị Thu, lương hưu 6.845.000 đồng/tháng, được BHXH cơ sở Đô Lương cấp lại thẻ BHYT miễn phí",
     "Bà Trần Thị Thu, lương hưu sáu triệu tám trăm bốn mươi lăm nghìn đồng mỗi tháng, được Bảo hiểm xã hội cơ sở Đô "
     "Lương cấp lại thẻ bảo hiểm y tế miễn phí."),
    ("Người nhận lương hưu muốn chuyển từ tiền mặt sang tài khoản nộp mẫu 13-HSB trước ngày 10",
     "Người nhận lương hưu muốn chuyển từ tiền mặt sang tài khoản nộp mẫu mười ba hát ét bê trước ngày mười."),

    # --- social allowances: the elderly and people with disabilities
    ("Người khuyết tật đặc biệt nặng được trợ cấp theo hệ số 2,0, tức 1 triệu đồng mỗi tháng",
     "Người khuyết tật đặc biệt nặng được trợ cấp theo hệ số hai phẩy không, tức một triệu đồng mỗi tháng."),
    ("Người thọ 90 tuổi được tặng thiếp chúc thọ và 300.000đ, thọ 100 tuổi nhận quà của Chủ tịch nước",
     "Người thọ chín mươi tuổi được tặng thiếp chúc thọ và ba trăm nghìn đồng, thọ một trăm tuổi nhận quà của Chủ "
     "tịch nước."),
    ("Hồ sơ xác định mức độ KT nộp cho Hội đồng của xã trước ngày 20 hằng tháng",
     "Hồ sơ xác định mức độ khuyết tật nộp cho Hội đồng của xã trước ngày hai mươi hằng tháng."),
    ("Chi trả trợ cấp xã hội tháng 3 cho 1.214 đối tượng, tổng số tiền 1.093.600.000 đồng",
     "Chi trả trợ cấp xã hội tháng ba cho một nghìn hai trăm mười bốn đối tượng, tổng số tiền một tỷ không trăm chín "
     "mươi ba triệu sáu trăm nghìn đồng."),
    ("Trẻ em dưới 3 tuổi thuộc hộ nghèo được hưởng trợ cấp bằng 2,5 x mức chuẩn",
     "Trẻ em dưới ba tuổi thuộc hộ nghèo được hưởng trợ cấp bằng hai phẩy năm nhân mức chuẩn."),
    ("NCT đi tàu, xe khách được giảm ít nhất 15% giá vé khi xuất trình thẻ căn cước",
     "Người cao tuổi đi tàu, xe khách được giảm ít nhất mười lăm phần trăm giá vé khi xuất trình thẻ căn cước."),
    ("Hội NKT huyện trao 25 xe lăn và 40 máy trợ thính cho hội viên",
     "Hội người khuyết tật huyện trao hai mươi lăm xe lăn và bốn mươi máy trợ thính cho hội viên."),

    # --- poverty lists
    ("Kết quả rà soát năm 2025: xã còn 86 hộ nghèo (2,14%) và 153 hộ cận nghèo (3,81%)",
     "Kết quả rà soát năm hai nghìn không trăm hai mươi lăm: xã còn tám mươi sáu hộ nghèo, hai phẩy mười bốn phần "
     "trăm, và một trăm năm mươi ba hộ cận nghèo, ba phẩy tám mươi mốt phần trăm."),
    ("Hộ có thu nhập bình quân từ 1.500.001 đồng đến 2.000.000 đồng/người/tháng ở nông thôn là hộ cận nghèo",
     "Hộ có thu nhập bình quân từ một triệu năm trăm nghìn không trăm linh một đồng đến hai triệu đồng mỗi người mỗi "
     "tháng ở nông thôn là hộ cận nghèo."),
    ("Danh sách hộ nghèo dự kiến được niêm yết tại NVH các thôn trong 7 ngày, từ 10/11 - 16/11",
     "Danh sách hộ nghèo dự kiến được niêm yết tại nhà văn hóa các thôn trong bảy ngày, từ ngày mười tháng mười một "
     "đến ngày mười sáu tháng mười một."),
    ("Hộ mới thoát nghèo được tiếp tục hỗ trợ BHYT trong 36 tháng và vay vốn NHCSXH lãi suất 0,77%/tháng",
     "Hộ mới thoát nghèo được tiếp tục hỗ trợ bảo hiểm y tế trong ba mươi sáu tháng và vay vốn Ngân hàng Chính sách "
     "xã hội lãi suất không phẩy bảy mươi bảy phần trăm mỗi tháng."),
    ("Xã đã khởi công 38 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo",
     "Xã đã khởi công ba mươi tám căn nhà Đại đoàn kết, mỗi căn được hỗ trợ sáu mươi triệu đồng từ Quỹ Vì người "
     "nghèo."),
    ("Phiếu B1 đo thiếu hụt dịch vụ xã hội cơ bản gồm 12 chỉ số, mỗi chỉ số tối đa 10 điểm",
     "Phiếu B một đo thiếu hụt dịch vụ xã hội cơ bản gồm mười hai chỉ số, mỗi chỉ số tối đa mười điểm."),

    # --- people with merit
    ("Dịp 27/7/2025, xã tặng 342 suất quà cho người có công, mỗi suất 500.000 đồng",
     "Dịp hai mươi bảy tháng bảy năm hai nghìn không trăm hai mươi lăm, xã tặng ba trăm bốn mươi hai suất quà cho "
     "người có công, mỗi suất năm trăm nghìn đồng."),
    ("Ông Hồ Văn Sáu là thương binh hạng 2/4, tỷ lệ tổn thương cơ thể 65%",
     "Ông Hồ Văn Sáu là thương binh hạng hai trên bốn, tỷ lệ tổn thương cơ thể sáu mươi lăm phần trăm."),
    ("Mức chuẩn trợ cấp ưu đãi người có công từ 1/7/2024 là 2.789.000 đồng",
     "Mức chuẩn trợ cấp ưu đãi người có công từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư là hai triệu "
     "bảy trăm tám mươi chín nghìn đồng."),
    ("Thân nhân đi thăm viếng mộ tại NTLS quốc gia Trường Sơn được hỗ trợ tiền đi lại 2.000 đồng/km",
     "Thân nhân đi thăm viếng mộ tại Nghĩa trang liệt sĩ quốc gia Trường Sơn được hỗ trợ tiền đi lại hai nghìn đồng "
     "một ki lô mét."),
    ("Tu sửa 125 ngôi mộ liệt sĩ tại khu A, B và xây mới nhà bia ghi danh, tổng mức đầu tư 3,2 tỷ đồng",
     "Tu sửa một trăm hai mươi lăm ngôi mộ liệt sĩ tại khu A, B và xây mới nhà bia ghi danh, tổng mức đầu tư ba phẩy "
     "hai tỷ đồng."),
    ("Người hoạt động kháng chiến bị nhiễm CĐHH được giám định lại tại Hội đồng GĐYK tỉnh",
     "Người hoạt động kháng chiến bị nhiễm chất độc hóa học được giám định lại tại Hội đồng Giám định y khoa tỉnh."),

    # --- health insurance cards
    ("Nhà chị Lan có 5 người tham gia BHYT hộ gia đình nên người thứ 5 chỉ đóng 40% mức của người đầu tiên",
     "Nhà chị Lan có năm người tham gia bảo hiểm y tế hộ gia đình nên người thứ năm chỉ đóng bốn mươi phần trăm mức "
     "của người đầu tiên."),
    ("Mã thẻ BHYT mới gồm 10 ký tự là mã số BHXH; người dân dùng ảnh thẻ trên VssID để đi khám",
     "Mã thẻ bảo hiểm y tế mới gồm mười ký tự là mã số bảo hiểm xã hội; người dân dùng ảnh thẻ trên vê ét ét i đê để "
     "đi khám."),
    ("Mức đóng của người thứ nhất bằng 4,5% x 2.340.000 đồng x 12 tháng",
     "Mức đóng của người thứ nhất bằng bốn phẩy năm phần trăm nhân hai triệu ba trăm bốn mươi nghìn đồng nhân mười "
     "hai tháng."),
    ("Trẻ em dưới 6 tuổi được cấp thẻ BHYT miễn phí, thẻ có giá trị đến ngày trẻ đủ 72 tháng tuổi",
     "Trẻ em dưới sáu tuổi được cấp thẻ bảo hiểm y tế miễn phí, thẻ có giá trị đến ngày trẻ đủ bảy mươi hai tháng "
     "tuổi."),
    ("Học sinh THCS Lê Lợi đóng BHYT 12 tháng là 884.520 đồng, hạn nộp trước 31/12",
     "Học sinh trung học cơ sở Lê Lợi đóng bảo hiểm y tế mười hai tháng là tám trăm tám mươi tư nghìn năm trăm hai "
     "mươi đồng, hạn nộp trước ngày ba mươi mốt tháng mười hai."),
    ("Thẻ bị mất, hỏng được cấp lại trong 3 ngày làm việc; liên hệ BHXH cơ sở Tân Kỳ, ĐT 0238.3882.015",
     "Thẻ bị mất, hỏng được cấp lại trong ba ngày làm việc; liên hệ Bảo hiểm xã hội cơ sở Tân Kỳ, điện thoại không "
     "hai ba tám, ba tám tám hai, không một năm."),

    # --- hospital referrals
    ("Từ 1/1/2025, người bệnh thuộc 62 nhóm bệnh hiểm nghèo được chuyển thẳng lên cơ sở KCB cấp chuyên sâu",
     "Từ ngày một tháng một năm hai nghìn không trăm hai mươi lăm, người bệnh thuộc sáu mươi hai nhóm bệnh hiểm "
     "nghèo được chuyển thẳng lên cơ sở khám chữa bệnh cấp chuyên sâu."),
    ("Giấy chuyển tuyến của người bệnh mãn tính có giá trị đến hết ngày 31/12 năm đó",
     "Giấy chuyển tuyến của người bệnh mãn tính có giá trị đến hết ngày ba mươi mốt tháng mười hai năm đó."),
    ("Nằm viện tại BV tuyến tỉnh không cần giấy chuyển tuyến vẫn được hưởng đủ 100% quyền lợi từ năm 2021",
     "Nằm viện tại bệnh viện tuyến tỉnh không cần giấy chuyển tuyến vẫn được hưởng đủ một trăm phần trăm quyền lợi "
     "từ năm hai nghìn không trăm hai mươi mốt."),
    ("Bệnh nhân chạy thận tại BVĐK khu vực Tây Bắc được hỗ trợ tiền xe 200.000 đồng/tháng",
     "Bệnh nhân chạy thận tại Bệnh viện Đa khoa khu vực Tây Bắc được hỗ trợ tiền xe hai trăm nghìn đồng mỗi tháng."),
    ("Trạm Y tế xã cấp thuốc THA, ĐTĐ ngoại trú 30 ngày/lần cho 214 người bệnh",
     "Trạm Y tế xã cấp thuốc tăng huyết áp, đái tháo đường ngoại trú ba mươi ngày một lần cho hai trăm mười bốn "
     "người bệnh."),
    ("Cấp cứu gọi 115 hoặc tổ cấp cứu của TTYT khu vực Yên Thành: 0238.3864.115",
     "Cấp cứu gọi một một năm hoặc tổ cấp cứu của Trung tâm Y tế khu vực Yên Thành: không hai ba tám, ba tám sáu "
     "bốn, một một năm."),

    # --- migrant labour and work abroad
    ("Tuyển 300 lao động đi Hàn Quốc theo Chương trình EPS, tuổi từ 18 - 39, chưa từng cư trú bất hợp pháp",
     "Tuyển ba trăm lao động đi Hàn Quốc theo Chương trình e pê ét, tuổi từ mười tám đến ba mươi chín, chưa từng cư "
     "trú bất hợp pháp."),
    ("Thực tập sinh kỹ năng tại Nhật Bản có thu nhập khoảng 150.000 - 180.000 yên/tháng",
     "Thực tập sinh kỹ năng tại Nhật Bản có thu nhập khoảng một trăm năm mươi nghìn đến một trăm tám mươi nghìn yên "
     "mỗi tháng."),
    ("Tiền ký quỹ khi đi Hàn Quốc là 100 triệu đồng, hoàn trả khi NLĐ về nước đúng hạn",
     "Tiền ký quỹ khi đi Hàn Quốc là một trăm triệu đồng, hoàn trả khi người lao động về nước đúng hạn."),
    ("Lương tối thiểu tại Đài Loan từ 1/1/2026 là 29.500 Đài tệ/tháng",
     "Lương tối thiểu tại Đài Loan từ ngày một tháng một năm hai nghìn không trăm hai mươi sáu là hai mươi chín "
     "nghìn năm trăm Đài tệ mỗi tháng."),
    ("Người đi làm ăn xa từ 12 tháng liên tục trở lên phải khai báo tạm vắng với CA xã",
     "Người đi làm ăn xa từ mười hai tháng liên tục trở lên phải khai báo tạm vắng với Công an xã."),
    ("Cảnh giác với tin tuyển lao động đi Canada thu phí 8.000 - 10.000 USD/người",
     "Cảnh giác với tin tuyển lao động đi Canada thu phí tám nghìn đến mười nghìn đô la Mỹ mỗi người."),

    # --- consumer prices and markets
    ("Sạp thịt của chị Hoa ở chợ Hưng Dũng niêm yết ba chỉ 145.000 đồng/kg, nạc vai 135.000 đồng/kg",
     "Sạp thịt của chị Hoa ở chợ Hưng Dũng niêm yết ba chỉ một trăm bốn mươi lăm nghìn đồng một ki lô gam, nạc vai "
     "một trăm ba mươi lăm nghìn đồng một ki lô gam."),
    ("Đại lý gas Minh Phát giao bình 12 kg tận nhà trong bán kính 5 km, giá 455.000 đồng",
     "Đại lý gas Minh Phát giao bình mười hai ki lô gam tận nhà trong bán kính năm ki lô mét, giá bốn trăm năm mươi "
     "lăm nghìn đồng."),
    ("Chỉ số CPI tháng 11 tăng 0,42% so với tháng trước và 3,58% so với cùng kỳ",
     "Chỉ số xê pê i tháng mười một tăng không phẩy bốn mươi hai phần trăm so với tháng trước và ba phẩy năm mươi "
     "tám phần trăm so với cùng kỳ."),
    ("Gạo ST25 bán lẻ 32.000 - 35.000 đ/kg; gạo tẻ thường 15.500 đ/kg",
     "Gạo ét tê hai mươi lăm bán lẻ ba mươi hai nghìn đến ba mươi lăm nghìn đồng một ki lô gam; gạo tẻ thường mười "
     "lăm nghìn năm trăm đồng một ki lô gam."),
    ("Đội QLTT số 5 kiểm tra 27 cơ sở, xử phạt 6 cơ sở không niêm yết giá, tổng số tiền 31,5 triệu đồng",
     "Đội Quản lý thị trường số năm kiểm tra hai mươi bảy cơ sở, xử phạt sáu cơ sở không niêm yết giá, tổng số tiền "
     "ba mươi mốt phẩy năm triệu đồng."),
    ("Chợ phiên Cán Cấu họp sáng thứ 7 hằng tuần từ 5h - 14h; thuê sạp 15.000 đồng/ngày",
     "Chợ phiên Cán Cấu họp sáng thứ bảy hằng tuần từ năm giờ đến mười bốn giờ; thuê sạp mười lăm nghìn đồng mỗi "
     "ngày."),
    ("Một vỉ 30 quả trứng gà ta ở chợ quê có giá khoảng 120.000 đồng",
     "Một vỉ ba mươi quả trứng gà ta ở chợ quê có giá khoảng một trăm hai mươi nghìn đồng."),

    # --- construction and permits
    ("Nhà ở riêng lẻ dưới 7 tầng trong khu vực có quy hoạch chi tiết 1/500 được miễn GPXD",
     "Nhà ở riêng lẻ dưới bảy tầng trong khu vực có quy hoạch chi tiết một trên năm trăm được miễn giấy phép xây "
     "dựng."),
    ("Lệ phí cấp GPXD nhà ở riêng lẻ 75.000 đồng/giấy phép, thời hạn giải quyết 15 ngày",
     "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ bảy mươi lăm nghìn đồng một giấy phép, thời hạn giải quyết mười "
     "lăm ngày."),
    ("Công trình xây dựng trái phép tại thửa đất số 215, tờ bản đồ số 18 bị đình chỉ từ ngày 4/8",
     "Công trình xây dựng trái phép tại thửa đất số hai trăm mười lăm, tờ bản đồ số mười tám bị đình chỉ từ ngày bốn "
     "tháng tám."),
    ("Chỉ giới xây dựng cách tim tuyến ĐH 23 tối thiểu 12 m, mật độ xây dựng không quá 80%",
     "Chỉ giới xây dựng cách tim tuyến đường huyện hai mươi ba tối thiểu mười hai mét, mật độ xây dựng không quá tám "
     "mươi phần trăm."),
    ("Xây nhà trên đất nông nghiệp bị phạt từ 20 - 50 triệu đồng và buộc khôi phục hiện trạng",
     "Xây nhà trên đất nông nghiệp bị phạt từ hai mươi đến năm mươi triệu đồng và buộc khôi phục hiện trạng."),
    ("Dự án nhà ở xã hội gồm 2 khối 15 tầng, 486 căn hộ, giá bán dự kiến 17,8 triệu đồng/m²",
     "Dự án nhà ở xã hội gồm hai khối mười lăm tầng, bốn trăm tám mươi sáu căn hộ, giá bán dự kiến mười bảy phẩy tám "
     "triệu đồng một mét vuông."),

    # --- waterways and bridges
    ("Cầu treo bản Phiêng Luông chỉ cho xe máy và người đi bộ qua, tải trọng tối đa 1,5 tấn",
     "Cầu treo bản Phiêng Luông chỉ cho xe máy và người đi bộ qua, tải trọng tối đa một phẩy năm tấn."),
    ("Bến đò ngang Triều Khẩu hoạt động từ 5h30 - 18h30, mỗi chuyến chở không quá 12 người",
     "Bến đò ngang Triều Khẩu hoạt động từ năm giờ ba mươi phút đến mười tám giờ ba mươi phút, mỗi chuyến chở không "
     "quá mười hai người."),
    ("Phương tiện thủy chở khách phải có GCN đăng ký, đăng kiểm và đủ áo phao cho 100% người trên đò",
     "Phương tiện thủy chở khách phải có giấy chứng nhận đăng ký, đăng kiểm và đủ áo phao cho một trăm phần trăm "
     "người trên đò."),
    ("Sửa khe co giãn cầu Bến Thủy 1: xe trên 10 tấn đi vòng qua cầu Bến Thủy 2 trong 3 đêm",
     "Sửa khe co giãn cầu Bến Thủy một: xe trên mười tấn đi vòng qua cầu Bến Thủy hai trong ba đêm."),
    ("Hà Nội: sông Hồng tại trạm Long Biên lên 9,45 m, chỉ còn cách mức BĐ I 0,05 m",
     "Hà Nội: sông Hồng tại trạm Long Biên lên chín phẩy bốn mươi lăm mét, chỉ còn cách mức báo động một không phẩy "
     "không năm mét."),
    ("Tàu thuyền qua luồng sông Đáy đoạn Km 62 - Km 70 chạy tối đa 10 km/h",
     "Tàu thuyền qua luồng sông Đáy đoạn ki lô mét sáu mươi hai đến ki lô mét bảy mươi chạy tối đa mười ki lô mét "
     "trên giờ."),

    # --- post and banking at the commune
    ("Điểm giao dịch của NHCSXH tại xã mở vào ngày 12 hằng tháng, từ 7h30 đến 11h",
     "Điểm giao dịch của Ngân hàng Chính sách xã hội tại xã mở vào ngày mười hai hằng tháng, từ bảy giờ ba mươi phút "
     "đến mười một giờ."),
    ("Người dân có thể gửi hồ sơ TTHC qua BĐVHX, cước 26.000 đồng/bộ hồ sơ",
     "Người dân có thể gửi hồ sơ thủ tục hành chính qua bưu điện văn hóa xã, cước hai mươi sáu nghìn đồng một bộ hồ "
     "sơ."),
    ("Tổ TK&VV thôn 3 thu lãi, thu tiết kiệm vào ngày 10 hằng tháng tại nhà tổ trưởng",
     "Tổ tiết kiệm và vay vốn thôn ba thu lãi, thu tiết kiệm vào ngày mười hằng tháng tại nhà tổ trưởng."),
    ("Ủng hộ đồng bào vùng lũ qua STK 1025 868 600 01 tại Vietcombank chi nhánh Hà Tĩnh",
     "Ủng hộ đồng bào vùng lũ qua số tài khoản một không hai năm, tám sáu tám, sáu không không, không một tại "
     "Vietcombank chi nhánh Hà Tĩnh."),
    ("Bưu điện xã chi trả trợ cấp cho 612 người vào ngày 8 - 9/4; ai không đến được thì nhân viên chi trả tại nhà",
     "Bưu điện xã chi trả trợ cấp cho sáu trăm mười hai người vào ngày tám đến chín tháng tư; ai không đến được thì "
     "nhân viên chi trả tại nhà."),
    ("Chủ thẻ rút tiền tại máy ATM của Agribank được miễn phí 5 lần/tháng",
     "Chủ thẻ rút tiền tại máy a tê mờ của Agribank được miễn phí năm lần mỗi tháng."),

    # --- the station's own schedules
    ("Đài truyền thanh xã phát 2 buổi/ngày: sáng từ 5h30 - 6h00, chiều từ 17h00 - 17h30",
     "Đài truyền thanh xã phát hai buổi mỗi ngày: sáng từ năm giờ ba mươi phút đến sáu giờ, chiều từ mười bảy giờ "
     "đến mười bảy giờ ba mươi phút."),
    ("Chương trình tiếp sóng Đài TNVN vào 6h00 và 18h00 hằng ngày",
     "Chương trình tiếp sóng Đài Tiếng nói Việt Nam vào sáu giờ và mười tám giờ hằng ngày."),
    ("Nghe lại chương trình trên tần số FM 102,7 MHz của Đài PT-TH tỉnh",
     "Nghe lại chương trình trên tần số ép em một trăm linh hai phẩy bảy mê ga héc của Đài Phát thanh và Truyền hình "
     "tỉnh."),
    ("Bản tin thời sự xã số 45/2025 phát lúc 17h15 thứ 4",
     "Bản tin thời sự xã số bốn mươi lăm năm hai nghìn không trăm hai mươi lăm phát lúc mười bảy giờ mười lăm phút "
     "thứ tư."),
    ("Hệ thống loa IP đã lắp 36 cụm loa tại 12 thôn, mỗi cụm 2 loa nén 30W",
     "Hệ thống loa i pê đã lắp ba mươi sáu cụm loa tại mười hai thôn, mỗi cụm hai loa nén ba mươi oát."),
    ("Từ 1/10, buổi phát sáng chuyển sang 6h15 - 6h45 do thời tiết chuyển lạnh",
     "Từ ngày một tháng mười, buổi phát sáng chuyển sang sáu giờ mười lăm phút đến sáu giờ bốn mươi lăm phút do thời "
     "tiết chuyển lạnh."),
    ("Thông báo khẩn của BCH PCTT xã được phát lặp lại 3 lần, cách nhau 15 phút",
     "Thông báo khẩn của Ban Chỉ huy phòng, chống thiên tai xã được phát lặp lại ba lần, cách nhau mười lăm phút."),

    # --- military service
    ("Thanh niên đủ 17 tuổi trong năm 2025 đến Ban CHQS xã đăng ký NVQS, mang theo thẻ căn cước và 2 ảnh 4x6",
     "Thanh niên đủ mười bảy tuổi trong năm hai nghìn không trăm hai mươi lăm đến Ban Chỉ huy quân sự xã đăng ký "
     "nghĩa vụ quân sự, mang theo thẻ căn cước và hai ảnh bốn nhân sáu."),
    ("Năm nay có 19 thanh niên của xã đủ chuẩn: cao từ 1,57 m, nặng từ 43 kg, sức khỏe loại 1 - 3",
     "Năm nay có mười chín thanh niên của xã đủ chuẩn: cao từ một phẩy năm mươi bảy mét, nặng từ bốn mươi ba ki lô "
     "gam, sức khỏe loại một đến ba."),
    ("Sáng 3/3/2026, xã tiễn 31 tân binh lên đường, lễ bắt đầu lúc 7h00 tại sân vận động",
     "Sáng ngày ba tháng ba năm hai nghìn không trăm hai mươi sáu, xã tiễn ba mươi mốt tân binh lên đường, lễ bắt "
     "đầu lúc bảy giờ tại sân vận động."),
    ("Tân binh được hỗ trợ 1 lần 4.680.000 đồng (bằng 2 tháng lương cơ sở)",
     "Tân binh được hỗ trợ một lần bốn triệu sáu trăm tám mươi nghìn đồng, bằng hai tháng lương cơ sở."),
    ("Xã giao 28 công dân cho Trung đoàn 335, Sư đoàn 324 thuộc QK4",
     "Xã giao hai mươi tám công dân cho Trung đoàn ba trăm ba mươi lăm, Sư đoàn ba trăm hai mươi tư thuộc Quân khu "
     "bốn."),
    ("Quân nhân xuất ngũ báo cáo Ban CHQS xã trong 15 ngày làm việc để đăng ký ngạch dự bị",
     "Quân nhân xuất ngũ báo cáo Ban Chỉ huy quân sự xã trong mười lăm ngày làm việc để đăng ký ngạch dự bị."),

    # --- fire safety
    ("Mỗi gian hàng tại chợ phải trang bị 1 bình bột ABC loại 4 kg đặt ở vị trí dễ thấy",
     "Mỗi gian hàng tại chợ phải trang bị một bình bột a bê xê loại bốn ki lô gam đặt ở vị trí dễ thấy."),
    ("Trong 9 tháng, trên địa bàn xảy ra 5 vụ cháy, thiệt hại ước tính 1,75 tỷ đồng",
     "Trong chín tháng, trên địa bàn xảy ra năm vụ cháy, thiệt hại ước tính một phẩy bảy mươi lăm tỷ đồng."),
    ("Không sạc xe đạp điện qua đêm; vị trí sạc cách vật dễ cháy tối thiểu 0,5 m",
     "Không sạc xe đạp điện qua đêm; vị trí sạc cách vật dễ cháy tối thiểu không phẩy năm mét."),
    ("Đội PCCC dân phòng thôn Phú Mỹ gồm 12 người, trực 24/24h trong mùa khô",
     "Đội phòng cháy, chữa cháy dân phòng thôn Phú Mỹ gồm mười hai người, trực hai mươi tư trên hai mươi tư giờ "
     "trong mùa khô."),
    ("Cấp dự báo cháy rừng ngày 14/6 ở cấp IV (cấp nguy hiểm)",
     "Cấp dự báo cháy rừng ngày mười bốn tháng sáu ở cấp bốn, cấp nguy hiểm."),
    ("Kiểm tra 42 cơ sở, phát hiện 9 bình chữa cháy hết hạn, nạp lại với giá 150.000 đồng/bình",
     "Kiểm tra bốn mươi hai cơ sở, phát hiện chín bình chữa cháy hết hạn, nạp lại với giá một trăm năm mươi nghìn "
     "đồng một bình."),

    # --- power and water outages
    ("Cắt điện từ 7h30 - 16h30 ngày 19/8 khu vực TBA Hòa Lạc 3 để thay máy biến áp 400 kVA",
     "Cắt điện từ bảy giờ ba mươi phút đến mười sáu giờ ba mươi phút ngày mười chín tháng tám khu vực trạm biến áp "
     "Hòa Lạc ba để thay máy biến áp bốn trăm ki lô vôn ampe."),
    ("Khách hàng tổ 1 - tổ 6 phường Đông Sơn bị mất nước đêm 2/5 do Nhà máy nước Sông Chu sửa ống",
     "Khách hàng tổ một đến tổ sáu phường Đông Sơn bị mất nước đêm ngày hai tháng năm do Nhà máy nước Sông Chu sửa "
     "ống."),
    ("Điện sinh hoạt bậc 1 từ 0 - 50 kWh có giá 1.984 đồng/kWh",
     "Điện sinh hoạt bậc một từ không đến năm mươi ki lô oát giờ có giá một nghìn chín trăm tám mươi tư đồng một ki "
     "lô oát giờ."),
    ("Mọi sự cố đường ống xin báo về số 1900 1166, Công ty CP Cấp nước Hà Tĩnh trực cả ngày lễ",
     "Mọi sự cố đường ống xin báo về số một chín không không, một một sáu sáu, Công ty cổ phần Cấp nước Hà Tĩnh trực "
     "cả ngày lễ."),
    ("Hộ dùng 25 m³ nước/tháng ở xã trả khoảng 230.000 đồng, đã gồm 5% thuế GTGT",
     "Hộ dùng hai mươi lăm mét khối nước mỗi tháng ở xã trả khoảng hai trăm ba mươi nghìn đồng, đã gồm năm phần trăm "
     "thuế giá trị gia tăng."),
    ("Không thả diều gần đường dây 110kV, khoảng cách an toàn tối thiểu 4 m",
     "Không thả diều gần đường dây một trăm mười ki lô vôn, khoảng cách an toàn tối thiểu bốn mét."),

    # --- weather and storms
    ("Vùng núi cao Mẫu Sơn đêm nay có thể xuống 3 - 5°C, khả năng xuất hiện băng giá",
     "Vùng núi cao Mẫu Sơn đêm nay có thể xuống ba đến năm độ xê, khả năng xuất hiện băng giá."),
    ("Lượng mưa tại trạm Hương Khê từ 19h ngày 8 đến 7h ngày 9/10 đo được 286 mm",
     "Lượng mưa tại trạm Hương Khê từ mười chín giờ ngày tám đến bảy giờ ngày chín tháng mười đo được hai trăm tám "
     "mươi sáu mi li mét."),
    ("Gió mùa Đông Bắc gây gió mạnh cấp 6, giật cấp 7 - 8 ở vịnh Bắc Bộ, sóng biển cao 2 - 3 m",
     "Gió mùa Đông Bắc gây gió mạnh cấp sáu, giật cấp bảy đến tám ở vịnh Bắc Bộ, sóng biển cao hai đến ba mét."),
    ("Trưa nay, tia cực tím (UV) đạt chỉ số 10, bà con ra đồng nên đội nón và mặc áo dài tay",
     "Trưa nay, tia cực tím đạt chỉ số mười, bà con ra đồng nên đội nón và mặc áo dài tay."),

    # --- floods and civil defence
    ("Mực nước hồ Sông Rác đạt 31,2 m; hồ sẽ điều tiết qua 3 cửa với lưu lượng 450 m³/s lúc 16h",
     "Mực nước hồ Sông Rác đạt ba mươi mốt phẩy hai mét; hồ sẽ điều tiết qua ba cửa với lưu lượng bốn trăm năm mươi "
     "mét khối trên giây lúc mười sáu giờ."),
    ("Thực hiện phương châm “4 tại chỗ”, mỗi hộ dự trữ lương thực, nước uống đủ dùng 5 - 7 ngày",
     "Thực hiện phương châm bốn tại chỗ, mỗi hộ dự trữ lương thực, nước uống đủ dùng năm đến bảy ngày."),
    ("Sơ tán 127 hộ với 468 nhân khẩu ở xóm 2, xóm 5 đến Trường THCS Kỳ Sơn",
     "Sơ tán một trăm hai mươi bảy hộ với bốn trăm sáu mươi tám nhân khẩu ở xóm hai, xóm năm đến Trường trung học cơ "
     "sở Kỳ Sơn."),
    ("Lũ rút chậm, 2.350 ha lúa và 410 ha hoa màu bị ngập từ 0,3 - 0,8 m",
     "Lũ rút chậm, hai nghìn ba trăm năm mươi héc ta lúa và bốn trăm mười héc ta hoa màu bị ngập từ không phẩy ba "
     "đến không phẩy tám mét."),

    # --- vaccination
    ("Điểm tiêm của xã Ngọc Lặc phục vụ 412 trẻ trong 2 ngày 15, 16/3",
     "Điểm tiêm của xã Ngọc Lặc phục vụ bốn trăm mười hai trẻ trong hai ngày mười lăm, mười sáu tháng ba."),
    ("Vắc xin 6 trong 1 tiêm khi trẻ được 2, 3, 4 tháng tuổi",
     "Vắc xin sáu trong một tiêm khi trẻ được hai, ba, bốn tháng tuổi."),
    ("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 97,3%, vượt chỉ tiêu 2,3 điểm %",
     "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới một tuổi đạt chín mươi bảy phẩy ba phần trăm, vượt chỉ tiêu hai phẩy ba "
     "điểm phần trăm."),
    ("Vắc xin HPV được tiêm miễn phí cho nữ sinh lớp 5 từ năm học 2025-2026",
     "Vắc xin hát pê vê được tiêm miễn phí cho nữ sinh lớp năm từ năm học hai nghìn không trăm hai mươi lăm đến hai "
     "nghìn không trăm hai mươi sáu."),

    # --- school enrolment
    ("Tuyển sinh lớp 1 năm học 2026 - 2027 trực tuyến từ 8h ngày 1/7 đến 17h ngày 10/7",
     "Tuyển sinh lớp một năm học hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm hai mươi bảy trực tuyến "
     "từ tám giờ ngày một tháng bảy đến mười bảy giờ ngày mười tháng bảy."),
    ("Trẻ sinh năm 2021, 2022, 2023 vào các lớp mẫu giáo 5, 4, 3 tuổi",
     "Trẻ sinh năm hai nghìn không trăm hai mươi mốt, hai nghìn không trăm hai mươi hai, hai nghìn không trăm hai "
     "mươi ba vào các lớp mẫu giáo năm, bốn, ba tuổi."),
    ("Điểm xét tuyển = điểm Toán x 2 + điểm Ngữ văn x 2 + điểm Tiếng Anh + điểm ưu tiên",
     "Điểm xét tuyển bằng điểm Toán nhân hai cộng điểm Ngữ văn nhân hai cộng điểm Tiếng Anh cộng điểm ưu tiên."),
    ("Trường TH&THCS Bắc Sơn tuyển 3 lớp 6 với 105 HS, tiền ăn bán trú 25.000 đồng/ngày",
     "Trường tiểu học và trung học cơ sở Bắc Sơn tuyển ba lớp sáu với một trăm linh năm học sinh, tiền ăn bán trú "
     "hai mươi lăm nghìn đồng mỗi ngày."),

    # --- banking scams
    ("Mã OTP chỉ dùng 1 lần, hiệu lực 3 phút; ai hỏi mã này đều là kẻ gian",
     "Mã o tê pê chỉ dùng một lần, hiệu lực ba phút; ai hỏi mã này đều là kẻ gian."),
    ("Đối tượng gọi từ số +84 896 221 307 tự xưng Công an phường, yêu cầu cập nhật định danh mức 2",
     "Đối tượng gọi từ số cộng tám bốn, tám chín sáu, hai hai một, ba không bảy tự xưng Công an phường, yêu cầu cập "
     "nhật định danh mức hai."),
    ("Gặp đường link đáng ngờ, bà con gửi về canhbao.ncsc.gov.vn hoặc gọi đầu số 156",
     "Gặp đường link đáng ngờ, bà con gửi về cảnh báo chấm en xê ét xê chấm gờ o vê chấm vê nờ hoặc gọi đầu số một "
     "năm sáu."),
    ("Từ 1/7/2024, chuyển khoản trên 10 triệu đồng/lần phải xác thực khuôn mặt; nghi ngờ gọi ngay 1900 558 818",
     "Từ ngày một tháng bảy năm hai nghìn không trăm hai mươi tư, chuyển khoản trên mười triệu đồng mỗi lần phải xác "
     "thực khuôn mặt; nghi ngờ gọi ngay một chín không không, năm năm tám, tám một tám."),

    # --- taxes
    ("Hộ bán tạp hóa doanh thu 1,2 tỷ đồng/năm như bà Nga phải xuất HĐĐT cho từng lần bán",
     "Hộ bán tạp hóa doanh thu một phẩy hai tỷ đồng mỗi năm như bà Nga phải xuất hóa đơn điện tử cho từng lần bán."),
    ("Hạn nộp thuế SDĐPNN năm 2025 là ngày 31/10; chậm nộp chịu tiền chậm nộp 0,03%/ngày",
     "Hạn nộp thuế sử dụng đất phi nông nghiệp năm hai nghìn không trăm hai mươi lăm là ngày ba mươi mốt tháng mười; "
     "chậm nộp chịu tiền chậm nộp không phẩy không ba phần trăm mỗi ngày."),
    ("Cán bộ Thuế cơ sở 7 có mặt tại NVH khối 3 chiều thứ 5 để hướng dẫn quyết toán thuế TNCN",
     "Cán bộ Thuế cơ sở bảy có mặt tại nhà văn hóa khối ba chiều thứ năm để hướng dẫn quyết toán thuế thu nhập cá "
     "nhân."),
    ("Người có 2 con nhỏ được giảm trừ 15,5 + 2 x 6,2 = 27,9 triệu đồng mỗi tháng",
     "Người có hai con nhỏ được giảm trừ mười lăm phẩy năm cộng hai nhân sáu phẩy hai bằng hai mươi bảy phẩy chín "
     "triệu đồng mỗi tháng."),

    # --- land registry
    ("Cấp GCN QSDĐ lần đầu cho 74 hộ tại thôn Trung Hòa, tổng diện tích 3,86 ha",
     "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho bảy mươi tư hộ tại thôn Trung Hòa, tổng diện tích ba phẩy "
     "tám mươi sáu héc ta."),
    ("Thửa đất mặt QL1A dài 20 m có giá 18,5 triệu đồng/m² theo bảng giá mới",
     "Thửa đất mặt quốc lộ một A dài hai mươi mét có giá mười tám phẩy năm triệu đồng một mét vuông theo bảng giá "
     "mới."),
    ("Lệ phí trước bạ nhà, đất bằng 0,5% giá tính theo bảng giá của UBND tỉnh",
     "Lệ phí trước bạ nhà, đất bằng không phẩy năm phần trăm giá tính theo bảng giá của Ủy ban nhân dân tỉnh."),
    ("Thu hồi 1.245,6 m² đất của 9 hộ để mở rộng đường liên xã, kiểm đếm từ 3 - 7/11",
     "Thu hồi một nghìn hai trăm bốn mươi lăm phẩy sáu mét vuông đất của chín hộ để mở rộng đường liên xã, kiểm đếm "
     "từ ngày ba đến bảy tháng mười một."),

    # --- digital identity (VNeID)
    ("Tích hợp GPLX, thẻ BHYT vào tài khoản VNeID mức độ 2 để thay giấy tờ bản cứng",
     "Tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào tài khoản vê en e ai đi mức độ hai để thay giấy tờ bản cứng."),
    ("Công an xã hỗ trợ kích hoạt VNeID lưu động tại NVH thôn 4 vào thứ 7 ngày 14/6, từ 7h - 11h",
     "Công an xã hỗ trợ kích hoạt vê en e ai đi lưu động tại nhà văn hóa thôn bốn vào thứ bảy ngày mười bốn tháng "
     "sáu, từ bảy giờ đến mười một giờ."),
    ("Cập nhật ứng dụng VNeID lên phiên bản 2.1.5 trở lên để dùng chức năng ví giấy tờ",
     "Cập nhật ứng dụng vê en e ai đi lên phiên bản hai chấm một chấm năm trở lên để dùng chức năng ví giấy tờ."),
    ("Mất điện thoại, gọi ngay 1900 0368 để khóa tạm thời tài khoản định danh điện tử",
     "Mất điện thoại, gọi ngay một chín không không, không ba sáu tám để khóa tạm thời tài khoản định danh điện tử."),

    # --- job fairs
    ("Phiên giao dịch việc làm lưu động ngày 20/3 tại xã Diễn Lộc có 35 doanh nghiệp tuyển 2.100 lao động",
     "Phiên giao dịch việc làm lưu động ngày hai mươi tháng ba tại xã Diễn Lộc có ba mươi lăm doanh nghiệp tuyển hai "
     "nghìn một trăm lao động."),
    ("Công ty TNHH May Hoàng Thịnh tuyển 200 công nhân, lương 7 - 9,5 triệu đồng/tháng",
     "Công ty trách nhiệm hữu hạn May Hoàng Thịnh tuyển hai trăm công nhân, lương bảy đến chín phẩy năm triệu đồng "
     "mỗi tháng."),
    ("Ứng viên mang theo CV, bản sao bằng cấp và 2 ảnh 3x4",
     "Ứng viên mang theo xê vê, bản sao bằng cấp và hai ảnh ba nhân bốn."),
    ("KCN Đông Hồi cần 1.500 lao động phổ thông, làm 8 tiếng/ca, 3 ca/ngày",
     "Khu công nghiệp Đông Hồi cần một nghìn năm trăm lao động phổ thông, làm tám tiếng mỗi ca, ba ca mỗi ngày."),

    # --- culture and sport
    ("Đội thôn 8 vô địch giải bóng đá lần thứ VII, nhận cúp và 10 triệu đồng tiền thưởng",
     "Đội thôn tám vô địch giải bóng đá lần thứ bảy, nhận cúp và mười triệu đồng tiền thưởng."),
    ("Nhân dịp Quốc khánh 2/9, đội văn nghệ xã biểu diễn 12 tiết mục tại 4 cụm dân cư",
     "Nhân dịp Quốc khánh hai tháng chín, đội văn nghệ xã biểu diễn mười hai tiết mục tại bốn cụm dân cư."),
    ("Thư viện xã mở cửa từ thứ 3 - CN, mượn tối đa 3 cuốn/lần trong 14 ngày",
     "Thư viện xã mở cửa từ thứ ba đến chủ nhật, mượn tối đa ba cuốn mỗi lần trong mười bốn ngày."),

    # --- traffic
    ("Tổ CSGT lập biên bản 14 trường hợp vi phạm nồng độ cồn tối 20/12, mức cao nhất 0,62 mg/l khí thở",
     "Tổ Cảnh sát giao thông lập biên bản mười bốn trường hợp vi phạm nồng độ cồn tối ngày hai mươi tháng mười hai, "
     "mức cao nhất không phẩy sáu mươi hai mi li gam trên lít khí thở."),
    ("Chở con nhỏ bằng ô tô phải dùng ghế ngồi chuyên dụng; vi phạm bị phạt 800.000 - 1.000.000 đồng",
     "Chở con nhỏ bằng ô tô phải dùng ghế ngồi chuyên dụng; vi phạm bị phạt tám trăm nghìn đến một triệu đồng."),
]

TUNE_C_MISSES: dict[str, str] = {
    'Vận động người dân giao nộp vũ khí, VLN, CCHT tại trụ sở CA xã trước ngày 31/7':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Đại lễ Phật đản PL 2570 tổ chức tại chùa Phổ Quang lúc 8h ngày 31/5/2026':
        "not read right yet: the writer says 'Phật lịch', the rules 'pê lờ'",
    'Người nhận lương hưu muốn chuyển từ tiền mặt sang tài khoản nộp mẫu 13-HSB trước ngày 10':
        "not read right yet: the writer says 'ba', the rules 'ba,'",
    'Hồ sơ xác định mức độ KT nộp cho Hội đồng của xã trước ngày 20 hằng tháng':
        "not read right yet: the writer says 'khuyết tật', the rules 'ca tê'",
    'Từ 1/1/2025, người bệnh thuộc 62 nhóm bệnh hiểm nghèo được chuyển thẳng lên cơ sở KCB cấp chuyên sâu':
        "not read right yet: the writer says '', the rules 'bệnh,'",
    'Người đi làm ăn xa từ 12 tháng liên tục trở lên phải khai báo tạm vắng với CA xã':
        "convention (capitals only): the writer's casing differs from the lexicon's",
    'Nghe lại chương trình trên tần số FM 102,7 MHz của Đài PT-TH tỉnh':
        "not read right yet: the writer says 'em', the rules 'mờ'",
    'Cắt điện từ 7h30 - 16h30 ngày 19/8 khu vực TBA Hòa Lạc 3 để thay máy biến áp 400 kVA':
        "not read right yet: the writer says 'ampe.', the rules 'am pe.'",
    'Trưa nay, tia cực tím (UV) đạt chỉ số 10, bà con ra đồng nên đội nón và mặc áo dài tay':
        "not read right yet: the writer says 'tím', the rules 'tím, u vê,'",
    'Gặp đường link đáng ngờ, bà con gửi về canhbao.ncsc.gov.vn hoặc gọi đầu số 156':
        "not read right yet: the writer says 'en', the rules 'nờ'",
}

@pytest.mark.parametrize(("written", "spoken"), UNSEEN_CASES, ids=[case[0] for case in UNSEEN_CASES])
def test_announcements_read_right(written, spoken):
    assert prepare_script(written) == spoken


def _holdout_params():
    params = []
    misses = HOLDOUT_MISSES | HOLDOUT_3_MISSES | HOLDOUT_4_MISSES | HOLDOUT_5_MISSES | HOLDOUT_6_MISSES
    misses |= HOLDOUT_7_MISSES | HOLDOUT_8_MISSES | HOLDOUT_9_MISSES | HOLDOUT_10_MISSES | HOLDOUT_11_MISSES
    misses |= HOLDOUT_12_MISSES | HOLDOUT_13_MISSES
    for written, spoken in (HOLDOUT_CASES + HOLDOUT_2_CASES + HOLDOUT_3_CASES + HOLDOUT_4_CASES + HOLDOUT_5_CASES
                            + HOLDOUT_6_CASES + HOLDOUT_7_CASES + HOLDOUT_8_CASES + HOLDOUT_9_CASES
                            + HOLDOUT_10_CASES + HOLDOUT_11_CASES + HOLDOUT_12_CASES + HOLDOUT_13_CASES):
        marks = [pytest.mark.xfail(strict=True, reason=misses[written])] if written in misses else []
        params.append(pytest.param(written, spoken, marks=marks, id=written))
    return params


@pytest.mark.parametrize(("written", "spoken"), _holdout_params())
def test_holdout_announcements(written, spoken):
    assert prepare_script(written) == spoken


def _tuning_params():
    misses = TUNE_A_MISSES | TUNE_B_MISSES | TUNE_C_MISSES
    return [pytest.param(written, spoken, id=written,
                         marks=[pytest.mark.xfail(strict=True, reason=misses[written])] if written in misses else [])
            for written, spoken in TUNE_A_CASES + TUNE_B_CASES + TUNE_C_CASES]


@pytest.mark.parametrize(("written", "spoken"), _tuning_params())
def test_tuning_announcements(written, spoken):
    assert prepare_script(written) == spoken


def test_the_tables_are_big_distinct_and_nfc():
    assert len(UNSEEN_CASES) >= 60 and len(HOLDOUT_CASES) >= 20 and len(HOLDOUT_2_CASES) >= 20
    assert len(HOLDOUT_3_CASES) >= 80 and len(HOLDOUT_4_CASES) >= 40 and len(HOLDOUT_5_CASES) >= 60
    assert len(HOLDOUT_6_CASES) >= 150 and len(HOLDOUT_7_CASES) >= 150 and len(HOLDOUT_8_CASES) >= 150
    assert len(HOLDOUT_9_CASES) >= 150 and len(HOLDOUT_10_CASES) >= 150 and len(HOLDOUT_11_CASES) >= 150
    assert len(HOLDOUT_12_CASES) >= 150 and len(HOLDOUT_13_CASES) >= 150
    cases = UNSEEN_CASES + HOLDOUT_CASES + HOLDOUT_2_CASES + HOLDOUT_3_CASES + HOLDOUT_4_CASES + HOLDOUT_5_CASES
    cases += HOLDOUT_6_CASES + HOLDOUT_7_CASES + HOLDOUT_8_CASES + HOLDOUT_9_CASES + HOLDOUT_10_CASES + HOLDOUT_11_CASES
    cases += HOLDOUT_12_CASES + HOLDOUT_13_CASES + TUNE_A_CASES + TUNE_B_CASES + TUNE_C_CASES
    assert len({written for written, _ in cases}) == len(cases)
    for written, spoken in cases:
        assert unicodedata.is_normalized("NFC", written) and unicodedata.is_normalized("NFC", spoken), written


# What the new rules must leave alone: capitals that are not Roman numerals, headings typed in capitals,
# slashes between alternatives, codes of unknown issuers.
@pytest.mark.parametrize(("written", "spoken"), [
    ("Học lớp MIX và thẻ DIV", "Học lớp mờ i ích và thẻ đê i vê."),
    ("Phần C", "Phần C."),
    ("Hạng mục I-Speed", "Hạng mục I Speed."),
    ("THÔNG BÁO TU SỬA ĐƯỜNG LÀNG", "Thông báo tu sửa đường làng."),
    ("ĐU ĐỦ GIÁ RẺ", "Đu đủ giá rẻ."),
    ("Ban Thường vụ TU", "Ban Thường vụ Tỉnh ủy."),
    ("cha/con", "Cha hoặc con."),
    ("cán bộ/người dân", "Cán bộ hoặc người dân."),
    ("Ghi rõ ngày/tháng/năm sinh", "Ghi rõ ngày tháng năm sinh."),
    ("mức đóng (đồng/tháng)", "Mức đóng, đồng mỗi tháng."),
    ("Văn bản KH-ABC", "Văn bản Kế hoạch, a bê xê."),
    ("Ban ĐT&CN", "Ban đê tê và xê nờ."),
    ("X. Nghi Phong, H. Nghi Lộc", "Xã Nghi Phong, huyện Nghi Lộc."),
    ("Đã giải quyết 500/1000 hồ sơ", "Đã giải quyết năm trăm trên một nghìn hồ sơ."),
    ("Cao tốc Hà Nội - Hải Phòng thông xe", "Cao tốc Hà Nội, Hải Phòng thông xe."),
    ("khu vực miền núi - trung du có mưa", "Khu vực miền núi, trung du có mưa."),
    ("Soạn tin nhắn gửi 3 người", "Soạn tin nhắn gửi ba người."),
    ("Khí thải của xe máy", "Khí thải của xe máy."),
    ("Huy động lực lượng 200 cán bộ", "Huy động lực lượng hai trăm cán bộ."),
    ("Từ ngày 30/4 đến hết tháng", "Từ ngày ba mươi tháng tư đến hết tháng."),
    ("Phục vụ 24/7", "Phục vụ hai mươi tư trên bảy."),
    ("Lúc 7:30, họp chi bộ", "Lúc bảy giờ ba mươi phút, họp chi bộ."),
])
def test_what_the_new_rules_leave_alone(written, spoken):
    assert prepare_script(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("loại I/II", "Loại một hoặc hai."),
    ("giai đoạn I và II", "Giai đoạn một và hai."),
    ("Quốc hội khóa XIV - XV", "Quốc hội khóa mười bốn đến mười lăm."),
    ("*#06#", "Sao thăng không sáu thăng."),
    ("5 người/tổ", "Năm người mỗi tổ."),
    ("giá 20.000 đ/bó", "Giá hai mươi nghìn đồng một bó."),
    ("5%-10%", "Năm phần trăm đến mười phần trăm."),
    ("văn bản số 12-NQ/BTGTW", "Văn bản số mười hai Nghị quyết của Ban Tuyên giáo Trung ương."),
    ("Bấm *100*<mã thẻ cào># rồi bấm gọi", "Bấm sao một không không sao mã thẻ cào thăng rồi bấm gọi."),
    ("Chuyển tiền: *098*số tài khoản*số tiền#", "Chuyển tiền: sao không chín tám sao số tài khoản sao số tiền thăng."),
    ("Gọi *101# hoặc *102*1#", "Gọi sao một không một thăng hoặc sao một không hai sao một thăng."),
    ("ghi chú *quan trọng* #tag", "Ghi chú quan trọng tag."),
    ("Tỷ lệ phối trộn 1-2-1", "Tỷ lệ phối trộn một, hai, một."),
    ("Quốc lộ 1A và QL 14, TL.537", "Quốc lộ một A và quốc lộ mười bốn, tỉnh lộ năm trăm ba mươi bảy."),
    ("Thi vào ngày 26 - 27/6/2025",
     "Thi vào ngày hai mươi sáu đến hai mươi bảy tháng sáu năm hai nghìn không trăm hai mươi lăm."),
    ("từ ngày 10 đến 12/8", "Từ ngày mười đến mười hai tháng tám."),
    ("ngày 1, 2 và 3/9", "Ngày một, hai và ba tháng chín."),
    ("Trường TH Nghi Phong và trường MN Hoa Sen", "Trường tiểu học Nghi Phong và trường mầm non Hoa Sen."),
    ("Khối MN - TH", "Khối mầm non, tiểu học."),
    ("trong TH cần thiết", "Trong tê hát cần thiết."),
    ("Ngày 20-11 kỷ niệm ngày Nhà giáo Việt Nam", "Ngày hai mươi tháng mười một kỷ niệm ngày Nhà giáo Việt Nam."),
    ("ngày 26-27 tháng 12", "Ngày hai mươi sáu đến hai mươi bảy tháng mười hai."),
    ("Tuần lễ từ 15 - 21/5", "Tuần lễ từ ngày mười lăm đến hai mươi mốt tháng năm."),
    ("Ông Nguyễn Văn A, SN 1985, trú tại SN 12 đường Lê Lợi",
     "Ông Nguyễn Văn A, sinh năm một nghìn chín trăm tám mươi lăm, trú tại số nhà mười hai đường Lê Lợi."),
    ("Miễn học phí cho HS mầm non", "Miễn học phí cho học sinh mầm non."),
    ("Nộp HS tại bộ phận một cửa", "Nộp hồ sơ tại bộ phận một cửa."),
    ("Theo Thông báo số 234/TB-VPCP", "Theo Thông báo số hai trăm ba mươi tư của Văn phòng Chính phủ."),
    ("Quân khu IV tổ chức diễn tập", "Quân khu bốn tổ chức diễn tập."),
    ("Phòng chống cúm gia cầm A/H5N1 và H7N9", "Phòng chống cúm gia cầm a hát năm nờ một và hát bảy nờ chín."),
    ("Bụi mịn PM2.5 và PM10 vượt ngưỡng", "Bụi mịn pê mờ hai phẩy năm và pê mờ mười vượt ngưỡng."),
    ("Độ mặn 4‰ tại cửa sông", "Độ mặn bốn phần nghìn tại cửa sông."),
    ("Tiêm vắc xin COVID-19 mũi 3", "Tiêm vắc xin cô vít mười chín mũi ba."),
    ("Kinh phí: 150tr đồng", "Kinh phí: một trăm năm mươi triệu đồng."),
    ("Thu tại nhà, tel: 0912 345 678", "Thu tại nhà, điện thoại: không chín một hai, ba bốn năm, sáu bảy tám."),
    ("Cắt điện đường dây 35kV", "Cắt điện đường dây ba mươi lăm ki lô vôn."),
    ("Xe mô tô dưới 50 cm3", "Xe mô tô dưới năm mươi xăng ti mét khối."),
    ("Uống 500 ml nước và 200g muối", "Uống năm trăm mi li lít nước và hai trăm gam muối."),
    ("Lũ lên mức BĐIII", "Lũ lên mức báo động ba."),
    ("Diện tích lúa bị ngập 120 ha/350 ha",
     "Diện tích lúa bị ngập một trăm hai mươi héc ta trên ba trăm năm mươi héc ta."),
    ("Thôn 5 có 45 hộ/50 hộ", "Thôn năm có bốn mươi lăm hộ trên năm mươi hộ."),
    ("Giấy CN đăng ký hộ kinh doanh", "Giấy chứng nhận đăng ký hộ kinh doanh."),
    ("Ủng hộ qua STK 3601 205 123 456 tại Agribank",
     "Ủng hộ qua số tài khoản ba sáu không một, hai không năm, một hai ba, bốn năm sáu tại Agribank."),
    ("Phí 500.000đ/3 tháng", "Phí năm trăm nghìn đồng cho ba tháng."),
    ("Khám định kỳ 2 lần/3 tháng", "Khám định kỳ hai lần trong ba tháng."),
    ("Giá 2 triệu đồng/1 tháng", "Giá hai triệu đồng mỗi tháng."),
    ("Kiểm tra 3 năm/lần, tập huấn 2 năm/đợt", "Kiểm tra ba năm một lần, tập huấn hai năm một đợt."),
    ("Uống 2 viên/lần", "Uống hai viên mỗi lần."),
    ("Kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025)",
     "Kỷ niệm năm mươi năm Ngày giải phóng miền Nam, ba mươi tháng tư năm một nghìn chín trăm bảy mươi lăm đến ba "
     "mươi tháng tư năm hai nghìn không trăm hai mươi lăm."),
    ("Thu từ 1/7/2025 - 31/12/2025",
     "Thu từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm đến ngày ba mươi mốt tháng mười hai năm hai "
     "nghìn không trăm hai mươi lăm."),
    ("Thành lập THT dịch vụ nông nghiệp", "Thành lập tổ hợp tác dịch vụ nông nghiệp."),
    ("Tiêm vắc xin THT cho đàn lợn", "Tiêm vắc xin tụ huyết trùng cho đàn lợn."),
    ("Thực hiện CĐ số 12 của UBND tỉnh", "Thực hiện Công điện số mười hai của Ủy ban nhân dân tỉnh."),
    ("Tốt nghiệp ĐH hệ chính quy, trình độ TC trở lên",
     "Tốt nghiệp đại học hệ chính quy, trình độ trung cấp trở lên."),
    ("Tiếp nhận 120 HS đúng hạn", "Tiếp nhận một trăm hai mươi hồ sơ đúng hạn."),
    ("Trường có 450 HS", "Trường có bốn trăm năm mươi học sinh."),
    ("Tuyến ĐT 537B và ĐH 52", "Tuyến đường tỉnh năm trăm ba mươi bảy B và đường huyện năm mươi hai."),
    ("Liên hệ ĐT 0912 456 789", "Liên hệ điện thoại không chín một hai, bốn năm sáu, bảy tám chín."),
    ("Bón 5 kg phân vi sinh/sào", "Bón năm ki lô gam phân vi sinh trên sào."),
    ("Hàm lượng 5 mg/10 lít nước", "Hàm lượng năm mi li gam trên mười lít nước."),
    ("con/cháu của 5 người", "Con hoặc cháu của năm người."),
    ("Từ Quảng Ninh - Ninh Bình có mưa to", "Từ Quảng Ninh đến Ninh Bình có mưa to."),
    ("Chợ 19/5 họp phiên cuối tuần", "Chợ mười chín tháng năm họp phiên cuối tuần."),
    ("Trực 24/24 giờ", "Trực hai mươi tư trên hai mươi tư giờ."),
    ("Bản đồ tỷ lệ 1:2.000 và 1:10.000", "Bản đồ tỷ lệ một trên hai nghìn và một trên mười nghìn."),
    ("Mã quốc gia +84 và +856", "Mã quốc gia cộng tám bốn và cộng tám năm sáu."),
    ("Điện áp 220V, bóng đèn 40W, máy bơm 1,5 HP",
     "Điện áp hai trăm hai mươi vôn, bóng đèn bốn mươi oát, máy bơm một phẩy năm mã lực."),
    ("Gói cước 5 GB tốc độ 100 Mbps", "Gói cước năm gi ga bai tốc độ một trăm mê ga bít trên giây."),
    ("Huyết áp 120/80 mmHg, độ ồn 70 dB", "Huyết áp một trăm hai mươi trên tám mươi mi li mét thủy ngân, độ ồn bảy "
     "mươi đê xi ben."),
    ("Báo cháy qua ứng dụng Help114, tuyến QL114", "Báo cháy qua ứng dụng Help một một bốn, tuyến quốc lộ một trăm "
     "mười bốn."),
    ("Quy định số 296-QĐ/TW và Quyết định số 12-QĐ/TU", "Quy định số hai trăm chín mươi sáu của Trung ương và Quyết "
     "định số mười hai của Tỉnh ủy."),
    ("Nhiệt độ -5 độ, từ 3 - 6°C, dưới 0°C", "Nhiệt độ âm năm độ, từ ba đến sáu độ xê, dưới không độ xê."),
    ("Lương 1.500 EUR/tháng", "Lương một nghìn năm trăm ơ rô mỗi tháng."),
    ("Lúc 15h30: họp, lúc 7:30 về", "Lúc mười lăm giờ ba mươi phút: họp, lúc bảy giờ ba mươi phút về."),
    ("Gọi số +84 912 345 678", "Gọi số cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám."),
    ("Lúa OM18, xăng RON95, phòng A12", "Lúa o mờ mười tám, xăng rôn chín mươi lăm, phòng A mười hai."),
    ("Bón 10 kg phân bón lá/sào", "Bón mười ki lô gam phân bón lá trên sào."),
    ("Lớp 10A - lớp 10C thi buổi sáng", "Lớp mười A đến lớp mười C thi buổi sáng."),
    ("Năm 2024 - năm 2025", "Năm hai nghìn không trăm hai mươi tư đến năm hai nghìn không trăm hai mươi lăm."),
    ("Mở cửa thứ 3 và 5 hằng tuần", "Mở cửa thứ ba và năm hằng tuần."),
    ("Họp thứ 2, 4/5", "Họp thứ hai, ngày bốn tháng năm."),
    ("Soạn DK BHYT gửi 8088", "Soạn đê ca bảo hiểm y tế gửi tám không tám tám."),
    ("Nồng độ khí CO2 và 0,4 mg/l clo", "Nồng độ khí xê o hai và không phẩy bốn mi li gam trên lít clo."),
    ("Đề án 06, 844 và 1816", "Đề án không sáu, tám trăm bốn mươi tư và một nghìn tám trăm mười sáu."),
    ("Nghị quyết 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương",
     "Nghị quyết số hai mươi tám ngày hai mươi ba tháng năm năm hai nghìn không trăm mười tám "
     "của Ban Chấp hành Trung ương."),
])
def test_series_and_codes_around_the_new_rules(written, spoken):
    assert prepare_script(written) == spoken


def test_announcements_read_once_stay_as_read_and_keep_their_sentences():
    for written, spoken in UNSEEN_CASES:
        assert prepare_script(spoken) == spoken, written
        assert len(split_sentences(prepare_script(written))) == len(split_sentences(written)), written
