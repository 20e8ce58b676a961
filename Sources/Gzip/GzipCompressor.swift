import CZlib

/// One zlib deflate stream writing gzip; owns its `z_stream` and ends it in `deinit`.
///
/// ```swift
/// let compressed = try GzipCompressor.gzip(Array("Tin tức".utf8))
/// ```
public final class GzipCompressor {
    /// Heap-allocated: zlib keeps the stream's address and checks it on every call.
    private let stream: UnsafeMutablePointer<z_stream>

    /// Opens the stream; throws when zlib cannot (out of memory, bad level).
    public init(level: Int32 = 6) throws(GzipError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = feedbridge_deflateInitGzip(stream, level)
        guard status == Z_OK else {
            stream.deallocate()
            throw GzipError(operation: "deflateInit2", code: status)
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Compresses `input` whole into one gzip member; the stream is reset for reuse.
    public func compress(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        let bound = Int(deflateBound(stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound + 32)
        let written = try input.withUnsafeBufferPointer { source throws(GzipError) -> Int in
            try output.withUnsafeMutableBufferPointer { target throws(GzipError) -> Int in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = uInt(target.count)
                let status = deflate(stream, Z_FINISH)
                guard status == Z_STREAM_END else { throw GzipError(operation: "deflate", code: status) }
                return target.count - Int(stream.pointee.avail_out)
            }
        }
        let reset = deflateReset(stream)
        guard reset == Z_OK else { throw GzipError(operation: "deflateReset", code: reset) }
        output.removeSubrange(written...)
        return output
    }

    /// Compresses with a fresh compressor.
    public static func gzip(_ input: [UInt8]) throws(GzipError) -> [UInt8] {
        try GzipCompressor().compress(input)
    }
}

/// A zlib call that failed, with its return code.
public struct GzipError: Error, CustomStringConvertible {
    /// The zlib function, e.g. `deflate`.
    public let operation: String
    /// Its return code (`Z_MEM_ERROR`, …).
    public let code: Int32

    /// `gzip: zlib deflate failed with code -4`.
    public var description: String { "gzip: zlib \(operation) failed with code \(code)" }
}
