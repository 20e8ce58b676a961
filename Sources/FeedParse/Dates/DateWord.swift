/// What a word found in a date means: a month, a zone, a meridiem, a Vietnamese marker.
///
/// Words are runs of ASCII letters and non-ASCII bytes; they are recognised by packing
/// their first eight bytes (ASCII lowercased) into an integer, so that classifying one is
/// a single `switch`, with no string created. Vietnamese words are matched in NFC, in
/// lower case and with their capitalised vowel (`tháng`, `THÁNG`).
enum DateWord: Equatable {
    /// A word that plays no part in dates (`Thu`, `Ngày`, `lúc`, `View`).
    case other
    /// A single ASCII letter, lowercased: ISO's `T`, the `h` of `17h27`, a military zone, `a.m.`.
    case letter(UInt8)
    /// `Feb`, `February` (1 to 12).
    case month(Int8)
    /// A named zone, in minutes east of UTC: RFC 822's (`GMT`, `UT`, `EST`…`PDT`) and the
    /// unambiguous ones of Asia and Europe (`ICT`, `JST`, `CET`, `MSK`…). Other names are
    /// not zones: the date is then in the source's zone.
    case zone(minutes: Int16)
    /// `AM`, `SA` (sáng), `sáng`.
    case am
    /// `PM`, `CH` (chiều), `chiều`, `tối`.
    case pm
    /// `tháng` (month), as in `14 tháng 2 năm 2019`.
    case monthMarker
    /// `năm` (year).
    case yearMarker

    /// Whether `byte` belongs to a word: an ASCII letter or part of a non-ASCII character.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// Reads the word that starts at `start` (which must hold a word byte).
    /// - Returns: the word and the index just after it; a Unicode space ends a word.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (word: DateWord, end: Int) {
        var index = start
        var key: UInt64 = 0
        var last: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard isWordByte(byte), byte < 0xC2 || DateSpace.length(bytes, at: index) == 0 else { break }
            last = byte < 0x80 ? byte | 0x20 : byte
            let length = index - start
            if length < 8 { key |= UInt64(last) << (8 * UInt64(length)) }
            index += 1
        }
        return (classify(key: key, length: index - start, last: last), index)
    }

    /// The meaning of a word from its packed first eight bytes, length and last byte.
    private static func classify(key: UInt64, length: Int, last: UInt8) -> DateWord {
        if length == 1 { return .letter(UInt8(truncatingIfNeeded: key)) }
        if length > 8 {
            return length == 9 && key == 0x6562_6d65_7470_6573 && last == UInt8(ascii: "r") ? .month(9) : .other // "september"
        }
        switch key {
        case 0x6e616a, 0x79_7261_756e_616a: return .month(1) // "jan", "january"
        case 0x626566, 0x7972_6175_7262_6566: return .month(2) // "feb", "february"
        case 0x72616d, 0x68_6372_616d: return .month(3) // "mar", "march"
        case 0x727061, 0x6c_6972_7061: return .month(4) // "apr", "april"
        case 0x79616d: return .month(5) // "may"
        case 0x6e756a, 0x656e_756a: return .month(6) // "jun", "june"
        case 0x6c756a, 0x796c_756a: return .month(7) // "jul", "july"
        case 0x677561, 0x7473_7567_7561: return .month(8) // "aug", "august"
        case 0x706573, 0x7470_6573: return .month(9) // "sep", "sept"
        case 0x74636f, 0x72_6562_6f74_636f: return .month(10) // "oct", "october"
        case 0x766f6e, 0x7265_626d_6576_6f6e: return .month(11) // "nov", "november"
        case 0x636564, 0x7265_626d_6563_6564: return .month(12) // "dec", "december"
        case 0x746d67, 0x7475, 0x637475: return .zone(minutes: 0) // "gmt", "ut", "utc"
        case 0x747365, 0x746463: return .zone(minutes: -300) // "est", "cdt"
        case 0x746465: return .zone(minutes: -240) // "edt"
        case 0x747363, 0x74646d: return .zone(minutes: -360) // "cst", "mdt"
        case 0x74736d, 0x746470: return .zone(minutes: -420) // "mst", "pdt"
        case 0x747370: return .zone(minutes: -480) // "pst"
        case 0x746369: return .zone(minutes: 420) // "ict" (Indochina Time)
        case 0x746b68, 0x746773: return .zone(minutes: 480) // "hkt", "sgt"
        case 0x74736a, 0x74736b: return .zone(minutes: 540) // "jst", "kst"
        case 0x746563, 0x747362: return .zone(minutes: 60) // "cet", "bst"
        case 0x74736563, 0x746565: return .zone(minutes: 120) // "cest", "eet"
        case 0x74736565, 0x6b736d: return .zone(minutes: 180) // "eest", "msk"
        case 0x6d61, 0x6173, 0x67_6ea1_c373, 0x67_6e81_c373: return .am // "am", "sa", "sáng", "sÁng"
        case 0x6d70, 0x6863: return .pm // "pm", "ch"
        case 0x75_81bb_e169_6863, 0x75_80bb_e169_6863: return .pm // "chiều", "chiỀu"
        case 0x69_91bb_e174, 0x69_90bb_e174: return .pm // "tối", "tỐi"
        case 0x676e_a1c3_6874, 0x676e_81c3_6874: return .monthMarker // "tháng", "thÁng"
        case 0x6d83_c46e, 0x6d82_c46e: return .yearMarker // "năm", "nĂm"
        default: return .other
        }
    }

    /// The offset of a military single-letter zone in minutes east of UTC (`Z` = UTC,
    /// `A`…`I`, `K`…`M` = +1…+12 h, `N`…`Y` = −1…−12 h), or nil for `J` and non-letters.
    ///
    /// These are the letters' military meaning; RFC 822 printed the signs reversed, and
    /// RFC 2822 advises treating the letters as unknown, but the few feeds that send one
    /// mean the military zone.
    static func militaryOffset(_ letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "z"): 0
        case UInt8(ascii: "a")...UInt8(ascii: "i"): Int(letter - UInt8(ascii: "a") + 1) * 60
        case UInt8(ascii: "k")...UInt8(ascii: "m"): Int(letter - UInt8(ascii: "k") + 10) * 60
        case UInt8(ascii: "n")...UInt8(ascii: "y"): -Int(letter - UInt8(ascii: "n") + 1) * 60
        default: nil
        }
    }
}
