"""Vietnamese local-government news text for the benchmark corpus (see gen_corpus.py).

Titles and paragraphs are assembled from phrases typical of Hanoi's ward, commune and
city portals, with the units' real names; every choice comes from the caller's seeded
random.Random, so the text is the same on every machine.
"""

from datetime import datetime, timedelta, timezone

ICT = timezone(timedelta(hours=7))
REFORM = datetime(2025, 7, 1, tzinfo=ICT)

CATEGORIES = [
    "Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Cải cách hành chính",
    "Chuyển đổi số", "An ninh - Trật tự", "Quy hoạch - Xây dựng", "Giáo dục", "Y tế",
    "Chỉ đạo điều hành", "Thông báo", "Hoạt động của lãnh đạo", "Người tốt việc tốt",
]

ORGANS = [
    "UBND {u}", "Đảng ủy {u}", "HĐND {u}", "Ủy ban MTTQ Việt Nam {u}", "Công an {u}",
    "Hội Liên hiệp Phụ nữ {u}", "Đoàn Thanh niên {u}", "Hội Cựu chiến binh {u}",
    "Trung tâm Phục vụ hành chính công {u}", "Hội Nông dân {u}", "Ban Chỉ huy Quân sự {u}",
]

TOPICS = [
    "cải cách hành chính", "chuyển đổi số", "Đề án 06 của Chính phủ", "phòng cháy, chữa cháy",
    "an toàn vệ sinh thực phẩm", "vệ sinh môi trường", "trật tự đô thị", "xây dựng nông thôn mới",
    "giải phóng mặt bằng", "bảo hiểm xã hội tự nguyện", "bảo hiểm y tế hộ gia đình",
    "phòng, chống sốt xuất huyết", "xây dựng văn minh đô thị", "quản lý trật tự xây dựng",
    "phòng, chống ma túy", "vận hành chính quyền địa phương hai cấp",
    "dịch vụ công trực tuyến toàn trình", "phân loại rác thải tại nguồn",
    "phòng, chống thiên tai và tìm kiếm cứu nạn", "tuyển chọn và gọi công dân nhập ngũ",
    "nâng cao chất lượng giáo dục", "thu ngân sách nhà nước", "cấp giấy chứng nhận quyền sử dụng đất",
    "xóa nhà tạm, nhà dột nát", "ứng dụng định danh điện tử VNeID", "phổ biến, giáo dục pháp luật",
    "bảo vệ an ninh Tổ quốc", "phát triển kinh tế tập thể, hợp tác xã", "chăm sóc người cao tuổi",
]

EVENTS = [
    "hội nghị triển khai công tác {t}", "hội nghị sơ kết 6 tháng đầu năm {y} về {t}",
    "hội nghị tổng kết công tác {t} năm {y}", "lễ ra quân tổng vệ sinh môi trường",
    "buổi đối thoại với nhân dân về {t}", "đợt kiểm tra liên ngành về {t}",
    "lớp bồi dưỡng nghiệp vụ về {t}", "hội thi tìm hiểu pháp luật về {t}",
    "chương trình “Tháng hành động vì {t}”", "buổi tiếp xúc cử tri trước Kỳ họp thứ {kh}",
]

TITLES = [
    "{O} tổ chức {E}", "{O}: Đẩy mạnh {t}", "{U} ra quân {t}", "{O} trao {n} suất quà cho {b}",
    "{U} phấn đấu hoàn thành {t} trước ngày {d}/{m}", "Kỳ họp thứ {kh} HĐND {u}",
    "{U}: Hiệu quả từ mô hình “{t}”", "Thông báo lịch tiếp công dân tháng {m}/{y} của {u}",
    "{O} sơ kết công tác {t}", "{U} đón nhận Bằng khen của UBND Thành phố",
    "Lãnh đạo {u} kiểm tra công tác {t}", "{U}: Người dân đồng thuận với {t}",
    "{O} phát động phong trào thi đua về {t}", "Tăng cường {t} trên địa bàn {u}",
]

BENEFICIARIES = [
    "hộ nghèo, hộ cận nghèo", "gia đình chính sách", "học sinh có hoàn cảnh khó khăn",
    "người cao tuổi cô đơn", "thương binh, bệnh binh", "trẻ em mồ côi",
]

POSITIONS = [
    "Bí thư Đảng ủy {u}", "Phó Bí thư Đảng ủy, Chủ tịch UBND {u}", "Phó Chủ tịch UBND {u}",
    "Chủ tịch HĐND {u}", "Chủ tịch Ủy ban MTTQ Việt Nam {u}", "Trưởng Công an {u}",
    "Trưởng phòng Văn hóa - Xã hội {u}",
]

ISSUES = [
    "tình trạng lấn chiếm vỉa hè, lòng đường vẫn còn diễn ra", "việc thu gom rác thải ở một số khu dân cư chưa kịp thời",
    "tỷ lệ hồ sơ nộp trực tuyến toàn trình còn thấp", "một số hộ kinh doanh chưa chấp hành quy định về an toàn thực phẩm",
    "cơ sở vật chất của một số nhà văn hóa đã xuống cấp", "công tác phối hợp giữa các tổ dân phố có lúc chưa chặt chẽ",
]

TASKS = [
    "rà soát, hoàn thiện cơ sở dữ liệu dân cư", "đẩy mạnh tuyên truyền, vận động nhân dân",
    "nâng cao chất lượng phục vụ người dân và doanh nghiệp", "tăng cường kiểm tra, xử lý nghiêm các vi phạm",
    "huy động các nguồn lực xã hội hóa", "chỉnh trang hạ tầng các khu dân cư",
]

SENTENCES = [
    "Ngày {d}/{m}/{y}, {o} tổ chức {e}.",
    "Tham dự có đồng chí {p}, {pos}; đại diện các ban, ngành, đoàn thể và {n} đại biểu là cán bộ, hội viên, nhân dân trên địa bàn.",
    "Theo báo cáo, từ đầu năm đến nay {u} đã tiếp nhận và giải quyết {nn} hồ sơ thủ tục hành chính, đạt tỷ lệ {pc}% đúng và trước hạn.",
    "Phát biểu chỉ đạo, đồng chí {p} đề nghị các tổ dân phố tiếp tục đẩy mạnh công tác {t}, gắn với việc thực hiện {t2}.",
    "Công tác {t} được triển khai đồng bộ, hiệu quả, nhận được sự đồng tình, ủng hộ của đông đảo nhân dân.",
    "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại, hạn chế như: {i}; {i2}.",
    "Dịp này, {o} đã khen thưởng {n} tập thể và {n2} cá nhân có thành tích xuất sắc trong công tác {t}.",
    "Được biết, đến nay {u} có {nn} hộ gia đình tham gia, tăng {pc}% so với cùng kỳ năm trước.",
    "Thời gian tới, {u} sẽ tập trung {k}, phấn đấu hoàn thành các chỉ tiêu kế hoạch năm {y}.",
    "Theo đồng chí {p}, “{t} là nhiệm vụ trọng tâm, thường xuyên, cần sự vào cuộc của cả hệ thống chính trị &amp; của mỗi người dân”.",
    "Trong đợt cao điểm, lực lượng chức năng đã kiểm tra {n} cơ sở, nhắc nhở {n2} trường hợp và xử phạt vi phạm hành chính {n3} trường hợp với tổng số tiền {money} đồng.",
    "Ngay sau hội nghị, {o} đã ban hành kế hoạch cụ thể, phân công nhiệm vụ tới từng cán bộ, công chức và {n} tổ dân phố.",
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh"]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Thanh", "Quốc", "Hữu", "Ngọc", "Hồng", "Thị Thu", "Xuân"]
GIVENS = ["Hùng", "Hương", "Lan", "Tuấn", "Dũng", "Hà", "Hải", "Thảo", "Quang", "Trang", "Sơn",
          "Phương", "Long", "Hiền", "Thắng", "Nga", "Huyền", "Khánh", "Tùng", "Yến", "Đạt", "Ánh"]


def person(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


def asset_id(rng):
    """A Liferay portlet instance id, like `c4C1mZAhv9Im`."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))


def newest_date(rng, unit):
    """Date of a portal's newest item: late 2025 for current units, before the reform for former ones."""
    end = datetime(2025, 11, 28, 17, 0, tzinfo=ICT) if unit.valid == "post-2025" else REFORM
    return end - timedelta(minutes=rng.randint(60, 60 * 24 * 20))


def _slots(rng, u, date):
    return {
        "u": u, "U": u[0].upper() + u[1:], "o": rng.choice(ORGANS).format(u=u),
        "t": rng.choice(TOPICS), "t2": rng.choice(TOPICS), "b": rng.choice(BENEFICIARIES),
        "i": rng.choice(ISSUES), "i2": rng.choice(ISSUES), "k": rng.choice(TASKS),
        "p": person(rng), "pos": rng.choice(POSITIONS).format(u=u),
        "n": rng.randint(3, 60), "kh": rng.randint(2, 30), "n2": rng.randint(2, 40), "n3": rng.randint(1, 15),
        "nn": f"{rng.randint(120, 9800):,}".replace(",", "."), "pc": rng.randint(82, 100),
        "money": f"{rng.randint(3, 250) * 500_000:,}".replace(",", "."),
        "d": date.day, "m": date.month, "y": date.year,
    }


def _subject(rng, unit, units):
    """The unit an article is about: mostly the portal's own, sometimes a neighbour."""
    return (unit if rng.random() < 0.8 else rng.choice(units)).lower


def title(rng, unit, units, date):
    s = _slots(rng, _subject(rng, unit, units), date)
    s["O"] = s["o"]
    s["E"] = rng.choice(EVENTS).format(**s)
    text = rng.choice(TITLES).format(**s)
    return text[0].upper() + text[1:]


def _attr(text):
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def description(rng, unit, units, date, image, link, size):
    """HTML of about `size` bytes (at least 1,000): thumbnail, lead, body paragraphs, signature."""
    u = _subject(rng, unit, units)
    s = _slots(rng, u, date)
    s["e"] = rng.choice(EVENTS).format(**s)
    parts = [
        f'<p><a href="{_attr(link)}"><img src="{_attr(image)}" alt="{_attr(unit.name)}" width="640" height="427" /></a></p>',
        f"<p><strong>(Cổng TTĐT) - {rng.choice(SENTENCES[:3]).format(**s)}</strong></p>",
    ]
    length = sum(len(p.encode("utf-8")) + 1 for p in parts)
    signature = f'<p style="text-align: right;"><strong>{person(rng)}</strong></p>'
    length += len(signature.encode("utf-8"))
    while True:
        s = _slots(rng, u, date)
        s["e"] = rng.choice(EVENTS).format(**s)
        sentences = " ".join(t.format(**s) for t in rng.sample(SENTENCES, rng.randint(1, 3)))
        if rng.random() < 0.15:
            para = f'<p style="text-align: center;"><em>Quang cảnh {s["e"]}.</em></p>'
        elif rng.random() < 0.2:
            para = f"<p>{sentences.replace(', ', ',&nbsp;', 1)}</p>"
        else:
            para = f"<p>{sentences}</p>"
        grown = length + len(para.encode("utf-8")) + 1
        if grown > size and length >= 1000:
            break
        parts.append(para)
        length = grown
    parts.append(signature)
    return "\n".join(parts)
