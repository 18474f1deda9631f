"""Reads slides.pptx with python-pptx, as a third program would, and checks it against
the HTML deck of the same build (slides.html): the same slides in the same order,
each picture's description (its alt text, p:cNvPr descr) and the slide's notes equal
to that slide's image alt text there, and the slide's title equal to its caption.

Prints an ok or FAIL line per slide and a summary; exits 1 when any check fails.
Run by Scripts/check-clients with the python of .venv-clients (Scripts/setup --clients).
Usage: python check_pptx.py SLIDES.pptx SLIDES.html
"""

import sys
from html.parser import HTMLParser

from pptx import Presentation
from pptx.shapes.picture import Picture


class HTMLSlides(HTMLParser):
    """Each figure slide of slides.html: its caption (h2) and its image's alt text."""

    def __init__(self):
        super().__init__()
        self.slides = []
        self.caption = None
        self.in_caption = False

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.in_caption, self.caption = True, ""
        elif tag == "img":
            self.slides.append((self.caption, dict(attrs).get("alt", "")))
            self.caption = None

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_caption = False

    def handle_data(self, data):
        if self.in_caption:
            self.caption += data


def main(pptx_path, html_path):
    parser = HTMLSlides()
    with open(html_path, encoding="utf-8") as html:
        parser.feed(html.read())
    deck = Presentation(pptx_path)
    figure_slides = []
    for number, slide in enumerate(deck.slides, start=1):
        pictures = [shape for shape in slide.shapes if isinstance(shape, Picture)]
        if pictures:
            figure_slides.append((number, slide, pictures))
    failures = 0
    if len(figure_slides) != len(parser.slides):
        print(f"FAIL  pptx     {pptx_path}: {len(figure_slides)} slides with a picture, slides.html has {len(parser.slides)}")
        failures += 1
    for (number, slide, pictures), (caption, alt) in zip(figure_slides, parser.slides):
        descr = [picture._element.nvPicPr.cNvPr.get("descr") for picture in pictures]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else None
        title = slide.shapes.title.text if slide.shapes.title is not None else None
        problems = []
        if descr != [alt]:
            problems.append(f"picture descr {descr!r}, alt text {alt!r}")
        if notes != alt:
            problems.append(f"notes {notes!r}, alt text {alt!r}")
        if caption is not None and title != caption:
            problems.append(f"title {title!r}, caption {caption!r}")
        if problems:
            print(f"FAIL  pptx     slide {number}: " + "; ".join(problems))
            failures += 1
        else:
            print(f"ok    pptx     slide {number}: descr and notes are the alt text, the title the caption")
    print(f"check_pptx: {len(figure_slides)} figure slides of {len(deck.slides)} read with python-pptx: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    sys.exit(main(sys.argv[1], sys.argv[2]))
