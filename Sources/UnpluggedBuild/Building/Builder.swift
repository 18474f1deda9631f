import Foundation
import UnpluggedFigures
import UnpluggedModel

/// Makes every figure of a manifest and brings its output folder up to date.
///
/// Files whose bytes change are written under temporary names as they are drawn, and
/// only once everything is drawn and checked are they renamed into place (each
/// atomically), so a bad input or a failing figure leaves the folder as it was. Then
/// the files this tool wrote earlier that are no longer made are removed, and the
/// build record is written last. A teacher's own files in the folder are never
/// touched: the record says which files are ours. All of it is done holding the
/// folder's `BuildLock`, so two builds of one folder at once take turns.
///
/// It decides everything and draws nothing itself: the drawer it is handed renders
/// each file's bytes, so the command line draws with Cairo and the tests with a fake.
public struct Builder {
    public let manifest: Manifest
    /// Renders the files of the entries that are drawn.
    public let drawer: any FigureDrawer
    /// The tool and its version, recorded with the files: a record from another
    /// version reuses nothing, since it may draw differently.
    public let tool: String
    /// Draw every entry again, even one the record shows is up to date.
    public var force = false
    /// Say what would change, and change nothing.
    public var dryRun = false
    /// Told, from any thread, after each file is rendered: the files done and to do.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// What to do when another build holds the output folder: wait for it, by default.
    public var whenBusy = BuildLock.WhenBusy.wait(told: { _ in })

    public init(manifest: Manifest, drawer: any FigureDrawer, tool: String, force: Bool = false, dryRun: Bool = false) {
        self.manifest = manifest
        self.drawer = drawer
        self.tool = tool
        self.force = force
        self.dryRun = dryRun
    }

    /// Brings the output folder up to date, holding its lock throughout (a dry run
    /// only when there is a lock file already, since it writes nothing).
    public func run() throws -> BuildSummary {
        if dryRun { return try BuildLock.holdingIfPresent(manifest.output, whenBusy: whenBusy, update) }
        return try BuildLock.holding(manifest.output, whenBusy: whenBusy, update)
    }

    /// Reads the record, draws what it does not show is up to date, and writes what
    /// changed; the lock is held, and the folder there (unless this is a dry run).
    private func update() throws -> BuildSummary {
        let folder = manifest.output
        let old = try BuildRecord.load(from: folder, tool: tool)
        let onDisk = FolderSnapshot(folder: folder)
        let (keys, marks) = try entryKeys()

        // Reuse what the record shows is still there, draw the rest.
        var entries: [BuildRecord.Entry?] = []
        var drawing: [Int] = []
        for index in manifest.figures.indices {
            let recorded = old.tool == tool ? old.entries.first { $0.key == keys[index] } : nil
            if !force, let recorded, recorded.files.allSatisfy({ old.files[$0] != nil && onDisk.digest(of: $0) == old.files[$0] }) {
                entries.append(recorded)
            } else {
                entries.append(nil)
                drawing.append(index)
            }
        }
        // Files are written under temporary names as they are drawn; only once all is
        // drawn and checked are they renamed into place. A failure removes them, and
        // then the lock takes away the folder if this build made it.
        let staged = StagedFiles()
        var finished = false
        defer {
            if !finished { staged.discardAll() }
        }
        var newFiles: [String: RenderedFile] = [:]
        let drawn = try draw(drawing, marks: marks.marks, stagingInto: dryRun ? nil : staged, besides: onDisk)
        for (index, result) in zip(drawing, drawn) {
            entries[index] = BuildRecord.Entry(key: keys[index], figures: result.figures, files: result.files.map(\.name))
            for file in result.files { newFiles[file.name] = file.file }
        }
        let made = entries.map { $0! }
        try checkNoFileMadeTwice(made)

        // The pages beside the figures list every figure, drawn now or not.
        // So do the slide decks the manifest asks for.
        let listed = zip(manifest.figures, made).flatMap { entry, record in
            record.figures.map { (summary: $0, formats: entry.formats) }
        }
        let animations = zip(manifest.figures, made).compactMap { entry, record in
            entry.settings.animation(of: entry.kind).map {
                FigureIndex.Animation(file: $0.fileName, firstFrame: record.figures.first?.name ?? "", frameCount: record.figures.count)
            }
        }
        let index = FigureIndex(figures: listed, animations: animations)
        var pages = [FigureIndex.markdownName: Array(index.markdown().utf8),
                     FigureIndex.htmlName: Array(index.html(title: manifest.title, decks: manifest.decks).utf8)]
        let sequences = zip(manifest.figures, made).compactMap { entry, record -> SlideDeck.Sequence? in
            guard entry.kind.isSequence, let first = record.figures.first else { return nil }
            return SlideDeck.Sequence(firstFrame: first.name, frameCount: record.figures.count,
                                      animation: entry.settings.animation(of: entry.kind)?.fileName,
                                      frameTime: entry.settings.frameTime)
        }
        let deck = SlideDeck(title: manifest.titleIsGiven ? manifest.title : nil, figures: listed, captions: manifest.slideCaptions,
                             theme: manifest.theme, sequences: sequences)
        for format in manifest.decks {
            if let text = deck.text(in: format) { pages[format.fileName] = Array(text.utf8) }
        }
        for (name, bytes) in pages { newFiles[name] = RenderedFile(digest: SHA256.hex(bytes)) }

        var record = BuildRecord(tool: tool, entries: made)
        // The PowerPoint deck holds the pictures themselves: packed again only when its
        // words, look or a picture changed (its key), or the file is not as build wrote it.
        if manifest.decks.contains(.pptx) {
            let look = PowerPointLook(manifest.theme)
            let animations = powerPointAnimations(made)
            let key = PowerPointDeck.key(of: deck, title: manifest.title, look: look, animations: animations, tool: tool) {
                newFiles[$0]?.digest ?? old.files[$0]
            }
            let name = SlideDeck.Format.pptx.fileName
            if !force, old.powerPointKey == key, let digest = old.files[name], onDisk.digest(of: name) == digest {
                newFiles[name] = RenderedFile(digest: digest)
            } else if dryRun {
                // A dry run stages no figure, so it cannot pack the deck: it would change.
                newFiles[name] = RenderedFile(digest: "")
            } else {
                let pictures = try powerPointPictures(of: deck, animations: animations, made: made, marks: marks.marks,
                                                      staged: staged, besides: onDisk)
                let bytes = try PowerPointDeck.bytes(of: deck, title: manifest.title, look: look, animations: animations) { file in
                    guard let picture = pictures[file] else {
                        throw FileError(path: onDisk.path(file), reason: "was not read for the PowerPoint deck; this is a bug in unplugged, please report it")
                    }
                    return picture
                }
                pages[name] = bytes
                newFiles[name] = RenderedFile(digest: SHA256.hex(bytes))
            }
            record.powerPointKey = key
        }
        for entry in made where !entry.files.contains(where: { newFiles[$0] != nil }) {
            for file in entry.files { record.files[file] = old.files[file] }
        }
        var plan = BuildPlan()
        for (name, file) in newFiles.sorted(by: { $0.key < $1.key }) {
            record.files[name] = file.digest
            let current = onDisk.digest(of: name)
            if current == file.digest {
                plan.unchanged.append(name)
            } else if current != nil, old.files[name] == nil {
                throw FileError(path: onDisk.path(name),
                                reason: "is not a file build wrote, and build would replace it (\(manifest.file) makes \(name)); move it away, or give the figure another name")
            } else {
                plan.writes.append(name)
            }
        }
        plan.unchanged += made.flatMap(\.files).filter { newFiles[$0] == nil }
        for (name, digest) in old.files.sorted(by: { $0.key < $1.key }) where record.files[name] == nil {
            switch onDisk.digest(of: name) {
            case nil: break
            case digest: plan.removals.append(name)
            default: plan.kept.append(name)
            }
        }
        let recordBytes = record.encoded()
        if !dryRun {
            try apply(plan, staged: staged, pages: pages, record: recordBytes, digests: record.files, claiming: old, in: onDisk)
            let ours = Set(record.files.keys).union(old.files.keys).union([BuildRecord.fileName])
            for leftover in onDisk.leftoverTemporaryFiles(of: ours) { unlink(onDisk.path(leftover)) }
        }
        finished = true
        return BuildSummary(folder: folder, plan: plan, dryRun: dryRun)
    }

    /// Carries out the plan: first a record that claims the files about to be written,
    /// then the files (the figures staged while drawing, the `pages` beside them staged
    /// now), renamed into place, then removals, then the final record. An interruption
    /// at any point leaves whole files and a record naming every file build wrote, so
    /// the next build knows them as its own (to replace or remove), and no teacher's
    /// file as its own.
    private func apply(_ plan: BuildPlan, staged: StagedFiles, pages: [String: [UInt8]], record: [UInt8],
                       digests: [String: String], claiming old: BuildRecord, in folder: FolderSnapshot) throws {
        if plan.writes.contains(where: { old.files[$0] == nil }) {
            var claim = old
            for name in plan.writes { claim.files[name] = digests[name] }
            try AtomicFile.write(claim.encoded(), to: folder.path(BuildRecord.fileName))
        }
        try AtomicFile.commit(plan.writes.map { name in
            if let file = staged[name] { return file }
            guard let bytes = pages[name] else {
                throw FileError(path: folder.path(name), reason: "was planned but never drawn; this is a bug in unplugged, please report it")
            }
            return try staged.stage(bytes, named: name, at: folder.path(name))
        })
        for name in plan.removals {
            guard unlink(folder.path(name)) == 0 || errno == ENOENT else {
                throw FileError(path: folder.path(name), reason: "cannot be removed (\(String(cString: strerror(errno)))); check the folder is writable")
            }
        }
        if folder.digest(of: BuildRecord.fileName) != SHA256.hex(record) {
            try AtomicFile.write(record, to: folder.path(BuildRecord.fileName))
        }
    }

    /// A figure file's bytes as this build leaves them: staged, when drawn now and
    /// changed, else as they are in the folder.
    static func bytes(of name: String, staged: StagedFiles, besides folder: FolderSnapshot) throws -> [UInt8] {
        let path = staged[name]?.temporary ?? folder.path(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(path: folder.path(name), reason: "cannot be read to put it in the PowerPoint deck; check the folder is readable")
        }
        return Array(data)
    }

    /// Each entry's key: the tool, the entry's fingerprint, its input's bytes, and the
    /// marks of its words (which another input's words may change).
    /// An input is read once however many entries use it.
    /// The inputs are read for their words, for the marks, once they are all there.
    private func entryKeys() throws -> (keys: [String], marks: ManifestMarks) {
        var digests: [String: String] = [:]
        for input in manifest.inputs where manifest.figures.contains(where: { $0.input == input.name || $0.comparedWith == input.name }) {
            guard let data = FileManager.default.contents(atPath: input.path) else {
                throw InputError(file: input.place.file, line: input.place.line, column: input.place.column,
                                 problem: "cannot read the input '\(input.written)' (\(input.path))",
                                 fix: "check the path: it is relative to the manifest's folder")
            }
            digests[input.name] = SHA256.hex(data)
        }
        let marks = try ManifestMarks(of: manifest)
        let keys = manifest.figures.map { entry in
            let input = entry.input.map { digests[$0]! } ?? "built-in \(BuiltInLesson.name)"
            // A compare figure is drawn from a second input too: its bytes are part of the key.
            let second = entry.comparedWith.map { "\n" + digests[$0]! } ?? ""
            return SHA256.hex(Array("\(tool)\n\(entry.fingerprint)\n\(input)\(second)\n\(marks.key(of: entry))".utf8))
        }
        return (keys, marks)
    }

    /// Draws the entries at `indices` and renders their files. Each figure's files
    /// start rendering, on the other cores, as soon as its scene is made (a sequence's
    /// frames one by one, so few of its scenes are alive at once); a file's
    /// digest is taken there too, while its bytes are at hand, and a file that differs
    /// from the one in `folder` is staged there (unless `staging` is nil, for a dry run).
    private func draw(_ indices: [Int], marks: LessonMarks, stagingInto staging: StagedFiles?,
                      besides folder: FolderSnapshot) throws -> [DrawnEntry] {
        guard !indices.isEmpty else { return [] }
        let drawer = drawer
        let queue = RenderQueue(progress: progress) { job in
            if job.handout != nil { return try Self.stream(job, drawer: drawer, stagingInto: staging, besides: folder) }
            let bytes = try drawer.bytes(of: job)
            let file = RenderedFile(digest: SHA256.hex(bytes))
            if let staging, folder.digest(of: job.fileName) != file.digest {
                try staging.stage(bytes, named: job.fileName, at: folder.path(job.fileName))
            }
            return file
        }
        defer { queue.cancel() }
        let measurer = drawer.measurer
        var entries: [EntryFigures] = []
        for index in indices {
            let entry = manifest.figures[index]
            do {
                entries.append(try EntryFigures(entry, marks: marks, measurer: measurer, feeding: queue))
            } catch let error as InputError {
                throw error
            } catch {
                throw EntryError(place: entry.place, underlying: error)
            }
        }
        let files = try queue.results()
        var drawn: [DrawnEntry] = []
        var offset = 0
        for entry in entries {
            let entryFiles = entry.fileNames.enumerated().map { (name: $0.element, file: files[offset + $0.offset]) }
            offset += entry.fileNames.count
            drawn.append(DrawnEntry(figures: entry.summaries, files: entryFiles))
        }
        return drawn
    }

    /// A handout's PDF, drawn a page at a time straight into its staged file (or, in a
    /// dry run, to nowhere), its digest taken from the pieces as they are written: a
    /// handout of thousands of pages is never whole in memory. Drawn again as it was,
    /// the staged copy is let go.
    private static func stream(_ job: RenderJob, drawer: any FigureDrawer, stagingInto staging: StagedFiles?,
                               besides folder: FolderSnapshot) throws -> RenderedFile {
        var hasher = SHA256.Hasher()
        guard let staging else {
            let nowhere = open("/dev/null", O_WRONLY | O_CLOEXEC)
            guard nowhere >= 0 else {
                throw FileError(path: "/dev/null", reason: "cannot be opened (\(String(cString: strerror(errno)))) to draw the handout in a dry run")
            }
            defer { close(nowhere) }
            try drawer.write(job, to: nowhere) { hasher.update($0) }
            return RenderedFile(digest: hasher.finalize())
        }
        try staging.stage(named: job.fileName, at: folder.path(job.fileName)) { descriptor in
            try drawer.write(job, to: descriptor) { hasher.update($0) }
        }
        let file = RenderedFile(digest: hasher.finalize())
        if folder.digest(of: job.fileName) == file.digest { staging.discard(named: job.fileName) }
        return file
    }

    /// Two entries writing the same file would each overwrite the other's figure.
    private func checkNoFileMadeTwice(_ entries: [BuildRecord.Entry]) throws {
        var owner: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for file in entry.files {
                if let first = owner[file] {
                    let place = manifest.figures[index].place
                    throw InputError(file: place.file, line: place.line, column: place.column,
                                     problem: "this figure writes \(file), as the figure at line \(manifest.figures[first].place.line) does",
                                     fix: "give one of them another `name:`")
                }
                owner[file] = index
            }
        }
    }
}

/// An entry's figures and their rendered files.
private struct DrawnEntry {
    var figures: [FigureSummary]
    var files: [(name: String, file: RenderedFile)]
}

/// What build keeps of a drawn file: the SHA-256 of its bytes, for the build record
/// and to tell what changed. The bytes themselves are staged as soon as they are
/// drawn (when they change) and not kept.
private struct RenderedFile: Sendable {
    let digest: String
}

/// A figure that could not be made, named by its place in the manifest.
public struct EntryError: Error, CustomStringConvertible {
    public let place: Manifest.Place
    public let underlying: any Error

    public var description: String { "\(place): \(underlying)" }
}
