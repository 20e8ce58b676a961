import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 client over a blocking TCP socket, for talking to the simulator on
/// loopback exactly as sent (no automatic redirects, decompression or caching).
/// The blocking work runs on a Dispatch thread, never on the Swift concurrency pool that
/// the server's request handlers need.
enum LoopbackClient {
    struct Response {
        let status: Int
        /// Header values by lowercased name.
        let headers: [String: String]
        let body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    enum Failure: Error {
        case timedOut
        case socket(String)
        case badResponse(String)
    }

    static func get(_ url: URL, headers: [String: String] = [:], method: String = "GET", timeout: Double = 120) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(url, headers: headers, method: method, timeout: timeout) })
            }
        }
    }

    static func get(_ text: String, headers: [String: String] = [:], method: String = "GET", timeout: Double = 120) async throws -> Response {
        guard let url = URL(string: text) else { throw Failure.badResponse("bad URL \(text)") }
        return try await get(url, headers: headers, method: method, timeout: timeout)
    }

    private static func exchange(_ url: URL, headers: [String: String], method: String, timeout: Double) throws -> Response {
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { throw Failure.socket("socket: errno \(errno)") }
        defer { close(handle) }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        guard setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size)) == 0 else {
            throw Failure.socket("setsockopt: errno \(errno)")
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(url.port ?? 80).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure.socket("connect: errno \(errno)") }
        var target = url.path.isEmpty ? "/" : url.path
        if let query = url.query { target += "?" + query }
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(url.port ?? 80)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let bytes = Array(request.utf8)
        guard send(handle, bytes, bytes.count, 0) == bytes.count else { throw Failure.socket("send: errno \(errno)") }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(handle, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK { throw Failure.timedOut }
                throw Failure.socket("recv: errno \(errno)")
            }
            received += buffer[0..<count]
            if let response = try parse(received, method: method) { return response }
        }
        guard let response = try parse(received, method: method) else { throw Failure.badResponse("connection closed early") }
        return response
    }

    /// The response once it is complete (by Content-Length), nil while more is needed.
    private static func parse(_ data: [UInt8], method: String) throws -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, data.count - 3)).first(where: { Array(data[$0..<$0 + 4]) == separator }) else { return nil }
        let lines = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.badResponse(lines[0]) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(data[(end + 4)...])
        if method == "HEAD" || status == 304 { return Response(status: status, headers: headers, body: []) }
        guard let length = headers["content-length"].flatMap(Int.init) else {
            throw Failure.badResponse("no Content-Length")
        }
        return body.count >= length ? Response(status: status, headers: headers, body: Array(body.prefix(length))) : nil
    }
}
