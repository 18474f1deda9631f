/// The opening both served pages share, up to their `<body>`: UTF-8, the device's
/// width, a title, the one stylesheet, the state script every page keeps its URL with,
/// and the page's own script. All from the server itself: no other network.
enum PageHead {
    static func html(title: String, script: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <link rel="stylesheet" href="/assets/page.css">
        <script src="/assets/state.js" defer></script>
        <script src="/assets/\(script)" defer></script>
        </head>
        """
    }
}
