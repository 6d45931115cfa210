var count = 0
var mean = 0.0
var m2 = 0.0
for x in [2.0, 4, 4, 4, 5, 5, 7, 9] {
    count += 1
    let delta = x - mean
    mean += delta / Double(count)
    m2 += delta * (x - mean)
}
print(count, mean, m2 / Double(count))
var runningMax = -Double.infinity
var maxima: [Double] = []
for x in [3.0, 1, 4, 1, 5, 9, 2, 6] {
    runningMax = max(runningMax, x)
    maxima.append(runningMax)
}
print(maxima)
