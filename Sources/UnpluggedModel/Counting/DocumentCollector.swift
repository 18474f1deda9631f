/// Keeps every document's word ids, for traces and for small inputs read whole.
struct DocumentCollector: DocumentConsumer {
    private(set) var documents: [[UInt32]] = []
    private var current: [UInt32] = []

    mutating func word(_ id: UInt32) {
        current.append(id)
    }

    mutating func endDocument() {
        documents.append(current)
        current = []
    }

    func finish() {}
}
