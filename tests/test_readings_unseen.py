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


@pytest.mark.parametrize(("written", "spoken"), UNSEEN_CASES, ids=[case[0] for case in UNSEEN_CASES])
def test_announcements_read_right(written, spoken):
    assert prepare_script(written) == spoken


def _holdout_params():
    params = []
    misses = HOLDOUT_MISSES | HOLDOUT_3_MISSES | HOLDOUT_4_MISSES | HOLDOUT_5_MISSES
    for written, spoken in HOLDOUT_CASES + HOLDOUT_2_CASES + HOLDOUT_3_CASES + HOLDOUT_4_CASES + HOLDOUT_5_CASES:
        marks = [pytest.mark.xfail(strict=True, reason=misses[written])] if written in misses else []
        params.append(pytest.param(written, spoken, marks=marks, id=written))
    return params


@pytest.mark.parametrize(("written", "spoken"), _holdout_params())
def test_holdout_announcements(written, spoken):
    assert prepare_script(written) == spoken


def test_the_tables_are_big_distinct_and_nfc():
    assert len(UNSEEN_CASES) >= 60 and len(HOLDOUT_CASES) >= 20 and len(HOLDOUT_2_CASES) >= 20
    assert len(HOLDOUT_3_CASES) >= 80 and len(HOLDOUT_4_CASES) >= 40 and len(HOLDOUT_5_CASES) >= 60
    cases = UNSEEN_CASES + HOLDOUT_CASES + HOLDOUT_2_CASES + HOLDOUT_3_CASES + HOLDOUT_4_CASES + HOLDOUT_5_CASES
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
