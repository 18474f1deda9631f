import UnpluggedModel

extension FigureRequest {
    /// Draws the figures, a compare figure from both lessons: the second input is
    /// loaded by the caller, like the first, so the figure layer still reads no files.
    /// - Parameter other: the lesson to compare with (the `with` option's); nil for
    ///   every kind but compare, which needs it.
    /// - Throws: `InputError`, as `figures(of:measurer:)`; for compare, also when the
    ///   two models cannot be set side by side (`CompareFigure`).
    public func figures(of lesson: Lesson, comparedWith other: Lesson?,
                        measurer: some TextMeasuring) throws -> [Figure] {
        var figures: [Figure] = []
        try forEachFigure(of: lesson, comparedWith: other, measurer: measurer) { figures.append($0) }
        return figures
    }

    /// The figures of `figures(of:comparedWith:measurer:)`, handed to `body` as they
    /// are made (`forEachFigure(of:measurer:_:)`).
    public func forEachFigure(of lesson: Lesson, comparedWith other: Lesson?, measurer: some TextMeasuring,
                              _ body: (Figure) throws -> Void) throws {
        guard kind == .compare, let other else { return try forEachFigure(of: lesson, measurer: measurer, body) }
        try body(try CompareFigure.figure(of: lesson, with: other, named: options.name ?? kind.defaultName,
                                          options: options, measurer: measurer))
    }
}
