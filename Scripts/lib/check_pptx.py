"""Reads slides.pptx with python-pptx, as a third program would, and checks it against
the figure list of the same build (figures.md): the document's title and author, the
two layouts by name (the title slide on "Title Slide", every other on "Title and
Picture"), a slide per figure in the same order, each picture's description (its alt
text, p:cNvPr descr) and the slide's notes equal to that figure's alt text and the
slide's title its caption; and each sequence's GIF on a slide of its own, just before
the sequence's first frame, with a description and the same notes.

Prints an ok or FAIL line per slide and a summary; exits 1 when any check fails.
Run by Scripts/check-clients with the python of .venv-clients (Scripts/setup --clients).
Usage: python check_pptx.py SLIDES.pptx FIGURES.md TITLE
"""

import re
import sys

from pptx import Presentation
from pptx.shapes.picture import Picture

FIGURE = re.compile(r"```\{figure\} (\S+)\n:alt: ([^\n]*)\n:name: [^\n]*\n\n([^\n]*)\n```")


def figures(markdown_path):
    """Each figure directive of figures.md: its file's name without extension, alt text, caption."""
    with open(markdown_path, encoding="utf-8") as markdown:
        text = markdown.read()
    return [(file.rsplit(".", 1)[0], alt, caption) for file, alt, caption in FIGURE.findall(text)]


def main(pptx_path, markdown_path, title):
    deck = Presentation(pptx_path)
    failures = 0

    def check(ok, what):
        nonlocal failures
        print(f"{'ok  ' if ok else 'FAIL'}  pptx     {what}")
        failures += 0 if ok else 1

    properties = deck.core_properties
    check(properties.title == title and properties.author == "unplugged",
          f"core properties: title {properties.title!r}, author {properties.author!r}")
    layouts = [layout.name for layout in deck.slide_layouts]
    check(layouts == ["Title Slide", "Title and Picture"], f"layouts {layouts}")

    expected = figures(markdown_path)
    slides = list(deck.slides)
    check(slides[0].slide_layout.name == "Title Slide" and slides[0].shapes.title.text == title,
          f"slide 1 on {slides[0].slide_layout.name!r}: {slides[0].shapes.title.text!r}")
    frames = []  # the figure slides, in order, after the GIF slides are taken out
    for number, slide in enumerate(slides[1:], start=2):
        pictures = [shape for shape in slide.shapes if isinstance(shape, Picture)]
        descr = [picture._element.nvPicPr.cNvPr.get("descr") for picture in pictures]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else None
        title_text = slide.shapes.title.text if slide.shapes.title is not None else None
        if slide.slide_layout.name != "Title and Picture" or len(pictures) != 1:
            check(False, f"slide {number}: layout {slide.slide_layout.name!r}, {len(pictures)} pictures")
            continue
        if pictures[0].image.content_type == "image/gif":
            following = pictures_name(slides[number]) if number < len(slides) else None
            stem = pictures[0].name.rsplit(".", 1)[0]
            check(bool(descr[0]) and notes == descr[0] and following is not None and following.startswith(stem),
                  f"slide {number}: the GIF {pictures[0].name}, before {following}: {descr[0]!r}")
            continue
        frames.append((number, pictures[0].name.rsplit(".", 1)[0], descr, notes, title_text))
    check(len(frames) == len(expected), f"{len(frames)} figure slides, figures.md lists {len(expected)} figures")
    for (number, name, descr, notes, title_text), (file, alt, caption) in zip(frames, expected):
        problems = []
        if name != file:
            problems.append(f"picture {name!r}, figure {file!r}")
        if descr != [alt]:
            problems.append(f"picture descr {descr!r}, alt text {alt!r}")
        if notes != alt:
            problems.append(f"notes {notes!r}, alt text {alt!r}")
        if title_text != caption:
            problems.append(f"title {title_text!r}, caption {caption!r}")
        check(not problems, f"slide {number}: " + ("; ".join(problems) or f"{name}: descr and notes the alt text, the title the caption"))
    print(f"check_pptx: {len(slides)} slides read with python-pptx: {failures} failures")
    return 1 if failures else 0


def pictures_name(slide):
    """The name of the first picture on `slide` (its file's name), or None."""
    return next((shape.name for shape in slide.shapes if isinstance(shape, Picture)), None)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
