let best: Double? = 0.5
print("start")
if best > 0.1 {
    print("good")
}
