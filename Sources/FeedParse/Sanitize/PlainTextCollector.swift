/// The sink that keeps only text: no tags, nothing from dropped subtrees (`<script>`,
/// `<style>`, ...), whitespace runs collapsed to one space, a space between blocks.
struct PlainTextCollector: HTMLEventSink {
    private(set) var output: [UInt8] = []
    /// A space is due before the next visible character.
    private var space = false
    /// For each open element, whether its content is dropped and whether it is a block.
    private var open: [(drops: Bool, block: Bool)] = []
    private var dropDepth = 0

    mutating func start(_ tag: HTMLTag, attributes: HTMLAttributes) {
        let drops = tag.element?.kind == .drop
        let block = tag.flags.contains(.block)
        if drops { dropDepth += 1 }
        if block { space = true }
        open.append((drops, block))
    }

    mutating func end() {
        guard let element = open.popLast() else { return }
        if element.drops { dropDepth -= 1 }
        if element.block { space = true }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if dropDepth == 0 { output.appendCollapsingWhitespace(bytes, space: &space) }
    }
}
