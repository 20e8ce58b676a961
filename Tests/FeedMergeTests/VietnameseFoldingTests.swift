import FeedBridgeTestSupport
import FeedMerge
import Foundation
import Testing

@Suite(.offCooperativePool) struct VietnameseFoldingTests {
    /// (text as a portal writes it, folded form)
    static let table: [(String, String)] = [
        // tone placement: the new style (tone on the second vowel) for both spellings
        ("Hòa giải ở cơ sở", "hoà giải ở cơ sở"),
        ("Hoà giải ở cơ sở", "hoà giải ở cơ sở"),
        ("Khám sức khỏe", "khám sức khoẻ"),
        ("Khám sức khoẻ", "khám sức khoẻ"),
        ("Thôn Thụy Lâm", "thôn thuỵ lâm"),
        ("Thôn Thuỵ Lâm", "thôn thuỵ lâm"),
        ("Công tác thủy lợi", "công tác thuỷ lợi"),
        ("Đời sống văn hóa", "đời sống văn hoá"),
        ("Ủy ban nhân dân", "uỷ ban nhân dân"),
        ("Họa sĩ xòe quạt, tàu thủy lõa", "hoạ sĩ xoè quạt tàu thuỷ loã"),
        // not a word-final oa/oe/uy, or uy after q: unchanged
        ("Quận Hoàng Mai", "quận hoàng mai"),
        ("Chiếc thuyền nhỏ", "chiếc thuyền nhỏ"),
        ("Kết quả quý IV", "kết quả quý iv"),
        ("Khu đô thị Ngoại giao đoàn", "khu đô thị ngoại giao đoàn"),
        // upper case
        ("HÒA GIẢI THÀNH", "hoà giải thành"),
        ("ĐẢNG ỦY PHƯỜNG", "đảng uỷ phường"),
        // decomposed (NFD) input, marks in canonical order and not
        ("Tha\u{0300}nh pho\u{0302}\u{0301} Ha\u{0300} No\u{0323}\u{0302}i", "thành phố hà nội"),
        ("No\u{0302}\u{0323}i dung ho\u{0300}\u{031B}", "nội dung hờ"),
        ("Ho\u{0300}a gia\u{0309}i", "hoà giải"),
        // U+00D0 typed for Đ
        ("\u{00D0}ống \u{00D0}a", "đống đa"),
        ("\u{00D0}ẢNG ỦY", "đảng uỷ"),
        // punctuation and whitespace
        ("Phòng, chống dịch bệnh!", "phòng chống dịch bệnh"),
        ("  Hà   Nội \t\n ", "hà nội"),
        ("“Chung tay vì người nghèo” (đợt 2)", "chung tay vì người nghèo đợt 2"),
        ("Tiêm vắc-xin; tăng trưởng 7,5%", "tiêm vắc xin tăng trưởng 7 5"),
        ("Lúc 9:30 sáng nay khai mạc hội nghị", "lúc 9 30 sáng nay khai mạc hội nghị"),
        // section prefixes, removed when 4 words or more remain
        ("[Tin tức] Hội nghị tổng kết công tác năm 2025", "hội nghị tổng kết công tác năm 2025"),
        ("Tin tức: Hội nghị tổng kết công tác năm 2025", "hội nghị tổng kết công tác năm 2025"),
        ("Tin Thành phố - Hội nghị tổng kết công tác năm 2025", "hội nghị tổng kết công tác năm 2025"),
        ("[Thời sự] Tin tức: Hội nghị tổng kết công tác", "hội nghị tổng kết công tác"),
        ("TIN TỨC: Hội nghị tổng kết công tác năm 2025", "hội nghị tổng kết công tác năm 2025"),
        ("Video: Hội nghị tổng kết công tác năm 2025", "hội nghị tổng kết công tác năm 2025"),
        // a proper name before the colon is the story's subject, not a section
        ("Phường Hoàn Kiếm: Trao 120 suất quà cho hộ nghèo", "phường hoàn kiếm trao 120 suất quà cho hộ nghèo"),
        ("[Tin tức] Phường Hoàn Kiếm: Trao 120 suất quà", "phường hoàn kiếm trao 120 suất quà"),
        ("Hà Nội - Kinh tế quý I tăng trưởng 7%", "hà nội kinh tế quý i tăng trưởng 7"),
        // prefix-looking titles stay whole
        ("Tin tức: Thông báo", "tin tức thông báo"),
        ("[Thông báo]", "thông báo"),
        ("Kinh tế - xã hội", "kinh tế xã hội"),
        ("Xây dựng đời sống văn hóa ở khu dân cư: kết quả quý I", "xây dựng đời sống văn hoá ở khu dân cư kết quả quý i"),
        // other Latin letters and scripts
        ("Café Straße", "café straße"),
        ("Cafe\u{0301} Mu\u{0308}nchen", "café münchen"),
        ("", ""),
    ]

    @Test(arguments: table)
    func fold_portalTitle_isFoldedForm(text: String, expected: String) {
        let folded = VietnameseFolding.fold(text)
        #expect(Array(folded.unicodeScalars) == Array(expected.unicodeScalars), "\(folded)")
    }

    static let tones: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// Every tone on every ending that has two placements: `hòa`/`hoà` … `thụy`/`thuỵ`.
    @Test(arguments: ["o", "u"], tones)
    func fold_oldAndNewTonePlacement_areEqual(firstVowel: String, tone: Unicode.Scalar) {
        let secondVowel = firstVowel == "o" ? ["a", "e"] : ["y"]
        for second in secondVowel {
            let old = "th" + firstVowel + String(tone) + second
            let new = "th" + firstVowel + second + String(tone)
            let oldNFC = old.precomposedStringWithCanonicalMapping
            let newNFC = new.precomposedStringWithCanonicalMapping
            #expect(Array(oldNFC.unicodeScalars) != Array(newNFC.unicodeScalars))
            let folded = VietnameseFolding.fold(oldNFC)
            #expect(Array(folded.unicodeScalars) == Array(VietnameseFolding.fold(newNFC).unicodeScalars))
            #expect(Array(folded.unicodeScalars) == Array(VietnameseFolding.fold(new.uppercased()).unicodeScalars))
            #expect(Array(folded.unicodeScalars) == Array(newNFC.unicodeScalars), "the new style is the folded form")
        }
    }

    @Test func fold_isIdempotent() {
        for (text, _) in Self.table {
            let once = VietnameseFolding.fold(text)
            #expect(VietnameseFolding.fold(once) == once, "\(text)")
        }
    }
}
