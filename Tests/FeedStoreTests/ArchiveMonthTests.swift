import FeedBridgeTestSupport
@testable import FeedStore
import Foundation
import Testing

/// A story's archive month is its founding date's UTC month, as the calendar says.
@Suite(.offCooperativePool) struct ArchiveMonthTests {
    @Test func archiveMonth_agreesWithTheGregorianCalendarInUTC() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var random = SystemRandomNumberGenerator()
        // Month edges and leap days, then random instants from 1900 to 2200.
        let edges: [TimeInterval] = [0, -1, 951_782_399, 951_782_400, 951_868_800, 1_798_761_599, 1_798_761_600, -2_208_988_800]
        let instants = edges + (0..<20_000).map { _ in TimeInterval.random(in: -2_208_988_800...7_258_118_400, using: &random) }
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            let parts = calendar.dateComponents([.year, .month], from: date)
            let expected = String(format: "%04d-%02d", parts.year!, parts.month!)
            #expect(FeedStore.archiveMonth(of: date) == expected, "\(instant)")
        }
    }
}
