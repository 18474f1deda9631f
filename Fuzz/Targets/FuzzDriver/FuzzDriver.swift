// Starts libFuzzer from a fuzz target's own main.
//
// SwiftPM links an executable's main under another name, so libFuzzer's main cannot be
// used; libFuzzer's LLVMFuzzerRunDriver takes the command line and the function that
// tests one input instead. Linked only in builds with -sanitize=fuzzer (Scripts/fuzz).

/// Tests one input: the bytes libFuzzer made; returns 0.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: FuzzTest) -> CInt

/// Runs libFuzzer with this program's command line (corpus folders, -max_total_time, …)
/// on `test`, then exits with its status.
public func runFuzzer(_ test: FuzzTest) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

/// The bytes libFuzzer passed, as an array.
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
}

@_silgen_name("exit")
private func exit(_ status: CInt) -> Never
