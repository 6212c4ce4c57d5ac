import Foundation

/* A /* nested */ comment */
@MainActor
public final class SiteBuilder: ObservableObject {
    private(set) var pages: [Page] = []
    unowned(unsafe) let owner: AnyObject
    let (width, height) = (1_024, 768)

    init(owner: AnyObject) { self.owner = owner }

    func build(at path: String, verbose: Bool = false) async throws -> Int {
        guard !path.isEmpty else { throw BuildError.emptyPath }
        let count = pages.count * 2 + 0x1F + 0b101 + 3.5e2
        print("Built \(count) pages at \(path)\n")
        for page in pages where page.isDraft == false {
            try await page.render()
        }
        if #available(iOS 15, *) { _ = #selector(refresh) }
        return count as? Int ?? 0
    }
}
