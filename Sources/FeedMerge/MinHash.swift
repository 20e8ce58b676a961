import FeedModel
/// MinHash over syllable shingles, and the LSH bands an index looks signatures up by.
///
/// A shingle is 3 consecutive words of a fold (a title of fewer words is one shingle);
/// each is hashed with FNV-1a, then remixed with ``MatchSignals/signatureLength`` seeds
/// (SplitMix64's finalizer); the signature keeps each seed's minimum (its high 32 bits).
/// The share of equal values of two signatures estimates the Jaccard similarity of their
/// shingle sets. ``bands(of:)`` cuts a signature into ``bandCount`` bands of
/// ``rowsPerBand`` values: two items with Jaccard similarity `j` share a band with
/// probability `1 - (1 - j³)¹⁶` (0.88 at 0.5, 0.99 at 0.625), and two unrelated
/// items (j ≈ 0.02) about once in 8,000 pairs.
public enum MinHash {
    static let shingleWords = 3
    public static let rowsPerBand = 3
    public static let bandCount = MatchSignals.signatureLength / rowsPerBand

    /// The signature of `words` and how many distinct shingles it has; empty without words.
    static func signature(of words: [Substring]) -> (values: [UInt32], shingles: Int) {
        guard !words.isEmpty else { return ([], 0) }
        var hashes = Set<UInt64>()
        let width = min(shingleWords, words.count)
        for start in 0...(words.count - width) {
            var hash = StableHash()
            for word in words[start..<(start + width)] {
                for byte in word.utf8 { hash.add(byte: byte) }  // the bytes `add(String(word))` feeds, without a copy
                hash.separate()
            }
            hashes.insert(hash.value)
        }
        var minimums = [UInt64](repeating: .max, count: MatchSignals.signatureLength)
        for hash in hashes {
            for index in minimums.indices {
                let value = mix(hash &+ seeds[index])
                if value < minimums[index] { minimums[index] = value }
            }
        }
        return (minimums.map { UInt32(truncatingIfNeeded: $0 >> 32) }, hashes.count)
    }

    /// The estimated Jaccard similarity of two signatures (0 when either is empty).
    public static func similarity(_ first: [UInt32], _ second: [UInt32]) -> Double {
        guard first.count == second.count, !first.isEmpty else { return 0 }
        var equal = 0
        for index in first.indices where first[index] == second[index] { equal += 1 }
        return Double(equal) / Double(first.count)
    }

    /// The estimated share of the smaller shingle set found in the larger one, from the
    /// Jaccard estimate and the two set sizes: a summary inside a full article scores high.
    public static func containment(_ first: MatchSignals, _ second: MatchSignals) -> Double {
        let jaccard = similarity(first.minHash, second.minHash)
        let smaller = min(first.shingles, second.shingles)
        guard smaller > 0 else { return 0 }
        let intersection = jaccard * Double(first.shingles + second.shingles) / (1 + jaccard)
        return min(1, intersection / Double(smaller))
    }

    /// The signature's band keys: band number and its values hashed into one integer.
    public static func bands(of signature: [UInt32]) -> [Int64] {
        guard signature.count == MatchSignals.signatureLength else { return [] }
        return (0..<bandCount).map { band in
            var value = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for row in 0..<rowsPerBand {
                value = mix(value ^ UInt64(signature[band * rowsPerBand + row]))
            }
            return Int64(bitPattern: value)
        }
    }

    /// SplitMix64's finalizer: a bijective mix of 64 bits.
    private static func mix(_ input: UInt64) -> UInt64 {
        var value = input &+ 0x9E37_79B9_7F4A_7C15
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    private static let seeds: [UInt64] = (0..<UInt64(MatchSignals.signatureLength)).map {
        mix($0 &* 0xD6E8_FEB8_6659_FD93)
    }
}
