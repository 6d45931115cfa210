var xs = [1, 2, 3]
print("start")
for x in xs {
    x *= 2
}
