import Foundation
import HearthFrame
import HearthTestSupport
import Testing

@testable import HearthRender

/// What a print shop's preflight or an accessibility checker asks of a file, beyond being valid: pages blend
/// see-through shapes in RGB, fonts are described as symbolic, and the structure's parent tree points at arrays.
struct PDFWriterPreflightTests {
    typealias Sample = PDFWriterSample

    @Test(.needsQPDF) func everyPageBlendsInRGB() throws {
        let objects = try Sample.objects(try Sample.pdf(Sample.everything()))
        let pages = Sample.dictionaries(objects, where: "/Type", is: "/Page")
        #expect(pages.count == 3)
        for page in pages {
            let group = try #require(page["/Group"] as? [String: Any])
            #expect(group["/S"] as? String == "/Transparency")
            #expect(group["/CS"] as? String == "/DeviceRGB")
        }
    }

    @Test(.needsQPDF) func fontsAreDescribedAsSymbolic() throws {
        let objects = try Sample.objects(try Sample.pdf(Sample.everything()))
        let descriptors = Sample.dictionaries(objects, where: "/Type", is: "/FontDescriptor")
        #expect(!descriptors.isEmpty)
        #expect(descriptors.allSatisfy { ($0["/Flags"] as? Int) == 4 })
    }

    @Test(.needsQPDF) func theParentTreeRefersToAnArrayPerPage() throws {
        let objects = try Sample.objects(try Sample.pdf(Sample.everything()))
        let root = try #require(Sample.dictionaries(objects, where: "/Type", is: "/StructTreeRoot").first)
        let treeRef = try #require(root["/ParentTree"] as? String)
        let tree = try #require(objects[treeRef] as? [String: Any])
        let nums = try #require(tree["/Nums"] as? [Any])
        #expect(nums.count == 6, "a key and a value for each of three pages")
        for value in stride(from: 1, to: nums.count, by: 2).map({ nums[$0] }) {
            let ref = try #require(value as? String, "\(value) is written in place")
            #expect(objects[ref] is [Any])
        }
    }
}
