import UnpluggedFigures

/// The opening every page `build` writes shares, up to its own inline CSS: the gallery
/// and the HTML deck open from disk the same way (UTF-8, the phone's width, a title).
enum HTMLHead {
    /// From the doctype to an open `<style>` element, each line ending in a newline.
    static func opening(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupText.escaped(title))</title>
        <style>

        """
    }
}
