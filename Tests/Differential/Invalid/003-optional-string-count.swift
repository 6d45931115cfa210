// Issue #13: a member of an optional String.
let name: String? = "ada"
print("start")
print(name.count)
