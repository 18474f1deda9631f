import Foundation
import UnpluggedModel

/// A deck as a PowerPoint file (Office Open XML, `slides.pptx`): the title slide when
/// the deck has a title, then a slide per figure, its picture as large as the slide
/// allows below the caption (the slide's title, so PowerPoint's outline and screen
/// readers name the slide), the alt text as the picture's description and as the
/// speaker's notes; in the manifest's theme (`PowerPointLook`).
///
/// A sequence animated (`gif` in its formats) also has a slide showing its GIF, just
/// before its frames: PowerPoint, Keynote and Google Slides play an animated GIF in a
/// slide show as they show any picture. Its frames stay as slides too, so the teacher
/// can stop on each step and talk it through, and a printed or PDF deck (which shows
/// only a GIF's first frame) still has every step. The deck does not make a GIF the
/// manifest does not ask for: the GIF is the costliest file of a build, and `gif` in
/// `formats` is the one switch for it, in the deck as in the gallery.
///
/// Unlike the text decks it holds the pictures themselves: each distinct one once,
/// under `ppt/media`. The XML parts are `PowerPointParts` and the enums it names;
/// `StoredZip` packs them.
enum PowerPointDeck {
    /// A sequence's GIF, shown on its own slide before the sequence's first frame.
    struct Animation: Hashable, Sendable {
        /// The GIF's file name, `training-demo.gif`.
        var file: String
        /// The file of the sequence's first frame's slide, `training-demo00.png`.
        var firstFrame: String
        var caption: String
        var alt: String

        /// The GIF `file` of a `sequence` (its kind's name, `training`) of `frameCount`
        /// frames, the first shown by `firstFrame`.
        init(file: String, sequence: String, firstFrame: String, frameCount: Int) {
            self.file = file
            self.firstFrame = firstFrame
            caption = sequence.prefix(1).uppercased() + sequence.dropFirst() + ", animated"
            alt = "The \(English.count(frameCount, "frame")) of the slides that follow, played one after another, looping."
        }
    }

    /// What the deck's bytes are made of, as one SHA-256: `tool`, the deck's words, its
    /// look, and each picture's file and digest (from `digest`). The build record keeps
    /// it, so a build that changes none of it knows the deck on disk is up to date
    /// without reading a picture. (A picture drawn sharper for the deck is drawn from
    /// the same figure as its file, so the file's digest stands for it.)
    static func key(of deck: SlideDeck, title: String, look: PowerPointLook, animations: [Animation], tool: String,
                    digest: (String) -> String?) -> String {
        var text = "\(tool)\npptx\n\(title)\n\(deck.title ?? "")\n\(deck.captions)\n\(look.background) \(look.ink)\n"
        for slide in slides(of: deck, animations: animations) {
            text += "\(slide.file)\n\(digest(slide.file) ?? "")\n\(slide.caption)\n\(slide.alt)\n"
        }
        return SHA256.hex(Array(text.utf8))
    }

    /// The picture slides in order: each figure's, and each GIF's before its sequence's first frame.
    static func slides(of deck: SlideDeck, animations: [Animation]) -> [SlideDeck.Slide] {
        deck.slides.flatMap { slide in
            animations.filter { $0.firstFrame == slide.file }.map { SlideDeck.Slide(file: $0.file, caption: $0.caption, alt: $0.alt) }
                + [slide]
        }
    }

    /// The deck's file. `picture` gives each slide's picture by its file name (a PNG,
    /// or a GIF); `title` is the manifest's, for the document's properties.
    /// - Throws: `FileError` when a slide's file is neither a PNG nor a GIF, or what `picture` throws.
    static func bytes(of deck: SlideDeck, title: String, look: PowerPointLook, animations: [Animation],
                      picture: (String) throws -> [UInt8]) throws -> [UInt8] {
        var slides: [String] = []
        var titles: [String] = []
        var slideRelationships: [String] = []
        var notes: [(slide: Int, text: String)] = []
        if let title = deck.title {
            slides.append(PowerPointSlides.opening(title: title))
            titles.append(title)
            slideRelationships.append(PowerPointSlides.openingRelationships)
        }
        var media: [(name: String, bytes: [UInt8])] = []
        var mediaByDigest: [String: String] = [:]
        let area = PowerPointParts.pictureArea(captions: deck.captions)
        for slide in self.slides(of: deck, animations: animations) {
            let bytes = try picture(slide.file)
            let gif = slide.file.hasSuffix(".gif")
            guard let size = gif ? PNGSize(gif: bytes) : PNGSize(of: bytes) else {
                throw FileError(path: slide.file, reason: "is not a \(gif ? "GIF" : "PNG"), and the PowerPoint deck shows each figure's PNG and each sequence's GIF; build again with --force to draw it anew")
            }
            let digest = SHA256.hex(bytes)
            let name = mediaByDigest[digest] ?? "image\(media.count + 1).\(gif ? "gif" : "png")"
            if mediaByDigest[digest] == nil {
                mediaByDigest[digest] = name
                media.append((name, bytes))
            }
            let number = slides.count + 1
            slides.append(PowerPointSlides.figure(name: slide.file, caption: slide.caption, alt: slide.alt,
                                                  box: PowerPointParts.place(size, in: area), captions: deck.captions))
            titles.append(slide.caption)
            slideRelationships.append(PowerPointSlides.figureRelationships(media: name, notes: number))
            notes.append((number, slide.alt))
        }

        var parts: [(path: String, bytes: [UInt8])] = []
        func add(_ path: String, _ text: String) { parts.append((path, Array(text.utf8))) }
        let extensions = ["png", "gif"].filter { kind in media.contains { $0.name.hasSuffix(".\(kind)") } }
        add("[Content_Types].xml", PowerPointParts.contentTypes(slides: slides.count, notes: notes.map(\.slide), media: extensions))
        add("_rels/.rels", PowerPointParts.packageRelationships)
        add("docProps/core.xml", PowerPointProperties.core(title: title))
        add("docProps/app.xml", PowerPointProperties.application(slideTitles: titles, notes: notes.count))
        add("ppt/presentation.xml", PowerPointParts.presentation(slides: slides.count))
        add("ppt/_rels/presentation.xml.rels", PowerPointParts.presentationRelationships(slides: slides.count))
        add("ppt/presProps.xml", PowerPointProperties.presentation)
        add("ppt/viewProps.xml", PowerPointProperties.view)
        add("ppt/tableStyles.xml", PowerPointProperties.tableStyles)
        for (index, (slide, relationships)) in zip(slides, slideRelationships).enumerated() {
            add("ppt/slides/slide\(index + 1).xml", slide)
            add("ppt/slides/_rels/slide\(index + 1).xml.rels", relationships)
        }
        for (slide, text) in notes {
            add("ppt/notesSlides/notesSlide\(slide).xml", PowerPointSlides.notes(text))
            add("ppt/notesSlides/_rels/notesSlide\(slide).xml.rels", PowerPointSlides.notesRelationships(slide: slide))
        }
        add("ppt/slideMasters/slideMaster1.xml", PowerPointMaster.slideMaster(look))
        add("ppt/slideMasters/_rels/slideMaster1.xml.rels", PowerPointMaster.slideMasterRelationships)
        for layout in PowerPointMaster.Layout.allCases {
            add("ppt/slideLayouts/\(layout.fileName)", PowerPointMaster.layout(layout))
            add("ppt/slideLayouts/_rels/\(layout.fileName).rels", PowerPointMaster.layoutRelationships)
        }
        add("ppt/notesMasters/notesMaster1.xml", PowerPointMaster.notesMaster)
        add("ppt/notesMasters/_rels/notesMaster1.xml.rels", PowerPointMaster.notesMasterRelationships)
        add("ppt/theme/theme1.xml", PowerPointMaster.theme(named: "Unplugged"))
        add("ppt/theme/theme2.xml", PowerPointMaster.theme(named: "Unplugged notes"))
        parts += media.map { ("ppt/media/\($0.name)", $0.bytes) }
        return try StoredZip.packed(parts)
    }
}
