/// One token of a date text: a run of digits, a word, or one punctuation byte.
///
/// `DateGrammar` reads dates from tokens rather than bytes, so that `14/02/2019`,
/// `Thứ năm, 14/02/2019 - 17:27` and `Thu, 14 Feb 2019 17:27:00 +0700` are all matched
/// by a few rules on what follows what, and whether it follows with or without a space.
struct DateToken {
    enum Kind: UInt8 {
        case number, word, punct
    }

    // Declared widest first, so that a token takes 16 bytes and the 48 of a text fit in
    // the stack allocation limit of `withUnsafeTemporaryAllocation`.
    /// For a number: its value (of the first 18 digits); for punctuation: the byte.
    var value: Int
    var kind: Kind
    /// Whether white space came before the token (`14/02` is adjacent, `14 Feb` is not).
    var spaced: Bool
    /// For a number: how many digits it was written with (`02` has 2), at most 255.
    var digits: UInt8
    /// For a word: its meaning.
    var word: DateWord

    /// The most tokens read from one text; a date sits near the start of what it is given,
    /// and the bound keeps a stray long text from costing more than a short one.
    static let capacity = 48

    /// Splits `bytes` into tokens, up to `tokens.count` of them.
    /// - Returns: how many tokens were written.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<DateToken>) -> Int {
        var index = 0, count = 0
        var spaced = false
        while index < bytes.count, count < tokens.count {
            let byte = bytes[index]
            let space = DateSpace.length(bytes, at: index)
            if space > 0 {
                spaced = true
                index += space
                continue
            }
            if byte &- UInt8(ascii: "0") < 10 {
                let start = index
                var value = 0
                while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                    if index - start < 18 { value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                    index += 1
                }
                tokens[count] = DateToken(value: value, kind: .number, spaced: spaced, digits: UInt8(min(index - start, 255)), word: .other)
            } else if DateWord.isWordByte(byte) {
                let (word, end) = DateWord.read(bytes, from: index)
                index = end
                tokens[count] = DateToken(value: 0, kind: .word, spaced: spaced, digits: 0, word: word)
            } else {
                index += 1
                tokens[count] = DateToken(value: Int(byte), kind: .punct, spaced: spaced, digits: 0, word: .other)
            }
            count += 1
            spaced = false
        }
        return count
    }
}
