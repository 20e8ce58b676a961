/// The sink that keeps only text: no tags, nothing from opaque subtrees (`<script>`,
/// `<style>`, ...), whitespace runs collapsed to one space, a space between blocks, at
/// most `maxWords` words.
struct PlainTextCollector: HTMLEventSink {
    private(set) var output: [UInt8] = []
    /// Whether words were left out for `maxWords`.
    private(set) var isCut = false
    private let maxWords: Int
    private var words = 0
    /// A space is due before the next visible character.
    private var space = false
    /// For each open element, whether it is opaque and whether it is a block.
    private var open: [(opaque: Bool, block: Bool)] = []
    private var opaqueDepth = 0

    init(maxWords: Int) {
        self.maxWords = maxWords
    }

    mutating func start(_ tag: HTMLTag, attributes: HTMLAttributes) {
        let opaque = tag.flags.contains(.opaque)
        let block = tag.flags.contains(.block)
        if opaque { opaqueDepth += 1 }
        if block { space = true }
        open.append((opaque, block))
    }

    mutating func end() {
        guard let element = open.popLast() else { return }
        if element.opaque { opaqueDepth -= 1 }
        if element.block { space = true }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard opaqueDepth == 0, !isCut else { return }
        isCut = !output.appendCollapsingWhitespace(bytes, space: &space, words: &words, limit: maxWords)
    }
}
