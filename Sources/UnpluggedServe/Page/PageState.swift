/// The script both pages share: the whole state (the documents and every option) in
/// the URL's fragment, so that a reload, a bookmark or a link shows the same page and
/// nothing is kept on the server; and how a figure is asked of the server.
enum PageState {
    static let script = #"""
    "use strict";
    // The fragment's key for the documents; every other key is an option's manifest name.
    const DOCUMENTS_KEY = "corpus";

    /** The state in the URL's fragment: { corpus: "...", options: { name: value } }. */
    function readState() {
      const params = new URLSearchParams(location.hash.slice(1));
      const state = { corpus: params.get(DOCUMENTS_KEY) || "", options: {} };
      for (const [name, value] of params) {
        if (name !== DOCUMENTS_KEY) state.options[name] = value;
      }
      return state;
    }

    /** The fragment for `state`, options in name order so a state has one address. */
    function fragmentOf(state) {
      const params = new URLSearchParams();
      params.set(DOCUMENTS_KEY, state.corpus);
      for (const name of Object.keys(state.options).sort()) {
        if (state.options[name] !== "") params.set(name, state.options[name]);
      }
      return "#" + params.toString();
    }

    function writeState(state) {
      history.replaceState(null, "", fragmentOf(state));
    }

    /** The options of `state` that shape `kind`, as a query string, plus `extra`. */
    function queryFor(catalog, state, kind, extra) {
      const params = new URLSearchParams();
      for (const option of catalog.options) {
        const value = state.options[option.name];
        if (value !== undefined && value !== "" && option.kinds.includes(kind)) params.set(option.name, value);
      }
      for (const [name, value] of Object.entries(extra || {})) params.set(name, value);
      // encodeURIComponent's spaces (%20), which the server reads, not URLSearchParams' "+".
      return params.toString().replace(/\+/g, "%20");
    }

    async function loadCatalog() {
      const response = await fetch("/api/options");
      return response.json();
    }

    /**
     * Asks the server for one figure. Resolves to { url, alt, number, hasNext } or
     * { error } with the server's words; a request aborted by a newer one rejects.
     */
    async function fetchFigure(catalog, state, kind, format, extra, signal) {
      const response = await fetch(`/api/render/${kind}.${format}?${queryFor(catalog, state, kind, extra)}`,
                                   { method: "POST", body: state.corpus, signal });
      if (!response.ok) return { error: (await response.text()).trim() };
      const blob = await response.blob();
      return {
        blob,
        url: URL.createObjectURL(blob),
        alt: decodeURIComponent(response.headers.get("X-Alt-Text") || ""),
        number: Number(response.headers.get("X-Figure") || "1"),
        hasNext: response.headers.get("X-Has-Next-Figure") === "true",
      };
    }

    /** Saves `blob` as a file named `name`, as a download link would. */
    function save(blob, name) {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    }

    /** Runs `work` once input has paused for `wait` milliseconds. */
    function debounced(work, wait) {
      let timer;
      return (...args) => { clearTimeout(timer); timer = setTimeout(() => work(...args), wait); };
    }
    """#
}
