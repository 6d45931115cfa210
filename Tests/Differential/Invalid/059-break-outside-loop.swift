let n = 1
print("start")
if n > 0 {
    break
}
