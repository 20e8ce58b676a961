/// Builds the list of portals of a simulated city from the units and the configuration.
enum PortalDirectory {
    /// The portals: the city first, then the units (and, in `sourceCount` mode, their agencies).
    static func portals(units allUnits: [AdministrativeUnit], configuration: SimulatorConfiguration) -> [SimulatedPortal] {
        let units = selectedUnits(allUnits, configuration.units)
        var portals = [cityPortal(configuration)]
        var usedIDs: Set<String> = ["hanoi"]
        var idsByFullName: [String: String] = [:]
        let wanted = configuration.sourceCount.map { max($0, 1) } ?? units.count + 1
        var copy = 0
        while portals.count < wanted && !units.isEmpty {
            for unit in units where portals.count < wanted {
                let parent = idsByFullName[unit.parentName] ?? "hanoi"
                let base = copy == 0 ? slug(unit.asciiName) : agencySlug(copy, unit)
                let id = uniqueID(base, parent: parent, used: &usedIDs)
                if copy == 0 { idsByFullName[unit.fullName] = id }
                var random = SeededGenerator(seed: configuration.seed, 1, SeededGenerator.hash(id))
                portals.append(copy == 0
                    ? unitPortal(unit, id: id, parent: parent, random: &random)
                    : agencyPortal(unit, copy: copy, id: id, parent: idsByFullName[unit.fullName] ?? parent, random: &random))
            }
            copy += 1
        }
        assignBehaviours(&portals, configuration)
        return portals
    }

    private static func selectedUnits(_ units: [AdministrativeUnit], _ selection: SimulatorConfiguration.Units) -> [AdministrativeUnit] {
        switch selection {
        case .post2025: units.filter(\.isPost2025)
        case .pre2025: units.filter { !$0.isPost2025 && $0.kind.level == .district }
        case .pre2025All: units.filter { !$0.isPost2025 }
        }
    }

    private static func cityPortal(_ configuration: SimulatorConfiguration) -> SimulatedPortal {
        SimulatedPortal(
            id: "hanoi", name: "Thành phố Hà Nội", title: "Cổng thông tin điện tử Thành phố Hà Nội",
            level: .city, parent: nil, format: .rss, behaviour: .normal,
            subject: "Thành phố Hà Nội", inlineSubject: "thành phố Hà Nội", storiesPerDay: 24)
    }

    private static func unitPortal(_ unit: AdministrativeUnit, id: String, parent: String, random: inout SeededGenerator) -> SimulatedPortal {
        let isDistrict = unit.kind.level == .district
        return SimulatedPortal(
            id: id, name: unit.fullName, title: "Cổng thông tin điện tử \(unit.inlineName)",
            level: unit.kind.level, parent: parent, format: pickFormat(&random), behaviour: .normal,
            subject: unit.fullName, inlineSubject: unit.inlineName,
            storiesPerDay: isDistrict ? 6 : 1.5 + random.unit() * 3.5)
    }

    /// Agencies of a unit, used to repeat the units in `sourceCount` mode.
    private static let agencies: [(name: String, slug: String)] = [
        ("Công an", "cong-an"), ("Đoàn Thanh niên", "doan-thanh-nien"), ("Hội Liên hiệp Phụ nữ", "hoi-phu-nu"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", "mttq"), ("Trạm Y tế", "tram-y-te"), ("Trường THCS", "thcs"),
    ]

    private static func agencySlug(_ copy: Int, _ unit: AdministrativeUnit) -> String {
        let agency = agencies[(copy - 1) % agencies.count]
        let round = (copy - 1) / agencies.count
        return "\(agency.slug)-\(slug(unit.asciiName))" + (round == 0 ? "" : "-\(round + 1)")
    }

    private static func agencyPortal(_ unit: AdministrativeUnit, copy: Int, id: String, parent: String, random: inout SeededGenerator) -> SimulatedPortal {
        let agency = agencies[(copy - 1) % agencies.count].name
        let round = (copy - 1) / agencies.count
        let name = "\(agency) \(unit.inlineName)" + (round == 0 ? "" : " (\(round + 1))")
        return SimulatedPortal(
            id: id, name: name, title: "Trang thông tin \(name)",
            level: .agency, parent: parent, format: pickFormat(&random), behaviour: .normal,
            subject: name, inlineSubject: name, storiesPerDay: 1 + random.unit() * 2)
    }

    /// Liferay HTML listings dominate, as on Hanoi's ward portals.
    private static func pickFormat(_ random: inout SeededGenerator) -> PortalFormat {
        let roll = random.unit()
        switch roll {
        case ..<0.40: return .liferayHTML
        case ..<0.65: return .atom
        case ..<0.85: return .rss
        case ..<0.93: return .listHTML
        default: return .jsonFeed
        }
    }

    private static func uniqueID(_ base: String, parent: String, used: inout Set<String>) -> String {
        var id = base
        if used.contains(id) { id = "\(base)-\(parent)" }
        var counter = 2
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }

    /// Hands out faults and slowness to seeded portals, then applies the explicit overrides.
    private static func assignBehaviours(_ portals: inout [SimulatedPortal], _ configuration: SimulatorConfiguration) {
        let candidates = portals.count - 1
        var random = SeededGenerator(seed: configuration.seed, 2)
        var order = random.permutation(candidates).map { $0 + 1 }
        let faultCount = configuration.faultRotation.isEmpty ? 0 : Int((Double(candidates) * configuration.faultShare).rounded())
        for index in 0..<faultCount {
            let fault = configuration.faultRotation[index % configuration.faultRotation.count]
            guard let position = order.firstIndex(where: { accepts(portals[$0].format, fault) }) else { continue }
            portals[order.remove(at: position)].behaviour.fault = fault
        }
        let slowCount = Int((Double(candidates) * configuration.slowShare).rounded())
        for portal in order.prefix(slowCount) {
            portals[portal].behaviour.delay = configuration.slowDelay
        }
        for index in portals.indices {
            if let behaviour = configuration.behaviours[portals[index].id] { portals[index].behaviour = behaviour }
        }
    }

    /// Broken XML needs an XML feed; a truncated body needs a feed.
    private static func accepts(_ format: PortalFormat, _ fault: PortalFault) -> Bool {
        switch fault {
        case .malformed(.truncated): format.isFeed
        case .malformed: format == .rss || format == .atom
        default: true
        }
    }

    /// `Hoan Kiem` → `hoan-kiem`, `Van Mieu - Quoc Tu Giam` → `van-mieu-quoc-tu-giam`.
    static func slug(_ ascii: String) -> String {
        var result = ""
        for character in ascii.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
