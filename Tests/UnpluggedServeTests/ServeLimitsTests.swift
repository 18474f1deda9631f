import Testing
import UnpluggedServe

/// `--max-body` reads sizes as a teacher writes them.
@Suite struct ServeLimitsTests {
    @Test(arguments: [("5MB", 5_000_000), ("5 MB", 5_000_000), ("512kB", 512_000), ("1MiB", 1_048_576),
                      ("2000", 2000), ("0.5GB", 500_000_000)])
    func readsSizes(text: String, bytes: Int) {
        #expect(ServeLimits.bytes(of: text) == bytes)
    }

    @Test(arguments: ["", "MB", "5 parsecs", "0", "-3MB", "9GB"])
    func refusesWhatIsNotASize(text: String) {
        #expect(ServeLimits.bytes(of: text) == nil)
    }
}
