/// Signs that a fetched page is not the listing its rules expect: a login page (the
/// portal asks to sign in) or an error page served with status 200.
struct PageLook {
    /// The page's `<title>`.
    let title: String?
    /// The page has a password field (a sign-in form).
    let hasPasswordField: Bool

    /// Words of a login page's title, lowercase.
    private static let loginWords = ["đăng nhập", "login", "log in", "sign in", "signin", "xác thực"]
    /// Words of an error page's title, lowercase.
    private static let errorWords = [
        "không tìm thấy", "không tồn tại", "lỗi", "error", "not found", "forbidden", "access denied",
        "service unavailable", "bad gateway", "bảo trì", "maintenance",
    ]
    /// HTTP error statuses written as a word of the title.
    private static let errorCodes: Set<Substring> = ["400", "401", "403", "404", "500", "502", "503", "504"]

    init(_ page: RuleEvaluator) throws(HTMLBridgeError) {
        title = page.title
        let password = try CompiledXPath(
            rule: "password", expression: "//input[translate(@type,'PASSWORD','password')='password']", compiler: page.context)
        hasPasswordField = try page.evaluate(password, at: nil).firstNode != nil
    }

    /// Why the page looks like a login page: its title, or (when `hasItems` is false, as a
    /// sidebar sign-in box is common on listings) its password field; nil otherwise.
    func login(hasItems: Bool) -> String? {
        if let title, Self.loginWords.contains(where: title.lowercased().contains) { return "title '\(title)'" }
        return hasPasswordField && !hasItems ? "it has a password field" : nil
    }

    /// Why the page looks like an error page (its title); nil otherwise.
    var error: String? {
        guard let title else { return nil }
        let lowered = title.lowercased()
        let words = lowered.split { !$0.isLetter && !$0.isNumber }
        guard Self.errorWords.contains(where: lowered.contains) || words.contains(where: Self.errorCodes.contains) else { return nil }
        return "title '\(title)'"
    }
}
