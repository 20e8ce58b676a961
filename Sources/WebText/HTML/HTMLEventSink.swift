/// Receives a fragment's events from `HTMLFragmentParser`, balanced: every `start` is
/// followed by its `end`, also for elements closed implicitly or at the end of input.
package protocol HTMLEventSink {
    /// An element opens (a void element's `end` follows at once).
    mutating func start(_ tag: HTMLTag, attributes: HTMLAttributes)
    /// The innermost open element closes.
    mutating func end()
    /// Text, with character references decoded, in UTF-8.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
