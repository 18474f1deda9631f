"""Opens the decks `unplugged build` wrote in the programs they are for, in headless
Chromium driven by selenium, and checks what a presenter would see:

- reveal: slides.reveal.md loaded by reveal.js 5 itself (the copy sphinx-revealjs
  ships, with its markdown and notes plugins) from a page beside the deck that gives
  no separator options, so the plugin's defaults read it; the folder is served over
  http on 127.0.0.1, as the plugin fetches the file. reveal.js must count a slide per
  slide of slides.html, every image must load and lie inside the slide's box, and each
  figure's speaker notes must be an `aside.notes` holding its alt text.
- print: slides.html as Chromium lays it out for print (print media): every slide a
  13.333 x 7.5 inch page, its figure inside it.
- keys: slides.html on screen: the counter reads 1 / N, ArrowRight makes it 2 / N,
  S shows the notes (the slide's alt text) and S again hides them, P on a sequence's
  frame shows its GIF and P again the frame, F goes full screen.

Screenshots of a few reveal.js slides go to SHOTS when it is given, to look at.
Prints an ok or FAIL line per check; exits 1 when any fails.
Run by Scripts/check-clients with the python of .venv-clients (Scripts/setup --clients).
Usage: python check_decks.py DECK-FOLDER [SHOTS-FOLDER]
"""

import contextlib
import functools
import http.server
import os
import shutil
import socketserver
import sys
import tempfile
import threading
from html.parser import HTMLParser

import sphinx_revealjs
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

# The page that loads the deck, as the deck's leading comment tells a user to write it.
LOADER = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>slides.reveal.md in reveal.js</title>
<link rel="stylesheet" href="revealjs/dist/reveal.css">
<link rel="stylesheet" href="revealjs/dist/theme/{theme}.css">
</head>
<body>
<div class="reveal"><div class="slides"><section data-markdown="slides.reveal.md"></section></div></div>
<script src="revealjs/dist/reveal.js"></script>
<script src="revealjs/plugin/markdown/markdown.js"></script>
<script src="revealjs/plugin/notes/notes.js"></script>
<script>
Reveal.initialize({{ hash: true, transition: "none", plugins: [RevealMarkdown, RevealNotes] }})
  .then(() => {{ window.deckReady = true; }});
</script>
</body>
</html>
"""

# The rendered box of every image of the current slide, and of the slide area, and
# whether each image has loaded.
BOXES = """
const area = document.querySelector(".reveal .slides").getBoundingClientRect();
const slide = Reveal.getCurrentSlide();
const images = Array.from(slide.querySelectorAll("img")).map((image) => {
  const box = image.getBoundingClientRect();
  return { src: image.getAttribute("src"), alt: image.alt, loaded: image.complete && image.naturalWidth > 0,
           left: box.left, top: box.top, right: box.right, bottom: box.bottom };
});
const notes = Array.from(slide.querySelectorAll("aside.notes")).map((aside) => aside.textContent.trim());
return { area: { left: area.left, top: area.top, right: area.right, bottom: area.bottom }, images: images, notes: notes };
"""


class HTMLSlides(HTMLParser):
    """The slides of slides.html: for each, its image's src and alt text (None for the title)."""

    def __init__(self):
        super().__init__()
        self.slides = []

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.slides.append(None)
        elif tag == "img" and self.slides:
            attributes = dict(attrs)
            self.slides[-1] = (attributes.get("src"), attributes.get("alt", ""))


class Report:
    def __init__(self):
        self.failures = 0

    def check(self, passed, what, detail):
        print(f"{'ok  ' if passed else 'FAIL'}  {'selenium':<8} {what:<40} {detail}")
        if not passed:
            self.failures += 1


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    # The system's chromedriver, named outright: selenium would otherwise try to fetch one.
    return webdriver.Chrome(options=options, service=Service(executable_path=shutil.which("chromedriver")))


@contextlib.contextmanager
def served(folder):
    """The folder over http on 127.0.0.1, on a free port; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=folder)
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def reveal(folder, slides, shots, report):
    """slides.reveal.md in reveal.js 5, from a copy of the deck's folder with the loader
    page and reveal.js beside it."""
    revealjs = os.path.join(os.path.dirname(sphinx_revealjs.__file__), "_static", "revealjs")
    with open(os.path.join(folder, "slides.reveal.md"), encoding="utf-8") as deck:
        theme = "black" if "the `black` theme" in deck.read() else "white"
    with tempfile.TemporaryDirectory() as site:
        for name in os.listdir(folder):
            os.symlink(os.path.join(folder, name), os.path.join(site, name))
        os.symlink(revealjs, os.path.join(site, "revealjs"))
        with open(os.path.join(site, "reveal.html"), "w", encoding="utf-8") as page:
            page.write(LOADER.format(theme=theme))
        with served(site) as base:
            driver = browser(1920, 1080)
            try:
                driver.get(f"{base}/reveal.html")
                WebDriverWait(driver, 30).until(lambda d: d.execute_script("return window.deckReady === true"))
                total = driver.execute_script("return Reveal.getTotalSlides()")
                report.check(total == len(slides), "reveal.js slides.reveal.md",
                             f"{total} slides in reveal.js 5.2, slides.html has {len(slides)}")
                shown = 0
                for index, expected in enumerate(slides[:total]):
                    driver.execute_script("Reveal.slide(arguments[0], 0)", index)
                    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
                        "return Array.from(Reveal.getCurrentSlide().querySelectorAll('img')).every(i => i.complete)"))
                    boxes = driver.execute_script(BOXES)
                    what = f"reveal.js slide {index + 1}"
                    if expected is None:
                        report.check(not boxes["images"], what, "the title slide, no image")
                        continue
                    src, alt = expected
                    images = boxes["images"]
                    area = boxes["area"]
                    if len(images) != 1 or images[0]["src"] != src:
                        report.check(False, what, f"images {[i['src'] for i in images]}, want [{src}]")
                        continue
                    image = images[0]
                    inside = all(image[side] >= area[side] - 1 for side in ("left", "top")) and \
                        all(image[side] <= area[side] + 1 for side in ("right", "bottom"))
                    report.check(image["loaded"] and inside and image["alt"] == alt and boxes["notes"] == [alt], what,
                                 f"{src} loaded, its box {round(image['right'] - image['left'])} x "
                                 f"{round(image['bottom'] - image['top'])} inside the slide's "
                                 f"{round(area['right'] - area['left'])} x {round(area['bottom'] - area['top'])}"
                                 f", alt text as slides.html, notes an aside.notes of it" if image["loaded"] and inside
                                 else f"{src}: loaded {image['loaded']}, box {image}, slide {area}, notes {boxes['notes']}")
                    if shots and shown < 3 and index in (1, 8, len(slides) - 1):
                        driver.save_screenshot(os.path.join(shots, f"reveal-{index + 1}.png"))
                        shown += 1
            finally:
                driver.quit()


def html_deck(folder, slides, report):
    """slides.html on screen (keys, counter, notes) and laid out for print."""
    driver = browser(1920, 1080)
    try:
        driver.get("file://" + os.path.join(folder, "slides.html"))
        counter = driver.find_element(By.ID, "counter")
        notes = driver.find_element(By.ID, "notes")
        total = len(slides)
        body = driver.find_element(By.TAG_NAME, "body")
        first = counter.text
        body.send_keys(Keys.ARROW_RIGHT)
        second = counter.text
        report.check(first == f"1 / {total}" and second == f"2 / {total}", "slides.html ArrowRight",
                     f"counter {first!r}, then {second!r}")
        hidden = notes.is_displayed()
        body.send_keys("s")
        shown, text = notes.is_displayed(), notes.text
        body.send_keys("s")
        again = notes.is_displayed()
        alt = slides[1][1] if slides[1] else ""
        report.check(not hidden and shown and text == alt and not again, "slides.html S",
                     f"notes hidden, shown with slide 2's alt text, hidden again" if shown and text == alt
                     else f"notes shown {hidden}, {shown}, {again}; text {text!r}, want {alt!r}")
        # P on the first frame of a sequence with a GIF shows the GIF; P again, the frame.
        first = driver.execute_script(
            "return Array.from(document.querySelectorAll('section')).findIndex((s) => s.dataset.animation)")
        if first >= 0:
            body.send_keys(Keys.HOME)
            for _ in range(first):
                body.send_keys(Keys.ARROW_RIGHT)
            image = "return document.querySelector('section.shown img').getAttribute('src')"
            still = driver.execute_script(image)
            gif = driver.execute_script("return document.querySelector('section.shown').dataset.animation")
            body.send_keys("p")
            playing = driver.execute_script(image)
            body.send_keys("p")
            stopped = driver.execute_script(image)
            report.check(playing == gif and stopped == still, "slides.html P",
                         f"{still}: P shows {playing}, P again {stopped}")
        body.send_keys("f")
        report.check(driver.execute_script("return document.fullscreenElement !== null"), "slides.html F",
                     "the page is full screen")

        # Laid out for print: each section a page, each figure inside its page.
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        pages = driver.execute_script("""
            return Array.from(document.querySelectorAll("section")).map((section) => {
              const page = section.getBoundingClientRect();
              const image = section.querySelector("img");
              const box = image ? image.getBoundingClientRect() : page;
              return { width: page.width, height: page.height, shown: getComputedStyle(section).display !== "none",
                       inside: box.left >= page.left - 1 && box.top >= page.top - 1 &&
                               box.right <= page.right + 1 && box.bottom <= page.bottom + 1 };
            });""")
        # 13.333 x 7.5 inches at CSS's 96 px an inch.
        pages_ok = [p for p in pages if p["shown"] and p["inside"] and round(p["width"]) == 1280 and round(p["height"]) == 720]
        report.check(len(pages_ok) == total, "slides.html print layout",
                     f"{len(pages_ok)} of {total} slides shown as 1280 x 720 px (13.333 x 7.5 in) pages, "
                     f"each figure inside its page")
    finally:
        driver.quit()


def main(folder, shots=None):
    parser = HTMLSlides()
    with open(os.path.join(folder, "slides.html"), encoding="utf-8") as html:
        parser.feed(html.read())
    report = Report()
    reveal(folder, parser.slides, shots, report)
    html_deck(folder, parser.slides, report)
    print(f"check_decks: reveal.js and slides.html checked in Chromium: {report.failures} failures")
    return 1 if report.failures else 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: check_decks.py DECK-FOLDER [SHOTS-FOLDER]")
    sys.exit(main(*sys.argv[1:]))
