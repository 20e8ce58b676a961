/// Composes Vietnamese base letters with a following tone mark into the precomposed
/// (NFC) letter, so that windows-1258 and TCVN3 text comes out in NFC without a
/// Unicode normalization pass.
enum VietnameseComposer {
    /// The index of a Vietnamese tone mark: grave, acute, tilde, hook above, dot below.
    static func toneIndex(of scalar: UInt32) -> Int? {
        switch scalar {
        case 0x0300: 0
        case 0x0301: 1
        case 0x0303: 2
        case 0x0309: 3
        case 0x0323: 4
        default: nil
        }
    }

    /// The row of a base letter (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y in both cases) in `composed`.
    static func baseRow(of scalar: UInt32) -> Int? {
        switch scalar {
        case 0x0041: 0  // A
        case 0x0061: 1  // a
        case 0x0102: 2  // Ă
        case 0x0103: 3  // ă
        case 0x00C2: 4  // Â
        case 0x00E2: 5  // â
        case 0x0045: 6  // E
        case 0x0065: 7  // e
        case 0x00CA: 8  // Ê
        case 0x00EA: 9  // ê
        case 0x0049: 10  // I
        case 0x0069: 11  // i
        case 0x004F: 12  // O
        case 0x006F: 13  // o
        case 0x00D4: 14  // Ô
        case 0x00F4: 15  // ô
        case 0x01A0: 16  // Ơ
        case 0x01A1: 17  // ơ
        case 0x0055: 18  // U
        case 0x0075: 19  // u
        case 0x01AF: 20  // Ư
        case 0x01B0: 21  // ư
        case 0x0059: 22  // Y
        case 0x0079: 23  // y
        default: nil
        }
    }

    /// Appends a tone mark to UTF-8 `output`, replacing the letter that ends it by the
    /// precomposed letter when it is a Vietnamese base letter.
    static func append(tone: UInt32, to output: inout [UInt8]) {
        guard let column = toneIndex(of: tone) else { return output.appendScalar(tone) }
        let count = output.count
        var base: UInt32?, length = 0
        if count >= 1, output[count - 1] < 0x80 {
            base = UInt32(output[count - 1]); length = 1
        } else if count >= 2, output[count - 2] & 0xE0 == 0xC0 {
            base = UInt32(output[count - 2] & 0x1F) << 6 | UInt32(output[count - 1] & 0x3F); length = 2
        }
        guard let base, let row = baseRow(of: base) else { return output.appendScalar(tone) }
        output.removeLast(length)
        output.appendScalar(UInt32(composed[row * 5 + column]))
    }

    /// Precomposed letters: one row per base letter, one column per tone mark.
    private static let composed: [UInt16] = [
        0x00C0, 0x00C1, 0x00C3, 0x1EA2, 0x1EA0,  // A
        0x00E0, 0x00E1, 0x00E3, 0x1EA3, 0x1EA1,  // a
        0x1EB0, 0x1EAE, 0x1EB4, 0x1EB2, 0x1EB6,  // Ă
        0x1EB1, 0x1EAF, 0x1EB5, 0x1EB3, 0x1EB7,  // ă
        0x1EA6, 0x1EA4, 0x1EAA, 0x1EA8, 0x1EAC,  // Â
        0x1EA7, 0x1EA5, 0x1EAB, 0x1EA9, 0x1EAD,  // â
        0x00C8, 0x00C9, 0x1EBC, 0x1EBA, 0x1EB8,  // E
        0x00E8, 0x00E9, 0x1EBD, 0x1EBB, 0x1EB9,  // e
        0x1EC0, 0x1EBE, 0x1EC4, 0x1EC2, 0x1EC6,  // Ê
        0x1EC1, 0x1EBF, 0x1EC5, 0x1EC3, 0x1EC7,  // ê
        0x00CC, 0x00CD, 0x0128, 0x1EC8, 0x1ECA,  // I
        0x00EC, 0x00ED, 0x0129, 0x1EC9, 0x1ECB,  // i
        0x00D2, 0x00D3, 0x00D5, 0x1ECE, 0x1ECC,  // O
        0x00F2, 0x00F3, 0x00F5, 0x1ECF, 0x1ECD,  // o
        0x1ED2, 0x1ED0, 0x1ED6, 0x1ED4, 0x1ED8,  // Ô
        0x1ED3, 0x1ED1, 0x1ED7, 0x1ED5, 0x1ED9,  // ô
        0x1EDC, 0x1EDA, 0x1EE0, 0x1EDE, 0x1EE2,  // Ơ
        0x1EDD, 0x1EDB, 0x1EE1, 0x1EDF, 0x1EE3,  // ơ
        0x00D9, 0x00DA, 0x0168, 0x1EE6, 0x1EE4,  // U
        0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x1EE5,  // u
        0x1EEA, 0x1EE8, 0x1EEE, 0x1EEC, 0x1EF0,  // Ư
        0x1EEB, 0x1EE9, 0x1EEF, 0x1EED, 0x1EF1,  // ư
        0x1EF2, 0x00DD, 0x1EF8, 0x1EF6, 0x1EF4,  // Y
        0x1EF3, 0x00FD, 0x1EF9, 0x1EF7, 0x1EF5,  // y
    ]
}
