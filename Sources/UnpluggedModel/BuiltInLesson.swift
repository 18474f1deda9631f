/// The lesson every command uses when it is given no input: the reference
/// pretrained model (`init.csv`) and the reference training document.
public enum BuiltInLesson {
    /// The words of the reference lesson, in the order of `init.csv`.
    public static let vocabulary = Vocabulary(words: ["purple", "blue", "green", "pink", "white"])

    /// The document of the reference training demo; the end token follows it.
    public static let trainingDocument = ["green", "blue", "purple", "blue", "pink"]
}
