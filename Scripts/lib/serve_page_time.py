"""How long the page of `unplugged serve` takes to show every figure after documents
are pasted, in headless Chromium: the page's requests (as many at once as the browser
opens), the drawing, and the browser showing each SVG, until every figure's image has
loaded. (Typing waits for a pause of 300 ms before asking; a paste does not.)

Starts the server (as check_serve_browser.py does), sets the Documents text area to
the file's text as a paste would, and times from that input to the last figure
loaded; then ROUNDS times more, each time adding a sentence to the documents, so
that every figure is drawn afresh. Prints one line: the first time, then the median
and the longest of the rounds after it, in ms, and the number of figures.
Usage: serve_page_time.py PATH-TO-UNPLUGGED DOCUMENTS-FILE [ROUNDS]
"""
import statistics
import sys
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from check_serve_browser import browser, start_server, stop

# Every figure on the page, with whether it has loaded a drawing newer than `seen`.
FIGURES = """
const seen = arguments[0];
return [...document.querySelectorAll("figure img")].map((image) => ({
  src: image.getAttribute("src") || "",
  loaded: image.complete && image.naturalWidth > 0 && !seen.includes(image.getAttribute("src")),
}));
"""

# The text area set as a paste sets it, and the page told as a paste tells it.
PASTE = """
const area = document.getElementById("documents");
area.value = arguments[0];
area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
"""


def time_to_figures(driver, text, seen):
    """Seconds from setting the documents to `text` until every figure has loaded a
    drawing it did not show before, and the sources it then shows."""
    started = time.perf_counter()
    driver.execute_script(PASTE, text)
    while True:
        figures = driver.execute_script(FIGURES, seen)
        if figures and all(figure["loaded"] for figure in figures):
            return time.perf_counter() - started, [figure["src"] for figure in figures]
        if time.perf_counter() - started > 30:
            sys.exit("serve_page_time.py: the figures were not all drawn within 30 s")
        time.sleep(0.005)


def main(unplugged, documents_file, rounds=5):
    text = open(documents_file, encoding="utf-8").read()
    server, address = start_server(unplugged)
    driver = browser()
    try:
        driver.get(address)
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "documents"))
        first, seen = time_to_figures(driver, text, [])
        times = []
        for round in range(int(rounds)):
            text += f"\nWe saw {round + 2} birds.\n"
            seconds, seen = time_to_figures(driver, text, seen)
            times.append(seconds)
        print(f"{first * 1000:.0f} {statistics.median(times) * 1000:.0f} {max(times) * 1000:.0f} {len(seen)}")
    finally:
        stop(server, driver)


if __name__ == "__main__":
    main(*sys.argv[1:])
