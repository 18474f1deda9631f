/// A handout's pages, laid out but not yet drawn: how many there are is known at
/// once, and each page's scene is made only when it is asked for. So a handout's
/// size is said (and a large one refused) before anything is drawn, and a long one is
/// drawn page by page, never holding every page's nodes at once.
public struct HandoutPages: RandomAccessCollection, Sendable {
    let sections: [HandoutSection]
    let sheet: HandoutSheet
    let title: String
    /// Each page's section and its page within the section.
    private let places: [(section: Int, page: Int)]

    init(sections: [HandoutSection], sheet: HandoutSheet, title: String) {
        self.sections = sections
        self.sheet = sheet
        self.title = title
        places = sections.enumerated().flatMap { index, section in section.pages.indices.map { (index, $0) } }
    }

    /// The paper every page is.
    public var paper: Paper { sheet.paper }

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }

    /// The page at `index`, from 0: its section's blocks under the running title, its
    /// number at the foot.
    public subscript(index: Int) -> Scene {
        let (sectionIndex, page) = places[index]
        let section = sections[sectionIndex]
        let number = index + 1
        return Scene(size: sheet.paper.size, background: .white,
                     title: "\(title): \(section.name), page \(number) of \(count)",
                     description: section.description,
                     nodes: Handout.frame(title: title, section: section.name, number: number, of: count, on: sheet)
                        + section.pages[page].flatMap(\.nodes))
    }
}
