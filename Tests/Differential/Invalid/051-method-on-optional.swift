let s: String? = "abc"
print("start")
print(s.uppercased())
