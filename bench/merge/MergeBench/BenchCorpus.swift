import FeedModel
import Foundation

/// A generated city's news: `count` items from 600 portals over about a year, ~15% of
/// them republished copies of another portal's story (decorated title, ward suffix, the
/// same or a shortened lead), the rest distinct news and monthly template notices.
struct BenchCorpus {
    struct Entry {
        let source: Int
        let item: Item
    }

    static let sourceCount = 600
    private static let subjects = [
        "Hội nghị", "Khai mạc", "Tổng kết", "Ra quân", "Triển khai", "Kiểm tra", "Tập huấn", "Phát động",
        "Tuyên truyền", "Hướng dẫn", "Ký kết", "Trao tặng", "Đón nhận", "Hội thảo", "Tọa đàm", "Diễn tập",
    ]
    private static let topics = [
        "công tác phòng cháy chữa cháy", "chuyển đổi số", "cải cách hành chính", "an toàn giao thông",
        "vệ sinh an toàn thực phẩm", "phân loại rác thải tại nguồn", "xây dựng nông thôn mới", "bảo hiểm y tế",
        "phòng chống dịch sốt xuất huyết", "quy tắc ứng xử nơi công cộng", "trật tự đô thị", "bầu cử đại biểu",
        "khuyến học khuyến tài", "phát triển kinh tế tư nhân", "chăm sóc người cao tuổi", "phòng chống ma túy",
        "thu ngân sách", "giải phóng mặt bằng", "đền ơn đáp nghĩa", "ứng dụng định danh điện tử",
    ]
    private static let places = [
        "khu dân cư", "trường học", "tổ dân phố", "chợ dân sinh", "nhà văn hóa", "trạm y tế", "công viên",
        "làng nghề", "hợp tác xã", "doanh nghiệp",
    ]
    private static let fillers = [
        "đồng chí", "chủ tịch", "phát biểu", "nhấn mạnh", "yêu cầu", "các đơn vị", "tiếp tục", "nâng cao",
        "hiệu quả", "người dân", "tham gia", "kết quả", "năm", "tháng", "nhiệm vụ", "giải pháp", "trọng tâm",
        "đạt", "vượt", "kế hoạch", "chỉ tiêu", "địa bàn", "thành phố", "phường", "xã", "lực lượng", "phối hợp",
    ]

    let count: Int
    private var random: BenchRandom
    private let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    private let perSecond: Double
    private var produced = 0
    private var serial = 0
    /// Copies generated with their original and not handed out yet.
    private var pending: [Entry] = []

    init(count: Int, seed: UInt64 = 1) {
        self.count = count
        random = BenchRandom(seed: seed)
        perSecond = Double(count) / (330 * 86_400)
    }

    /// The next `size` entries (fewer at the end): generated as they are read, so that
    /// a million items never sit in memory at once.
    mutating func next(_ size: Int) -> [Entry] {
        var batch: [Entry] = []
        batch.reserveCapacity(size)
        while batch.count < size, produced < count {
            if pending.isEmpty { generate() }
            batch.append(pending.removeFirst())
            produced += 1
        }
        return batch
    }

    /// One news item and its republished copies into ``pending``.
    private mutating func generate() {
        serial += 1
        let source = random.next(below: Self.sourceCount)
        let date = start.addingTimeInterval(Double(produced) / perSecond)
        let title: String
        var lead: String
        if random.next(below: 20) == 0 {
            let month = 1 + Int(date.timeIntervalSince(start) / (30 * 86_400)) % 12
            title = "Lịch tiếp công dân tháng \(month)/2026"
            lead = "Chủ tịch UBND phường số \(source) tiếp công dân ngày \(1 + random.next(below: 28))/\(month)/2026."
        } else {
            let subject = Self.subjects[random.next(below: Self.subjects.count)]
            let topic = Self.topics[random.next(below: Self.topics.count)]
            let place = Self.places[random.next(below: Self.places.count)]
            title = "\(subject) \(topic) tại \(place) số \(serial % 997) năm 2026"
            lead = "\(title). " + (0..<40).map { _ in Self.fillers[random.next(below: Self.fillers.count)] }
                .joined(separator: " ") + " mã tin \(serial)."
        }
        let link = "https://portal\(source).hanoi.gov.vn/tin-tuc/\(serial).html"
        pending.append(Entry(source: source, item: Item(id: link, title: title, link: link, summary: lead, published: date)))
        // ~15% of the items are republished copies: 1 to 3 other portals within a day.
        if random.next(below: 100) < 8 {
            for copy in 0..<(1 + random.next(below: 3)) {
                let other = (source + 1 + random.next(below: Self.sourceCount - 1)) % Self.sourceCount
                let copyLink = "https://portal\(other).hanoi.gov.vn/tin/\(serial)-\(copy).html"
                let decorated = random.next(below: 2) == 0 ? "[Video] " + title : title + " - Phường số \(other)"
                let copyDate = date.addingTimeInterval(Double(1 + random.next(below: 86_000)))
                pending.append(Entry(source: other, item: Item(
                    id: copyLink, title: decorated, link: copyLink, summary: lead, published: copyDate)))
            }
        }
    }
}

/// SplitMix64, seeded: the same corpus on every run.
struct BenchRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(bound))
    }
}
