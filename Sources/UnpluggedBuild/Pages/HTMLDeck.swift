import UnpluggedFigures

/// A deck as one self-contained HTML page that opens straight from the disk: inline
/// CSS and a few lines of inline JavaScript, no network, images by relative path.
/// One slide fills the screen at a time; the arrow keys, space and a click step
/// through them, `f` toggles full screen, and the colours follow the system's light
/// or dark setting. Without JavaScript the slides read one under another.
enum HTMLDeck {
    static func page(of deck: SlideDeck) -> String {
        let heading = deck.title ?? "Slides"
        var page = HTMLHead.opening(title: heading) + """
            :root { color-scheme: light dark; --ink: #262626; --paper: #ffffff; }
            @media (prefers-color-scheme: dark) { :root { --ink: #e8e8e8; --paper: #1e1f22; } }
            html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: var(--ink); background: var(--paper); }
            section { box-sizing: border-box; height: 100vh; padding: 2.5vh 3vw; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 2vh; }
            .stepping section:not(.shown) { display: none; }
            h1 { font-size: 6vh; text-align: center; margin: 0; }
            h2 { font-size: 4.5vh; text-align: center; margin: 0; flex: none; }
            img { flex: 1; min-height: 0; max-width: 100%; object-fit: contain; }
            </style>
            </head>
            <body>

            """
        if let title = deck.title {
            page += "<section><h1>\(MarkupText.escaped(title))</h1></section>\n"
        }
        for slide in deck.slides {
            let caption = deck.captions ? "<h2>\(MarkupText.escaped(slide.caption))</h2>" : ""
            page += "<section>\(caption)<img src=\"\(MarkupText.escaped(slide.file))\" alt=\"\(MarkupText.escaped(slide.alt))\"></section>\n"
        }
        return page + """
            <script>
            const slides = document.querySelectorAll("section");
            let shown = Math.min(Math.max(parseInt(location.hash.slice(1), 10) - 1 || 0, 0), slides.length - 1);
            function show(index) {
              shown = Math.min(Math.max(index, 0), slides.length - 1);
              slides.forEach((slide, i) => slide.classList.toggle("shown", i === shown));
              history.replaceState(null, "", "#" + (shown + 1));
            }
            document.body.classList.add("stepping");
            show(shown);
            document.addEventListener("click", () => show(shown + 1));
            document.addEventListener("keydown", (event) => {
              if (event.ctrlKey || event.metaKey || event.altKey) return;
              if (["ArrowRight", "ArrowDown", "PageDown", " "].includes(event.key)) show(shown + 1);
              else if (["ArrowLeft", "ArrowUp", "PageUp", "Backspace"].includes(event.key)) show(shown - 1);
              else if (event.key === "Home") show(0);
              else if (event.key === "End") show(slides.length - 1);
              else if (event.key === "f") document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
              else return;
              event.preventDefault();
            });
            </script>
            </body>
            </html>

            """
    }
}
