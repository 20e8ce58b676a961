/// Scanning eight bytes at a time (SWAR): a word test that may report a word without a
/// match (it is then read byte by byte) but never misses one.
enum ByteScan {
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }
    private static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Whether a byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether a byte of `word` is `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        hasByte(word ^ (ones &* UInt64(byte)), below: 1)
    }

    /// The index of the first byte at or after `start` for which `isMatch` holds (or the
    /// end), reading whole words while `mayMatch` says that none of their bytes does.
    @inline(__always)
    static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                           mayMatch: (UInt64) -> Bool, isMatch: (UInt8) -> Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let end = bytes.count
        var index = start
        while true {
            while index + 8 <= end, !mayMatch(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
            let stop = min(index + 8, end)
            while index < stop {
                if isMatch(base[index]) { return index }
                index += 1
            }
            if index >= end { return end }
        }
    }
}
