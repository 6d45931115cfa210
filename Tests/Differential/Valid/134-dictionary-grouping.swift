let people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 40), ("eve", 25)]
var byAge: [Int: [String]] = [:]
for (name, age) in people { byAge[age, default: []].append(name) }
for age in byAge.keys.sorted() { print(age, byAge[age]!) }
var grouped: [Int: [String]] = [:]
for (name, _) in people { grouped[name.count, default: []].append(name) }
for k in grouped.keys.sorted() { print(k, grouped[k]!.sorted()) }
