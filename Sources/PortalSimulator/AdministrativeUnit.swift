import Foundation

/// One of Hanoi's administrative units, as listed in the bundled `hanoi-units.tsv`.
public struct AdministrativeUnit: Sendable, Hashable {
    /// The kind of unit, with its Vietnamese prefix.
    public enum Kind: String, Sendable, CaseIterable {
        case quan, huyen, thi_xa, phuong, xa, thi_tran

        /// The prefix as written before the name: "Phường", "Xã", "Quận"…
        public var prefix: String {
            switch self {
            case .quan: "Quận"
            case .huyen: "Huyện"
            case .thi_xa: "Thị xã"
            case .phuong: "Phường"
            case .xa: "Xã"
            case .thi_tran: "Thị trấn"
            }
        }

        /// The portal level of a unit of this kind in `feeds.yaml`.
        public var level: PortalLevel {
            switch self {
            case .quan, .huyen, .thi_xa: .district
            case .phuong: .ward
            case .xa, .thi_tran: .commune
            }
        }
    }

    /// The name without its prefix, e.g. "Hoàn Kiếm".
    public let name: String
    /// The name without diacritics, e.g. "Hoan Kiem".
    public let asciiName: String
    public let kind: Kind
    /// The full official name of the parent, e.g. "Thành phố Hà Nội" or "Quận Ba Đình".
    public let parentName: String
    /// True for the units in force since 1 July 2025, false for the older ones.
    public let isPost2025: Bool

    /// The full name, e.g. "Phường Hoàn Kiếm".
    public var fullName: String { "\(kind.prefix) \(name)" }

    /// The full name as written inside a sentence, e.g. "phường Hoàn Kiếm".
    public var inlineName: String { "\(kind.prefix.lowercased()) \(name)" }

    /// The units of the bundled list, in file order.
    public static func bundled() throws -> [AdministrativeUnit] {
        guard let url = Bundle.module.url(forResource: "hanoi-units", withExtension: "tsv") else {
            throw SimulatorError.missingResource("hanoi-units.tsv")
        }
        return try parse(String(contentsOf: url, encoding: .utf8))
    }

    /// Parses the TSV format of `hanoi-units.tsv` (comment lines start with `#`).
    static func parse(_ text: String) throws -> [AdministrativeUnit] {
        var units: [AdministrativeUnit] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("level\t") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 6, let kind = Kind(rawValue: columns[3]) else {
                throw SimulatorError.badUnitLine(index + 1, String(line))
            }
            units.append(AdministrativeUnit(
                name: columns[1], asciiName: columns[2], kind: kind,
                parentName: columns[4], isPost2025: columns[5] == "post-2025"))
        }
        return units
    }
}
