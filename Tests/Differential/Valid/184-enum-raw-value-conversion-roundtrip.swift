enum HTTPStatus: Int {
    case ok = 200
    case notFound = 404
    case serverError = 500

    var message: String {
        switch self {
        case .ok: return "OK"
        case .notFound: return "Not Found"
        case .serverError: return "Internal Server Error"
        }
    }
}

let codes = [200, 301, 404, 500]
for code in codes {
    if let status = HTTPStatus(rawValue: code) {
        print(code, status, status.message)
    } else {
        print(code, "unhandled")
    }
}
let back = HTTPStatus.notFound.rawValue
print(back == 404)
