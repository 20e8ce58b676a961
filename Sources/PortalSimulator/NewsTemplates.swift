/// The Vietnamese phrase pools that news texts are built from.
///
/// Placeholders in titles: `{S}` the unit as a title starts ("Phường Hoàn Kiếm"), `{s}` the
/// unit inside a sentence ("phường Hoàn Kiếm"), `{w}` a ward featured by a city story,
/// `{Y}` year, `{M}` month, `{Q}` quarter, `{N}` a small number, `{K}` a count, `{P}` a
/// place in the unit, `{T}` a topic. Words with both tone placements (hòa, thủy, khỏe,
/// Thụy) are frequent on purpose: republished copies swap them.
enum NewsTemplates {
    struct Title {
        let text: String
        /// What the story is about, as a noun phrase for the article's first sentence.
        let event: String
        let category: String
    }

    static let local: [Title] = [
        Title(text: "{S} tổ chức hội nghị tổng kết công tác năm {Y}", event: "hội nghị tổng kết công tác năm", category: "Tin tức - Sự kiện"),
        Title(text: "UBND {s} triển khai kế hoạch {T} năm {Y}", event: "hội nghị triển khai kế hoạch", category: "Tin tức - Sự kiện"),
        Title(text: "{S} ra quân tổng vệ sinh môi trường tại {P}", event: "lễ ra quân tổng vệ sinh môi trường", category: "Tài nguyên - Môi trường"),
        Title(text: "Thông báo lịch tiếp công dân tháng {M}/{Y} của UBND {s}", event: "lịch tiếp công dân định kỳ", category: "Thông báo"),
        Title(text: "{S}: Trao {K} suất quà cho hộ nghèo, gia đình chính sách", event: "chương trình trao quà", category: "Văn hóa - Xã hội"),
        Title(text: "Hội nghị tập huấn công tác hòa giải ở cơ sở năm {Y} tại {s}", event: "hội nghị tập huấn công tác hòa giải ở cơ sở", category: "Phổ biến pháp luật"),
        Title(text: "Kiểm tra công tác bảo đảm an toàn thực phẩm tại {P}, {s}", event: "đợt kiểm tra an toàn thực phẩm", category: "Y tế"),
        Title(text: "{S} khám sức khỏe miễn phí cho {K} người cao tuổi", event: "chương trình khám sức khỏe miễn phí", category: "Y tế"),
        Title(text: "Tuyên truyền phòng cháy, chữa cháy tại {P}, {s}", event: "buổi tuyên truyền phòng cháy, chữa cháy", category: "Quốc phòng - An ninh"),
        Title(text: "HĐND {s} tổ chức kỳ họp thứ {N}", event: "kỳ họp Hội đồng nhân dân", category: "Hoạt động HĐND"),
        Title(text: "{S} đẩy mạnh chuyển đổi số, hướng dẫn người dân dùng dịch vụ công trực tuyến tại {P}", event: "buổi hướng dẫn dịch vụ công trực tuyến", category: "Chuyển đổi số"),
        Title(text: "Xây dựng đời sống văn hóa ở khu dân cư: kết quả {Q} năm {Y} của {s}", event: "hội nghị sơ kết phong trào xây dựng đời sống văn hóa", category: "Văn hóa - Xã hội"),
        Title(text: "UBND {s} đối thoại với nhân dân {P} về công tác giải phóng mặt bằng", event: "buổi đối thoại với nhân dân", category: "Tin tức - Sự kiện"),
        Title(text: "{S} tăng cường quản lý trật tự xây dựng tại {P}", event: "đợt kiểm tra trật tự xây dựng", category: "Quản lý đô thị"),
        Title(text: "Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" tại {P}, {s}", event: "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", category: "Quốc phòng - An ninh"),
        Title(text: "{S} phát động phong trào \"Chung tay vì người nghèo\" tháng {M}/{Y}", event: "lễ phát động phong trào", category: "Văn hóa - Xã hội"),
        Title(text: "Công bố quyết định về công tác cán bộ tại {s} tháng {M}/{Y}", event: "hội nghị công bố quyết định về công tác cán bộ", category: "Tin tức - Sự kiện"),
        Title(text: "{S} hoàn thành thu thuế {Q} năm {Y}, đạt {N}0% dự toán", event: "hội nghị đánh giá công tác thu ngân sách", category: "Kinh tế"),
        Title(text: "Tăng cường công tác thủy lợi, phòng chống thiên tai tại {P}, {s}", event: "buổi kiểm tra công tác thủy lợi", category: "Nông nghiệp"),
        Title(text: "{S} tổ chức lễ ra quân huấn luyện dân quân tự vệ năm {Y}", event: "lễ ra quân huấn luyện", category: "Quốc phòng - An ninh"),
        Title(text: "{S} tuyên dương {N} gương điển hình trong phong trào thi đua yêu nước", event: "lễ tuyên dương điển hình tiên tiến", category: "Thi đua - Khen thưởng"),
        Title(text: "Hướng dẫn đăng ký khai sinh, kết hôn trực tuyến tại {s} tháng {M}/{Y}", event: "buổi hướng dẫn thủ tục hành chính", category: "Cải cách hành chính"),
        Title(text: "{S} triển khai tiêm vắc-xin cho trẻ em dưới 5 tuổi tại {P}", event: "đợt tiêm chủng", category: "Y tế"),
        Title(text: "Lễ khánh thành nhà văn hóa {P}, {s}", event: "lễ khánh thành nhà văn hóa", category: "Văn hóa - Xã hội"),
        Title(text: "Đoàn công tác của Thành ủy Hà Nội làm việc với Đảng ủy {s} về {T}", event: "buổi làm việc của đoàn công tác Thành ủy", category: "Tin tức - Sự kiện"),
        Title(text: "{S} ứng phó mưa lớn, bảo đảm an toàn cho người dân {P}", event: "đợt ứng phó mưa lớn", category: "Tin tức - Sự kiện"),
        Title(text: "Đại hội Thể dục thể thao {s} lần thứ {N}", event: "Đại hội Thể dục thể thao", category: "Văn hóa - Xã hội"),
        Title(text: "{S} công khai dự toán ngân sách năm {Y} (đợt {N})", event: "việc công khai dự toán ngân sách", category: "Thông báo"),
        Title(text: "Hội thi \"Tìm hiểu pháp luật\" năm {Y} tại {P}, {s}", event: "hội thi tìm hiểu pháp luật", category: "Phổ biến pháp luật"),
        Title(text: "{S} tổ chức vui Tết Trung thu cho thiếu nhi {P}", event: "chương trình vui Tết Trung thu", category: "Văn hóa - Xã hội"),
        Title(text: "Tổng kết mô hình \"Khu dân cư an toàn về an ninh trật tự\" tại {P}, {s}", event: "hội nghị tổng kết mô hình khu dân cư an toàn", category: "Quốc phòng - An ninh"),
        Title(text: "Thông báo tuyển dụng viên chức của {s} năm {Y} (đợt {N})", event: "kỳ tuyển dụng viên chức", category: "Thông báo"),
    ]

    static let city: [Title] = [
        Title(text: "Chủ tịch UBND Thành phố làm việc với {w} về {T}", event: "buổi làm việc của lãnh đạo Thành phố", category: "Tin tức - Sự kiện"),
        Title(text: "Thành phố Hà Nội tổ chức hội nghị trực tuyến với {K} phường, xã về {T}", event: "hội nghị trực tuyến", category: "Tin tức - Sự kiện"),
        Title(text: "HĐND Thành phố Hà Nội thông qua {N} nghị quyết về {T}", event: "kỳ họp HĐND Thành phố", category: "Hoạt động HĐND"),
        Title(text: "Hà Nội công bố {N} thủ tục hành chính mới về {T}", event: "việc công bố thủ tục hành chính", category: "Cải cách hành chính"),
        Title(text: "UBND Thành phố chỉ đạo {w} tăng cường phòng, chống sốt xuất huyết", event: "công tác phòng, chống dịch", category: "Y tế"),
        Title(text: "Khánh thành tuyến đường mới tại {w}, tổng vốn {K} tỷ đồng", event: "lễ khánh thành công trình", category: "Kinh tế"),
        Title(text: "Thành phố kiểm tra công tác bảo đảm an toàn thực phẩm tại {w}", event: "đợt kiểm tra an toàn thực phẩm", category: "Y tế"),
        Title(text: "Hà Nội: Mô hình chính quyền địa phương hai cấp vận hành hiệu quả tại {w}", event: "buổi kiểm tra mô hình chính quyền hai cấp", category: "Tin tức - Sự kiện"),
        Title(text: "Chương trình \"Tết vì người nghèo\" năm {Y}: trao {K} suất quà tại {w}", event: "chương trình trao quà", category: "Văn hóa - Xã hội"),
        Title(text: "Hà Nội tăng cường quản lý thủy lợi, phòng chống úng ngập tại {w}", event: "buổi kiểm tra công tác phòng chống úng ngập", category: "Nông nghiệp"),
        Title(text: "Bí thư Thành ủy Hà Nội thăm, làm việc tại {w}", event: "chuyến thăm, làm việc của Bí thư Thành ủy", category: "Tin tức - Sự kiện"),
        Title(text: "Thành phố hỗ trợ sửa chữa nhà văn hóa, khu thể thao tại {w}", event: "chương trình hỗ trợ thiết chế văn hóa", category: "Văn hóa - Xã hội"),
        Title(text: "Hà Nội: Kinh tế {Q} năm {Y} tăng trưởng {N}%, {T} chuyển biến rõ nét", event: "hội nghị đánh giá tình hình kinh tế - xã hội", category: "Kinh tế"),
        Title(text: "Ra quân làm sạch môi trường hưởng ứng Ngày Môi trường thế giới tại {w}", event: "lễ ra quân làm sạch môi trường", category: "Tài nguyên - Môi trường"),
        Title(text: "Hà Nội khen thưởng {N} tập thể, cá nhân của {w} có thành tích xuất sắc về {T}", event: "lễ khen thưởng", category: "Thi đua - Khen thưởng"),
        Title(text: "Thành phố đối thoại với doanh nghiệp và người dân {w} về {T}", event: "hội nghị đối thoại", category: "Kinh tế"),
    ]

    static let topics = [
        "cải cách hành chính", "phòng cháy, chữa cháy", "bảo vệ môi trường", "phát triển kinh tế - xã hội",
        "chuyển đổi số", "an toàn giao thông", "phòng, chống dịch bệnh", "xây dựng nông thôn mới",
        "giảm nghèo bền vững", "quản lý trật tự xây dựng", "văn hóa, thể thao", "khuyến học, khuyến tài",
        "thủy lợi, phòng chống lụt bão", "bảo hiểm y tế toàn dân", "hòa giải ở cơ sở", "chăm sóc sức khỏe nhân dân",
    ]

    static let hamlets = [
        "Đông", "Đoài", "Thượng", "Hạ", "Trung", "Phú Mỹ", "An Hòa", "Yên Thủy", "Thụy Lâm",
        "Hòa Bình", "Tân Lập", "Đồng Tâm", "Khánh Hòa", "Thủy Trú",
    ]

    static let quarters = ["quý I", "quý II", "quý III", "quý IV", "6 tháng đầu", "9 tháng"]

    static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lý"]
    static let middleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hồng", "Ngọc", "Xuân", "Thu"]
    static let givenNames = ["An", "Bình", "Hòa", "Thủy", "Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Khoa", "Thúy", "Quý", "Hải", "Long", "Trang"]

    static let positions = [
        "Bí thư Đảng ủy", "Chủ tịch UBND", "Phó Chủ tịch UBND", "Chủ tịch HĐND",
        "Chủ tịch Ủy ban MTTQ Việt Nam", "Trưởng Công an",
    ]

    static let venues = ["hội trường UBND", "nhà văn hóa {P} thuộc", "trụ sở Đảng ủy - HĐND - UBND", "trung tâm văn hóa thể thao"]

    static let quotes = [
        "kết quả đạt được là nhờ sự vào cuộc quyết liệt của cả hệ thống chính trị và sự đồng thuận của nhân dân.",
        "các đơn vị cần bám sát cơ sở, giải quyết dứt điểm các kiến nghị của người dân, không để tồn đọng kéo dài.",
        "mỗi cán bộ, đảng viên phải nêu gương, sát dân, hiểu dân, lấy sự hài lòng của người dân làm thước đo.",
        "công tác tuyên truyền cần đổi mới, đa dạng hình thức, ứng dụng mạng xã hội để thông tin đến từng hộ gia đình.",
        "cần rà soát kỹ các khó khăn, vướng mắc, đề xuất giải pháp cụ thể, phân công rõ người, rõ việc, rõ thời gian.",
        "chính quyền hai cấp phải vận hành thông suốt, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.",
        "việc chăm lo sức khỏe, đời sống của người dân, nhất là người cao tuổi và trẻ em, là nhiệm vụ thường xuyên.",
        "phong trào chỉ thực sự hiệu quả khi được duy trì bền vững, có sự kiểm tra, đánh giá định kỳ.",
    ]

    static let achievements = [
        "tiếp nhận và giải quyết đúng hạn {K} hồ sơ thủ tục hành chính",
        "vận động nhân dân đóng góp {K} triệu đồng cho Quỹ Vì người nghèo",
        "tổ chức {N} đợt ra quân xử lý vi phạm trật tự đô thị",
        "hỗ trợ {K} hộ gia đình có hoàn cảnh khó khăn",
        "kiểm tra {K} cơ sở sản xuất, kinh doanh thực phẩm",
        "tuyên truyền, hướng dẫn {K} lượt người dân cài đặt và sử dụng ứng dụng dịch vụ công",
        "trồng mới {K} cây xanh tại các tuyến đường, khu dân cư",
    ]

    static let plans = [
        "đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân",
        "tăng cường kiểm tra, giám sát, kịp thời chấn chỉnh những tồn tại, hạn chế",
        "phối hợp chặt chẽ với các ban, ngành, đoàn thể để thực hiện thắng lợi các mục tiêu đã đề ra",
        "nhân rộng các mô hình hay, cách làm hiệu quả trên địa bàn",
        "huy động các nguồn lực xã hội hóa, chăm lo tốt hơn cho các đối tượng chính sách",
    ]

    static let authors = ["Văn phòng HĐND - UBND", "Ban biên tập", "Bộ phận Văn hóa - Thông tin", "Phòng Văn hóa - Xã hội"]

    static let prefixes = ["[Tin tức] ", "Tin tức: ", "[Thời sự] ", "Tin Thành phố - "]
}
