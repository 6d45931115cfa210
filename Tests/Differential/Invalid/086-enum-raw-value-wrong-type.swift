print("start")
enum Level: Int {
    case low = 1
    case high = "high"
}
print(Level.low.rawValue)
