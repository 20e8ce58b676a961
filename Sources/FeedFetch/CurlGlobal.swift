import CCurl

/// libcurl's process-wide initialisation, done once before the first handle is made.
///
/// `curl_global_init` is not thread-safe and must run once per process; a `static let`
/// gives exactly that (Swift runs global initialisers once, under a lock).
enum CurlGlobal {
    private static let initResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    /// Initialises libcurl on the first call; later calls return at once.
    /// - Throws: `FetchSetupError` when libcurl could not be initialised.
    static func ensureInitialised() throws(FetchSetupError) {
        let code = initResult
        guard code == CURLE_OK else {
            throw FetchSetupError(operation: "curl_global_init", code: Int(code.rawValue), message: String(cString: curl_easy_strerror(code)))
        }
    }
}
