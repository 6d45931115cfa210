struct Config {
    var size = 3
}
print("start")
print(Config.size)
