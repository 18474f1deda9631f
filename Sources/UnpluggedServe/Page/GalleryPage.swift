/// The page at `/`: the documents, the options, every kind of figure drawn live, and
/// the downloads. Its controls are made by its script from `GET /api/options`.
enum GalleryPage {
    static let html = PageHead.html(title: "Language models, unplugged", script: "gallery.js") + #"""

    <body>
    <header>
      <h1>Language models, unplugged</h1>
      <nav><a id="classroom-link" href="/classroom">Classroom</a></nav>
    </header>
    <main>
      <section id="input" aria-label="The class's documents and options">
        <label for="documents">Documents</label>
        <p class="hint" id="documents-hint">One document per line (or paragraphs separated by blank lines). Paste the class's sentences, or drop a text file here.</p>
        <textarea id="documents" rows="10" spellcheck="false" aria-describedby="documents-hint"></textarea>
        <fieldset id="reading"><legend>Reading</legend></fieldset>
        <fieldset id="drawing"><legend>Drawing</legend></fieldset>
        <details id="more"><summary>Options of each kind</summary><div id="more-options"></div></details>
        <fieldset id="downloads"><legend>Downloads</legend>
          <button type="button" id="download-handout">Handout (PDF)</button>
          <button type="button" id="download-pptx">Slides (PPTX)</button>
          <button type="button" id="download-html">Slides (HTML, zip)</button>
          <button type="button" id="download-zip">Everything (zip)</button>
          <p class="error" id="download-error" role="alert"></p>
        </fieldset>
      </section>
      <section id="manifest" hidden aria-label="The manifest's figures">
        <h2>Figures of <span id="manifest-name"></span></h2>
        <p id="manifest-status" role="status"></p>
        <iframe id="manifest-gallery" title="The manifest's figures as build writes them" src="about:blank"></iframe>
      </section>
      <section id="figures" aria-label="Figures" aria-live="polite"></section>
    </main>
    </body>
    </html>
    """#

    static let script = #"""
    "use strict";
    // Options with controls of their own, outside "Options of each kind".
    const DRAWING = ["seed", "theme", "paper"];

    let catalog;
    let state = readState();
    let inFlight = new AbortController();

    document.addEventListener("DOMContentLoaded", async () => {
      catalog = await loadCatalog();
      const documents = document.getElementById("documents");
      documents.value = state.corpus;
      // A paste is drawn at once; typing waits for a pause, so that each key pressed
      // does not ask for every figure again.
      documents.addEventListener("input", (event) => {
        state.corpus = documents.value;
        changed(event.inputType === "insertFromPaste" || event.inputType === "insertFromDrop");
      });
      documents.addEventListener("dragover", (event) => event.preventDefault());
      documents.addEventListener("drop", async (event) => {
        const file = event.dataTransfer.files[0];
        if (!file) return;
        event.preventDefault();
        documents.value = await file.text();
        state.corpus = documents.value;
        changed(true);
      });
      for (const option of catalog.options) {
        const place = catalog.reading.includes(option.name) ? "reading"
          : DRAWING.includes(option.name) ? "drawing" : "more-options";
        document.getElementById(place).append(control(option, place === "more-options"));
      }
      makeFigures();
      document.getElementById("download-handout").addEventListener("click", () => download("handout", "pdf"));
      document.getElementById("download-pptx").addEventListener("click", () => downloadBundle("slides.pptx"));
      document.getElementById("download-html").addEventListener("click", () => downloadBundle("slides-html.zip"));
      document.getElementById("download-zip").addEventListener("click", () => downloadBundle("figures.zip"));
      watchManifest();
      changed(true);
    });

    /** A labelled control for `option`: a check box, a list of choices or a text field. */
    function control(option, namesKinds) {
      const id = "option-" + option.name;
      const wrapper = document.createElement("div");
      wrapper.className = "control";
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = option.name + (namesKinds ? ` (${option.kinds.join(", ")})` : "");
      let input;
      if (option.shape === "flag" && !option.overridesInput) {
        input = document.createElement("input");
        input.type = "checkbox";
        input.checked = state.options[option.name] === "true";
        input.addEventListener("change", () => set(option.name, input.checked ? "true" : ""));
        wrapper.append(input, label);
      } else {
        const choices = option.shape === "flag" ? ["true", "false"] : option.choices;
        if (choices.length > 0 && option.shape !== "list") {
          input = document.createElement("select");
          const unset = new Option(option.defaultValue ? `default (${option.defaultValue})` : "as the documents say", "");
          input.append(unset, ...choices.map((choice) => new Option(choice, choice)));
        } else {
          input = document.createElement("input");
          input.type = "text";
          input.placeholder = option.defaultValue || option.valueName;
        }
        input.value = state.options[option.name] || "";
        input.addEventListener(input.tagName === "SELECT" ? "change" : "input", () => set(option.name, input.value));
        wrapper.append(label, input);
      }
      input.id = id;
      input.title = option.help;
      return wrapper;
    }

    function set(name, value) {
      state.options[name] = value;
      changed();
    }

    /** One figure element per kind the page shows live (the handout is a download). */
    function makeFigures() {
      const section = document.getElementById("figures");
      for (const kind of catalog.kinds.filter((kind) => kind.format === "svg")) {
        const figure = document.createElement("figure");
        figure.id = "figure-" + kind.name;
        figure.innerHTML = `<h2>${kind.name}</h2><img alt=""><p class="error" role="alert"></p>
          <figcaption><button type="button" data-format="svg">SVG</button>
          <button type="button" data-format="png">PNG</button></figcaption>`;
        for (const button of figure.querySelectorAll("button")) {
          button.setAttribute("aria-label", `Download the ${kind.name} figure as ${button.dataset.format.toUpperCase()}`);
          button.addEventListener("click", () => download(kind.name, button.dataset.format));
        }
        section.append(figure);
      }
    }

    const redraw = debounced(drawAll, 300);

    function changed(now) {
      writeState(state);
      document.getElementById("classroom-link").href = "/classroom" + location.hash;
      if (now) drawAll(); else redraw();
    }

    /** Draws every figure anew, abandoning the requests of the last state. */
    async function drawAll() {
      inFlight.abort();
      inFlight = new AbortController();
      const signal = inFlight.signal;
      await Promise.all(catalog.kinds.filter((kind) => kind.format === "svg").map(async (kind) => {
        const figure = document.getElementById("figure-" + kind.name);
        const image = figure.querySelector("img");
        const error = figure.querySelector(".error");
        try {
          const drawn = await fetchFigure(catalog, state, kind.name, "svg", {}, signal);
          if (drawn.error) {
            error.textContent = drawn.error;
            figure.classList.add("failed");
            return;
          }
          const old = image.src;
          image.src = drawn.url;
          image.alt = drawn.alt;
          error.textContent = "";
          figure.classList.remove("failed");
          if (old.startsWith("blob:")) URL.revokeObjectURL(old);
        } catch (abandoned) {
          // A newer state's request replaced this one.
        }
      }));
    }

    async function download(kind, format) {
      const drawn = await fetchFigure(catalog, state, kind, format, {});
      report(drawn.error);
      if (!drawn.error) save(drawn.blob, `${kind}.${format}`);
    }

    /** The decks and the zip: `build` run on the documents, every kind, on the server. */
    async function downloadBundle(file) {
      const response = await fetch(`/api/bundle/${file}?${allOptions()}`,
                                   { method: "POST", body: state.corpus });
      if (!response.ok) return report((await response.text()).trim());
      report("");
      save(await response.blob(), file);
    }

    /** Every option given, for a bundle: the server gives each to the kinds it shapes. */
    function allOptions() {
      const params = new URLSearchParams();
      for (const option of catalog.options) {
        const value = state.options[option.name];
        if (value !== undefined && value !== "") params.set(option.name, value);
      }
      return params.toString().replace(/\+/g, "%20");
    }

    function report(text) {
      document.getElementById("download-error").textContent = text || "";
    }

    /** With a manifest, shows its gallery and reloads it whenever the server builds. */
    async function watchManifest() {
      const response = await fetch("/api/manifest");
      if (!response.ok) return;
      const manifest = await response.json();
      document.getElementById("manifest").hidden = false;
      document.getElementById("manifest-name").textContent = manifest.name;
      const events = new EventSource("/api/manifest/events");
      events.addEventListener("built", (event) => {
        const build = JSON.parse(event.data);
        document.getElementById("manifest-status").textContent = build.message;
        if (build.ok) document.getElementById("manifest-gallery").src = `/built/index.html?build=${build.number}`;
      });
    }
    """#
}
