/// The title as the merger matches it: decorations removed (``TitleDecorations``), folded
/// (``VietnameseFolding``), and the spelled-out names of the people's committee and
/// council written as their abbreviations (`Ủy ban nhân dân` = `UBND`, `Hội đồng nhân
/// dân` = `HĐND`).
enum TitleKey {
    private static let abbreviations: [(long: [Substring], short: Substring)] = [
        (["uỷ", "ban", "nhân", "dân"], "ubnd"), (["hội", "đồng", "nhân", "dân"], "hđnd"),
    ]

    /// The words of a title (already without decorations) for matching.
    static func words(of title: String) -> [Substring] {
        let words = VietnameseFolding.words(of: VietnameseFolding.fold(title))
        var output: [Substring] = []
        output.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            if let match = abbreviations.first(where: { words[index...].starts(with: $0.long) }) {
                output.append(match.short)
                index += match.long.count
            } else {
                output.append(words[index])
                index += 1
            }
        }
        return output
    }
}
