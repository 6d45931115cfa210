import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG text as XML and collects what tests look at: element names, text, parse errors.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var text = ""
    private(set) var error: Error?
    private(set) var rootAttributes: [String: String] = [:]

    /// Parses `svg`; `error` is set when it is not well-formed.
    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "xml", code: 1) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
}

/// Fails the test unless `svg` is well-formed XML with an <svg> root carrying a viewBox, a title and a description.
func assertWellFormedSVG(_ svg: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let doc = SVGInspector(svg)
    XCTAssertNil(doc.error, "\(name): not well-formed: \(String(describing: doc.error))", file: file, line: line)
    XCTAssertEqual(doc.elements.first, "svg", name, file: file, line: line)
    XCTAssertNotNil(doc.rootAttributes["viewBox"], "\(name): no viewBox", file: file, line: line)
    XCTAssertEqual(doc.elements.dropFirst().prefix(2), ["title", "desc"], "\(name): title and desc first", file: file, line: line)
}
