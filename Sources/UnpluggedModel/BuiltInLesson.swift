/// The lesson every command uses when it is given no input: the reference pretrained
/// model (`init.csv`) and the reference training document, compiled in so the binary
/// works anywhere.
public enum BuiltInLesson {
    /// How errors and messages name the built-in lesson.
    public static let name = "built-in lesson"

    /// The words of the reference lesson, in the order of `init.csv`.
    public static let vocabulary = Vocabulary(words: ["purple", "blue", "green", "pink", "white"])

    /// The document of the reference training demo; the end token follows it.
    public static let trainingDocument = ["green", "blue", "purple", "blue", "pink"]

    /// The reference training document as a corpus.
    public static let corpus = Corpus(documents: [trainingDocument], vocabulary: vocabulary)

    /// The reference pretrained model, `init.csv` of the lesson, byte for byte (it has
    /// no final newline): context length 1, every row adding up to 10.
    public static let pretrainedTable = """
        ,purple,blue,green,pink,white
        purple,1,3,1,3,2
        blue,1,1,4,2,2
        green,2,2,2,3,1
        pink,4,1,1,1,3
        """

    /// The reference pretrained model, read from `pretrainedTable`.
    public static let pretrained: Model = {
        do {
            return try CountTableReader.read(InputText(name: name, text: pretrainedTable))
        } catch {
            preconditionFailure("the built-in table reads: \(error)")
        }
    }()
}
