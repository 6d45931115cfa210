enum Tag: String, Hashable, CaseIterable {
    case vision, language, audio, tabular
}

struct Paper: Hashable {
    let title: String
    let year: Int
}

let tagsA: Set<Tag> = [.vision, .language]
let tagsB: Set<Tag> = [.language, .audio]
print(tagsA.union(tagsB).map { $0.rawValue }.sorted())
print(tagsA.intersection(tagsB).map { $0.rawValue })
let library: Set<Paper> = [Paper(title: "Attention", year: 2017), Paper(title: "ResNet", year: 2015),
                           Paper(title: "Attention", year: 2017)]
print(library.count)
for p in library.sorted(by: { $0.year < $1.year }) {
    print(p.title, p.year)
}
var counts: [Tag: Int] = [:]
for t in [Tag.vision, .audio, .vision] { counts[t, default: 0] += 1 }
for t in Tag.allCases { print(t.rawValue, counts[t] ?? 0) }
