import UnpluggedFigures

/// A deck as one self-contained HTML page that opens straight from the disk: inline
/// CSS and inline JavaScript, no network, images by relative path.
/// One slide fills the screen at a time; the arrow keys, space and a click step
/// through them, `S` shows the speaker's notes, `F` toggles full screen and `P`
/// plays a sequence, each also a labelled button; a counter says `k / N`. The
/// colours are the manifest's theme's, as the figures' own. Printed, every slide is a
/// landscape 16:9 page of its own; without JavaScript the slides read one under another.
enum HTMLDeck {
    static func page(of deck: SlideDeck) -> String {
        let heading = deck.title ?? "Slides"
        var page = HTMLHead.opening(title: heading) + style(deck.colours) + """
            </style>
            </head>
            <body>
            <main id="slides">

            """
        if let title = deck.title {
            page += "<section><h1>\(MarkupText.escaped(title))</h1></section>\n"
        }
        for slide in deck.slides {
            page += section(slide, captions: deck.captions)
        }
        return page + """
            </main>
            <aside id="notes" aria-live="polite" hidden></aside>
            <nav aria-label="Slide controls">
            <button type="button" id="previous" aria-label="Previous slide" title="Previous slide (Left arrow)">&#8592;</button>
            <span id="counter" role="status"></span>
            <button type="button" id="next" aria-label="Next slide" title="Next slide (Right arrow)">&#8594;</button>
            <button type="button" id="play" aria-label="Play the sequence" title="Play the sequence (P)" aria-pressed="false" hidden>Play</button>
            <button type="button" id="toggle-notes" aria-label="Speaker notes" title="Speaker notes (S)" aria-pressed="false">Notes</button>
            <button type="button" id="full-screen" aria-label="Full screen" title="Full screen (F)">Full screen</button>
            </nav>
            <script>
            \(script)
            </script>
            </body>
            </html>

            """
    }

    /// One figure's slide: its caption, its image, and its notes (the alt text) for the
    /// notes panel. A sequence's frame carries its place in the sequence and its GIF, so
    /// the script can play it.
    private static func section(_ slide: SlideDeck.Slide, captions: Bool) -> String {
        let caption = captions ? "<h2>\(MarkupText.escaped(slide.caption))</h2>" : ""
        var attributes = " data-notes=\"\(MarkupText.escaped(slide.alt))\""
        if let frame = slide.frame {
            let milliseconds = Int((frame.frameTime * 1000).rounded())
            attributes += " data-frame=\"\(frame.index)\" data-frames=\"\(frame.count)\" data-frame-time=\"\(milliseconds)\""
            if let animation = frame.animation { attributes += " data-animation=\"\(MarkupText.escaped(animation))\"" }
        }
        return "<section\(attributes)>\(caption)<img src=\"\(MarkupText.escaped(slide.file))\" alt=\"\(MarkupText.escaped(slide.alt))\"></section>\n"
    }

    /// The page's CSS in `theme`'s colours. A slide is the screen's size; printed, it is
    /// a 13.333 × 7.5 inch page (16:9, landscape), so Chromium's and other browsers' print
    /// gives a page per slide with the whole figure on it.
    private static func style(_ theme: Theme) -> String {
        let paper = theme.background?.hex ?? "#ffffff"
        let dark = (theme.background ?? .white).luminance < 0.5
        return """
            :root { color-scheme: \(dark ? "dark" : "light"); --ink: \(theme.ink.hex); --paper: \(paper); --quiet: \(theme.binEdge.hex); }
            html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: var(--ink); background: var(--paper); }
            section { box-sizing: border-box; height: 100vh; padding: 2.5vh 3vw 7vh; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 2vh; }
            .stepping section:not(.shown) { display: none; }
            h1 { font-size: 6vh; text-align: center; margin: 0; }
            h2 { font-size: 4.5vh; text-align: center; margin: 0; flex: none; }
            img { flex: 1; min-height: 0; max-width: 100%; object-fit: contain; }
            nav { position: fixed; right: 1vw; bottom: 1vh; display: flex; gap: 0.5em; align-items: center; font-size: 2.2vh; }
            nav button { font: inherit; color: var(--ink); background: var(--paper); border: 1px solid var(--quiet); border-radius: 0.3em; padding: 0.15em 0.6em; cursor: pointer; }
            nav button:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
            nav button[aria-pressed="true"] { background: var(--ink); color: var(--paper); }
            #counter { min-width: 5em; text-align: center; }
            #notes { position: fixed; left: 0; right: 0; bottom: 0; max-height: 35vh; overflow: auto; box-sizing: border-box; padding: 1.5vh 3vw 7vh; font-size: 2.6vh; line-height: 1.4; color: var(--ink); background: var(--paper); border-top: 2px solid var(--quiet); }
            #notes[hidden] { display: none; }
            @page { size: 13.333in 7.5in; margin: 0; }
            @media print {
              html, body { height: auto; }
              .stepping section:not(.shown), section { display: flex; width: 13.333in; height: 7.5in; padding: 0.3in 0.5in; break-after: page; break-inside: avoid; }
              section:last-of-type { break-after: auto; }
              h1 { font-size: 0.6in; }
              h2 { font-size: 0.42in; }
              nav, #notes { display: none !important; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }

            """
    }

    /// Steps through the slides, shows the notes and the counter, goes full screen and
    /// plays sequences: by the sequence's GIF when there is one, else stepping a frame
    /// each `frame-time`, as the GIF would.
    private static let script = """
        const slides = Array.from(document.querySelectorAll("section"));
        const notes = document.getElementById("notes");
        const counter = document.getElementById("counter");
        const notesButton = document.getElementById("toggle-notes");
        const playButton = document.getElementById("play");
        let shown = Math.min(Math.max(parseInt(location.hash.slice(1), 10) - 1 || 0, 0), slides.length - 1);
        let playing = null;
        function go(index) {
          shown = Math.min(Math.max(index, 0), slides.length - 1);
          const slide = slides[shown];
          slides.forEach((other, i) => other.classList.toggle("shown", i === shown));
          history.replaceState(null, "", "#" + (shown + 1));
          counter.textContent = (shown + 1) + " / " + slides.length;
          notes.textContent = slide.dataset.notes || "";
          playButton.hidden = slide.dataset.frames === undefined;
        }
        function stop() {
          if (playing === null) return;
          clearInterval(playing.timer);
          if (playing.image) playing.image.src = playing.still;
          playing = null;
          playButton.setAttribute("aria-pressed", "false");
          playButton.textContent = "Play";
        }
        function show(index) {
          stop();
          go(index);
        }
        function play() {
          const slide = slides[shown];
          if (playing !== null) { stop(); return; }
          if (slide.dataset.frames === undefined) return;
          playButton.setAttribute("aria-pressed", "true");
          playButton.textContent = "Stop";
          if (slide.dataset.animation) {
            const image = slide.querySelector("img");
            playing = { image: image, still: image.getAttribute("src"), timer: null };
            image.src = slide.dataset.animation;
            return;
          }
          const first = shown - Number(slide.dataset.frame);
          const last = first + Number(slide.dataset.frames) - 1;
          if (shown >= last) go(first);
          const timer = setInterval(() => shown >= last ? stop() : go(shown + 1), Number(slide.dataset.frameTime));
          playing = { image: null, still: null, timer: timer };
        }
        function toggleNotes() {
          notes.hidden = !notes.hidden;
          notesButton.setAttribute("aria-pressed", String(!notes.hidden));
        }
        function toggleFullScreen() {
          if (document.fullscreenElement) document.exitFullscreen();
          else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
        }
        document.body.classList.add("stepping");
        go(shown);
        document.getElementById("slides").addEventListener("click", () => show(shown + 1));
        document.getElementById("previous").addEventListener("click", () => show(shown - 1));
        document.getElementById("next").addEventListener("click", () => show(shown + 1));
        playButton.addEventListener("click", play);
        notesButton.addEventListener("click", toggleNotes);
        document.getElementById("full-screen").addEventListener("click", toggleFullScreen);
        document.addEventListener("keydown", (event) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          if (event.target instanceof HTMLButtonElement && (event.key === " " || event.key === "Enter")) return;
          const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
          if (["ArrowRight", "ArrowDown", "PageDown", " "].includes(key)) show(shown + 1);
          else if (["ArrowLeft", "ArrowUp", "PageUp", "Backspace"].includes(key)) show(shown - 1);
          else if (key === "Home") show(0);
          else if (key === "End") show(slides.length - 1);
          else if (key === "s") toggleNotes();
          else if (key === "f") toggleFullScreen();
          else if (key === "p") play();
          else return;
          event.preventDefault();
        });
        """
}
