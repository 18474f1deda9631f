import Foundation
import ZIPFoundation

/// A deck as a PowerPoint file (Office Open XML, `slides.pptx`): the title slide when
/// the deck has a title, then a slide per figure, its PNG as large as the slide allows
/// below the caption (the slide's title, so PowerPoint's outline and screen readers
/// name the slide), the alt text as the picture's description and as the speaker's notes.
///
/// Unlike the text decks it holds the figures themselves: each distinct PNG once,
/// under `ppt/media`. The XML parts are `PowerPointParts`; ZIPFoundation packs them.
enum PowerPointDeck {
    /// The date every entry of the file carries: the earliest a ZIP can write
    /// (1980-01-01, UTC, as ZIPFoundation writes it), so the bytes never say when the
    /// deck was made.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// What the deck's bytes are made of, as one SHA-256: `tool`, the deck's words and
    /// each slide's file and digest (from `digest`). The build record keeps it, so a
    /// build that changes none of it knows the deck on disk is up to date without
    /// reading a PNG.
    static func key(of deck: SlideDeck, tool: String, digest: (String) -> String?) -> String {
        var text = "\(tool)\npptx\n\(deck.title ?? "")\n\(deck.captions)\n"
        for slide in deck.slides {
            text += "\(slide.file)\n\(digest(slide.file) ?? "")\n\(slide.caption)\n\(slide.alt)\n"
        }
        return SHA256.hex(Array(text.utf8))
    }

    /// The deck's file. `png` gives each slide's PNG bytes by its file name.
    /// - Throws: `FileError` when a slide's file is not a PNG, or what `png` throws.
    static func bytes(of deck: SlideDeck, png: (String) throws -> [UInt8]) throws -> [UInt8] {
        var slides: [String] = []
        var slideRelationships: [String] = []
        var notes: [(slide: Int, text: String)] = []
        if let title = deck.title {
            slides.append(PowerPointParts.openingSlide(title: title))
            slideRelationships.append(PowerPointParts.openingSlideRelationships)
        }
        var media: [(name: String, bytes: [UInt8])] = []
        var mediaByDigest: [String: String] = [:]
        let area = PowerPointParts.pictureArea(captions: deck.captions)
        for slide in deck.slides {
            let bytes = try png(slide.file)
            guard let size = PNGSize(of: bytes) else {
                throw FileError(path: slide.file, reason: "is not a PNG, and the PowerPoint deck shows each figure's PNG; add png to `formats`")
            }
            let digest = SHA256.hex(bytes)
            let name = mediaByDigest[digest] ?? "image\(media.count + 1).png"
            if mediaByDigest[digest] == nil {
                mediaByDigest[digest] = name
                media.append((name, bytes))
            }
            let number = slides.count + 1
            slides.append(PowerPointParts.figureSlide(name: slide.file, caption: slide.caption, alt: slide.alt,
                                                      box: PowerPointParts.place(size, in: area), captions: deck.captions))
            slideRelationships.append(PowerPointParts.figureSlideRelationships(media: name, notes: number))
            notes.append((number, slide.alt))
        }

        var parts: [(path: String, bytes: [UInt8])] = []
        func add(_ path: String, _ text: String) { parts.append((path, Array(text.utf8))) }
        add("[Content_Types].xml", PowerPointParts.contentTypes(slides: slides.count, notes: notes.map(\.slide)))
        add("_rels/.rels", PowerPointParts.packageRelationships)
        add("ppt/presentation.xml", PowerPointParts.presentation(slides: slides.count))
        add("ppt/_rels/presentation.xml.rels", PowerPointParts.presentationRelationships(slides: slides.count))
        for (index, (slide, relationships)) in zip(slides, slideRelationships).enumerated() {
            add("ppt/slides/slide\(index + 1).xml", slide)
            add("ppt/slides/_rels/slide\(index + 1).xml.rels", relationships)
        }
        for (slide, text) in notes {
            add("ppt/notesSlides/notesSlide\(slide).xml", PowerPointParts.notesSlide(notes: text))
            add("ppt/notesSlides/_rels/notesSlide\(slide).xml.rels", PowerPointParts.notesRelationships(slide: slide))
        }
        add("ppt/slideMasters/slideMaster1.xml", PowerPointParts.slideMaster)
        add("ppt/slideMasters/_rels/slideMaster1.xml.rels", PowerPointParts.slideMasterRelationships)
        add("ppt/slideLayouts/slideLayout1.xml", PowerPointParts.slideLayout)
        add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", PowerPointParts.slideLayoutRelationships)
        add("ppt/notesMasters/notesMaster1.xml", PowerPointParts.notesMaster)
        add("ppt/notesMasters/_rels/notesMaster1.xml.rels", PowerPointParts.notesMasterRelationships)
        add("ppt/theme/theme1.xml", PowerPointParts.theme(named: "Unplugged"))
        add("ppt/theme/theme2.xml", PowerPointParts.theme(named: "Unplugged notes"))
        parts += media.map { ("ppt/media/\($0.name)", $0.bytes) }
        return try packed(parts)
    }

    /// The parts as one ZIP, in the order given, every entry with the same date and
    /// permissions. Every entry is stored, not deflated: the PNGs are compressed
    /// already, and the XML is a few kilobytes a slide (deflating it would make the
    /// lesson's 1.05 MB deck 7% smaller), while deflating would tie the deck's bytes to
    /// the zlib (or, on Apple's systems, the Compression framework) ZIPFoundation finds
    /// where it runs, whose output may differ from one version to the next: stored,
    /// the same figures make the same deck on every machine.
    private static func packed(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 permissions: 0o644, compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        // An archive made in memory has its data, by ZIPFoundation's own contract.
        return Array(archive.data!)
    }
}
