import CCurl

/// Owns one libcurl multi handle (`CURLM*`): the event loop that drives every transfer.
///
/// Only the fetch loop's thread calls its methods, except `wakeup()`, which libcurl
/// allows from any thread; that is why the class may be shared.
final class CurlMulti: @unchecked Sendable {  // @unchecked: the CURLM* is used on the fetch thread only, but for curl_multi_wakeup
    private let handle: UnsafeMutableRawPointer

    /// Creates the multi handle, allowing at most `maxPerHost` connections to one host.
    init(maxPerHost: Int) throws(FetchSetupError) {
        try CurlGlobal.ensureInitialised()
        guard let handle = curl_multi_init() else {
            throw FetchSetupError(operation: "curl_multi_init", code: 0, message: "no multi handle (out of memory)")
        }
        self.handle = handle
        try check(fb_multi_setopt_long(handle, CURLMOPT_MAX_HOST_CONNECTIONS, maxPerHost), "curl_multi_setopt(MAX_HOST_CONNECTIONS)")
        try check(fb_multi_setopt_long(handle, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX)), "curl_multi_setopt(PIPELINING)")
    }

    deinit {
        curl_multi_cleanup(handle)
    }

    /// Adds a configured easy handle; libcurl starts it on the next `perform()`.
    func add(_ easy: UnsafeMutableRawPointer) throws(FetchSetupError) {
        try check(curl_multi_add_handle(handle, easy), "curl_multi_add_handle")
    }

    /// Removes an easy handle, finished or not.
    func remove(_ easy: UnsafeMutableRawPointer) throws(FetchSetupError) {
        try check(curl_multi_remove_handle(handle, easy), "curl_multi_remove_handle")
    }

    /// Moves every transfer forward as far as it can go without blocking.
    func perform() throws(FetchSetupError) {
        var running: Int32 = 0
        try check(curl_multi_perform(handle, &running), "curl_multi_perform")
    }

    /// Waits until a transfer has something to do, `wakeup()` is called, or `milliseconds` pass.
    func poll(milliseconds: Int) throws(FetchSetupError) {
        try check(curl_multi_poll(handle, nil, 0, Int32(milliseconds), nil), "curl_multi_poll")
    }

    /// Interrupts a `poll` in progress, or makes the next one return at once. Any thread.
    func wakeup() {
        // Only fails on a bad handle, which this class never holds.
        _ = curl_multi_wakeup(handle)
    }

    /// The transfers that finished since the last call: each easy handle with its result code.
    func finishedTransfers() -> [(easy: UnsafeMutableRawPointer, code: CURLcode)] {
        var finished: [(easy: UnsafeMutableRawPointer, code: CURLcode)] = []
        var queued: Int32 = 0
        while let message = curl_multi_info_read(handle, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            finished.append((easy, message.pointee.data.result))
        }
        return finished
    }

    private func check(_ code: CURLMcode, _ operation: String) throws(FetchSetupError) {
        guard code == CURLM_OK else {
            throw FetchSetupError(operation: operation, code: Int(code.rawValue), message: String(cString: curl_multi_strerror(code)))
        }
    }
}
