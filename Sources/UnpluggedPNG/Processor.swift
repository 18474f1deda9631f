import CPNGRows

/// What this processor can do beyond the x86-64 baseline Swift compiles for, asked
/// once: where it has SSSE3, `CPNGRows` makes PNG rows.
enum Processor {
    static let hasSSSE3 = unplugged_ssse3() != 0
}
