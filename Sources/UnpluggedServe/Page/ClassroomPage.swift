/// The classroom page, `/classroom`: the projector's view of the lesson. One large
/// figure on a 16:9 stage; arrow keys step through training's frames and generation's
/// draws; "Draw" draws the next ball with the page's seed, so the same seed draws the
/// same balls on every reload. Same state in the URL as `/`.
enum ClassroomPage {
    static let html = PageHead.html(title: "Classroom: language models, unplugged", script: "classroom.js") + #"""

    <body class="classroom">
    <header>
      <h1>Classroom</h1>
      <nav aria-label="Lesson controls">
        <a id="back" href="/">Back to the documents</a>
        <label for="part">Part</label>
        <select id="part">
          <option value="training">Training</option>
          <option value="generation">Generation</option>
          <option value="bins">The bins</option>
          <option value="table">The table</option>
        </select>
        <button type="button" id="previous" aria-label="Previous frame (left arrow)">◀</button>
        <button type="button" id="next" aria-label="Next frame (right arrow)">▶</button>
        <button type="button" id="draw" aria-label="Draw the next ball (generation)">Draw</button>
        <label for="look">Look</label>
        <select id="look">
          <option value="light">Light</option>
          <option value="dark">Dark</option>
          <option value="contrast">High contrast</option>
        </select>
        <button type="button" id="fullscreen" aria-label="Full screen (F)">Full screen</button>
      </nav>
    </header>
    <main>
      <div id="stage" role="img" aria-live="polite" aria-label="The figure"><img id="figure" alt=""></div>
    </main>
    <p id="where" role="status" aria-live="polite"></p>
    <p class="error" id="error" role="alert"></p>
    </body>
    </html>
    """#

    static let script = #"""
    "use strict";
    let catalog;
    let state = readState();
    // The classroom's own keys in the state: the part shown, its frame, the look.
    const part = () => state.options["classroom-part"] || "training";
    const frame = () => Number(state.options["classroom-frame"] || "1");
    let hasNext = false;
    let showing = 0;

    document.addEventListener("DOMContentLoaded", async () => {
      catalog = await loadCatalog();
      catalog.options.push({ name: "classroom-part", kinds: [] }, { name: "classroom-frame", kinds: [] },
                           { name: "classroom-look", kinds: [] });
      document.getElementById("back").href = "/" + location.hash;
      const partChoice = document.getElementById("part");
      partChoice.value = part();
      partChoice.addEventListener("change", () => go(partChoice.value, 1));
      const look = document.getElementById("look");
      look.value = state.options["classroom-look"] || "light";
      document.documentElement.dataset.look = look.value;
      look.addEventListener("change", () => {
        state.options["classroom-look"] = look.value;
        document.documentElement.dataset.look = look.value;
        // Dark and high contrast draw the figure dark too.
        show();
      });
      document.getElementById("previous").addEventListener("click", () => step(-1));
      document.getElementById("next").addEventListener("click", () => step(1));
      document.getElementById("draw").addEventListener("click", () => {
        if (part() !== "generation") go("generation", 1); else step(1);
      });
      document.getElementById("fullscreen").addEventListener("click", fullScreen);
      document.addEventListener("keydown", (event) => {
        if (event.target.tagName === "SELECT" || event.altKey || event.ctrlKey || event.metaKey) return;
        if (event.key === "ArrowRight" || event.key === "ArrowDown") { step(1); event.preventDefault(); }
        else if (event.key === "ArrowLeft" || event.key === "ArrowUp") { step(-1); event.preventDefault(); }
        else if (event.key === "f" || event.key === "F") { fullScreen(); event.preventDefault(); }
      });
      show();
    });

    function fullScreen() {
      if (document.fullscreenElement) document.exitFullscreen();
      else document.getElementById("stage").requestFullscreen().catch(() => {});
    }

    function step(by) {
      const next = frame() + by;
      if (next < 1 || (by > 0 && !hasNext)) return;
      go(part(), next);
    }

    function go(newPart, newFrame) {
      state.options["classroom-part"] = newPart;
      state.options["classroom-frame"] = String(newFrame);
      document.getElementById("part").value = newPart;
      show();
    }

    /** Asks for the part's frame, in the look's theme, and puts it on the stage. */
    async function show() {
      writeState(state);
      document.getElementById("back").href = "/" + location.hash;
      const request = ++showing;
      const theme = (state.options["classroom-look"] || "light") === "light" ? "light" : "dark";
      const saved = { ...state, options: { ...state.options, theme } };
      const kind = part();
      const drawn = await fetchFigure(catalog, saved, kind, "svg", { frame: String(frame()) });
      if (request !== showing) return;
      const error = document.getElementById("error");
      if (drawn.error) {
        error.textContent = drawn.error;
        return;
      }
      error.textContent = "";
      const image = document.getElementById("figure");
      const old = image.src;
      image.src = drawn.url;
      image.alt = drawn.alt;
      document.getElementById("stage").setAttribute("aria-label", drawn.alt);
      if (old.startsWith("blob:")) URL.revokeObjectURL(old);
      hasNext = drawn.hasNext;
      const what = kind === "generation" ? "draw" : "frame";
      document.getElementById("where").textContent =
        `${kind}: ${what} ${drawn.number}${drawn.hasNext ? "" : " (the last)"}`;
    }
    """#
}
