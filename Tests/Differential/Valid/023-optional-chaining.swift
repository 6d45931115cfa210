// From LanguageConformanceTests.testOptionalChaining (LANGUAGE.md §2).
class Node {
    var value: Int
    var next: Node?
    init(_ v: Int) { value = v }
}
let a = Node(1)
a.next = Node(2)
print(a.next?.value ?? 0, a.next?.next?.value ?? 0)
let words: [String]? = ["x", "yy"]
print(words?.count ?? 0)
let none: [String]? = nil
print(none?.count ?? 0, none?.first == nil)
