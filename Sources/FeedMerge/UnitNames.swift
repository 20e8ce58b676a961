/// Hanoi's administrative-unit names as folded words (from ``UnitNameTable``): what tells a
/// ward's own notice from another ward's (`… của Phường Yên Hòa` / `… của Phường Cửa Nam`)
/// and a reposting unit's title decoration (` - Phường X`, `(Xã Y)`) from the title.
enum UnitNames {
    /// Every name folded (``VietnameseFolding/fold(_:)``), as its words.
    static let folded: Set<String> = Set(UnitNameTable.names.map(VietnameseFolding.fold))
    /// The most words of a name by its first word: a word that starts no name is passed
    /// over without joining and hashing every length.
    private static let longestByFirstWord: [Substring: Int] = folded.reduce(into: [:]) { table, name in
        let words = name.split(separator: " ")
        if let first = words.first { table[first] = max(table[first] ?? 0, words.count) }
    }

    /// The folded type words a unit's name follows; the longest first.
    static let typeWords: [[Substring]] = [
        "uỷ ban nhân dân phường", "uỷ ban nhân dân xã", "ubnd phường", "ubnd xã", "ubnd quận", "ubnd huyện",
        "thị trấn", "thị xã", "phường", "xã", "quận", "huyện",
    ].map { $0.split(separator: " ") }

    /// The first words of ``typeWords``: a word that is none of these starts no type.
    private static let typeStarts: Set<Substring> = Set(typeWords.compactMap(\.first))
    /// Their first bytes: most words are told apart without hashing them.
    private static let typeInitials: Set<UInt8> = Set(typeStarts.compactMap(\.utf8.first))

    /// True when `text` (a fold) is only a unit's name, with or without its
    /// type word (`phường yên hoà`, `chương mỹ`, `ubnd xã sóc sơn`).
    static func isUnit(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        if folded.contains(text) { return true }
        for type in typeWords where words.starts(with: type) {
            if Self.folded.contains(words.dropFirst(type.count).joined(separator: " ")) { return true }
        }
        return false
    }

    /// The unit's kind a type word names: `thị trấn`, `thị xã`, else its last word
    /// (`ubnd phường` → `phường`).
    private static func kind(of type: [Substring]) -> String {
        let two = type.suffix(2)
        return two == ["thị", "trấn"] || two == ["thị", "xã"] ? two.joined(separator: " ") : String(type.last ?? "")
    }

    /// The units that `words` mention after a type word, as the type's last word and the
    /// name (`ubnd phường yên hoà` gives `phường yên hoà`: Hanoi had a ward and a commune
    /// of one name); a bare name is not counted, since many are also common words.
    static func mentioned(in words: [Substring]) -> Set<String> {
        var names: Set<String> = []
        var index = 0
        while index < words.count {
            guard let initial = words[index].utf8.first, typeInitials.contains(initial), typeStarts.contains(words[index]),
                  let type = typeWords.first(where: { words[index...].starts(with: $0) }) else {
                index += 1
                continue
            }
            let start = index + type.count
            var found = false
            let longestHere = start < words.count ? longestByFirstWord[words[start]] ?? 0 : 0
            for length in stride(from: min(longestHere, words.count - start), through: 1, by: -1) {
                let name = words[start..<(start + length)].joined(separator: " ")
                if folded.contains(name) {
                    names.insert(kind(of: type) + " " + name)
                    index = start + length
                    found = true
                    break
                }
            }
            if !found { index = start }
        }
        return names
    }
}
