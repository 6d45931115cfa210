// Issue #13: a dictionary lookup is optional.
let ages = ["alice": 30, "bob": 25]
print("start")
let next = ages["alice"] + 1
print(next)
