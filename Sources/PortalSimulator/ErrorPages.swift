/// The error bodies of failing portals.
enum ErrorPages {
    /// The 200 page Liferay shows instead of content when a portlet fails.
    static func liferayError(_ portal: SimulatedPortal) -> String {
        """
        <!DOCTYPE html>
        <html class="ltr" dir="ltr" lang="vi-VN">
        <head><title>Lỗi - \(Markup.liferay(portal.title))</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
        <body class="yui3-skin-sam signed-out public-page site">
        <div id="wrapper"><div id="content">
        <div class="portlet-msg-error alert alert-error">Đã xảy ra lỗi không mong muốn trong hệ thống. Vui lòng thử lại sau.</div>
        <div class="lfr-status-alert">An unexpected system error occurred.</div>
        </div></div>
        </body>
        </html>

        """
    }

    /// Tomcat's error report, as behind a failing Liferay.
    static func tomcat(status: Int, reason: String) -> String {
        """
        <html><head><title>Apache Tomcat/7.0.62 - Error report</title></head><body><h1>HTTP Status \(status) - \(reason)</h1><hr/><p><b>type</b> Status report</p><p><b>message</b> <u>\(reason)</u></p><hr/><h3>Apache Tomcat/7.0.62</h3></body></html>

        """
    }
}
