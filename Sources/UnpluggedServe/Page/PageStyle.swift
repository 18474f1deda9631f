/// The pages' one style sheet: the system's own fonts (nothing downloaded), the
/// light, dark and high-contrast looks, and the classroom's 16:9 stage.
enum PageStyle {
    static let css = #"""
    :root { color-scheme: light dark; --ink: #1d1d1f; --paper: #ffffff; --muted: #5a5a66; --line: #c8c8d0;
            --accent: #1f5fbf; --error: #a4161a; font-family: "DejaVu Sans", system-ui, sans-serif; }
    @media (prefers-color-scheme: dark) {
      :root { --ink: #ececf1; --paper: #17171c; --muted: #a9a9b8; --line: #44444f; --accent: #8ab4ff; --error: #ff8a8a; }
    }
    [data-look="light"] { --ink: #1d1d1f; --paper: #ffffff; --muted: #5a5a66; --line: #c8c8d0; --accent: #1f5fbf; --error: #a4161a; }
    [data-look="dark"] { --ink: #ececf1; --paper: #17171c; --muted: #a9a9b8; --line: #44444f; --accent: #8ab4ff; --error: #ff8a8a; }
    [data-look="contrast"] { --ink: #ffffff; --paper: #000000; --muted: #ffffff; --line: #ffffff; --accent: #ffff00; --error: #ffff00; }
    body { margin: 0; background: var(--paper); color: var(--ink); line-height: 1.4; }
    header { display: flex; align-items: baseline; justify-content: space-between; padding: 0.5rem 1.5rem;
             border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.4rem; margin: 0.4rem 0; }
    a { color: var(--accent); }
    :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    main { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; gap: 1.5rem; padding: 1rem 1.5rem; }
    #input { display: flex; flex-direction: column; gap: 0.6rem; }
    #input > label { font-weight: bold; font-size: 1.1rem; }
    .hint { color: var(--muted); margin: 0; font-size: 0.9rem; }
    textarea { width: 100%; box-sizing: border-box; font: inherit; font-family: "DejaVu Sans Mono", monospace;
               background: var(--paper); color: var(--ink); border: 1px solid var(--line); padding: 0.5rem; }
    fieldset { border: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
    .control { display: flex; gap: 0.4rem; align-items: center; }
    #more-options { display: flex; flex-direction: column; gap: 0.4rem; padding: 0.5rem 0; }
    input[type=text], select, button { font: inherit; background: var(--paper); color: var(--ink);
                                       border: 1px solid var(--line); padding: 0.2rem 0.4rem; }
    input[type=text] { width: 8rem; }
    button { cursor: pointer; border-radius: 4px; }
    .error { color: var(--error); margin: 0; white-space: pre-wrap; }
    #figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
    figure { margin: 0; border: 1px solid var(--line); padding: 0.5rem; }
    figure h2 { font-size: 1rem; margin: 0 0 0.4rem; }
    figure img { width: 100%; height: auto; display: block; }
    figure.failed img { opacity: 0.3; }
    #manifest { grid-column: 1 / -1; }
    #manifest iframe { width: 100%; height: 70vh; border: 1px solid var(--line); }

    /* The classroom: one 16:9 stage, as large as the window allows. */
    body.classroom { height: 100vh; display: flex; flex-direction: column; }
    .classroom header nav { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
    .classroom main { display: flex; flex: 1; min-height: 0; align-items: center; justify-content: center; padding: 0.5rem; }
    #stage { aspect-ratio: 16 / 9; width: min(100%, calc((100vh - 9rem) * 16 / 9)); background: var(--paper);
             display: flex; align-items: center; justify-content: center; border: 1px solid var(--line); }
    #stage img { width: 100%; height: 100%; object-fit: contain; }
    #stage:fullscreen { width: 100vw; border: 0; }
    #where, .classroom .error { font-size: 1.1rem; margin: 0.2rem 1.5rem; }
    .classroom button, .classroom select { font-size: 1.1rem; padding: 0.3rem 0.8rem; }
    """#
}
