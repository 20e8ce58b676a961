#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Any charset glibc's `iconv` knows, to UTF-8; owns the `iconv_t` handle.
///
/// A byte sequence `iconv` rejects becomes U+FFFD; a sequence cut by the end of a chunk
/// is held back. The UTF-8 it produces passes a `UTF8Decoder`, which drops the control
/// characters XML forbids.
final class IconvDecoder: ChunkDecoder {
    private let handle: iconv_t
    private let charset: String
    private var held: [UInt8] = []
    private var sanitizer = UTF8Decoder()
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    var fellBack: Bool { false }

    /// Opens a converter from `charset` to UTF-8, or returns nil when `iconv` does not know it.
    init?(charset: String) {
        guard let handle = iconv_open("UTF-8", charset), handle != iconv_t(bitPattern: -1) else { return nil }
        self.handle = handle
        self.charset = charset
    }

    deinit {
        iconv_close(handle)
    }

    func decode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) throws {
        var input = held + chunk
        held = []
        try input.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = base.assumingMemoryBound(to: CChar.self)
            var inLeft = buffer.count
            while inLeft > 0 {
                let (result, code) = convert(&inPointer, &inLeft, into: &output)
                guard result == -1 else { continue }
                switch code {
                case E2BIG:
                    continue
                case EILSEQ:
                    output.appendReplacementCharacter()
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                case EINVAL:
                    held = Array(UnsafeRawBufferPointer(start: inPointer, count: inLeft))
                    return
                default:
                    throw ParseError.undecodable(charset: charset)
                }
            }
        }
    }

    func finish(into output: inout [UInt8]) {
        if !held.isEmpty { output.appendReplacementCharacter() }
        held = []
        sanitizer.finish(into: &output)
    }

    /// One `iconv` call into the scratch buffer, whose output is appended; returns iconv's result and errno.
    private func convert(_ inPointer: inout UnsafeMutablePointer<CChar>?, _ inLeft: inout Int, into output: inout [UInt8]) -> (Int, Int32) {
        var produced = 0
        let (result, code): (Int, Int32) = scratch.withUnsafeMutableBytes { out in
            var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress?.assumingMemoryBound(to: CChar.self)
            var outLeft = out.count
            let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
            produced = out.count - outLeft
            return (result, result == -1 ? errno : 0)
        }
        scratch.withUnsafeBytes { sanitizer.decode(UnsafeRawBufferPointer(rebasing: $0.prefix(produced)), into: &output) }
        return (result, code)
    }
}
