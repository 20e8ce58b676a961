import Foundation

/// The simulated time: a fixed start, moved forward by `advance(by:)` and, when a speed is
/// set, by real time (`speed` simulated seconds per real second).
struct SimulatedClock: Sendable {
    /// The simulated time at the start.
    let start: Date
    /// Simulated seconds per real second; 0 stops simulated time between advances.
    let speed: Double
    private var advanced: TimeInterval = 0
    private let realStart: Date

    init(start: Date, speed: Double = 0, realStart: Date = Date()) {
        self.start = start
        self.speed = speed
        self.realStart = realStart
    }

    /// The simulated time at the real time `real`.
    func now(real: Date = Date()) -> Date {
        start.addingTimeInterval(advanced + (speed > 0 ? real.timeIntervalSince(realStart) * speed : 0))
    }

    /// Moves simulated time forward.
    mutating func advance(by duration: Duration) {
        let parts = duration.components
        advanced += Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
