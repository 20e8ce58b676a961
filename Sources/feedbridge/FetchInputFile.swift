import FeedFetch
import Foundation

/// The request list that `feedbridge fetch --input` reads and `--state` writes: one
/// request per line, `URL` or `URL<TAB>ETAG<TAB>LAST-MODIFIED`, either validator may be
/// empty. Blank lines are skipped. A state file written after one pass is the input of
/// the next, conditional, pass.
///
/// ```
/// https://hoankiem.hanoi.gov.vn/rss
/// https://badinh.hanoi.gov.vn/tin-tuc	"v3-9f2c"	Sat, 01 Nov 2025 10:00:00 GMT
/// ```
enum FetchInputFile {
    /// One line of the file: a URL and the validators to send with it.
    struct Entry: Equatable {
        var url: String
        var etag: String?
        var lastModified: String?
    }

    /// Reads the entries of the file at `path`, or of standard input when `path` is `-`.
    /// - Throws: `FetchInputError` when the file cannot be read or a line is malformed.
    static func read(path: String) throws(FetchInputError) -> [Entry] {
        let data: Data
        do {
            data = path == "-"
                ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FetchInputError(message: "cannot read \(path): \(error.localizedDescription)")
        }
        return try entries(String(decoding: data, as: UTF8.self), name: path == "-" ? "standard input" : path)
    }

    /// Parses the lines of `text`; `name` names the file in errors.
    static func entries(_ text: String, name: String) throws(FetchInputError) -> [Entry] {
        var entries: [Entry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count <= 3, let url = fields.first, !url.isEmpty else {
                throw FetchInputError(message: "\(name):\(index + 1): expected URL or URL<TAB>ETAG<TAB>LAST-MODIFIED")
            }
            entries.append(Entry(
                url: url,
                etag: fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil,
                lastModified: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            ))
        }
        return entries
    }

    /// The validators to keep for a result's URL: the response's after a 200, the
    /// response's or else the request's after a 304, the request's after a failure
    /// (so a failed pass does not lose them).
    static func entry(after result: FetchResult) -> Entry {
        let request = result.request
        switch result.outcome {
        case .ok:
            return Entry(url: request.url, etag: result.headers.etag, lastModified: result.headers.lastModified)
        case .notModified:
            return Entry(url: request.url, etag: result.headers.etag ?? request.etag,
                         lastModified: result.headers.lastModified ?? request.lastModified)
        case .gone, .rateLimited, .failed:
            return Entry(url: request.url, etag: request.etag, lastModified: request.lastModified)
        }
    }

    /// Writes `entries` to `path` in the input format (tabs inside a value become spaces).
    /// - Throws: `FetchInputError` when the file cannot be written.
    static func write(_ entries: [Entry], to path: String) throws(FetchInputError) {
        let text = entries.map { entry in
            let fields = [entry.url, entry.etag ?? "", entry.lastModified ?? ""]
                .map { $0.replacingOccurrences(of: "\t", with: " ") }
            return fields.joined(separator: "\t") + "\n"
        }.joined()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FetchInputError(message: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// A request list that cannot be read or written; the description starts with `fetch:`.
struct FetchInputError: Error, CustomStringConvertible {
    let message: String

    var description: String { "fetch: \(message)" }
}
