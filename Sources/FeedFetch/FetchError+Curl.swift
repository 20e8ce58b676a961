import CCurl

extension FetchError {
    /// Maps a failed transfer's `CURLcode` and error buffer to a `FetchError`.
    /// - Parameters:
    ///   - bodyTooLarge: true when the write callback refused the body for its size.
    ///   - totalTimeout: the transfer's time limit, for the message of a timeout.
    init(url: String, code: CURLcode, errorBuffer: String, bodyTooLarge: Bool, totalTimeout: Duration, configuration: FetchConfiguration) {
        let message = errorBuffer.isEmpty ? String(cString: curl_easy_strerror(code)) : errorBuffer
        let kind: Kind
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            if message.contains("too slow") {
                kind = .tooSlow
            } else if message.hasPrefix("Connection time") || message.hasPrefix("Resolving time") {
                kind = .timedOut(after: configuration.connectTimeout)
            } else {
                kind = .timedOut(after: totalTimeout)
            }
        case CURLE_WRITE_ERROR where bodyTooLarge, CURLE_FILESIZE_EXCEEDED:
            kind = .bodyTooLarge(limit: configuration.maxBodyBytes)
        case CURLE_PEER_FAILED_VERIFICATION:
            kind = .tlsCertificate
        case CURLE_SSL_CONNECT_ERROR:
            kind = .tlsHandshake
        case CURLE_TOO_MANY_REDIRECTS:
            kind = .tooManyRedirects(limit: configuration.maxRedirects)
        case CURLE_UNSUPPORTED_PROTOCOL:
            kind = .schemeNotAllowed
        case CURLE_URL_MALFORMAT:
            kind = .invalidURL
        case CURLE_COULDNT_RESOLVE_HOST:
            kind = .couldNotResolveHost
        case CURLE_COULDNT_CONNECT:
            kind = .couldNotConnect
        default:
            kind = .transport
        }
        self.init(url: url, kind: kind, curlCode: Int(code.rawValue), curlMessage: message)
    }

    /// A request failed because libcurl's multi handle itself failed.
    init(url: String, setupError: FetchSetupError) {
        self.init(url: url, kind: .transport, curlCode: setupError.code, curlMessage: setupError.description)
    }
}
