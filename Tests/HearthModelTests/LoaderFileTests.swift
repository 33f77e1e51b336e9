import Foundation
import Testing
@testable import HearthModel

@Suite("Loading from disk")
struct LoaderFileTests {
    private func temporaryFile(_ bytes: [UInt8], name: String = "case.yaml") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func diagnostics(loading url: URL) -> [Diagnostic] {
        do {
            _ = try CaseFileLoader.load(contentsOf: url)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func loadsUTF8() throws {
        let url = try temporaryFile(Array(Fixtures.full.utf8))
        let file = try CaseFileLoader.load(contentsOf: url)
        #expect(file.threeHouses.first?.worries.first == "Boję się, kiedy tata krzyczy")
        #expect(file.threeHouses.first?.location?.file == url.relativePath)
    }

    @Test func loadsUTF8WithByteOrderMark() throws {
        let url = try temporaryFile([0xEF, 0xBB, 0xBF] + Array(Fixtures.minimal.utf8))
        #expect(try CaseFileLoader.load(contentsOf: url).children.count == 1)
    }

    @Test func loadsUTF16WithByteOrderMark() throws {
        let little = Fixtures.full.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let url = try temporaryFile([0xFF, 0xFE] + little)
        let file = try CaseFileLoader.load(contentsOf: url)
        #expect(file.threeHouses.first?.goodThings.first == "مجھے اپنی امی سے پیار ہے")
    }

    @Test func invalidUTF8IsOneDiagnosticAtItsPosition() throws {
        let url = try temporaryFile(Array("children:\n  - id: mi".utf8) + [0xE9] + Array("a\n".utf8))
        let found = diagnostics(loading: url)
        #expect(found.count == 1)
        #expect(found.first?.position == "2:11")
        #expect(found.first?.message == "the file is not saved as UTF-8 text: this character is in another encoding (in Windows-1252 or Latin-1, byte 0xE9 is 'é')")
        #expect(found.first?.fix?.contains("choose the encoding UTF-8") == true)
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() throws {
        for bigEndian in [false, true] {
            let bytes = Fixtures.full.utf16.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let found = diagnostics(loading: try temporaryFile(bytes))
            #expect(found.count == 1)
            #expect(found.first?.position == "1:1")
            #expect(found.first?.message == "this file is saved as UTF-16 (\(bigEndian ? "big" : "little")-endian), not as UTF-8 text")
        }
    }

    @Test func utf32AndWordProcessorFilesAreNamed() throws {
        let utf32 = diagnostics(loading: try temporaryFile([0xFF, 0xFE, 0x00, 0x00, 0x68, 0, 0, 0]))
        #expect(utf32.first?.message == "this file is saved as UTF-32, not as UTF-8 text")
        let docx = diagnostics(loading: try temporaryFile([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
        #expect(docx.first?.message == "this file is a zipped document (such as a Word .docx file), not a plain-text case file")
    }

    @Test func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/hearth/mia.yaml")
        let found = diagnostics(loading: url)
        #expect(found.count == 1)
        #expect(found.first?.location == nil)
        #expect(found.first?.message == "could not read '/nonexistent/hearth/mia.yaml': there is no such file")
    }

    @Test func diagnosticsNameTheFileAsGiven() throws {
        let url = try temporaryFile(Array("children: []\n".utf8), name: "leo.yaml")
        let found = diagnostics(loading: url)
        #expect(found.first?.location?.file == url.relativePath)
        #expect(found.first?.description.hasPrefix("\(url.relativePath):1:11: children: there are no children") == true)
    }

    @Test func errorDescriptionListsProblemsInLineOrder() {
        let error = CaseFileError(diagnostics: [
            Diagnostic(location: HearthModel.SourceLocation(file: "a.yaml", line: 9, column: 1), keyPath: "b", message: "second", fix: nil),
            Diagnostic(location: HearthModel.SourceLocation(file: "a.yaml", line: 2, column: 5), keyPath: "a", message: "first", fix: "do this"),
        ])
        #expect(error.description == "a.yaml:2:5: a: first\n  fix: do this\na.yaml:9:1: b: second")
        #expect(error.diagnostics.map(\.message) == ["first", "second"])
    }
}
