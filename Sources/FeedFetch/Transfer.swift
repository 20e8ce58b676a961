import CCurl

/// Owns one libcurl easy handle (`CURL*`) for one request, and collects its response.
///
/// The handle's write and header callbacks reach this object through an unretained
/// `Unmanaged` pointer; the fetch loop keeps the transfer alive while libcurl runs it.
final class Transfer {
    let job: FetchJob
    /// The easy handle; never escapes this class and the multi handle it is added to.
    let handle: UnsafeMutableRawPointer
    let configuration: FetchConfiguration
    /// libcurl writes its message for a failure here (`CURLOPT_ERRORBUFFER`).
    let errorBuffer: UnsafeMutablePointer<CChar>
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private(set) var head = ResponseHead()
    private(set) var body: [UInt8] = []
    private(set) var bodyTooLarge = false

    /// Creates and configures the easy handle for `job`.
    /// - Throws: `FetchError` when libcurl refuses a setting.
    init(job: FetchJob, configuration: FetchConfiguration) throws(FetchError) {
        guard let handle = curl_easy_init() else {
            throw FetchError(url: job.request.url, kind: .transport, curlMessage: "curl_easy_init failed")
        }
        self.job = job
        self.handle = handle
        self.configuration = configuration
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        try configure()
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    private func configure() throws(FetchError) {
        let request = job.request
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try set(CURLOPT_URL, request.url)
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_FOLLOWLOCATION, 1)
        try set(CURLOPT_MAXREDIRS, configuration.maxRedirects)
        try set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding libcurl decodes: gzip, deflate, br, zstd
        try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        try set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.milliseconds)
        try set(CURLOPT_TIMEOUT_MS, (request.timeout ?? configuration.totalTimeout).milliseconds)
        try set(CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedLimit)
        try set(CURLOPT_LOW_SPEED_TIME, Int(configuration.lowSpeedTime.components.seconds))
        try check(fb_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maxBodyBytes)), "MAXFILESIZE_LARGE")
        try set(CURLOPT_USERAGENT, configuration.userAgent)
        try set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
        if let proxy = configuration.proxy { try set(CURLOPT_PROXY, proxy) }
        if !request.verifyTLS {
            try set(CURLOPT_SSL_VERIFYPEER, 0)
            try set(CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let form = request.form {
            try set(CURLOPT_POSTFIELDSIZE, form.utf8.count)
            try set(CURLOPT_COPYPOSTFIELDS, form)  // copied by libcurl: the request may go
        }
        try setRequestHeaders(request)

        let this = Unmanaged.passUnretained(self).toOpaque()
        try set(CURLOPT_WRITEDATA, pointer: this)
        try set(CURLOPT_HEADERDATA, pointer: this)
        try check(fb_easy_setopt_write_function(handle, CURLOPT_WRITEFUNCTION) { data, size, count, this in
            guard let data, let this else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(this).takeUnretainedValue()
            return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        }, "WRITEFUNCTION")
        try check(fb_easy_setopt_write_function(handle, CURLOPT_HEADERFUNCTION) { data, size, count, this in
            guard let data, let this else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(this).takeUnretainedValue()
            transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        }, "HEADERFUNCTION")
    }

    private func setRequestHeaders(_ request: FetchRequest) throws(FetchError) {
        var lines = ["Accept: \(configuration.accept)"]
        if let etag = request.etag { lines.append("If-None-Match: \(etag)") }
        if let lastModified = request.lastModified { lines.append("If-Modified-Since: \(lastModified)") }
        if request.form != nil { lines.append("Content-Type: application/x-www-form-urlencoded") }
        lines += request.headers.map { "\($0.name): \($0.value)" }
        for line in lines {
            guard let list = curl_slist_append(requestHeaders, line) else {
                throw FetchError(url: request.url, kind: .transport, curlMessage: "curl_slist_append failed (out of memory)")
            }
            requestHeaders = list
        }
        try check(fb_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, requestHeaders), "HTTPHEADER")
    }

    /// The write callback: keeps the decompressed body, refusing it past the size limit
    /// (returning less than offered makes libcurl abort with `CURLE_WRITE_ERROR`).
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard body.count + bytes.count <= configuration.maxBodyBytes else {
            bodyTooLarge = true
            return 0
        }
        if body.isEmpty, let length = head.contentLength {
            body.reserveCapacity(min(length, configuration.maxBodyBytes))
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    /// The header callback: one status line or header line per call, for every response.
    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        head.receive(bytes) { string(CURLINFO_EFFECTIVE_URL) ?? job.request.url }
    }

    private func set(_ option: CURLoption, _ value: Int) throws(FetchError) {
        try check(fb_easy_setopt_long(handle, option, value), option)
    }

    private func set(_ option: CURLoption, _ value: String) throws(FetchError) {
        try check(value.withCString { fb_easy_setopt_string(handle, option, $0) }, option)
    }

    private func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer) throws(FetchError) {
        try check(fb_easy_setopt_pointer(handle, option, pointer), option)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(FetchError) {
        try check(code, "option \(option.rawValue)")
    }

    private func check(_ code: CURLcode, _ what: String) throws(FetchError) {
        guard code == CURLE_OK else {
            let message = "curl_easy_setopt(\(what)): \(String(cString: curl_easy_strerror(code)))"
            throw FetchError(url: job.request.url, kind: .transport, curlCode: Int(code.rawValue), curlMessage: message)
        }
    }
}
