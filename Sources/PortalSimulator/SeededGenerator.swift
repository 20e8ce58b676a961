/// A small, fast, deterministic random number generator (SplitMix64).
///
/// The simulator derives every choice from a seed with it, never from the system
/// generator, and picks with its own helpers rather than the standard library's
/// `randomElement(using:)`, whose algorithm may change between Swift releases: the
/// same seed must give the same bytes on every toolchain.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one named part of the simulation (a portal, a story, an hour),
    /// independent of how many numbers the other parts drew.
    init(seed: UInt64, _ parts: UInt64...) {
        var mixed = seed
        for part in parts {
            mixed = SeededGenerator.mix(mixed ^ SeededGenerator.mix(part &+ 0x9E37_79B9_7F4A_7C15))
        }
        state = mixed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SeededGenerator.mix(state)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func int(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A number in `0..<1`.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ values: [T]) -> T {
        values[int(below: values.count)]
    }

    /// The indices `0..<count` in a seeded order (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(index, int(below: index + 1))
        }
        return order
    }

    /// A stable 64-bit hash of a string (FNV-1a), for seeding from names.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
