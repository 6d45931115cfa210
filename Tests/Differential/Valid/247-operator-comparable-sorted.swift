struct Version: Comparable {
    let major: Int
    let minor: Int
    let patch: Int

    static func < (a: Version, b: Version) -> Bool {
        if a.major != b.major { return a.major < b.major }
        if a.minor != b.minor { return a.minor < b.minor }
        return a.patch < b.patch
    }

    var text: String { return "\(major).\(minor).\(patch)" }
}

let versions = [
    Version(major: 1, minor: 10, patch: 0),
    Version(major: 1, minor: 2, patch: 7),
    Version(major: 0, minor: 9, patch: 9),
    Version(major: 1, minor: 2, patch: 3),
]
print(versions.sorted().map { $0.text })
print(versions.max()!.text, versions.min()!.text)
let a = Version(major: 2, minor: 0, patch: 0)
print(a > versions[0], a <= a, a >= Version(major: 3, minor: 0, patch: 0))
print(versions.sorted(by: >).first!.text)
