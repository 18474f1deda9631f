import UnpluggedFigures
import UnpluggedModel

/// What the PowerPoint deck needs from the build besides the deck's words: its
/// theme, the sequences' GIFs, and its pictures, some drawn sharper for the deck.
extension Builder {
    /// The GIF of every sequence the build animates (`gif` in its formats) whose frames
    /// have slides (`png` in its formats).
    func powerPointAnimations(_ made: [BuildRecord.Entry]) -> [PowerPointDeck.Animation] {
        zip(manifest.figures, made).compactMap { entry, record in
            guard entry.formats.contains(.png), let animation = entry.settings.animation(of: entry.kind),
                  let first = record.figures.first else { return nil }
            return PowerPointDeck.Animation(file: animation.fileName, sequence: entry.kind.name, firstFrame: "\(first.name).png",
                                            frameCount: record.figures.count)
        }
    }

    /// Every picture of the deck by file name: the GIFs and PNGs as this build leaves
    /// them, except the PNGs too small for a 1920-pixel projector
    /// (`PowerPointPictures.sharperScale`), which are drawn again from their figures at
    /// the scale the deck needs, on every core, and kept in memory for the deck only.
    func powerPointPictures(of deck: SlideDeck, animations: [PowerPointDeck.Animation], made: [BuildRecord.Entry],
                            marks: LessonMarks, staged: StagedFiles, besides folder: FolderSnapshot) throws -> [String: [UInt8]] {
        var pictures: [String: [UInt8]] = [:]
        for file in PowerPointDeck.slides(of: deck, animations: animations).map(\.file) where pictures[file] == nil {
            pictures[file] = try Self.bytes(of: file, staged: staged, besides: folder)
        }
        // The figures to draw again, by entry: each figure's name and the scale it needs.
        var sharper: [Int: [String: Double]] = [:]
        for (index, (entry, record)) in zip(manifest.figures, made).enumerated() {
            for figure in record.figures {
                guard let bytes = pictures["\(figure.name).png"], let size = PNGSize(of: bytes),
                      let scale = PowerPointPictures.sharperScale(for: size, drawnAt: entry.scale, captions: deck.captions) else { continue }
                sharper[index, default: [:]][figure.name] = scale
            }
        }
        guard !sharper.isEmpty else { return pictures }
        let drawer = drawer
        let queue = RenderQueue { job in try drawer.bytes(of: job) }
        defer { queue.cancel() }
        var files: [String] = []
        for (index, scales) in sharper.sorted(by: { $0.key < $1.key }) {
            let entry = manifest.figures[index]
            do {
                _ = try entry.draw(measurer: drawer.measurer, marks: marks) { figure in
                    guard let scale = scales[figure.name] else { return }
                    files.append("\(figure.name).png")
                    queue.feed([RenderJob(fileName: "\(figure.name).png", pages: [figure.scene], format: .png, scale: scale)])
                }
            } catch let error as InputError {
                throw error
            } catch {
                throw EntryError(place: entry.place, underlying: error)
            }
        }
        for (file, bytes) in zip(files, try queue.results()) { pictures[file] = bytes }
        return pictures
    }
}
