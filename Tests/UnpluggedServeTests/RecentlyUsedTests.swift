import Testing
@testable import UnpluggedServe

/// The store behind the caches: kept while used, forgotten once unused for its lifetime.
@Suite struct RecentlyUsedTests {
    @Test("a value is kept while it is used within its lifetime")
    func keptWhileUsed() {
        let store = RecentlyUsed<String, Int>(byteLimit: 100, lifetime: .seconds(60))
        store.keep(1, for: "one", cost: 10)
        #expect(store.value(for: "one") == 1)
        store.forgetUnused()
        #expect(store.value(for: "one") == 1)
        #expect(store.usage.count == 1)
    }

    @Test("values unused for their lifetime are forgotten, by the sweep or by the next use of the store")
    func forgottenOnceUnused() async throws {
        let store = RecentlyUsed<String, Int>(byteLimit: 100, lifetime: .milliseconds(50))
        store.keep(1, for: "one", cost: 10)
        store.keep(2, for: "two", cost: 10)
        try await Task.sleep(for: .milliseconds(120))
        store.forgetUnused()
        #expect(store.usage.count == 0)
        #expect(store.usage.bytes == 0)

        store.keep(3, for: "three", cost: 10)
        try await Task.sleep(for: .milliseconds(120))
        store.keep(4, for: "four", cost: 10)
        #expect(store.value(for: "three") == nil)
        #expect(store.value(for: "four") == 4)
        #expect(store.usage.bytes == 10)
    }
}
