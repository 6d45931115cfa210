let total = 0
print("start")
for x in [1, 2, 3] {
    total += x
}
print(total)
