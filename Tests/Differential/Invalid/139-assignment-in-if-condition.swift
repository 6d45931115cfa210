print("start")
var guess = 4
let secret = 7
if guess = secret {
    print("right")
}
