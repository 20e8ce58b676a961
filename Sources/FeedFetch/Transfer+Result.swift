import CCurl
import Foundation

extension Transfer {
    /// The result of the finished transfer, given libcurl's code for it.
    func result(code: CURLcode) -> FetchResult {
        let request = job.request
        let status = long(CURLINFO_RESPONSE_CODE) ?? 0
        let outcome: FetchOutcome
        if code == CURLE_OK {
            outcome = FetchOutcome(status: status, headers: head.headers, url: request.url)
        } else {
            let message = String(cString: errorBuffer)
            outcome = .failed(FetchError(url: request.url, code: code, errorBuffer: message, bodyTooLarge: bodyTooLarge, totalTimeout: request.timeout ?? configuration.totalTimeout, configuration: configuration))
        }
        return FetchResult(
            request: request,
            outcome: outcome,
            status: status,
            httpVersion: head.httpVersion,
            finalURL: string(CURLINFO_EFFECTIVE_URL) ?? request.url,
            movedPermanentlyTo: head.movedPermanentlyTo,
            headers: head.headers,
            body: code == CURLE_OK ? body : [],
            timings: FetchTimings(
                dns: duration(CURLINFO_NAMELOOKUP_TIME_T),
                connect: duration(CURLINFO_CONNECT_TIME_T),
                tls: duration(CURLINFO_APPCONNECT_TIME_T),
                firstByte: duration(CURLINFO_STARTTRANSFER_TIME_T),
                total: duration(CURLINFO_TOTAL_TIME_T)
            )
        )
    }

    /// A string info, `nil` when libcurl has none.
    func string(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard fb_easy_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    private func long(_ info: CURLINFO) -> Int? {
        var value = 0
        guard fb_easy_getinfo_long(handle, info, &value) == CURLE_OK else { return nil }
        return value
    }

    /// A `_TIME_T` info (microseconds), zero when libcurl has none.
    private func duration(_ info: CURLINFO) -> Duration {
        var microseconds: curl_off_t = 0
        guard fb_easy_getinfo_off_t(handle, info, &microseconds) == CURLE_OK else { return .zero }
        return .microseconds(microseconds)
    }
}

extension FetchResult {
    /// The result of a request that failed before libcurl could run it.
    static func failure(_ request: FetchRequest, _ error: FetchError) -> FetchResult {
        FetchResult(
            request: request, outcome: .failed(error), status: 0, httpVersion: nil, finalURL: request.url,
            movedPermanentlyTo: nil, headers: FetchHeaders(), body: [], timings: FetchTimings()
        )
    }
}

extension FetchOutcome {
    /// The outcome of a transfer that completed with HTTP status `status`.
    init(status: Int, headers: FetchHeaders, url: String) {
        switch status {
        case 200...299: self = .ok
        case 304: self = .notModified
        case 410: self = .gone
        case 429: self = .rateLimited(retryAfter: Self.retryDelay(headers))
        case 503 where headers.retryAfter != nil: self = .rateLimited(retryAfter: Self.retryDelay(headers))
        default: self = .failed(FetchError(url: url, kind: .httpStatus(status)))
        }
    }

    /// `Retry-After` as a delay: seconds, or an HTTP date measured from the response's
    /// own `Date` (so a skewed server clock does not matter), else from now.
    static func retryDelay(_ headers: FetchHeaders) -> Duration? {
        guard let value = headers.retryAfter?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        let when = curl_getdate(value, nil)
        guard when != -1 else { return nil }
        let serverNow = headers.date.map { curl_getdate($0, nil) } ?? -1
        let now = serverNow != -1 ? Int(serverNow) : Int(Date().timeIntervalSince1970)
        return .seconds(max(0, Int(when) - now))
    }
}
