import Foundation
import ZIPFoundation

/// Files packed as one ZIP that is the same bytes on every machine: the PowerPoint
/// deck, and the server's downloads of many files at once.
///
/// Every entry is stored, not deflated, with one date and one set of permissions.
/// The PNGs and GIFs inside are compressed already and the XML is a few kilobytes a
/// slide (deflating the lesson's deck would make it 7% smaller), while deflating would
/// tie the bytes to the zlib (or, on Apple's systems, the Compression framework)
/// ZIPFoundation finds where it runs, whose output may differ between versions.
public enum StoredZip {
    /// The date every entry carries: the earliest a ZIP can write (1980-01-01, UTC, as
    /// ZIPFoundation writes it), so the bytes never say when they were packed.
    public static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// `parts` as one ZIP, in the order given.
    public static func packed(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
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
