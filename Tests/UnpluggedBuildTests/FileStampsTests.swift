import Foundation
import Testing
import UnpluggedBuild

@Suite("FileStamps")
struct FileStampsTests {
    @Test("a write in place, a save by rename and a removal are noticed; untouched files are not")
    func edits() throws {
        let folder = try BuildFolder(files: ["a.txt": "one", "b.txt": "one", "c.txt": "one", "d.txt": "one"])
        let paths = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"].map(folder.path)
        let before = FileStamps(paths: paths)
        #expect(FileStamps(paths: paths).changed(since: before).isEmpty)

        try folder.write("one more", to: "a.txt")
        try folder.write("one", to: "b.new")
        rename(folder.path("b.new"), folder.path("b.txt"))
        unlink(folder.path("c.txt"))
        try folder.write("new", to: "e.txt")
        let after = FileStamps(paths: paths)
        #expect(after.changed(since: before) == ["a.txt", "b.txt", "c.txt", "e.txt"].map(folder.path))
        #expect(after.paths == paths)
    }
}
