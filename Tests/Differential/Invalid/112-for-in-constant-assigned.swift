let s = "abc"
print("start")
for c in s { c = "x" }
