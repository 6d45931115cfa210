print("start")
var x: Int = nil
